#!/usr/bin/env node
// What each embed costs the page that hosts it, in headless Chromium through the DevTools protocol: time until
// the widget is ready (ours: rendered with data from the reference server), main-thread scripting, long tasks and
// total blocking time, layout shift, JS heap after GC, bytes and requests — at 1× and with the CPU slowed 4×,
// several runs each (median, min–max), peers bundled as in bench/bytes.mjs. A measurement, not a test.
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../scripts/chrome.mjs';
import { bundlePeer } from './bytes.mjs';
import { readmeReserveRule, startDemo } from '../test/e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

// Each subject: the markup a page carries, its script, and when its widget counts as ready.
const FINDER = '<mpp-service-finder api-base="/api/v1"></mpp-service-finder>';
const FINDER_READY = `!!document.querySelector('mpp-service-finder')?.shadowRoot?.querySelector('.results')`;
// An English page, as the README says to write one: the English strings preloaded beside the script.
const FINDER_EN = '<mpp-service-finder api-base="/api/v1" lang="en"></mpp-service-finder>';
const PRELOAD_EN = '<link rel="modulepreload" href="/dist/mpp-widgets.en.js">';
const BOOKING = '<mpp-queue-booking api-base="/api/v1"></mpp-queue-booking>';
const BOOKING_READY = `!!document.querySelector('mpp-queue-booking')?.shadowRoot?.querySelector('input[name=service]')`;
const SUBJECTS = [
  // Ours twice: the all-in file (the conservative case, and what the ratios below use) and the finder's own file,
  // which the README tells a one-element page to load.
  ['ours: mpp-widgets.js, finder', null, FINDER, FINDER_READY, '/dist/mpp-widgets.js'],
  ['ours: mpp-service-finder.js', null, FINDER, FINDER_READY, '/dist/mpp-service-finder.js'],
  // The English page pays for a second file (mpp-widgets.en.js) before its first render.
  ['ours: mpp-widgets.js, finder, English', null, FINDER_EN, FINDER_READY, '/dist/mpp-widgets.js'],
  // A booking page: ready when the services to choose from show. Its second half (identity onwards) is not part
  // of the page's cost: it is fetched when a resident starts booking, which the bytes and requests columns show.
  ['ours: mpp-queue-booking.js', null, BOOKING, BOOKING_READY, '/dist/mpp-queue-booking.js'],
  // A tracker page: ready when its form shows.
  [
    'ours: mpp-status-tracker.js',
    null,
    '<mpp-status-tracker api-base="/api/v1"></mpp-status-tracker>',
    `!!document.querySelector('mpp-status-tracker')?.shadowRoot?.querySelector('#code')`,
    '/dist/mpp-status-tracker.js',
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

// The README's embed snippet: the page reserves each widget's place until the script has defined it, as the
// README tells webmasters to.
const RESERVE = `<style>${readmeReserveRule().replace(/\s+/g, ' ')}</style>`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const span = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

const demo = await startDemo();
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
const bundles = new Map();
for (const [, entry] of SUBJECTS) if (entry) bundles.set(entry, await bundlePeer(entry));

async function measure(subject, rate) {
  const [, entry, markup, readyWhen, ourScript] = subject;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const script = entry ? `/bench-peer/${entry}` : ourScript;
  await page.route('**/bench-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,">${entry ? '' : RESERVE}<script type="module" src="${script}"></script>${markup === FINDER_EN ? PRELOAD_EN : ''}</head><body><h1>Agency page</h1>${markup}<p>Footer</p></body></html>`,
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
    (function poll() { if (${readyWhen}) window.__readyAt = performance.now(); else requestAnimationFrame(poll); })();
  `);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${demo.origin}/bench-page.html`);
  // Polled through the DevTools protocol, not page.waitForFunction(): Playwright would inject its own script into
  // the page for that, and parsing it is a 40–80 ms task on the page's main thread that every subject would be
  // charged as a long task.
  const inPage = async () =>
    (
      await cdp.send('Runtime.evaluate', {
        expression: '({ ready: window.__readyAt, longTasks: window.__longTasks, cls: window.__cls })',
        returnByValue: true,
      })
    ).result.value;
  // Scripting is read the moment the widget is ready ("until the first element is ready"), polling every 10 ms;
  // long tasks and layout shifts are read 300 ms later, so that what follows the first render counts too.
  const scriptSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
  let scripting;
  for (const deadline = Date.now() + 30_000; scripting === undefined;) {
    if ((await inPage())?.ready !== undefined) scripting = (await scriptSeconds()) * 1000;
    else if (Date.now() > deadline) throw new Error(`host-cost: ${subject[0]} was not ready within 30 s`);
    else await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, 300));
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const { ready, longTasks, cls } = await inPage();
  await context.close();
  return {
    ready,
    scripting,
    longest: Math.max(0, ...longTasks),
    tbt: longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    cls,
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

const ours = SUBJECTS.filter(([, entry]) => !entry).map(([name]) => name);
const medianOf = (name, rate, key) => median(results[`${name}@${rate}`].map((r) => r[key]));
for (const rate of [1, 4]) {
  console.log(`\nHost-page cost, CPU ${rate}×, ${RUNS} runs each (median, min–max; ms unless noted)`);
  console.log(
    'subject                          ready           scripting       longest task  TBT    CLS    heap MB  KB    req',
  );
  // Ratios against the all-in file, the conservative case.
  const oursScripting = medianOf(ours[0], rate, 'scripting');
  for (const [name] of SUBJECTS) {
    const runs = results[`${name}@${rate}`];
    const m = (k) => median(runs.map((r) => r[k]));
    const ratio = ours.includes(name) ? '' : `  ours÷it scripting ${(oursScripting / m('scripting')).toFixed(2)}`;
    console.log(
      `${name.padEnd(32)} ${`${m('ready').toFixed(0)} (${span(runs.map((r) => r.ready))})`.padEnd(15)} ${`${m('scripting').toFixed(0)} (${span(runs.map((r) => r.scripting))})`.padEnd(15)} ${m('longest').toFixed(0).padEnd(13)} ${m('tbt').toFixed(0).padEnd(6)} ${m('cls').toFixed(3).padEnd(6)} ${m('heap').toFixed(1).padEnd(8)} ${m('bytes').toFixed(0).padEnd(5)} ${m('requests')}${ratio}`,
    );
  }
}

// Issue 7's targets, from the medians above.
const docSearch = SUBJECTS.find(([name]) => name === 'DocSearch')?.[0];
if (docSearch) {
  const verdicts = ours.map((name) => {
    const ratio = medianOf(name, 4, 'scripting') / medianOf(docSearch, 4, 'scripting');
    return `${name.replace('ours: ', '')} ${ratio.toFixed(2)} (${ratio < 0.5 ? 'meets' : 'MISSES'})`;
  });
  console.log(`\nTarget: scripting until ready at 4× under half of DocSearch's — ${verdicts.join('; ')}.`);
}
const longTasks = ours.map((name) => {
  const longest = medianOf(name, 1, 'longest');
  const cls = medianOf(name, 1, 'cls');
  return `${name.replace('ours: ', '')} longest ${longest.toFixed(0)} ms, CLS ${cls.toFixed(3)} (${longest <= 50 && cls === 0 ? 'meets' : 'MISSES'})`;
});
console.log(`Target: no long task over 50 ms at 1×, CLS 0 — ${longTasks.join('; ')}.`);
