// The conformance kit against deliberately broken servers: the reference server behind a proxy that breaks one
// thing per case. Each run must exit 1, and the table must fail the check that covers that thing, with a line that
// says what is wrong, while the checks the breakage does not touch still pass.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { jsonOf, startBrokenProxy } from './proxy.mjs';
import { kitArgs, runKit, startReference } from './support.mjs';

const isBooking = (req) => req.method === 'POST' && req.path.split('?')[0] === '/api/v1/bookings';

/** Each case: what the proxy breaks, and the failing checks with what their line must say. */
const CASES = [
  {
    name: 'drops Retry-After from its 429 answers',
    breakIt: (_req, answer) => {
      if (answer.status === 429) delete answer.headers['retry-after'];
      return answer;
    },
    fails: { 'limits.retry-after': /429 after \d+ look-ups, without Retry-After/ },
  },
  {
    name: 'answers its problems as text/plain',
    breakIt: (_req, answer) => {
      if (/problem\+json/.test(answer.headers['content-type'] ?? '')) answer.headers['content-type'] = 'text/plain';
      return answer;
    },
    fails: {
      'catalogue.service-404': /404: Content-Type text\/plain where the contract says application\/problem\+json/,
      'booking.duplicate': /409: Content-Type text\/plain where the contract says application\/problem\+json/,
      'http.405': /405 as text\/plain, not application\/problem\+json/,
    },
    others: 'may fail',
  },
  {
    name: 'lets two bookings win the race for the last place',
    setup() {
      let lastBooked;
      let letThrough = true;
      return (req, answer) => {
        if (!isBooking(req)) return answer;
        if (answer.status === 201) lastBooked = answer;
        else if (answer.status === 409 && jsonOf(answer.body)?.code === 'session_full' && letThrough && lastBooked) {
          letThrough = false;
          return { ...lastBooked, headers: { ...lastBooked.headers } };
        }
        return answer;
      };
    },
    fails: { 'booking.race': /2 of 5 concurrent bookings for the last place answered 201/ },
  },
  {
    name: 'says something else for an unknown booking code than for a wrong second factor',
    setup() {
      const known = new Set();
      return (req, answer) => {
        if (isBooking(req) && answer.status === 201) known.add(jsonOf(answer.body).code);
        if (req.path === '/api/v1/bookings/lookup' && answer.status === 404 && !known.has(jsonOf(req.body)?.code)) {
          const problem = jsonOf(answer.body);
          return { ...answer, body: JSON.stringify({ ...problem, detail: 'Kode booking tidak terdaftar.' }) };
        }
        return answer;
      };
    },
    // The second-factor check compares a missing factor with an unknown code too, so it notices the same leak.
    fails: {
      'lookup.uniform': /an unknown code answers .*Kode booking tidak terdaftar.*, a wrong second factor /,
      'lookup.second-factor': /an unknown code answers .*Kode booking tidak terdaftar.*, no second factor /,
    },
  },
  {
    name: 'serves an origin it did not register (CORS checked at the proxy, not at all)',
    // The proxy forgets the Origin before the server sees it, and allows it on the way back.
    before: (req) => {
      const { origin, ...headers } = req.headers;
      return { ...req, headers, origin };
    },
    breakIt: (req, answer) => {
      if (req.origin) answer.headers['access-control-allow-origin'] = req.origin;
      return answer;
    },
    fails: {
      'cors.refused':
        /GET \/services from https:\/\/conformance-not-allowed\.example answered 200 with the catalogue, not 403/,
    },
  },
  {
    name: 'sets its staff session cookie without HttpOnly',
    breakIt: (_req, answer) => {
      const cookie = answer.headers['set-cookie'];
      if (cookie) answer.headers['set-cookie'] = [cookie].flat().map((c) => c.replace(/;\s*HttpOnly/i, ''));
      return answer;
    },
    fails: { 'staff.login': /the session cookie is not HttpOnly/ },
  },
  {
    name: 'forgets Idempotency-Key (each try is a new booking attempt)',
    before: (req) =>
      isBooking(req) && req.headers['idempotency-key']
        ? { ...req, headers: { ...req.headers, 'idempotency-key': `proxy-${randomUUID()}` } }
        : req,
    fails: {
      'booking.idempotent-retry': /expected 201, got 409 duplicate_booking/,
      'booking.idempotent-concurrent': /expected 201, got 409 duplicate_booking/,
      'booking.idempotency-key-reused': /expected 409 idempotency_key_reused, got 201/,
      'language.booking': /POST \/bookings: expected 201, got 409 duplicate_booking/,
      // A key it makes up for every try is a good one, also where the resident's was off its pattern.
      'booking.idempotency-key-missing': /Idempotency-Key "short-7" \(off its pattern\): expected 400 .*, got 201/,
    },
  },
  {
    // Issue 19: the contract gives Idempotency-Key a pattern (8–128 visible ASCII characters).
    name: 'takes an Idempotency-Key off its pattern (a lax server: it books as if the key were fine)',
    before: (req) => {
      const k = req.headers['idempotency-key'];
      return isBooking(req) && k !== undefined && !/^[\x21-\x7E]{8,128}$/.test(k)
        ? { ...req, headers: { ...req.headers, 'idempotency-key': `proxy-${randomUUID()}` } }
        : req;
    },
    fails: {
      'booking.idempotency-key-missing':
        /Idempotency-Key "short-7" \(off its pattern\): expected 400 idempotency_key_missing, got 201/,
    },
  },
  {
    // Issue 19: a name's maxLength counts characters (code points), as JSON Schema does; 60 emoji are 120 UTF-16 units.
    name: 'counts a name in UTF-16 units (60 emoji refused name_too_long)',
    breakIt: (req, answer) => {
      const name = jsonOf(req.body)?.name;
      if (!isBooking(req) || answer.status !== 201 || typeof name !== 'string' || name.length <= 100) return answer;
      const problem = {
        type: 'about:blank',
        title: 'Validation failed',
        status: 422,
        code: 'validation_failed',
        errors: [{ field: 'name', code: 'name_too_long', message: 'Nama terlalu panjang.' }],
      };
      return {
        status: 422,
        headers: { ...answer.headers, 'content-type': 'application/problem+json' },
        body: JSON.stringify(problem),
      };
    },
    fails: {
      'booking.name-characters':
        /a name of 60 emoji \(60 characters, 120 UTF-16 units\) was refused: 422 name name_too_long/,
    },
  },
  {
    name: 'says a full day has places (full: false on every day of availability)',
    breakIt: (req, answer) => {
      if (req.method !== 'GET' || !/\/availability(\?|$)/.test(req.path) || answer.status !== 200) return answer;
      const availability = jsonOf(answer.body);
      for (const day of availability.days) if (day.open) day.full = false;
      return { ...answer, body: JSON.stringify(availability) };
    },
    fails: { 'calendar.days-full': /2026-12-08 has no place left in any session but says full: false/ },
  },
  {
    name: 'drops Content-Language and Accept-Language from Vary (a cache would serve one language to all)',
    breakIt: (_req, answer) => {
      delete answer.headers['content-language'];
      const vary = (answer.headers.vary ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v && v.toLowerCase() !== 'accept-language');
      if (vary.length) answer.headers.vary = vary.join(', ');
      else delete answer.headers.vary;
      return answer;
    },
    fails: { 'language.english': /GET \/services in id: Content-Language missing, not id/ },
  },
];

describe('mpp-conformance against a broken server', () => {
  let server;
  before(async () => {
    server = await startReference();
  });
  after(() => server?.stop());

  for (const [n, c] of CASES.entries()) {
    it(`fails when the server ${c.name}`, async () => {
      const proxy = await startBrokenProxy(server.origin, { before: c.before, breakIt: c.setup?.() ?? c.breakIt });
      try {
        const run = await runKit(proxy.api, kitArgs(n), server.credentials);
        assert.equal(run.code, 1, run.stdout);
        for (const [id, said] of Object.entries(c.fails)) {
          const line = run.lines.get(id);
          assert.equal(line?.status, 'FAIL', `${id} should fail:\n${run.stdout}`);
          assert.match(line.text, said);
        }
        if (c.others !== 'may fail') assert.deepEqual(run.failed.sort(), Object.keys(c.fails).sort(), run.stdout);
        assert.match(run.stdout, /^\d+ passed, [1-9]\d* failed/m);
      } finally {
        await proxy.close();
      }
    });
  }
});
