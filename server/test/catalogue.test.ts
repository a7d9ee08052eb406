import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCatalogue } from '../catalogue.js';
import { catalogueStoreOf } from '../store/catalogue-open.js';
import type { CatalogueStore } from '../store/catalogue-types.js';
import { call, conforms, KTP, NOT_BOOKABLE, startServer, type TestServer } from './helpers.js';

describe('catalogue and calendar', () => {
  let server: TestServer;
  before(async () => (server = await startServer({ now: Date.parse('2026-12-21T10:30:00+07:00') })));
  after(() => server.close());

  it('serves the whole seeded catalogue, following the contract', async () => {
    const res = await call(server.base, 'GET', '/services');
    assert.equal(res.status, 200);
    assert.equal(res.body.total, 67);
    assert.equal(res.body.agencies.length, 25);
    conforms(assert, '/services', 'get', res);
  });

  it('keeps serving the catalogue it holds while the database cannot say the catalogue’s version', async () => {
    const real = catalogueStoreOf(server.store);
    let down = false;
    const flaky: CatalogueStore = {
      catalogueVersion: async () => {
        if (down) throw new Error('connection refused');
        return real.catalogueVersion();
      },
      storedServices: (agencyId) => real.storedServices(agencyId),
      storedService: (id) => real.storedService(id),
      writeServices: (...args) => real.writeServices(...args),
    };
    const config = { ...server.config, catalogueCheckMs: 0 };
    const catalogue = await createCatalogue({
      store: server.store,
      catalogueStore: flaky,
      clock: server.clock,
      config,
    });
    down = true;
    await catalogue.fresh();
    assert.equal(JSON.parse(catalogue.serviceList.json).total, 67);
    assert.equal(catalogue.publishedService(KTP).id, KTP);
    down = false;
    await catalogue.fresh();
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await call(server.base, 'GET', '/services');
    const etag = first.headers.get('ETag');
    assert.ok(etag);
    const again = await call(server.base, 'GET', '/services', undefined, { 'If-None-Match': etag });
    assert.equal(again.status, 304);
    const agencies = await call(server.base, 'GET', '/agencies');
    conforms(assert, '/agencies', 'get', agencies);
  });

  it('serves one service with its whole standard, and a problem for an unknown one', async () => {
    const res = await call(server.base, 'GET', `/services/${KTP}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.agency.id, 'disdukcapil');
    assert.ok(res.body.requirements.length > 0);
    conforms(assert, '/services/{serviceId}', 'get', res);
    const missing = await call(server.base, 'GET', '/services/tidak-ada');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'not_found');
    assert.match(missing.headers.get('Content-Type') ?? '', /application\/problem\+json/);
  });

  it('closes weekends and holidays with their reason, and keeps the Friday prayer break', async () => {
    const res = await call(server.base, 'GET', `/services/${KTP}/availability`);
    assert.equal(res.status, 200);
    conforms(assert, '/services/{serviceId}/availability', 'get', res);
    const byDate = Object.fromEntries(res.body.days.map((d: { date: string }) => [d.date, d]));
    assert.equal(res.body.days.length, 8, 'today … today+7');
    assert.deepEqual(byDate['2026-12-24'].reason, {
      code: 'cuti_bersama',
      name: 'Cuti Bersama Kelahiran Yesus Kristus',
    });
    assert.deepEqual(byDate['2026-12-25'].reason, { code: 'holiday', name: 'Kelahiran Yesus Kristus' });
    assert.equal(byDate['2026-12-26'].reason.code, 'weekend');
    assert.equal(byDate['2026-12-26'].open, false);
    const friday = await call(server.base, 'GET', `/services/${KTP}/availability?from=2027-01-01&days=1`);
    assert.equal(friday.body.days[0].open, false, '1 January is a holiday… and outside the window');
    const tuesday = byDate['2026-12-22'];
    assert.deepEqual(
      tuesday.sessions.map((s: { id: string }) => s.id),
      ['s0800', 's0900', 's1000', 's1300', 's1400'],
    );
  });

  it('stops offering a session once it has ended', async () => {
    // 10.30 on Monday 21 December: 08.00 and 09.00 have ended; 10.00 runs until 11.00.
    const res = await call(server.base, 'GET', `/services/${KTP}/availability?days=1`);
    const bookable = Object.fromEntries(
      res.body.days[0].sessions.map((s: { id: string; bookable: boolean }) => [s.id, s.bookable]),
    );
    assert.deepEqual(bookable, { s0800: false, s0900: false, s1000: true, s1300: true, s1400: true });
  });

  it('shows the Friday prayer break as a missing 13.00 session', async () => {
    const res = await call(server.base, 'GET', `/services/${KTP}/availability?from=2026-12-18&days=1`);
    assert.equal(res.body.days[0].reason?.code, 'past');
    const ahead = await startServer({ now: Date.parse('2026-12-14T08:00:00+07:00') });
    try {
      const friday = await call(ahead.base, 'GET', `/services/${KTP}/availability?from=2026-12-18&days=1`);
      assert.deepEqual(
        friday.body.days[0].sessions.map((s: { id: string }) => s.id),
        ['s0800', 's0900', 's1000', 's1400'],
      );
    } finally {
      await ahead.close();
    }
  });

  it('offers no sessions for a service that cannot be booked online', async () => {
    const res = await call(server.base, 'GET', `/services/${NOT_BOOKABLE}/availability?days=1`);
    assert.equal(res.body.days[0].open, false);
    assert.equal(res.body.days[0].reason.code, 'closed');
  });

  it('refuses a malformed availability query with field errors', async () => {
    const res = await call(server.base, 'GET', `/services/${KTP}/availability?from=2026-13-40&days=0`);
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors.map((e: { field: string }) => e.field).sort(), ['days', 'from']);
    conforms(assert, '/services/{serviceId}/availability', 'get', res);
  });
});
