// docs/embedding.md, followed as a webmaster would: an agency page on its own origin, the widgets' files
// self-hosted on a second origin, the MPP API on a third. What the page must send (its CSP, with Trusted Types
// naming the `lit-html` policy) and what the script host must send (CORS) are exactly what the document says;
// the failures it describes (no CORS on the script host, a Trusted Types allow-list without `lit-html`) show as
// the document says they show.
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

const [sitePort, cdnPort, bareCdnPort] = await Promise.all([freePort(), freePort(), freePort()]);
const SITE = `http://127.0.0.1:${sitePort}`;
const CDN = `http://127.0.0.1:${cdnPort}`;
const BARE_CDN = `http://127.0.0.1:${bareCdnPort}`;
// The API server lets the agency's site in, as docs/embedding.md tells its operator to.
process.env.MPP_ALLOWED_ORIGINS = SITE;
const env = useDemo();

const page = { csp: '', html: '' };
const servers = [];
before(() => {
  servers.push(
    scriptHost(cdnPort, { cors: true }),
    scriptHost(bareCdnPort, { cors: false }),
    agencySite(sitePort, page),
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
