// docs/embedding.md, followed as a webmaster would: an agency page on its own origin, the widgets' files
// self-hosted on a second origin, the MPP API on a third. What the page must send (its CSP, with Trusted Types
// naming the `lit-html` policy) and what the script host must send (CORS) are exactly what the document says;
// the failures it describes (no CORS on the script host, a Trusted Types allow-list without `lit-html`) show as
// the document says they show. A page on an origin the API does not let in, and one whose `api-base` is its own
// site, show residents one plain sentence and tell the webmaster the cause and the fix (issue 20, item 2).
import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { appErrors, newPage, useDemo } from '../kit/browser.mjs';
import { freePort } from '../kit/server.mjs';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

/** An agency's static host for dist/: with the CORS and caching headers docs/embedding.md asks for, or without. */
function scriptHost(port, { cors }) {
  return createServer((req, res) => {
    const file = normalize(join('dist', new URL(req.url, 'http://x').pathname.replace(/^\/mpp-widgets\//, '')));
    if (!file.startsWith('dist/') || !existsSync(file)) return res.writeHead(404).end();
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  }).listen(port, '127.0.0.1');
}

/** The agency's page, on an origin of its own, sent with `csp`. */
function agencySite(port, page) {
  return createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.csp });
    res.end(page.html);
  }).listen(port, '127.0.0.1');
}

const [sitePort, cdnPort, bareCdnPort, otherPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
const SITE = `http://127.0.0.1:${sitePort}`;
// A second agency site that nobody added to MPP_ALLOWED_ORIGINS.
const OTHER_SITE = `http://127.0.0.1:${otherPort}`;
const CDN = `http://127.0.0.1:${cdnPort}`;
const BARE_CDN = `http://127.0.0.1:${bareCdnPort}`;
// The API server lets the agency's site in, as docs/embedding.md tells its operator to.
process.env.MPP_ALLOWED_ORIGINS = SITE;
const env = useDemo();

const page = { csp: '', html: '' };
const otherPage = { csp: '', html: '' };
const servers = [];
before(() => {
  servers.push(
    scriptHost(cdnPort, { cors: true }),
    scriptHost(bareCdnPort, { cors: false }),
    agencySite(sitePort, page),
    agencySite(otherPort, otherPage),
  );
});
after(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

/** The page of docs/embedding.md: the script tag from `cdn`, a finder, and the CSP with `trustedTypes`. */
function setPage(cdn, trustedTypes) {
  page.csp =
    `default-src 'self'; script-src 'self' ${cdn}; connect-src 'self' ${env.demo.origin}; style-src 'self'; ` +
    `require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;
  page.html = `<!doctype html><html lang="id"><head><meta charset="utf-8">
    <script type="module" src="${cdn}/mpp-widgets/mpp-widgets.js" data-api-base="${env.demo.api}"></script></head>
    <body><h1>Dinas Kependudukan</h1><mpp-service-finder query="akta"></mpp-service-finder></body></html>`;
}

const defined = (p) => p.evaluate(() => Boolean(customElements.get('mpp-service-finder')));

describe('embedding from another origin (docs/embedding.md)', () => {
  it('works under the documented CSP with Trusted Types and the lit-html policy', async () => {
    setPage(CDN, 'lit-html');
    const { page: p, context, record } = await newPage(env.browser);
    await p.goto(`${SITE}/`);
    const finder = p.locator('mpp-service-finder');
    await finder.getByRole('button', { name: 'Penerbitan Akta Kelahiran' }).waitFor();
    assert.deepEqual(record.violations, [], 'CSP violations');
    assert.deepEqual(record.errors, []);
    assert.deepEqual(appErrors(record), []);
    await context.close();
  });

  it('stays blank when the script host sends no Access-Control-Allow-Origin', async () => {
    setPage(BARE_CDN, 'lit-html');
    const { page: p, context } = await newPage(env.browser);
    const refused = p.waitForEvent('console', (m) => /blocked by CORS policy/.test(m.text()));
    await p.goto(`${SITE}/`);
    await refused; // what the webmaster sees in the console
    assert.equal(await defined(p), false);
    await context.close();
  });

  it('breaks when Trusted Types allows only "default" (the lit-html policy is refused)', async () => {
    setPage(CDN, 'default');
    const { page: p, context } = await newPage(env.browser);
    const refused = p.waitForEvent('pageerror');
    await p.goto(`${SITE}/`);
    assert.match((await refused).message, /lit-html/);
    assert.equal(await defined(p), false);
    await context.close();
  });
});

describe('a page set up wrong (issue 20, item 2)', () => {
  const RESIDENT = 'Layanan belum dapat dihubungi dari situs ini.';

  /** The three widgets on `site`'s page with `apiBase`; records every `mpp-error` event the page hears. */
  async function openWidgets(apiBase) {
    otherPage.csp = `default-src 'self'; script-src 'self' ${CDN}; connect-src 'self' ${env.demo.origin}; style-src 'self'`;
    otherPage.html = `<!doctype html><html lang="id"><head><meta charset="utf-8">
      <script type="module" src="${CDN}/mpp-widgets/mpp-widgets.js" data-api-base="${apiBase}"></script></head>
      <body><h1>Dinas Perhubungan</h1><mpp-service-finder></mpp-service-finder>
      <mpp-queue-booking loading="eager"></mpp-queue-booking><mpp-status-tracker></mpp-status-tracker></body></html>`;
    const opened = await newPage(env.browser, { viewport: { width: 1280, height: 2400 } });
    await opened.page.addInitScript(() => {
      window.mppErrors = [];
      document.addEventListener('mpp-error', (e) =>
        window.mppErrors.push({ tag: e.target.localName, detail: e.detail, bubbles: e.bubbles, composed: e.composed }),
      );
    });
    await opened.page.goto(`${OTHER_SITE}/`);
    // The tracker asks the API when a resident looks a booking up (a POST: its preflight is let through too).
    const tracker = opened.page.locator('mpp-status-tracker');
    await tracker.locator('#code').fill('RSV-7KQ2M9XA');
    await tracker.locator('#last4').fill('0003');
    await tracker.getByRole('button', { name: 'Cek status' }).click();
    for (const tag of ['mpp-service-finder', 'mpp-queue-booking', 'mpp-status-tracker'])
      await opened.page.locator(tag).getByText(RESIDENT).waitFor({ timeout: 10_000 });
    return opened;
  }

  const ourLines = (record) => record.console.filter((l) => l.includes('mpp-widgets:'));

  it('the API refuses the site: residents read it cannot be reached from here, the webmaster what to add', async () => {
    const { page: p, context, record } = await openWidgets(env.demo.api);
    for (const tag of ['mpp-service-finder', 'mpp-queue-booking', 'mpp-status-tracker'])
      assert.doesNotMatch(await p.locator(tag).innerText(), /koneksi internet/);
    assert.deepEqual(ourLines(record), [
      `warning: mpp-widgets: ${env.demo.api} refused this site's origin ${OTHER_SITE}: add it to MPP_ALLOWED_ORIGINS`,
    ]);
    const events = await p.evaluate(() => window.mppErrors);
    assert.deepEqual(
      events.map((e) => e.tag).sort(),
      ['mpp-queue-booking', 'mpp-service-finder', 'mpp-status-tracker'],
      'one event from each widget',
    );
    for (const e of events)
      assert.deepEqual(e, { ...e, detail: { code: 'origin_not_allowed' }, bubbles: true, composed: true });
    assert.deepEqual(record.violations, [], 'CSP violations');
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('api-base is the agency site itself: residents read the same, the webmaster that it is not the API', async () => {
    const { page: p, context, record } = await openWidgets(`${OTHER_SITE}/api`);
    assert.deepEqual(ourLines(record), [
      `warning: mpp-widgets: ${OTHER_SITE}/api is not the MPP API (HTTP 200): set api-base to its address, ending in /api/v1`,
    ]);
    const events = await p.evaluate(() => window.mppErrors);
    assert.equal(events.length, 3);
    for (const e of events) assert.deepEqual(e.detail, { code: 'not_api' });
    await context.close();
  });
});
