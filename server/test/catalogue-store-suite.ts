// The catalogue store's contract, run against each engine beside the booking store's suite: a batch of changes is
// written whole or not at all, with its audit entries, and moves the catalogue's version on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Agency } from '../../src/api/types.js';
import { catalogueStoreOf } from '../store/catalogue-open.js';
import type { CatalogueStore, StoredService } from '../store/catalogue-types.js';
import { staffStoreOf } from '../store/staff-open.js';
import type { AuditEntry, StaffStore } from '../store/staff-types.js';
import type { BookingStore, CatalogueService, SeedData } from '../store/types.js';

const agencies = ['disdukcapil', 'kpp'].map((id) => ({ id, name: id, shortName: id }) as unknown as Agency);
const service = (id: string, agencyId = 'disdukcapil', name = id) =>
  ({ id, agencyId, name, bookable: false, requirements: ['KTP'] }) as unknown as CatalogueService;
const seed: SeedData = {
  agencies,
  services: [service('ktp'), service('npwp', 'kpp')],
  holidays: [],
  sessionsOf: () => [],
  applications: [],
};
const AT = '2026-12-07T09:00:00+07:00';
const audit = (before: StoredService | undefined, after: StoredService): AuditEntry => ({
  at: AT,
  actorKind: 'system',
  actorId: 'test',
  actorLabel: 'test',
  action: before ? 'service.update' : 'service.create',
  agencyId: after.service.agencyId,
  target: after.service.id,
  before: before?.revision ?? null,
  after: after.revision,
});

/** Runs the catalogue store's contract against fresh stores made by `makeStore`. */
export function runCatalogueStoreSuite(engine: string, makeStore: () => Promise<BookingStore>) {
  describe(`the ${engine} catalogue store`, () => {
    let store: BookingStore;
    let catalogue: CatalogueStore;
    let staff: StaffStore;
    before(async () => {
      store = await makeStore();
      await store.seedIfEmpty(seed);
      catalogue = catalogueStoreOf(store);
      staff = staffStoreOf(store);
    });
    after(() => store.close());

    it('holds the seeded services published, at revision 1, in catalogue order and per agency', async () => {
      const all = await catalogue.storedServices();
      assert.deepEqual(
        all.map((s) => [s.service.id, s.published, s.revision, s.updatedAt]),
        [
          ['ktp', true, 1, null],
          ['npwp', true, 1, null],
        ],
      );
      assert.deepEqual(all[0]!.service, seed.services[0]);
      assert.deepEqual(
        (await catalogue.storedServices('kpp')).map((s) => s.service.id),
        ['npwp'],
      );
      assert.equal(await catalogue.storedService('nothing'), undefined);
    });

    it('creates and replaces services with their audit entries, and moves the version on once per batch', async () => {
      const version = await catalogue.catalogueVersion();
      const outcome = await catalogue.writeServices(
        [
          { kind: 'create', service: service('akta'), published: false },
          { kind: 'update', service: { ...service('ktp'), name: 'KTP-el' }, published: true, revision: 1 },
        ],
        AT,
        audit,
      );
      assert.ok(outcome.ok);
      assert.deepEqual(
        outcome.saved.map((s) => [s.service.id, s.published, s.revision, s.updatedAt]),
        [
          ['akta', false, 1, AT],
          ['ktp', true, 2, AT],
        ],
      );
      assert.equal(await catalogue.catalogueVersion(), version + 1);
      assert.equal((await catalogue.storedService('ktp'))?.service.name, 'KTP-el');
      assert.deepEqual(
        (await catalogue.storedServices()).map((s) => s.service.id),
        ['ktp', 'npwp', 'akta'],
        'a new service comes last',
      );
      const entries = await staff.audit({ limit: 2 });
      assert.deepEqual(entries.map((e) => [e.action, e.target, e.before, e.after]).reverse(), [
        ['service.create', 'akta', null, 1],
        ['service.update', 'ktp', 1, 2],
      ]);
    });

    it('writes nothing of a batch when one write cannot be: a taken id, a missing service, a stale revision', async () => {
      const version = await catalogue.catalogueVersion();
      const auditBefore = (await staff.audit({ limit: 1 }))[0]?.seq;
      const cases = [
        { writes: [{ kind: 'create', service: service('ktp'), published: true }], reason: 'exists' },
        { writes: [{ kind: 'update', service: service('hilang'), published: true }], reason: 'missing' },
        { writes: [{ kind: 'update', service: service('ktp'), published: true, revision: 1 }], reason: 'stale' },
      ] as const;
      for (const { writes, reason } of cases) {
        const outcome = await catalogue.writeServices(
          [{ kind: 'create', service: service(`baru-${reason}`), published: true }, ...writes],
          AT,
          audit,
          [{ ...audit(undefined, { service: service('x'), published: true, revision: 1, updatedAt: AT }) }],
        );
        assert.deepEqual(outcome, { ok: false, index: 1, reason });
        assert.equal(await catalogue.storedService(`baru-${reason}`), undefined, 'the first write is undone');
      }
      assert.equal(await catalogue.catalogueVersion(), version);
      assert.equal((await staff.audit({ limit: 1 }))[0]?.seq, auditBefore, 'no audit entry either');
      assert.equal((await catalogue.storedService('ktp'))?.revision, 2);
    });

    it('moves a service to another agency, and keeps an empty batch from moving the version', async () => {
      const version = await catalogue.catalogueVersion();
      assert.deepEqual(await catalogue.writeServices([], AT, audit), { ok: true, saved: [] });
      assert.equal(await catalogue.catalogueVersion(), version);
      const moved = await catalogue.writeServices(
        [{ kind: 'update', service: service('akta', 'kpp'), published: true }],
        AT,
        audit,
      );
      assert.ok(moved.ok);
      assert.deepEqual(
        (await catalogue.storedServices('kpp')).map((s) => s.service.id),
        ['npwp', 'akta'],
      );
    });
  });
}
