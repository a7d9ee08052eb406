#!/usr/bin/env node
// `npm run bench`: every benchmark in turn, its table printed as it runs, and all of them written to
// bench/RESULTS.md with the machine they ran on. What the figures mean and the targets: bench/README.md.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { requireChrome } from '../scripts/chrome.mjs';

const BENCHES = [
  ['Bytes beside peer embeds', 'bench/bytes.mjs'],
  ['What a host page pays, from traces, beside peer embeds', 'bench/host-cost.mjs'],
  ['Finder: keystroke to results', 'bench/finder-keystroke.mjs'],
  ['Booking: step to step', 'bench/booking-steps.mjs'],
  ['Reference server under load', 'bench/server-load.mjs'],
];

function run(script) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited with ${code}`))));
  });
}

const chromium = execFileSync(requireChrome(), ['--version'], { encoding: 'utf8' }).trim();
const machine = `${cpus().length} × ${cpus()[0].model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${chromium}`;
const sections = [];
for (const [title, script] of BENCHES) {
  console.log(`\n## ${title} — node ${script}\n`);
  const output = await run(script);
  sections.push(`## ${title} — \`node ${script}\`\n\n\`\`\`text\n${output.trim()}\n\`\`\`\n`);
}

writeFileSync(
  new URL('RESULTS.md', import.meta.url),
  `# Benchmark results\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.\n` +
    'Timings move with machine load: they are figures to compare (each bench prints its change against ' +
    '`bench/baseline.json`), not tests. CI enforces only sizes (`bench/budgets.json`). How to read them and the ' +
    'targets: [README.md](README.md).\n\n' +
    sections.join('\n'),
);
console.log('\nWritten: bench/RESULTS.md');
