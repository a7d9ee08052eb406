#!/usr/bin/env node
// What each embed costs the page that hosts it, in headless Chromium through the DevTools protocol: time until
// the widget is ready (ours: rendered with data from the reference server), main-thread scripting, long tasks and
// total blocking time, layout shift, JS heap after GC, bytes and requests — at 1× and with the CPU slowed 4×,
// several runs each (median, min–max), peers bundled as in bench/bytes.mjs. A measurement, not a test.
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../scripts/chrome.mjs';
import { bundlePeer } from './bytes.mjs';
import { startDemo } from '../test/e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

// Each subject: the markup a page carries, its script, and when its widget counts as ready.
const SUBJECTS = [
  [
    'mpp-widgets (finder with data)',
    null,
    '<mpp-service-finder api-base="/api/v1"></mpp-service-finder>',
    `!!document.querySelector('mpp-service-finder')?.shadowRoot?.querySelector('.results')`,
  ],
  [
    'Lit alone (floor)',
    'lit-floor.js',
    '<floor-element></floor-element>',
    `!!document.querySelector('floor-element')?.shadowRoot?.querySelector('p')`,
  ],
  ['DocSearch', 'docsearch.js', '<div id="search"></div>', `!!document.querySelector('#search .DocSearch-Button')`],
  [
    'Shoelace input+select+button',
    'shoelace.js',
    '<sl-input label="Nama"></sl-input><sl-select label="Layanan"><sl-option value="a">A</sl-option></sl-select><sl-button>Kirim</sl-button>',
    `['sl-input','sl-select','sl-button'].every((t) => document.querySelector(t)?.shadowRoot?.childElementCount)`,
  ],
  [
    'Web Awesome input+select+button',
    'webawesome.js',
    '<wa-input label="Nama"></wa-input><wa-select label="Layanan"><wa-option value="a">A</wa-option></wa-select><wa-button>Kirim</wa-button>',
    `['wa-input','wa-select','wa-button'].every((t) => document.querySelector(t)?.shadowRoot?.childElementCount)`,
  ],
  [
    'Material text field+button',
    'material.js',
    '<md-outlined-text-field label="Nama"></md-outlined-text-field><md-filled-button>Kirim</md-filled-button>',
    `['md-outlined-text-field','md-filled-button'].every((t) => document.querySelector(t)?.shadowRoot?.childElementCount)`,
  ],
  [
    'Lion form+input+select+button',
    'lion.js',
    '<lion-form><form><lion-input name="n" label="Nama"></lion-input><lion-button>Kirim</lion-button></form></lion-form>',
    `['lion-input','lion-button'].every((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot)`,
  ],
];

// BENCH_ONLY=mpp measures only the subjects whose name contains it (quick checks while optimising).
const only = process.env.BENCH_ONLY;
if (only) SUBJECTS.splice(0, SUBJECTS.length, ...SUBJECTS.filter(([name]) => name.includes(only)));

// The README's embed snippet: the page reserves the widget's place until the script has defined it.
const RESERVE = '<style>mpp-service-finder:not(:defined){display:block;min-height:100vh}</style>';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const span = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

const demo = await startDemo();
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
const bundles = new Map();
for (const [, entry] of SUBJECTS) if (entry) bundles.set(entry, await bundlePeer(entry));

async function measure([, entry, markup, ready], rate) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const script = entry ? `/bench-peer/${entry}` : '/dist/mpp-widgets.js';
  await page.route('**/bench-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,">${entry ? '' : RESERVE}<script type="module" src="${script}"></script></head><body><h1>Agency page</h1>${markup}<p>Footer</p></body></html>`,
    }),
  );
  if (entry)
    await page.route(`**/bench-peer/${entry}`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: bundles.get(entry) }),
    );
  let bytes = 0;
  let requests = 0;
  page.on('requestfinished', async (request) => {
    requests++;
    bytes += (await request.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
  });
  await page.addInitScript(`
    window.__longTasks = []; window.__cls = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__cls += e.value; })).observe({ type: 'layout-shift', buffered: true });
    (function poll() { if (${ready}) window.__readyAt = performance.now(); else requestAnimationFrame(poll); })();
  `);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${demo.origin}/bench-page.html`);
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const inPage = await page.evaluate(() => ({
    ready: window.__readyAt,
    longTasks: window.__longTasks,
    cls: window.__cls,
  }));
  await context.close();
  return {
    ready: inPage.ready,
    scripting: metrics.ScriptDuration * 1000,
    longest: Math.max(0, ...inPage.longTasks),
    tbt: inPage.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    cls: inPage.cls,
    heap: metrics.JSHeapUsedSize / 1024 / 1024,
    bytes: bytes / 1024,
    requests,
  };
}

const results = {};
for (const rate of [1, 4]) {
  for (const subject of SUBJECTS) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(subject, rate));
    results[`${subject[0]}@${rate}`] = runs;
  }
}
await browser.close();
await demo.stop();

for (const rate of [1, 4]) {
  console.log(`\nHost-page cost, CPU ${rate}×, ${RUNS} runs each (median, min–max; ms unless noted)`);
  console.log(
    'subject                          ready           scripting       longest task  TBT    CLS    heap MB  KB    req',
  );
  const oursScripting = median(results[`${SUBJECTS[0][0]}@${rate}`].map((r) => r.scripting));
  for (const [name] of SUBJECTS) {
    const runs = results[`${name}@${rate}`];
    const m = (k) => median(runs.map((r) => r[k]));
    const ratio = name === SUBJECTS[0][0] ? '' : `  ours÷it scripting ${(oursScripting / m('scripting')).toFixed(2)}`;
    console.log(
      `${name.padEnd(32)} ${`${m('ready').toFixed(0)} (${span(runs.map((r) => r.ready))})`.padEnd(15)} ${`${m('scripting').toFixed(0)} (${span(runs.map((r) => r.scripting))})`.padEnd(15)} ${m('longest').toFixed(0).padEnd(13)} ${m('tbt').toFixed(0).padEnd(6)} ${m('cls').toFixed(3).padEnd(6)} ${m('heap').toFixed(1).padEnd(8)} ${m('bytes').toFixed(0).padEnd(5)} ${m('requests')}${ratio}`,
    );
  }
}
