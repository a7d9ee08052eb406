#!/usr/bin/env node
// Where one host page's main-thread time goes: loads the page as bench/host-cost.mjs does, with a detailed trace
// and V8's sampler on, and prints the work to usable (+ settle) by kind (script by how it was called, style,
// layout, paint, parsing, GC) and by function and source file (through our bundles' source maps), then the same
// for the resident's next action where the page has one. Not part of `npm run bench`:
//   node bench/trace-breakdown.mjs finder [--rate 4] [--lang id] [--runs 3] [--top 25]
// Subjects: empty, floor, docsearch, calcom, shoelace, webawesome, material, finder, booking, tracker, all.
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../scripts/chrome.mjs';
import { startDemo } from '../test/kit/server.mjs';
import { SUBJECTS, startSite } from './host-pages.mjs';
import { INTERACTIONS, SETTLE_MS, loadPage } from './page-load.mjs';
import { mainThreadWork, markTime, samplesByFunction, topLevelTasks, workByKind } from './trace.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rate: { type: 'string', default: '4' },
    lang: { type: 'string', default: 'id' },
    runs: { type: 'string', default: '3' },
    top: { type: 'string', default: '25' },
  },
});
const subject = SUBJECTS.find((s) => s.key === positionals[0]);
if (!subject) {
  console.error(`Which page? One of: ${SUBJECTS.map((s) => s.key).join(', ')}`);
  process.exit(2);
}
const rate = Number(values.rate);
const top = Number(values.top);

const demo = await startDemo();
const site = await startSite(demo.origin);
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });

// Figures summed over the runs and divided by their number: a mean per visit, steadier than one trace.
const sums = { load: new Map(), act: new Map() };
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
const totals = { load: [], act: [] };
const runs = Number(values.runs);
for (let i = 0; i < runs; i++) {
  const r = await loadPage(browser, site, subject, {
    lang: values.lang,
    rate,
    detailed: true,
    keepTrace: true,
    interact: !!INTERACTIONS[subject.key],
  });
  const windows = { load: [r.renderer.navigationStart, r.ready + SETTLE_MS * 1000] };
  if (r.interaction) {
    windows.act = [
      markTime(r.events, r.renderer, 'bench-act'),
      markTime(r.events, r.renderer, 'bench-acted') + SETTLE_MS * 1000,
    ];
  }
  const tasks = topLevelTasks(r.events, r.renderer);
  for (const [phase, [from, to]] of Object.entries(windows)) {
    totals[phase].push(mainThreadWork(tasks, from, to));
    for (const [kind, ms] of workByKind(r.events, r.renderer, from, to)) add(sums[phase], `kind|${kind}`, ms);
    const samples = samplesByFunction(r.events, r.renderer, from, to);
    if (!samples) continue;
    for (const [name, ms] of samples.self) add(sums[phase], `self|${name}`, ms);
    for (const [name, ms] of samples.total) add(sums[phase], `total|${name}`, ms);
    for (const [name, ms] of samples.files) add(sums[phase], `file|${name}`, ms);
  }
}
await browser.close();
await site.stop();
await demo.stop();

const section = (map, prefix, limit) =>
  [...map]
    .filter(([k]) => k.startsWith(`${prefix}|`))
    .map(([k, ms]) => [k.slice(prefix.length + 1), ms / runs])
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)}  ${name}`)
    .join('\n');

for (const phase of ['load', 'act']) {
  if (!totals[phase].length) continue;
  const mean = (field) => totals[phase].reduce((n, t) => n + t[field], 0) / totals[phase].length;
  console.log(
    `\n${subject.name}, CPU ${rate}×, lang="${values.lang}", ${phase === 'load' ? 'navigation start to usable + settle' : INTERACTIONS[subject.key].what + ' + settle'}` +
      ` — mean of ${runs} visits: main-thread tasks ${mean('busy').toFixed(0)} ms wall (${mean('cpu').toFixed(0)} ms thread), longest ${mean('longest').toFixed(0)} ms, ${mean('tasks').toFixed(0)} tasks (raw: no baseline subtracted)`,
  );
  console.log(`By kind of work (wall ms, innermost event):\n${section(sums[phase], 'kind', 20)}`);
  console.log(`By source file, V8 samples (self ms):\n${section(sums[phase], 'file', top)}`);
  console.log(`By function, V8 samples, self (ms):\n${section(sums[phase], 'self', top)}`);
  console.log(`By function, V8 samples, total incl. callees (ms):\n${section(sums[phase], 'total', top)}`);
}
