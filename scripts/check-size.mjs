#!/usr/bin/env node
// Size budgets of the script-tag bundles, brotli-compressed as a CDN serves them. Sizes do not drift with
// machine load, so CI enforces them; timings live in bench/. Budgets are in bench/budgets.json.
import { brotliSize, gzipSize } from './compressed-size.mjs';
import { existsSync, readFileSync } from 'node:fs';

const budgets = JSON.parse(readFileSync(new URL('../bench/budgets.json', import.meta.url), 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const bytes = (n) => `${n.toLocaleString('en')} B`;

let passed = 0;
let failed = 0;
const rows = [];
for (const [file, budget] of Object.entries(budgets.brotli)) {
  if (!existsSync(file)) {
    failed++;
    rows.push([file, 'missing', '', '', '', kb(budget), 'FAIL (run npm run build)']);
    continue;
  }
  const source = readFileSync(file);
  const brotli = brotliSize(source);
  const gzip = gzipSize(source);
  const ok = brotli <= budget;
  if (ok) passed++;
  else failed++;
  rows.push([
    file,
    kb(source.length),
    kb(gzip),
    kb(brotli),
    // The exact figure the docs quote (bench/RESULTS.md "Sizes now"): one number per file, not a rounding of it.
    bytes(brotli),
    kb(budget),
    // In bytes: rounded to 0.1 KB, a file 27 B over read "2.8 KB, over its 2.8 KB budget".
    ok ? 'ok' : `FAIL: ${file} is ${bytes(brotli)}, ${bytes(brotli - budget)} over its budget of ${bytes(budget)}`,
  ]);
}

const header = ['bundle', 'minified', 'gzip', 'brotli', 'brotli bytes', 'budget', 'result'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
for (const row of [header, ...rows]) console.log(row.map((c, i) => String(c).padEnd(widths[i])).join('  '));
console.log(`size: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
