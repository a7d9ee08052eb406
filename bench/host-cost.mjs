#!/usr/bin/env node
// What a host page pays for each embed, measured the way a page feels it. Every subject (ours and the peers, and
// an empty page for the baseline) on the same host template (bench/host-pages.mjs) on a 390×844 screen, visited in
// rounds, round-robin, at CPU 1× and 4×, on Indonesian and English pages. From a Chromium trace of each visit: all
// the renderer main thread's top-level tasks from navigation start until the page is usable with its data plus a
// settle period, minus the empty page's; the longest task. Layout shift with no reservation CSS and with the
// README's snippet. The next thing a resident does, measured the same way. Time to usable on slow 4G. A
// measurement, not a test: bench/README.md says how to read it.
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../scripts/chrome.mjs';
import { startDemo } from '../test/kit/server.mjs';
import { SUBJECTS, startSite } from './host-pages.mjs';
import { INTERACTIONS, SETTLE_MS, SLOW_4G, loadPage } from './page-load.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
const LANGS = ['id', 'en'];
// BENCH_ONLY=finder,docsearch narrows the subjects (the empty page always runs: it is the baseline).
const only = process.env.BENCH_ONLY?.split(',');
const subjects = SUBJECTS.filter((s) => !only || s.key === 'empty' || only.includes(s.key));
const ours = subjects.filter((s) => s.script);

// The visits of one round. Peers do not read the page's language: they are visited on the Indonesian page only and
// compared with both. Interactions follow the load on Indonesian pages.
const visits = [];
for (const rate of RATES) {
  for (const s of subjects)
    for (const lang of s.peer ? ['id'] : LANGS)
      visits.push({ kind: 'load', s, lang, rate, interact: lang === 'id' && !!INTERACTIONS[s.key] });
}
// With the README's snippet, at the slower CPU (where a late render is likeliest to show).
for (const s of ours) for (const lang of LANGS) visits.push({ kind: 'reserved', s, lang, rate: Math.max(...RATES) });
const slowSubjects = subjects.filter((s) => s.script || ['empty', 'floor', 'docsearch'].includes(s.key));
for (const s of slowSubjects) visits.push({ kind: 'slow4g', s, lang: 'id', rate: 4 });

const demo = await startDemo();
const site = await startSite(demo.origin);
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
const results = new Map();
const failures = [];
const record = (key, value) => results.set(key, [...(results.get(key) ?? []), value]);
const keyOf = (kind, s, lang, rate) => `${kind}|${s.key}|${lang}|${rate}`;
const started = Date.now();
for (let round = 0; round < RUNS; round++) {
  // Each round starts one visit further on, so no subject always follows the same one.
  const order = visits.map((_, i) => visits[(i + round * 7) % visits.length]);
  for (const v of order) {
    const options = {
      lang: v.lang,
      rate: v.rate,
      reserve: v.kind === 'reserved',
      trace: v.kind === 'load',
      interact: v.interact,
      network: v.kind === 'slow4g' ? SLOW_4G : undefined,
    };
    try {
      record(keyOf(v.kind, v.s, v.lang, v.rate), await loadPage(browser, site, v.s, options));
    } catch (error) {
      failures.push(`${v.kind} ${v.s.key} ${v.lang} ${v.rate}×: ${error.message.split('\n')[0]}`);
    }
  }
  console.error(`host-cost: round ${round + 1} of ${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
await browser.close();
await demo.stop();

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs, digits = 0) =>
  xs.length > 1 ? `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}` : '';
const cell = (xs, digits = 0) => (xs.length ? `${median(xs).toFixed(digits)} (${spread(xs, digits)})` : 'n/a');
const runsOf = (kind, s, lang, rate) => results.get(keyOf(kind, s, lang, rate)) ?? [];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Baseline-subtracted work per run: each run's figure minus the empty page's median, same rate and language. */
const overEmpty = (s, lang, rate, field) => {
  const base = median(runsOf('load', SUBJECTS[0], lang, rate).map((r) => r[field]));
  return runsOf('load', s, s.peer ? 'id' : lang, rate).map((r) => r[field] - base);
};
const docsearch = subjects.find((s) => s.key === 'docsearch');
const summary = {};

console.log(
  `Host-page cost, ${RUNS} rounds, pages round-robin, phone screen 390×844, settle ${SETTLE_MS} ms after usable.\n` +
    "Work = the renderer main thread's top-level tasks from navigation start to usable with data + settle, minus\n" +
    "the empty page's median. wall: task time as the page feels it; thread: the same tasks' CPU time (not\n" +
    'inflated by a busy machine). median (min–max).',
);
for (const rate of RATES) {
  for (const lang of LANGS) {
    console.log(`\nCPU ${rate}×, <html lang="${lang}">`);
    console.log(
      `page                                 JS br    work wall ms     thread ms      ÷DocS wall/thread  longest task     usable at ms      CLS none             CLS snippet (at ${Math.max(...RATES)}×)`,
    );
    const dsWall = docsearch && median(overEmpty(docsearch, lang, rate, 'busy'));
    const dsCpu = docsearch && median(overEmpty(docsearch, lang, rate, 'cpu'));
    for (const s of subjects) {
      const runs = runsOf('load', s, s.peer ? 'id' : lang, rate);
      if (!runs.length && s.key !== 'empty') continue;
      const wall = s.key === 'empty' ? runs.map((r) => r.busy) : overEmpty(s, lang, rate, 'busy');
      const cpu = s.key === 'empty' ? runs.map((r) => r.cpu) : overEmpty(s, lang, rate, 'cpu');
      const reserved = runsOf('reserved', s, lang, Math.max(...RATES)).map((r) => r.cls);
      const cls = runs.map((r) => r.cls);
      const ratio =
        docsearch && s.key !== 'empty' && wall.length
          ? `${(median(wall) / dsWall).toFixed(2)}/${(median(cpu) / dsCpu).toFixed(2)}`
          : '';
      summary[`${s.key}|${lang}|${rate}`] = {
        wall: median(wall),
        cpu: median(cpu),
        ratioWall: docsearch ? median(wall) / dsWall : null,
        ratioCpu: docsearch ? median(cpu) / dsCpu : null,
        longest: Math.max(...runs.map((r) => r.longest)),
        clsNone: Math.max(...cls),
        clsSnippet: reserved.length ? Math.max(...reserved) : null,
      };
      console.log(
        `${(s.key === 'empty' ? 'empty host page (raw, the baseline)' : s.name).padEnd(36)} ${(s.key === 'empty' ? '' : kb(site.scriptBytes(s))).padEnd(8)} ` +
          `${cell(wall).padEnd(16)} ${cell(cpu).padEnd(14)} ${ratio.padEnd(18)} ${cell(runs.map((r) => r.longest)).padEnd(16)} ` +
          `${cell(runs.map((r) => r.readyAt)).padEnd(17)} ${cell(cls, 3).padEnd(20)} ${s.script ? cell(reserved, 3) : ''}`,
      );
    }
  }
}

console.log(
  `\nThe next thing a resident does, on the Indonesian page: work from the first input to the answer shown + settle\n` +
    '(no baseline: an idle page does next to nothing), the longest task, and input to answer (wall, typing included:\n' +
    '100 ms between keys).',
);
console.log(
  'interaction                                                 CPU  work wall ms     thread ms      longest task     input to answer ms',
);
for (const rate of RATES) {
  for (const s of subjects.filter((x) => INTERACTIONS[x.key])) {
    const runs = runsOf('load', s, 'id', rate)
      .map((r) => r.interaction)
      .filter(Boolean);
    if (!runs.length) continue;
    summary[`${s.key}:interaction|${rate}`] = {
      wall: median(runs.map((r) => r.busy)),
      longest: Math.max(...runs.map((r) => r.longest)),
    };
    console.log(
      `${`${s.name}: ${INTERACTIONS[s.key].what}`.slice(0, 59).padEnd(59)} ${`${rate}×`.padEnd(4)} ${cell(runs.map((r) => r.busy)).padEnd(16)} ` +
        `${cell(runs.map((r) => r.cpu)).padEnd(14)} ${cell(runs.map((r) => r.longest)).padEnd(16)} ${cell(runs.map((r) => r.wall))}`,
    );
  }
}

console.log(
  '\nSlow 4G (Chrome\'s preset: 562.5 ms round trip, 1.44 Mb/s down) and CPU 4×, <html lang="id">, cache off:\n' +
    'navigation start to usable with data, ms',
);
for (const s of slowSubjects) {
  const runs = runsOf('slow4g', s, 'id', 4).map((r) => r.readyAt);
  summary[`${s.key}:slow4g`] = runs.length ? median(runs) : null;
  console.log(`${s.name.padEnd(36)} ${cell(runs)}`);
}

// Issue 24's targets at 4×, against the medians above.
const at4 = (key, lang = 'id') => summary[`${key}|${lang}|4`];
if (docsearch && RATES.includes(4)) {
  const verdict = (ok) => (ok ? 'met' : 'NOT MET');
  const lines = [];
  for (const [key, limit] of [
    ['finder', 0.75],
    ['booking', 0.75],
    ['tracker', 0.5],
    ['all', 1.25],
  ]) {
    for (const lang of LANGS) {
      const row = at4(key, lang);
      if (!row) continue;
      lines.push(
        `${key} (${lang}) ${row.ratioWall.toFixed(2)}× DocSearch wall, ${row.ratioCpu.toFixed(2)}× thread (≤ ${limit}×: ${verdict(row.ratioWall <= limit && row.ratioCpu <= limit)})`,
      );
    }
  }
  console.log(
    `\nTargets at 4×, same run (work: met only when both the wall and the thread ratio are):\n- work to usable: ${lines.join('; ')}`,
  );
  const longest = ours
    .map((s) => at4(s.key))
    .filter(Boolean)
    .map((row, i) => `${ours[i].key} ${row.longest.toFixed(0)} ms`);
  console.log(`- longest task < 100 ms (worst run, Indonesian page): ${longest.join(', ')}`);
  const clsSnippet = ours
    .map((s) => [s.key, Math.max(...LANGS.map((l) => at4(s.key, l)?.clsSnippet ?? 0))])
    .map(([key, cls]) => `${key} ${cls.toFixed(3)} (${verdict(cls <= 0.01)})`);
  console.log(`- CLS ≤ 0.01 with the README's snippet (worst run, both languages): ${clsSnippet.join(', ')}`);
  const clsNone = ours.map((s) => `${s.key} ${Math.max(...LANGS.map((l) => at4(s.key, l)?.clsNone ?? 0)).toFixed(3)}`);
  console.log(`- CLS with no reservation (worst run, reported): ${clsNone.join(', ')}`);
  const slow = ours
    .filter((s) => summary[`${s.key}:slow4g`] != null)
    .map(
      (s) =>
        `${s.key} ${(summary[`${s.key}:slow4g`] / 1000).toFixed(2)} s (${verdict(summary[`${s.key}:slow4g`] <= 2200)})`,
    );
  console.log(`- slow 4G usable with data ≤ 2.2 s, lang="id" (median): ${slow.join(', ')}`);
}
if (failures.length) console.log(`\nVisits that failed (left out above):\n- ${failures.join('\n- ')}`);
await site.stop();
