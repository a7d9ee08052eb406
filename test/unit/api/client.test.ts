import { expect, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { MppClient } from '../../../src/api/client.js';
import { MppApiError } from '../../../src/api/errors.js';
import type { BookingRequest } from '../../../src/api/types.js';
import { availabilityFor, KTP_SERVICE_ID, services } from '../../mocks/fixtures.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi } from '../../mocks/handlers.js';
import { API_BASE as BASE, NIK } from '../../kit/fixtures.mjs';

const SERVICE = services[0];

/** A client whose waits are recorded instead of slept, so retry tests run instantly. */
function makeClient(extra: Partial<ConstructorParameters<typeof MppClient>[0]> = {}) {
  const waits: number[] = [];
  let keys = 0;
  const client = new MppClient({
    baseUrl: BASE,
    sleep: async (ms) => {
      waits.push(ms);
    },
    newKey: () => `key-${++keys}`,
    ...extra,
  });
  return { client, waits };
}

/** Handlers that answer from a list, one per request, and count the requests. */
function sequence(method: 'get' | 'post', path: string, answers: (() => Response | Promise<Response>)[]) {
  const seen: Request[] = [];
  const handler: HttpHandler = http[method](`${BASE}${path}`, ({ request }) => {
    seen.push(request.clone());
    const next = answers[Math.min(seen.length - 1, answers.length - 1)];
    return next();
  });
  return { handler, seen };
}

const problem =
  (status: number, code: string, headers: Record<string, string> = {}, extra = {}) =>
  () =>
    HttpResponse.json(
      { type: 'about:blank', title: code, status, code, ...extra },
      { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
    );

const tomorrowSession = () => {
  const day = availabilityFor(KTP_SERVICE_ID, { days: 8 }).days.find((d) => d.sessions.some((s) => s.bookable))!;
  return { date: day.date, sessionId: day.sessions.find((s) => s.bookable)!.id };
};

const booking = (): BookingRequest => ({
  serviceId: KTP_SERVICE_ID,
  ...tomorrowSession(),
  nik: NIK,
  name: 'Siti Aminah',
  phone: '+6281234567890',
});

describe('MppClient', () => {
  afterEach(restoreFetch);

  describe('reads', () => {
    it('returns the typed catalogue from the API', async () => {
      installMockFetch(createMockApi({ base: BASE }).handlers);
      const { client } = makeClient();
      const result = await client.listServices();
      expect(result.stale).to.equal(false);
      expect(result.data.total).to.equal(67);
      expect(result.data.items.find((s) => s.id === KTP_SERVICE_ID)?.name).to.equal(
        'Perekaman dan Penerbitan KTP-el Baru',
      );
    });

    it('retries a read after a 500 with growing backoff, then succeeds', async () => {
      const { handler, seen } = sequence('get', '/services/x', [
        problem(500, 'internal'),
        problem(502, 'internal'),
        () => HttpResponse.json(SERVICE),
      ]);
      installMockFetch([handler]);
      const { client, waits } = makeClient();
      const service = await client.getService('x');
      expect(service.id).to.equal(SERVICE.id);
      expect(seen.length).to.equal(3);
      expect(waits.length).to.equal(2);
      expect(waits[1]).to.be.greaterThan(waits[0] * 1.01 - 400); // jittered, but the second base is twice the first
      expect(waits[0]).to.be.within(200, 400);
      expect(waits[1]).to.be.within(400, 800);
    });

    it('retries after a network error and gives up after the configured attempts', async () => {
      const { handler, seen } = sequence('get', '/services/x', [() => HttpResponse.error()]);
      installMockFetch([handler]);
      const { client } = makeClient({ retries: 2 });
      const error = await client.getService('x').catch((e: unknown) => e);
      expect(error).to.be.instanceOf(MppApiError);
      expect((error as MppApiError).code).to.equal('network_error');
      expect((error as MppApiError).retryable).to.equal(true);
      expect((error as MppApiError).isNetwork).to.equal(true);
      expect(seen.length).to.equal(3);
    });

    it('does not retry a 404 and reports it as not_found', async () => {
      const { handler, seen } = sequence('get', '/services/x', [problem(404, 'not_found')]);
      installMockFetch([handler]);
      const { client } = makeClient();
      const error = (await client.getService('x').catch((e: unknown) => e)) as MppApiError;
      expect(error.status).to.equal(404);
      expect(error.code).to.equal('not_found');
      expect(error.retryable).to.equal(false);
      expect(seen.length).to.equal(1);
    });

    it('waits exactly Retry-After seconds on 429 and 503', async () => {
      const { handler } = sequence('get', '/services/x', [
        problem(429, 'rate_limited', { 'Retry-After': '2' }),
        problem(503, 'unavailable', { 'Retry-After': '3' }),
        () => HttpResponse.json(SERVICE),
      ]);
      installMockFetch([handler]);
      const { client, waits } = makeClient();
      await client.getService('x');
      expect(waits).to.deep.equal([2000, 3000]);
    });

    it('hands a long Retry-After to the caller instead of waiting', async () => {
      const { handler, seen } = sequence('post', '/bookings/lookup', [
        problem(429, 'rate_limited', { 'Retry-After': '30' }),
      ]);
      installMockFetch([handler]);
      const { client, waits } = makeClient();
      const error = (await client
        .lookupBooking({ code: 'RSV-7KQ2M9XA', nikLast4: '0003' })
        .catch((e: unknown) => e)) as MppApiError;
      expect(error.code).to.equal('rate_limited');
      expect(error.retryAfter).to.equal(30);
      expect(waits).to.deep.equal([]);
      expect(seen.length).to.equal(1);
    });

    it('times out a request that hangs, and retries it', async () => {
      const { handler, seen } = sequence('get', '/queues/disdukcapil', [
        async () => {
          await delay('infinite'); // a server that never answers
          return HttpResponse.json({});
        },
        () => HttpResponse.json({ agencyId: 'disdukcapil', counters: [] }),
      ]);
      installMockFetch([handler]);
      const { client } = makeClient({ timeoutMs: 50 });
      const queue = await client.getQueue('disdukcapil');
      expect(queue.agencyId).to.equal('disdukcapil');
      expect(seen.length).to.equal(2);
    });

    it('reports a timeout when every attempt hangs', async () => {
      const { handler } = sequence('get', '/queues/disdukcapil', [
        async () => {
          await delay('infinite'); // a server that never answers
          return HttpResponse.json({});
        },
      ]);
      installMockFetch([handler]);
      const { client } = makeClient({ timeoutMs: 30, retries: 1 });
      const error = (await client.getQueue('disdukcapil').catch((e: unknown) => e)) as MppApiError;
      expect(error.code).to.equal('timeout');
      expect(error.status).to.equal(0);
    });

    it('aborts through an AbortSignal without retrying', async () => {
      const { handler, seen } = sequence('get', '/services/x', [
        async () => {
          await delay('infinite'); // answers only after the resident has moved on
          return HttpResponse.json(SERVICE);
        },
      ]);
      installMockFetch([handler]);
      const { client } = makeClient();
      const controller = new AbortController();
      const pending = client.getService('x', { signal: controller.signal }).catch((e: unknown) => e);
      await waitUntil(() => seen.length === 1, 'the request never went out');
      controller.abort();
      const error = (await pending) as MppApiError;
      expect(error.code).to.equal('aborted');
      expect(error.retryable).to.equal(false);
      expect(seen.length).to.equal(1);
    });

    it('turns broken JSON into invalid_response', async () => {
      const { handler } = sequence('get', '/services/x', [
        () => new HttpResponse('{"id": "x", ', { status: 200, headers: { 'Content-Type': 'application/json' } }),
      ]);
      installMockFetch([handler]);
      const { client } = makeClient();
      const error = (await client.getService('x').catch((e: unknown) => e)) as MppApiError;
      expect(error.code).to.equal('invalid_response');
    });

    it('turns a web page where JSON should be into not_api (api-base points at a site), without retrying', async () => {
      const { handler, seen } = sequence('get', '/services', [
        () =>
          new HttpResponse('<html>Dinas Kependudukan</html>', {
            status: 200,
            headers: { 'Content-Type': 'text/html' },
          }),
      ]);
      installMockFetch([handler]);
      const { client } = makeClient();
      const error = (await client.listServices().catch((e: unknown) => e)) as MppApiError;
      expect(error.code).to.equal('not_api');
      expect(error.retryable).to.equal(false);
      expect(seen.length).to.equal(1);
    });

    it('turns JSON that breaks the contract into invalid_response, for every kind of answer', async () => {
      installMockFetch([
        http.get(`${BASE}/services`, () => HttpResponse.json({ items: 'none' })),
        http.get(`${BASE}/services/x`, () => HttpResponse.json({ id: 'x' })),
        http.get(`${BASE}/services/x/availability`, () => HttpResponse.json({ days: null })),
        http.post(`${BASE}/bookings/lookup`, () => HttpResponse.json({ code: 42 })),
        http.post(`${BASE}/applications/lookup`, () => HttpResponse.json([])),
        http.get(`${BASE}/queues/x`, () => HttpResponse.json({})),
      ]);
      const { client } = makeClient();
      const calls = [
        client.listServices(),
        client.getService('x'),
        client.getAvailability('x'),
        client.lookupBooking({ code: 'RSV-7KQ2M9XA', nikLast4: '0003' }),
        client.lookupApplication({ number: 'PMH-2026-000123', verifier: '0003' }),
        client.getQueue('x'),
      ];
      for (const call of calls) {
        const error = (await call.catch((e: unknown) => e)) as MppApiError;
        expect(error.code).to.equal('invalid_response');
      }
    });

    it('cuts absurdly long texts, which would freeze a phone laying them out', async () => {
      installMockFetch([
        http.get(`${BASE}/services/x`, () =>
          HttpResponse.json({ ...SERVICE, name: 'A'.repeat(10_000), requirements: ['B'.repeat(5000), 'KTP'] }),
        ),
      ]);
      const { client } = makeClient();
      const service = await client.getService('x');
      expect(service.name).to.equal(`${'A'.repeat(1000)}…`);
      expect(service.requirements).to.deep.equal([`${'B'.repeat(1000)}…`, 'KTP']);
      expect(service.id).to.equal(SERVICE.id);
    });

    it('cuts long texts broken up by escaped quotes or escapes, too', async () => {
      const quoted = `${'A'.repeat(600)}"`.repeat(3);
      const escaped = 'x\n\\'.repeat(400); // x, a new line and a backslash: two escapes in JSON
      installMockFetch([
        http.get(`${BASE}/services/quoted`, () => HttpResponse.json({ ...SERVICE, name: quoted })),
        http.get(`${BASE}/services/escaped`, () => HttpResponse.json({ ...SERVICE, name: escaped })),
      ]);
      const { client } = makeClient();
      // One answer at a time: a long string in one field must not be what gets the other one cut.
      expect((await client.getService('quoted')).name).to.equal(`${quoted.slice(0, 1000)}…`);
      expect((await client.getService('escaped')).name).to.equal(`${escaped.slice(0, 1000)}…`);
    });

    it('keeps field errors of a 422', async () => {
      const { handler } = sequence('post', '/bookings', [
        problem(
          422,
          'validation_failed',
          {},
          { errors: [{ field: 'nik', code: 'nik_length', message: 'NIK harus 16 angka.' }] },
        ),
      ]);
      installMockFetch([handler]);
      const { client } = makeClient();
      const error = (await client.createBooking(booking()).catch((e: unknown) => e)) as MppApiError;
      expect(error.status).to.equal(422);
      expect(error.fieldErrors).to.deep.equal([{ field: 'nik', code: 'nik_length', message: 'NIK harus 16 angka.' }]);
    });

    it('maps a 500 without a problem body to internal', async () => {
      const { handler } = sequence('post', '/applications/lookup', [() => new HttpResponse('oops', { status: 500 })]);
      installMockFetch([handler]);
      const { client } = makeClient({ retries: 0 });
      const error = (await client
        .lookupApplication({ number: 'PMH-2026-000123', verifier: '0003' })
        .catch((e: unknown) => e)) as MppApiError;
      expect(error.code).to.equal('internal');
      expect(error.retryable).to.equal(true);
    });
  });

  describe('catalogue cache', () => {
    it('revalidates with If-None-Match and serves the cached copy on 304', async () => {
      const api = createMockApi({ base: BASE });
      installMockFetch(api.handlers);
      const { client } = makeClient();
      const first = await client.listServices();
      const second = await client.listServices();
      const sent = api.requests.filter((r) => r.url.endsWith('/services'));
      expect(sent.length).to.equal(2);
      expect(sent[0].headers.get('If-None-Match')).to.equal(null);
      expect(sent[1].headers.get('If-None-Match')).to.equal('"catalogue-id-67"');
      expect(second.data).to.equal(first.data);
    });

    it('asks for a language with Accept-Language and keeps each language apart', async () => {
      const api = createMockApi({ base: BASE });
      installMockFetch(api.handlers);
      const { client } = makeClient();
      const id = await client.listServices();
      const en = await client.listServices({ lang: 'en' });
      const enAgain = await client.listServices({ lang: 'en' });
      const sent = api.requests.filter((r) => r.url.endsWith('/services'));
      expect(sent.map((r) => r.headers.get('Accept-Language'))).to.deep.equal(['id', 'en', 'en']);
      // English revalidates with English's tag, never with the Indonesian one.
      expect(sent[2].headers.get('If-None-Match')).to.equal('"catalogue-en-67"');
      expect(en.data).to.not.equal(id.data);
      expect(enAgain.data).to.equal(en.data);
      expect(en.data.items[0].lang).to.equal('en');
      const detail = await client.getService(en.data.items[0].id, { lang: 'en' });
      expect(api.requests.at(-1)!.headers.get('Accept-Language')).to.equal('en');
      expect(detail.procedure[0]).to.match(/^Take a queue number/);
    });

    it('shares one request between simultaneous callers', async () => {
      const api = createMockApi({ base: BASE });
      installMockFetch(api.handlers);
      const { client } = makeClient();
      const [a, b] = await Promise.all([client.listServices(), client.listServices()]);
      expect(a.data).to.equal(b.data);
      expect(api.requests.filter((r) => r.url.endsWith('/services')).length).to.equal(1);
    });

    it('serves the cached catalogue, marked stale, when the network fails', async () => {
      installMockFetch(createMockApi({ base: BASE }).handlers);
      const { client } = makeClient();
      const fresh = await client.listServices();
      installMockFetch(createMockApi({ base: BASE, scenario: 'offline' }).handlers);
      const offline = await client.listServices();
      expect(offline.stale).to.equal(true);
      expect(offline.error?.code).to.equal('network_error');
      expect(offline.data).to.equal(fresh.data);
    });

    it('fails when offline with nothing cached', async () => {
      installMockFetch(createMockApi({ base: BASE, scenario: 'offline' }).handlers);
      const { client } = makeClient();
      const error = (await client.listServices().catch((e: unknown) => e)) as MppApiError;
      expect(error.code).to.equal('network_error');
    });
  });

  describe('bookings', () => {
    it('sends an Idempotency-Key and books once', async () => {
      const api = createMockApi({ base: BASE });
      installMockFetch(api.handlers);
      const { client } = makeClient();
      const result = await client.createBooking(booking());
      expect(result.code).to.match(/^RSV-[2-9A-HJ-NP-Z]{8}$/);
      expect(result.nikMasked).to.equal('************0003');
      const sent = api.requests.filter((r) => r.url.endsWith('/bookings'));
      expect(sent[0].headers.get('Idempotency-Key')).to.equal('key-1');
    });

    it('retries a dropped booking with the same key, so the server returns the one booking it made', async () => {
      const api = createMockApi({ base: BASE });
      let dropped = false;
      // The server commits the booking, then the connection drops before the answer arrives.
      const dropAfterCommit = http.post(`${BASE}/bookings`, async ({ request }) => {
        if (dropped) return undefined;
        dropped = true;
        const real = await api.handlers
          .find((h) => h.info.header === `POST ${BASE}/bookings`)!
          .run({ request, requestId: crypto.randomUUID() });
        expect(real?.response?.status).to.equal(201);
        return HttpResponse.error();
      });
      installMockFetch([dropAfterCommit, ...api.handlers]);
      const { client } = makeClient();
      const result = await client.createBooking(booking());
      expect(api.bookings.size).to.equal(1);
      expect(api.bookings.has(result.code)).to.equal(true);
      const keys = api.requests.filter((r) => r.url.endsWith('/bookings')).map((r) => r.headers.get('Idempotency-Key'));
      expect(keys).to.deep.equal(['key-1', 'key-1']);
    });

    it('reuses the key when the resident retries the same booking after a failure', async () => {
      const { handler, seen } = sequence('post', '/bookings', [() => HttpResponse.error()]);
      installMockFetch([handler]);
      const { client } = makeClient({ retries: 0 });
      await client.createBooking(booking()).catch(() => undefined);
      await client.createBooking(booking()).catch(() => undefined);
      expect(seen.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal(['key-1', 'key-1']);
    });

    it('uses a new key for a different booking and after a final answer', async () => {
      const { handler, seen } = sequence('post', '/bookings', [problem(409, 'session_full')]);
      installMockFetch([handler]);
      const { client } = makeClient();
      await client.createBooking(booking()).catch(() => undefined);
      await client.createBooking(booking()).catch(() => undefined);
      await client.createBooking({ ...booking(), sessionId: 's1400' }).catch(() => undefined);
      expect(seen.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal(['key-1', 'key-2', 'key-3']);
      expect(seen.length).to.equal(3); // 409 is final: never retried
    });

    it('never puts the NIK into the URL', async () => {
      const api = createMockApi({ base: BASE });
      installMockFetch(api.handlers);
      const { client } = makeClient();
      const made = await client.createBooking(booking());
      await client.lookupBooking({ code: made.code, nikLast4: '0003' });
      await client.cancelBooking(made.code, { nikLast4: '0003' });
      for (const request of api.requests) {
        expect(request.url).not.to.contain('3172014509900003');
        expect(request.url).not.to.contain('0003');
      }
    });

    it('does not retry cancel or reschedule', async () => {
      const cancel = sequence('post', '/bookings/RSV-7KQ2M9XA/cancel', [problem(503, 'unavailable')]);
      const move = sequence('post', '/bookings/RSV-7KQ2M9XA/reschedule', [() => HttpResponse.error()]);
      installMockFetch([cancel.handler, move.handler]);
      const { client } = makeClient();
      await client.cancelBooking('RSV-7KQ2M9XA', { nikLast4: '0003' }).catch(() => undefined);
      await client
        .rescheduleBooking('RSV-7KQ2M9XA', { nikLast4: '0003', date: '2026-12-07', sessionId: 's0800' })
        .catch(() => undefined);
      expect(cancel.seen.length).to.equal(1);
      expect(move.seen.length).to.equal(1);
    });
  });
});
