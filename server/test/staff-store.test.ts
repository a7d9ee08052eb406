// The staff store's contract, run against each engine (as store-suite.ts does for bookings): accounts with their
// audit entry in one transaction, failed log-in windows, sessions, key revocation, the audit log's order and pages.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { weeklySessions } from '../../src/rules/index.js';
import { openPostgresStore } from '../store/postgres.js';
import { openSqliteStore } from '../store/sqlite.js';
import { staffStoreOf } from '../store/staff-open.js';
import type { AuditEntry, StaffRecord, StaffStore } from '../store/staff-types.js';
import type { BookingStore, CatalogueService } from '../store/types.js';
import { ENGINES, freshDatabase } from './postgres.js';

const AT = '2026-12-07T08:00:00+07:00';
const entry = (action: string, agencyId: string | null = 'a'): AuditEntry => ({
  at: AT,
  actorKind: 'system',
  actorId: 'test',
  actorLabel: 'test',
  action,
  agencyId,
  target: null,
  before: null,
  after: { n: 1 },
});
const account = (id: string, email: string): StaffRecord => ({
  id,
  email,
  name: id,
  role: 'officer',
  agencyId: 'a',
  passwordHash: 'scrypt$x',
  disabled: false,
  createdAt: AT,
  updatedAt: AT,
});

const open: Record<string, () => Promise<BookingStore>> = {
  sqlite: async () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'mpp-staff-')), 'mpp.sqlite')),
  postgres: async () => openPostgresStore(await freshDatabase()),
};

for (const engine of ENGINES) {
  describe(`the staff store on ${engine}`, () => {
    let store: BookingStore;
    let staff: StaffStore;
    before(async () => {
      store = await open[engine]!();
      await store.seedIfEmpty({
        agencies: [{ id: 'a', name: 'A', shortName: 'A', counters: [] }] as never,
        services: [{ id: 's', agencyId: 'a', name: 's', bookable: false } as unknown as CatalogueService],
        holidays: [],
        sessionsOf: (_s, weekday) => weeklySessions(weekday, 1),
        applications: [],
      });
      staff = staffStoreOf(store);
    });
    after(() => store.close());

    it('adds an account with its audit entry, and neither when the e-mail is taken', async () => {
      assert.equal(await staff.addStaff(account('stf_1', 'x@mpp.test'), entry('staff.create')), true);
      assert.equal(await staff.addStaff(account('stf_2', 'x@mpp.test'), entry('staff.create.again')), false);
      assert.equal(await staff.staffById('stf_2'), undefined);
      const actions = (await staff.audit({ limit: 10 })).map((e) => e.action);
      assert.deepEqual(actions, ['staff.create']);
      assert.equal((await staff.staffByEmail('x@mpp.test'))!.id, 'stf_1');
      assert.equal(await staff.countActive('officer'), 1);
    });

    it('changes an account, ends its sessions when asked, and audits before and after in the same write', async () => {
      await staff.addSession({ idHash: 'h1', staffId: 'stf_1', csrfToken: 't', createdMs: 1, lastSeenMs: 1 });
      const changed = await staff.updateStaff(
        'stf_1',
        { role: 'viewer', agencyId: null },
        '2026-12-07T09:00:00+07:00',
        (b, a) => ({ ...entry('staff.update'), before: { role: b.role }, after: { role: a.role } }),
        true,
      );
      assert.equal(changed!.role, 'viewer');
      assert.equal(changed!.agencyId, null);
      assert.equal(await staff.session('h1'), undefined);
      const [last] = await staff.audit({ limit: 1 });
      assert.deepEqual([last!.before, last!.after], [{ role: 'officer' }, { role: 'viewer' }]);
      assert.equal(await staff.updateStaff('stf_none', {}, AT, () => entry('x'), false), undefined);
    });

    it('counts failed log-ins in a window that starts again once it has passed', async () => {
      assert.equal((await staff.noteLoginFailure('k', 1_000, 60_000)).count, 1);
      assert.equal((await staff.noteLoginFailure('k', 2_000, 60_000)).count, 2);
      const fresh = await staff.noteLoginFailure('k', 61_000, 60_000);
      assert.deepEqual(fresh, { count: 1, firstMs: 61_000, lastMs: 61_000 });
      await staff.clearLoginFailures('k');
      assert.equal(await staff.loginFailures('k'), undefined);
    });

    it('revokes a key once: a second revocation changes nothing and writes no entry', async () => {
      await staff.addApiKey(
        {
          id: 'key_1',
          name: 'k',
          keyHash: 'hash-1',
          agencyId: 'a',
          role: 'officer',
          createdBy: 'x',
          createdAt: AT,
          revokedAt: null,
        },
        entry('api_key.issue'),
      );
      const count = async () => (await staff.audit({ limit: 100 })).length;
      const n = await count();
      const first = await staff.revokeApiKey('key_1', '2026-12-07T09:00:00+07:00', () => entry('api_key.revoke'));
      const second = await staff.revokeApiKey('key_1', '2026-12-07T10:00:00+07:00', () => entry('api_key.revoke'));
      assert.equal(first!.revokedAt, '2026-12-07T09:00:00+07:00');
      assert.equal(second!.revokedAt, '2026-12-07T09:00:00+07:00');
      assert.equal(await count(), n + 1);
      assert.equal((await staff.apiKeyByHash('hash-1'))!.revokedAt, '2026-12-07T09:00:00+07:00');
    });

    it('reads the audit log newest first, by agency, in pages', async () => {
      for (let i = 0; i < 5; i++) await staff.appendAudit(entry(`page.${i}`, i % 2 ? 'b' : 'a'));
      const all = await staff.audit({ limit: 100 });
      assert.deepEqual(
        all.map((e) => e.seq),
        all.map((e) => e.seq).sort((x, y) => y - x),
      );
      const ofB = await staff.audit({ agencyId: 'b', limit: 100 });
      assert.deepEqual(
        ofB.map((e) => e.action),
        ['page.3', 'page.1'],
      );
      const page = await staff.audit({ limit: 2, beforeSeq: all[0]!.seq });
      assert.deepEqual(
        page.map((e) => e.action),
        ['page.3', 'page.2'],
      );
      assert.deepEqual(all[0]!.after, { n: 1 });
    });
  });
}
