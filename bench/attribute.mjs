// Where a bundle's bytes come from: each minified character is traced to its source file through the bundle's
// source map; each file's characters are compressed on their own and the shares scaled to the whole bundle's
// brotli size (an estimate: brotli shares repeats across files). `node bench/attribute.mjs dist/mpp-queue-booking.js`
import { readFileSync } from 'node:fs';
import { brotliSize as br } from '../scripts/compressed-size.mjs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
const file = process.argv[2] ?? 'dist/mpp-widgets.js';
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(file + '.map', 'utf8'));
const lines = code.split('\n');
const per = new Map();
const texts = new Map();
for (let l = 0; l < lines.length; l++) {
  const line = lines[l];
  let last = null;
  for (let c = 0; c < line.length; c++) {
    const p = originalPositionFor(map, { line: l + 1, column: c });
    const src = p.source ? p.source.replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/') : (last ?? '?');
    last = src;
    per.set(src, (per.get(src) || 0) + 1);
    texts.set(src, (texts.get(src) || '') + line[c]);
  }
}
const total = br(code);
let sumAlone = 0;
const rows = [...per].map(([s, n]) => {
  const a = br(texts.get(s));
  sumAlone += a;
  return [s, n, a];
});
rows.sort((a, b) => b[1] - a[1]);
console.log(`${file}: ${code.length} bytes minified, ${total} brotli`);
console.log('minified  brotli≈  source');
for (const [s, n, a] of rows)
  console.log(String(n).padStart(7), String(Math.round((a * total) / sumAlone)).padStart(6), s);
