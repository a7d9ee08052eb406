#!/usr/bin/env node
// Bytes a host page downloads for mpp-widgets beside peer embeds, bundled and minified the same way (rollup,
// node-resolve, terser), then gzip and brotli. Peers live in bench/peers/ (installed here on first run, never by
// `npm ci`). Prints a table, the ratio of ours to each peer, and our change against bench/baseline.json.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { brotliSize, gzipSize } from '../scripts/compressed-size.mjs';

const peers = new URL('peers/', import.meta.url);
if (!existsSync(new URL('node_modules', peers))) {
  console.log('Installing the peer embeds into bench/peers …');
  execSync('npm install --no-audit --no-fund --silent', { cwd: peers.pathname, stdio: 'inherit' });
}

const sizes = (code) => ({
  min: code.length,
  gzip: gzipSize(code),
  brotli: brotliSize(code),
});

/** One peer entry of bench/peers/entries, bundled and minified like ours. */
export async function bundlePeer(entry) {
  const build = await rollup({
    input: new URL(`entries/${entry}`, peers).pathname,
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'] })],
    onwarn: () => undefined,
  });
  const { output } = await build.generate({
    format: 'es',
    inlineDynamicImports: true,
    plugins: [
      {
        name: 'terser',
        renderChunk: async (code) => (await minify(code, { module: true, format: { comments: false } })).code,
      },
    ],
  });
  await build.close();
  return Buffer.from(output[0].code);
}

export async function measureBytes() {
  const rows = [];
  for (const file of ['mpp-widgets', 'mpp-service-finder', 'mpp-queue-booking', 'mpp-status-tracker']) {
    rows.push({ name: `ours: ${file}.js`, ...sizes(readFileSync(new URL(`../dist/${file}.js`, import.meta.url))) });
  }
  // Files fetched later come on top, each compressed on its own as a CDN serves it: the English strings on an
  // English page, the booking's second half once a resident starts booking.
  const summed = (name, files) => {
    const each = files.map((f) => sizes(readFileSync(new URL(`../dist/${f}`, import.meta.url))));
    rows.push({
      name,
      ...Object.fromEntries(Object.keys(each[0]).map((k) => [k, each.reduce((n, e) => n + e[k], 0)])),
    });
  };
  summed('ours: all-in + English (.en.js)', ['mpp-widgets.js', 'mpp-widgets.en.js']);
  summed('ours: all-in + booking second half', ['mpp-widgets.js', 'mpp-widgets.finish-steps.js']);
  summed('ours: booking + its second half', ['mpp-queue-booking.js', 'mpp-queue-booking.finish-steps.js']);
  const entries = [
    ['Lit alone (floor)', 'lit-floor.js'],
    ['DocSearch (@docsearch/js)', 'docsearch.js'],
    ['Shoelace input+select+button', 'shoelace.js'],
    ['Web Awesome input+select+button', 'webawesome.js'],
    ['Material text field+button', 'material.js'],
    ['Lion form+input+select+button', 'lion.js'],
  ];
  for (const [name, entry] of entries) rows.push({ name, ...sizes(await bundlePeer(entry)) });
  // Cal.com ships its loader already bundled; the booker itself is an iframe app loaded on top.
  rows.push({
    name: 'Cal.com embed loader (as shipped)',
    ...sizes(readFileSync(new URL('node_modules/@calcom/embed-core/dist/embed/embed.js', peers))),
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureBytes();
  const baseline = JSON.parse(readFileSync(new URL('baseline.json', import.meta.url), 'utf8')).brotli ?? {};
  const ours = rows[0].brotli;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('Bytes a host page downloads (brotli is what a phone pays on a CDN)');
  console.log('subject                              minified   gzip       brotli     ours ÷ it  baseline   change');
  for (const r of rows) {
    const ratio = r.name.startsWith('ours') ? '' : (ours / r.brotli).toFixed(2);
    const base = baseline[r.name];
    const change = base ? `${(((r.brotli - base) / base) * 100).toFixed(1)}%` : '';
    console.log(
      `${r.name.padEnd(36)} ${kb(r.min).padEnd(10)} ${kb(r.gzip).padEnd(10)} ${kb(r.brotli).padEnd(10)} ` +
        `${ratio.padEnd(10)} ${(base ? kb(base) : '').padEnd(10)} ${change}`,
    );
  }
  console.log(
    `Targets: all-in at most 25 KB — ${ours <= 25 * 1024 ? 'met' : 'not met'}; each element at most 15 KB — ` +
      rows
        .slice(1, 4)
        .map((r) => `${r.name.replace('ours: ', '')} ${r.brotli <= 15 * 1024 ? 'met' : 'not met'}`)
        .join(', '),
  );
}
