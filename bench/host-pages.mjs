// The host pages the page-cost benches load, and the server that serves them as a site and a CDN would: one
// template for every subject (a heading, the embed, the site's own text below it), scripts brotli-compressed, the
// API passed through to the reference server exactly as it answers. No request interception in the browser, so the
// network emulation of the slow-4G runs applies to every byte.
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { bundlePeer } from './bytes.mjs';
import { readmeReserveRule } from '../test/kit/browser.mjs';

/**
 * Every page the benches load. `markup` goes where the embed sits on the page; `ready` is an expression true once
 * the page is usable with its data (the finder's box and first result, the booking's first service choice, the
 * tracker's code field, a peer's controls); `peer` names a bench/peers/entries file, else `script` is ours.
 */
export const SUBJECTS = [
  { name: 'empty host page', key: 'empty', markup: '', ready: 'true', peer: null, script: null },
  {
    name: 'Lit + one trivial element (floor)',
    key: 'floor',
    peer: 'lit-floor.js',
    markup: '<floor-element></floor-element>',
    ready: `!!document.querySelector('floor-element')?.shadowRoot?.querySelector('p')`,
  },
  {
    name: 'DocSearch keyword-only',
    key: 'docsearch',
    peer: 'docsearch.js',
    markup: '<div id="search"></div>',
    ready: `!!document.querySelector('#search .DocSearch-Button')`,
  },
  {
    name: 'Cal.com inline embed, host side',
    key: 'calcom',
    peer: 'calcom-inline.js',
    markup: '<div id="cal" style="width:100%;height:600px;overflow:auto"></div>',
    ready: `!!document.querySelector('#cal iframe, #cal cal-inline')`,
  },
  {
    name: 'Shoelace input+select+button',
    key: 'shoelace',
    peer: 'shoelace.js',
    markup:
      '<sl-input label="Nama"></sl-input><sl-select label="Layanan"><sl-option value="a">A</sl-option></sl-select><sl-button>Kirim</sl-button>',
    ready: `['sl-input','sl-select','sl-button'].every((t) => document.querySelector(t)?.shadowRoot?.childElementCount)`,
  },
  {
    name: 'Web Awesome input+select+button',
    key: 'webawesome',
    peer: 'webawesome.js',
    markup:
      '<wa-input label="Nama"></wa-input><wa-select label="Layanan"><wa-option value="a">A</wa-option></wa-select><wa-button>Kirim</wa-button>',
    ready: `['wa-input','wa-select','wa-button'].every((t) => document.querySelector(t)?.shadowRoot?.childElementCount)`,
  },
  {
    name: 'Material text field+button',
    key: 'material',
    peer: 'material.js',
    markup: '<md-outlined-text-field label="Nama"></md-outlined-text-field><md-filled-button>Kirim</md-filled-button>',
    ready: `['md-outlined-text-field','md-filled-button'].every((t) => document.querySelector(t)?.shadowRoot?.childElementCount)`,
  },
  {
    name: 'mpp-service-finder',
    key: 'finder',
    script: 'mpp-service-finder.js',
    markup: '<mpp-service-finder></mpp-service-finder>',
    ready: `(() => { const r = document.querySelector('mpp-service-finder')?.shadowRoot; return !!(r?.querySelector('input[type=search]') && r.querySelector('.result')); })()`,
  },
  {
    name: 'mpp-queue-booking',
    key: 'booking',
    script: 'mpp-queue-booking.js',
    markup: '<mpp-queue-booking></mpp-queue-booking>',
    ready: `!!document.querySelector('mpp-queue-booking')?.shadowRoot?.querySelector('input[name=service]')`,
  },
  {
    name: 'mpp-status-tracker',
    key: 'tracker',
    script: 'mpp-status-tracker.js',
    markup: '<mpp-status-tracker></mpp-status-tracker>',
    ready: `!!document.querySelector('mpp-status-tracker')?.shadowRoot?.querySelector('#code')`,
  },
  {
    name: 'all three, mpp-widgets.js',
    key: 'all',
    script: 'mpp-widgets.js',
    markup:
      '<mpp-service-finder></mpp-service-finder><p class="between">Jadwal antrean</p><mpp-queue-booking></mpp-queue-booking><p class="between">Cek status</p><mpp-status-tracker></mpp-status-tracker>',
    ready: `(() => { const q = (t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s); return !!(q('mpp-service-finder', 'input[type=search]') && q('mpp-service-finder', '.result') && q('mpp-queue-booking', 'input[name=service]') && q('mpp-status-tracker', '#code')); })()`,
  },
];

/** The site's own text below the embed: enough to fill a phone screen twice, so a shift moves visible text. */
const SITE_TEXT = Array.from(
  { length: 12 },
  (_, i) =>
    `<p>Paragraf ${i + 1} dari halaman instansi: jam layanan, alamat, dan persyaratan berkas yang harus dibawa oleh pemohon ke loket.</p>`,
).join('');

/**
 * The one host page template: `lang` on `<html>` (the widgets follow it), the README's reservation rule when
 * `reserve`, the page's own text below the embed. A phone-sized page is the viewport's business, not the page's.
 */
export function hostPage(subject, { lang, reserve }) {
  const script = subject.peer
    ? `<script type="module" src="/peer/${subject.peer}"></script>`
    : subject.script
      ? `<script type="module" src="/dist/${subject.script}" data-api-base="/api/v1"></script>`
      : '';
  const rule = reserve && subject.script ? `<style>${readmeReserveRule().replace(/\s+/g, ' ')}</style>` : '';
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<link rel="icon" href="data:,"><title>Instansi</title><style>body{margin:0 16px;font:16px/1.5 system-ui,sans-serif}</style>${rule}${script}</head>` +
    `<body><h1>Mal Pelayanan Publik</h1>${subject.markup}${SITE_TEXT}</body></html>`
  );
}

const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

/**
 * Starts the bench's site on a free loopback port: `/page/<key>.html?lang=id&reserve=1` a host page,
 * `/dist/…` our files and `/peer/…` the peers' bundles (brotli, cached for a day, as a CDN serves them), `/cal-app/…`
 * a blank page standing in for Cal.com's booker on a second origin (`frameOrigin`), anything else passed to `api`.
 */
export async function startSite(apiOrigin) {
  const files = new Map();
  const distFile = (name) => {
    if (!files.has(name)) files.set(name, brotli(readFileSync(new URL(`../dist/${name}`, import.meta.url))));
    return files.get(name);
  };
  for (const s of SUBJECTS) if (s.peer) files.set(`peer/${s.peer}`, brotli(await bundlePeer(s.peer)));
  const api = new URL(apiOrigin);
  // The catalogue, for the answers the bench gives DocSearch's search requests.
  const services = (await (await fetch(`${apiOrigin}/api/v1/services`)).json()).items;
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (type, body, extra = {}) => {
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, ...extra });
      res.end(body);
    };
    const js = (body) =>
      send('text/javascript; charset=utf-8', body, { 'content-encoding': 'br', 'cache-control': 'max-age=86400' });
    const page = /^\/page\/(\w+)\.html$/.exec(url.pathname);
    if (page) {
      const subject = SUBJECTS.find((s) => s.key === page[1]);
      if (!subject) return res.writeHead(404).end();
      const html = hostPage(subject, {
        lang: url.searchParams.get('lang') ?? 'id',
        reserve: url.searchParams.get('reserve') === '1',
      });
      return send('text/html; charset=utf-8', brotli(Buffer.from(html)), { 'content-encoding': 'br' });
    }
    if (url.pathname.startsWith('/dist/') && /^[\w.-]+\.js$/.test(url.pathname.slice(6))) {
      try {
        return js(distFile(url.pathname.slice(6)));
      } catch {
        return res.writeHead(404).end();
      }
    }
    if (url.pathname.startsWith('/peer/') && files.has(url.pathname.slice(1)))
      return js(files.get(url.pathname.slice(1)));
    if (url.pathname.startsWith('/cal-app/'))
      return send('text/html; charset=utf-8', Buffer.from('<!doctype html><title>booker</title>'));
    const upstream = httpRequest(
      { host: api.hostname, port: api.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    services,
    /** The same server under another site's name, for a cross-site iframe. */
    frameOrigin: `http://localhost:${port}`,
    /** Brotli bytes of what a page of `subject` downloads as script on an Indonesian page. */
    scriptBytes(subject) {
      if (subject.peer) return files.get(`peer/${subject.peer}`).length;
      return subject.script ? distFile(subject.script).length : 0;
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
