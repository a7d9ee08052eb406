// GET /metrics: Prometheus' text format, counting what an operator watches during a rush — by route template, by
// refusal reason — and never a booking code, a NIK, a phone number or a name.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, call, nik, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';

const metricsOf = async (server: TestServer, headers: Record<string, string> = {}) => {
  const res = await fetch(server.base.replace(/\/api\/v1$/, '/metrics'), { headers });
  return { status: res.status, type: res.headers.get('Content-Type') ?? '', text: await res.text() };
};
/** The value of one sample, 0 when the series does not exist yet. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
};

for (const engine of ENGINES) {
  describe(`GET /metrics (${engine})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ engine });
    });
    after(() => server.close());

    it('counts a booking made and one refused by reason, requests by route template, and holds nothing personal', async () => {
      const before = (await metricsOf(server)).text;
      const resident = booking({
        nik: nik(6101),
        name: 'Ratna Kusumawati',
        phone: '+6281298765432',
        date: '2026-12-08',
      });
      const made = await book(server.base, resident);
      assert.equal(made.status, 201);
      const duplicate = await book(server.base, { ...resident, sessionId: 's0900' });
      assert.equal(duplicate.body.code, 'duplicate_booking');
      const found = await call(server.base, 'POST', '/bookings/lookup', { code: made.body.code, nikLast4: '6101' });
      assert.equal(found.status, 200);
      await call(server.base, 'GET', `/bookings/${made.body.code}/nothing`);

      const res = await metricsOf(server);
      assert.equal(res.status, 200);
      assert.match(res.type, /^text\/plain; version=0\.0\.4/);
      const { text } = res;
      const made1 = 'mpp_bookings_total{outcome="made",reason=""}';
      const full = 'mpp_bookings_total{outcome="refused",reason="duplicate_booking"}';
      assert.equal(sample(text, made1) - sample(before, made1), 1);
      assert.equal(sample(text, full) - sample(before, full), 1);
      const lookups = 'mpp_http_requests_total{method="POST",route="/api/v1/bookings/lookup",status="200"}';
      assert.equal(sample(text, lookups) - sample(before, lookups), 1);
      assert.match(
        text,
        /mpp_http_request_duration_seconds_bucket\{le="0\.1",method="POST",route="\/api\/v1\/bookings",status="201"\}/,
      );
      assert.equal(text.includes('mpp_db_pool_connections{state="waiting"}'), engine === 'postgres');
      for (const personal of [made.body.code, resident.nik, resident.phone, resident.name, '6281298765432'])
        assert.ok(!text.includes(personal), `/metrics holds ${personal}`);
    });

    it('counts the second-factor cap when it refuses', async () => {
      const made = await book(server.base, booking({ nik: nik(6201), date: '2026-12-08' }));
      const series = 'mpp_limits_hit_total{limit="second_factor"}';
      const before = sample((await metricsOf(server)).text, series);
      for (let i = 0; i < 6; i++)
        await call(server.base, 'POST', '/bookings/lookup', { code: made.body.code, nikLast4: '0000' });
      assert.equal(sample((await metricsOf(server)).text, series) - before, 1);
    });
  });
}

describe('GET /metrics with MPP_METRICS_TOKEN', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ env: { MPP_METRICS_TOKEN: 'metrics-test-token' } });
  });
  after(() => server.close());

  it('answers 401 without the token and 200 with it', async () => {
    assert.equal((await metricsOf(server)).status, 401);
    assert.equal((await metricsOf(server, { Authorization: 'Bearer wrong-token-of-same-len' })).status, 401);
    const res = await metricsOf(server, { Authorization: 'Bearer metrics-test-token' });
    assert.equal(res.status, 200);
    assert.match(res.text, /mpp_http_requests_total/);
    // Any case of the scheme (RFC 9110 §11.1), as Prometheus' own scrapers and curl users write it.
    assert.equal((await metricsOf(server, { Authorization: 'bearer metrics-test-token' })).status, 200);
  });
});
