// One visit to a host page as the page-cost benches make it: a fresh browser context on a phone-sized screen, the
// CPU slowed through the DevTools protocol (and the network, for the slow-4G runs), a Chromium trace of the whole
// visit, the page's layout shifts, and — where a subject has one — the next thing a resident does there.
import { setTimeout as sleep } from 'node:timers/promises';
import { mainThreadWork, markTime, rendererOf, topLevelTasks, traceCategories, traceEvents } from './trace.mjs';

/** A phone (390×844 CSS px). */
export const PHONE = { width: 390, height: 844 };
/** After "usable with data", what the page does next still counts for this long (wall clock). */
export const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1000);
/** Chrome DevTools' "Slow 4G" preset: 562.5 ms round trip, 1.44 Mb/s down, 675 kb/s up. */
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };

// In the page from its first script on: layout shifts (as Core Web Vitals counts them) and a check, every 25 ms
// in a timer task (no animation frames of its own, so no rendering work is caused by it), for "usable with
// data", marked in the trace when it first holds. `__benchActedWhen` is set by an interaction.
const probe = (readyWhen) => `
  window.__bench = { cls: 0, shifts: [] };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => {
    if (!e.hadRecentInput) { window.__bench.cls += e.value; window.__bench.shifts.push(+e.value.toFixed(4)); }
  })).observe({ type: 'layout-shift', buffered: true });
  (function poll() {
    const b = window.__bench;
    try {
      if (b.readyAt === undefined && document.body && (${readyWhen})) { performance.mark('bench-ready'); b.readyAt = performance.now(); }
      if (b.actedWhen && b.actedAt === undefined && b.actedWhen()) { performance.mark('bench-acted'); b.actedAt = performance.now(); }
    } catch {}
    setTimeout(poll, 25);
  })();`;

/** Evaluates `expression` in the page through the protocol (no script of Playwright's in the page). */
export async function inPage(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`in page: ${exceptionDetails.exception?.description ?? expression}`);
  return result.value;
}

async function until(cdp, expression, what, timeout = 60_000) {
  for (const deadline = Date.now() + timeout; ;) {
    const value = await inPage(cdp, expression);
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) {
      const body = await inPage(cdp, 'document.body?.innerText.slice(0, 300)').catch(() => '');
      throw new Error(`page-load: ${what} did not happen within ${timeout / 1000} s; the page shows: ${body}`);
    }
    await sleep(20);
  }
}

/** The centre of the element `selector` finds (in the light DOM or in `host`'s shadow root), in page coordinates. */
async function centreOf(cdp, host, selector) {
  return until(
    cdp,
    `(() => { const root = ${host ? `document.querySelector('${host}')?.shadowRoot` : 'document'};
      const el = root?.querySelector('${selector}'); if (!el) return null;
      el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    `${selector} to show`,
  );
}

/**
 * The next thing a resident does, per subject: what they do (mouse and keyboard through the protocol, as input
 * events) and the page expression that says it is done.
 */
export const INTERACTIONS = {
  docsearch: {
    what: 'open DocSearch, type "paspor", results shown',
    done: `(() => document.querySelector('.DocSearch-Input')?.value === 'paspor' && document.querySelectorAll('.DocSearch-Hit').length > 0 && [...document.querySelectorAll('.DocSearch-Hit')].every((h) => /paspor/i.test(h.textContent)))()`,
    async act(page, cdp) {
      const { x, y } = await centreOf(cdp, null, '.DocSearch-Button');
      await page.mouse.click(x, y);
      await until(cdp, `document.activeElement?.classList.contains('DocSearch-Input')`, 'the DocSearch box');
      // The modal has opened; its first frames are DocSearch's to draw before the resident's first key.
      await inPage(cdp, 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      // At 4× DocSearch redraws its box after the first key and the box loses focus: the resident taps it again.
      for (const key of 'paspor') {
        if (!(await inPage(cdp, `document.activeElement?.classList.contains('DocSearch-Input')`))) {
          const box = await centreOf(cdp, null, '.DocSearch-Input');
          await page.mouse.click(box.x, box.y);
        }
        await page.keyboard.press(key);
        await sleep(100);
      }
    },
  },
  finder: {
    what: 'type "paspor" in the finder, its results shown',
    done: `(() => { const r = document.querySelector('mpp-service-finder')?.shadowRoot; const items = [...(r?.querySelectorAll('.result') ?? [])];
      return r?.querySelector('input[type=search]')?.value === 'paspor' && items.length > 0 && /paspor/i.test(items[0].textContent) && /paspor/i.test(items.at(-1).textContent); })()`,
    async act(page, cdp) {
      const { x, y } = await centreOf(cdp, 'mpp-service-finder', 'input[type=search]');
      await page.mouse.click(x, y);
      await page.keyboard.type('paspor', { delay: 100 });
    },
  },
  booking: {
    what: 'pick the first service, "Lanjutkan", the day question shown',
    done: `!!document.querySelector('mpp-queue-booking')?.shadowRoot?.querySelector('input[name=day]')`,
    async act(page, cdp) {
      let { x, y } = await centreOf(cdp, 'mpp-queue-booking', 'input[name=service]');
      await page.mouse.click(x, y);
      ({ x, y } = await centreOf(cdp, 'mpp-queue-booking', 'form button[type=submit], form .button--primary'));
      await page.mouse.click(x, y);
    },
  },
};

/** Algolia's answer to DocSearch: the reference catalogue's services whose names hold the query, as DocSearch records. */
export function algoliaAnswer(services, body) {
  const results = JSON.parse(body).requests.map(({ query = '', indexName }) => {
    const q = query.toLowerCase();
    const mark = (text) =>
      q ? text.replace(new RegExp(`(${q.replace(/[^\w]/g, '\\$&')})`, 'ig'), '<mark>$1</mark>') : text;
    const hits = services
      .filter((s) => s.name.toLowerCase().includes(q))
      .slice(0, 20)
      .map((s) => ({
        objectID: s.id,
        url: `https://mpp.example.go.id/layanan/${s.id}`,
        type: 'lvl1',
        content: null,
        hierarchy: { lvl0: s.category, lvl1: s.name, lvl2: null, lvl3: null, lvl4: null, lvl5: null, lvl6: null },
        _highlightResult: {
          hierarchy: {
            lvl0: { value: s.category, matchLevel: 'none', matchedWords: [] },
            lvl1: { value: mark(s.name), matchLevel: 'full', matchedWords: [q] },
          },
        },
        _snippetResult: { hierarchy: { lvl1: { value: mark(s.name), matchLevel: 'full' } } },
      }));
    return {
      hits,
      nbHits: hits.length,
      page: 0,
      nbPages: 1,
      hitsPerPage: 20,
      exhaustiveNbHits: true,
      query,
      params: '',
      index: indexName,
      processingTimeMS: 1,
    };
  });
  return JSON.stringify({ results });
}

/**
 * Loads `subject`'s host page once. Options: `lang`, `rate` (CPU slowdown), `reserve` (the README's rule on the
 * page), `trace` (record and read a trace; `detailed`, with what each task did and V8's sampler), `network` (conditions to emulate),
 * `interact` (then do the subject's interaction), `keepTrace` (return the events). Returns times in ms from
 * navigation start; main-thread work and longest task from the trace.
 */
export async function loadPage(browser, site, subject, options) {
  const { lang = 'id', rate = 1, reserve = false, trace = true, detailed = false, network, interact } = options;
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  let tracing = false;
  try {
    await page.addInitScript(probe(subject.ready));
    const url = `${site.origin}/page/${subject.key}.html?lang=${lang}${reserve ? '&reserve=1' : ''}`;
    if (trace) await browser.startTracing(page, { categories: traceCategories(detailed) });
    tracing = trace;
    await page.goto(url, { waitUntil: 'commit' });
    const readyAt = await until(cdp, 'window.__bench?.readyAt', `${subject.name} usable`);
    await sleep(SETTLE_MS);
    const { cls, shifts } = await inPage(cdp, '({ cls: window.__bench.cls, shifts: window.__bench.shifts })');
    const interaction = interact && INTERACTIONS[subject.key];
    if (interaction) {
      if (subject.key === 'docsearch')
        await page.route(/algolia(net)?\.(net|com)\//, (route) =>
          route.fulfill({
            contentType: 'application/json',
            headers: { 'access-control-allow-origin': '*' },
            body: algoliaAnswer(site.services, route.request().postData() ?? '{"requests":[]}'),
          }),
        );
      await inPage(cdp, `performance.mark('bench-act'); window.__bench.actedWhen = () => ${interaction.done}; true`);
      await interaction.act(page, cdp);
      await until(cdp, 'window.__bench.actedAt', `${subject.name}: ${interaction.what}`);
      await sleep(SETTLE_MS);
    }
    const result = { readyAt, cls, shifts };
    if (trace) {
      tracing = false;
      const events = traceEvents(await browser.stopTracing());
      const renderer = rendererOf(events, url);
      const tasks = topLevelTasks(events, renderer);
      const ready = markTime(events, renderer, 'bench-ready');
      Object.assign(result, mainThreadWork(tasks, renderer.navigationStart, ready + SETTLE_MS * 1000));
      if (interaction) {
        const act = markTime(events, renderer, 'bench-act');
        const acted = markTime(events, renderer, 'bench-acted');
        const work = mainThreadWork(tasks, act, acted + SETTLE_MS * 1000);
        result.interaction = { ...work, wall: (acted - act) / 1000 };
      }
      if (options.keepTrace) Object.assign(result, { events, renderer, ready });
    }
    tracing = false;
    return result;
  } finally {
    if (tracing) await browser.stopTracing().catch(() => undefined);
    await context.close();
  }
}
