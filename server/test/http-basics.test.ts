// Compression, validators and caching, and the health endpoints, as a client on a slow line meets them.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { openapi } from '../contract.js';
import { chooseEncoding, etagMatches } from '../http-cache.js';
import { startServer, type TestServer } from './helpers.js';

/** A raw GET (fetch would decode the body and hide what travelled): status, headers and the bytes as sent. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('compression, ETag and Cache-Control', () => {
  let server: TestServer;
  let origin: string;
  before(async () => {
    server = await startServer({ env: { MPP_SITE_DIR: 'demo/site' } });
    origin = server.base.replace('/api/v1', '');
  });
  after(() => server.close());

  it('sends the catalogue brotli-compressed to a client that accepts it, several times smaller, same JSON', async () => {
    const plain = await rawGet(`${server.base}/services`);
    const br = await rawGet(`${server.base}/services`, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers.vary), /Accept-Encoding/);
    assert.ok(br.bytes.length * 4 < plain.bytes.length, `${br.bytes.length} B brotli vs ${plain.bytes.length} B`);
    assert.deepEqual(JSON.parse(brotliDecompressSync(br.bytes).toString()), JSON.parse(plain.bytes.toString()));
  });

  it('falls back to gzip when brotli is refused, and sends small answers as they are', async () => {
    const gz = await rawGet(`${server.base}/services`, { 'Accept-Encoding': 'br;q=0, gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(JSON.parse(gunzipSync(gz.bytes).toString()).total, 67);
    const small = await rawGet(`${origin}/healthz`, { 'Accept-Encoding': 'br' });
    assert.equal(small.headers['content-encoding'], undefined);
    assert.deepEqual(JSON.parse(small.bytes.toString()), { status: 'ok' });
  });

  it('answers 304 to the tag it sent, weak or strong, alone, in a list or as *; 200 to another', async () => {
    const first = await rawGet(`${server.base}/services`, { 'Accept-Encoding': 'br' });
    const tag = String(first.headers.etag);
    assert.match(tag, /^W\/"/, 'compressed bytes carry a weak tag');
    assert.equal(first.headers['cache-control'], 'public, max-age=60, must-revalidate');
    const strong = tag.slice(2);
    for (const ifNoneMatch of [tag, strong, `"other", ${tag}`, '*']) {
      const again = await rawGet(`${server.base}/services`, { 'If-None-Match': ifNoneMatch, 'Accept-Encoding': 'br' });
      assert.equal(again.status, 304, ifNoneMatch);
      assert.equal(again.bytes.length, 0);
    }
    const other = await rawGet(`${server.base}/services`, { 'If-None-Match': '"not-the-catalogue"' });
    assert.equal(other.status, 200);
  });

  it('declares If-None-Match and a 304 on every operation whose 200 carries an ETag (the server honours both)', () => {
    type Param = { name?: string; $ref?: string };
    type Op = { parameters?: Param[]; responses: Record<string, { headers?: Record<string, unknown> }> };
    const doc = openapi as unknown as {
      paths: Record<string, Record<string, Op>>;
      components: { parameters: Record<string, Param> };
    };
    const nameOf = (p: Param) => (p.$ref ? doc.components.parameters[p.$ref.split('/').at(-1)!]!.name : p.name);
    const missing = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.responses?.['200']?.headers?.ETag)
        .filter(([, op]) => !(op.parameters ?? []).some((p) => nameOf(p) === 'If-None-Match') || !op.responses['304'])
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    assert.deepEqual(missing, []);
  });

  it('serves the demo pages with an ETag, revalidated on every use, compressed', async () => {
    const page = await rawGet(`${origin}/index.html`, { 'Accept-Encoding': 'gzip' });
    assert.equal(page.status, 200);
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.ok(page.headers.etag);
    assert.match(gunzipSync(page.bytes).toString(), /<html/i);
    const again = await rawGet(`${origin}/index.html`, { 'If-None-Match': String(page.headers.etag) });
    assert.equal(again.status, 304);
  });

  it('never caches personal answers', async () => {
    const lookup = await fetch(`${server.base}/bookings/lookup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: 'RSV-ZZZZZZZZ', nikLast4: '0003' }),
    });
    assert.equal(lookup.headers.get('Cache-Control'), 'no-store');
  });
});

describe('health endpoints', () => {
  it('/healthz says the process is alive; /readyz that the database answers, and 503 once it does not', async () => {
    const server = await startServer();
    const origin = server.base.replace('/api/v1', '');
    try {
      const alive = await fetch(`${origin}/healthz`);
      assert.equal(alive.status, 200);
      assert.deepEqual(await alive.json(), { status: 'ok' });
      const ready = await fetch(`${origin}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready', store: 'sqlite' });
      await server.store.close();
      const gone = await fetch(`${origin}/readyz`);
      assert.equal(gone.status, 503);
      assert.equal(((await gone.json()) as { status: string }).status, 'not_ready');
    } finally {
      await server.close();
    }
  });
});

describe('the rules of the headers', () => {
  const encodings: [string | undefined, string | null][] = [
    [undefined, null],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'br'],
    ['identity', null],
    ['gzip;q=0, br;q=0', null],
  ];
  for (const [header, chosen] of encodings)
    it(`Accept-Encoding ${header ?? '(none)'} → ${chosen ?? 'identity'}`, () =>
      assert.equal(chooseEncoding(header), chosen));
  const matches: [string | undefined, string, boolean][] = [
    ['"a"', '"a"', true],
    ['W/"a"', '"a"', true],
    ['"a"', 'W/"a"', true],
    ['"b", W/"a"', '"a"', true],
    ['*', '"a"', true],
    ['"b"', '"a"', false],
    [undefined, '"a"', false],
  ];
  for (const [header, tag, match] of matches)
    it(`If-None-Match ${header} ${match ? 'matches' : 'does not match'} ${tag}`, () =>
      assert.equal(etagMatches(header, tag), match));
});

// Found by a contract fuzzer run from outside (issue 19): each answer below was a 404, a wrong reading or an
// out-of-contract date before.
describe('what a fuzzer found', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());
  const availability = (query: string) =>
    fetch(`${server.base}/services/disdukcapil-perekaman-dan-penerbitan-ktp-el-baru/availability?${query}`);

  it('reads `days` as decimal digits only: 0x1f and 1e1 are refused, not read as 31 and 10', async () => {
    for (const days of ['0x1f', '1e1', '+8', ' 8', '8.0']) {
      const res = await availability(`days=${encodeURIComponent(days)}`);
      assert.equal(res.status, 422, days);
      assert.equal(((await res.json()) as { errors: { field: string }[] }).errors[0]!.field, 'days');
    }
    assert.equal((await availability('days=3')).status, 200);
  });

  it('refuses a window that would run past the year 9999 instead of answering "+010000-01-01"', async () => {
    const res = await availability('from=9999-12-30&days=8');
    assert.equal(res.status, 422);
    assert.equal(((await res.json()) as { errors: { field: string }[] }).errors[0]!.field, 'from');
    const last = await availability('from=9999-12-24&days=8');
    assert.equal(last.status, 200);
    assert.doesNotMatch(await last.text(), /\+0\d{5}/);
  });

  it('answers 405 with Allow to a method a path does not take, 404 to a path it does not have', async () => {
    const lookup = await fetch(`${server.base}/bookings/lookup`, { method: 'DELETE' });
    assert.equal(lookup.status, 405);
    assert.equal(lookup.headers.get('allow'), 'OPTIONS, POST');
    assert.equal(((await lookup.json()) as { code: string }).code, 'method_not_allowed');
    const service = await fetch(`${server.base}/services/anything`, { method: 'PUT' });
    assert.equal(service.status, 405);
    assert.equal(service.headers.get('allow'), 'GET, HEAD, OPTIONS');
    assert.equal((await fetch(`${server.base}/nothing-here`, { method: 'DELETE' })).status, 404);
  });
});

// Without `days` the answer lists the booking window and a day (15 days for a 14-day window): the guard against
// years past 9999 must count the same days, or `from=9999-12-20` answered "+010000-01-03".
describe('the year-9999 guard with a longer booking window', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ env: { MPP_BOOKING_WINDOW_DAYS: '14' } });
  });
  after(() => server.close());
  const availability = (query: string) =>
    fetch(`${server.base}/services/disdukcapil-perekaman-dan-penerbitan-ktp-el-baru/availability?${query}`);

  it('refuses a `from` whose default window (14 days and a day) runs past 9999-12-31', async () => {
    const res = await availability('from=9999-12-20');
    assert.equal(res.status, 422, await res.clone().text());
    assert.equal(((await res.json()) as { errors: { field: string }[] }).errors[0]!.field, 'from');
    const last = await availability('from=9999-12-17');
    assert.equal(last.status, 200);
    const body = (await last.json()) as { days: { date: string }[] };
    assert.equal(body.days.length, 15);
    assert.equal(body.days.at(-1)!.date, '9999-12-31');
  });
});
