// Real Chromium for end-to-end tests and benchmarks: launching it, pages that record what a privacy or CSP review
// asks about, and the CPU slowdown (MPP_CPU_SLOWDOWN=4 runs every page as on a cheap phone; see README.md).
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../scripts/chrome.mjs';
import { startDemo } from './server.mjs';
import { cpuSlowdown, throttleCpu } from './slowdown.mjs';

export { cpuSlowdown };

export function launch() {
  return chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
}

/** Slows the page's CPU by `rate` through the DevTools protocol (as DevTools' "4× slowdown" does). */
export async function slowDown(page, rate = cpuSlowdown) {
  if (rate > 1) await throttleCpu(await page.context().newCDPSession(page), rate);
}

/**
 * A new page in a context of its own (a phone-sized viewport unless `options` say otherwise), slowed down as
 * `MPP_CPU_SLOWDOWN` asks, recording every request, console message, page error and CSP violation. Nothing loaded
 * yet: set routes on it first, then `page.goto()`.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  await slowDown(page);
  const record = { requests: [], console: [], errors: [], violations: [] };
  page.on('request', (r) =>
    record.requests.push({ url: r.url(), body: r.postData() ?? '', headers: r.headers(), method: r.method() }),
  );
  page.on('console', (m) => record.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => record.errors.push(e.message));
  await page.exposeFunction('__reportViolation', (v) => record.violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportViolation(`${e.violatedDirective}: ${e.blockedURI}`),
    ),
  );
  return { page, context, record };
}

/** `newPage()` opened at `url`. */
export async function openPage(browser, url, options = {}) {
  const opened = await newPage(browser, options);
  await opened.page.goto(url);
  return opened;
}

/** Console errors a resident's action caused (the browser's own network messages aside). */
export const appErrors = (record) =>
  record.console.filter((l) => l.startsWith('error') && !/Failed to load resource|net::ERR_/.test(l));

/** The element focused on the page, looking inside widgets' shadow roots, with how its focus shows. */
export const deepFocus = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      tag: el?.tagName.toLowerCase(),
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      text: el?.textContent?.trim() ?? '',
      outline: style?.outlineStyle,
      outlineWidth: parseFloat(style?.outlineWidth ?? '0'),
    };
  });

export { readmeReserveRule } from '../../scripts/readme-snippet.mjs';

/**
 * For a test file: starts the demo server (with `options` for `startDemo()`) and Chromium before its tests and
 * stops both after. The returned object holds `demo` (see `startDemo()`) and `browser` once `before` has run.
 */
export function useDemo(options = {}) {
  const env = {};
  before(async () => {
    env.demo = await startDemo(options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.demo?.stop();
  });
  return env;
}
