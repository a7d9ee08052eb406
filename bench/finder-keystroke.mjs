#!/usr/bin/env node
// Keystroke-to-results time of <mpp-service-finder> at 200 and 2,000 services, in headless Chromium with the CPU
// slowed 4× (a cheap Android phone). Prints medians and p95 and compares them with bench/baseline.json.
// A measurement, not a test: timings move with machine load, so nothing here fails the build.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { launch } from '../test/kit/browser.mjs';

const root = new URL('..', import.meta.url);
const catalogue = JSON.parse(readFileSync(new URL('data/catalogue.json', root), 'utf8'));
const baseline = JSON.parse(readFileSync(new URL('bench/baseline.json', root), 'utf8'));

/** The real catalogue padded with plausible made-up services to `n`. */
function catalogueOf(n) {
  const verbs = ['Izin', 'Surat', 'Pendaftaran', 'Perubahan', 'Legalisasi', 'Rekomendasi', 'Sertifikat', 'Kartu'];
  const things = ['Usaha Mikro', 'Tanah', 'Bangunan', 'Kendaraan', 'Kesehatan', 'Pariwisata', 'Perikanan', 'Koperasi'];
  const items = catalogue.services.map(
    ({ requirements: _r, procedure: _p, complaints: _c, legalBasis: _l, notes: _n, counter: _k, product: _d, ...s }) =>
      s,
  );
  for (let i = items.length; i < n; i++) {
    const like = items[i % catalogue.services.length];
    items.push({
      ...like,
      id: `${like.agencyId}-x-${i}`,
      name: `${verbs[i % 8]} ${things[(i >> 3) % 8]} nomor ${i}`,
      keywords: [],
    });
  }
  return { items: items.slice(0, n), total: n, agencies: catalogue.agencies };
}

const page = (n) => `<!doctype html><html lang="id"><body>
<script>
  const list = ${JSON.stringify(catalogueOf(n))};
  // The API answers from memory: this measures the widget, not the network.
  window.fetch = async () => new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json', ETag: '"x"' } });
</script>
<script type="module" src="/dist/mpp-widgets.js"></script>
<mpp-service-finder api-base="/api/v1"></mpp-service-finder>
</body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/dist/')) {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    return res.end(readFileSync(new URL(url.pathname.slice(1), root)));
  }
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.end(page(Number(url.searchParams.get('n') ?? 200)));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const QUERIES = ['ktp', 'akta lahir', 'perpanjang sim', 'skck', 'paspor', 'izin usaha', 'kelahran', 'bpjs'];
const browser = await launch();
const results = {};
for (const n of [200, 2000]) {
  const tab = await browser.newPage();
  const cdp = await tab.context().newCDPSession(tab);
  await tab.goto(`${origin}/?n=${n}`);
  await tab.waitForFunction(() => document.querySelector('mpp-service-finder')?.shadowRoot?.querySelector('.results'));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = await tab.evaluate(async (queries) => {
    const el = document.querySelector('mpp-service-finder');
    const input = el.shadowRoot.querySelector('#search');
    const out = [];
    for (const query of queries) {
      for (let i = 1; i <= query.length; i++) {
        const t0 = performance.now();
        input.value = query.slice(0, i);
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        void el.shadowRoot.querySelector('.finder').offsetHeight; // style and layout of the new results
        out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 20)); // typing pace: a resident's next key, not a wait for results
      }
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }
    return out;
  }, QUERIES);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await tab.close();
  times.sort((a, b) => a - b);
  const pick = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  results[n] = { median: pick(0.5), p95: pick(0.95), max: times[times.length - 1], samples: times.length };
}
await browser.close();
server.close();

console.log('Finder keystroke → updated results, CPU slowed 4× (ms)');
console.log('services  median   p95      max      samples  baseline median  change');
for (const [n, r] of Object.entries(results)) {
  const base = baseline.finderKeystroke?.[n]?.median;
  const change = base ? `${(((r.median - base) / base) * 100).toFixed(0)}%` : '—';
  console.log(
    `${n.padEnd(9)} ${r.median.toFixed(1).padEnd(8)} ${r.p95.toFixed(1).padEnd(8)} ${r.max.toFixed(1).padEnd(8)} ${String(r.samples).padEnd(8)} ${String(base ?? '—').padEnd(16)} ${change}`,
  );
}
const target = results[2000].median < 16 ? 'meets' : 'MISSES';
console.log(`Target: median under 16 ms at 2,000 services — ${target} (${results[2000].median.toFixed(1)} ms).`);
