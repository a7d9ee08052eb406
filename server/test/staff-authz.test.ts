// Authorization as an attacker would test it: every staff operation, asked by every kind of caller — each role of
// the target's agency, the same roles of another agency, API keys, no session, an expired session, a revoked key, a
// session without its CSRF token — each either allowed or refused with 401/403. Both engines. The escalations a
// signed-in officer or agency administrator might try with a crafted body are staff-escalations.test.ts's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, call, MONDAY_0800, nik, type Answer, type TestServer, startServer } from './helpers.js';
import { openapi } from '../contract.js';
import { ENGINES } from './postgres.js';
import { addStaff, logIn, staffOf, type StaffClient } from './staff-helpers.js';
import { standard } from './catalogue-helpers.js';
import { CATALOGUE_COLUMNS, parseCsv, toCsv } from '../../src/rules/index.js';

/** The target agency (its bookings, applications, staff and keys) and another one. */
const A = 'dinkes';
const B = 'disdukcapil';
const A_SERVICE = 'dinkes-penerbitan-surat-izin-praktik-dokter-dokter';
const A_COUNTER = 'loket-3';
/** A fresh future date for each closure the table makes (one closure per day and scope). */
let closureDay = 0;
const nextClosureDate = () => {
  const d = new Date(Date.UTC(2027, 0, 1 + closureDay++));
  return d.toISOString().slice(0, 10);
};

type Caller =
  | 'mpp_admin'
  | 'agency_admin'
  | 'officer'
  | 'viewer'
  | 'agency_admin_other'
  | 'officer_other'
  | 'key_officer'
  | 'key_viewer'
  | 'key_officer_other'
  | 'no_session'
  | 'expired_session'
  | 'revoked_key'
  | 'admin_without_csrf';
const CALLERS: Caller[] = [
  'mpp_admin',
  'agency_admin',
  'officer',
  'viewer',
  'agency_admin_other',
  'officer_other',
  'key_officer',
  'key_viewer',
  'key_officer_other',
  'no_session',
  'expired_session',
  'revoked_key',
  'admin_without_csrf',
];

/** How a caller sends a request. */
type Send = (method: string, path: string, body?: unknown) => Promise<Answer>;

interface Operation {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Makes what the request acts on (fresh each time when it changes it); answers the path and body. */
  prepare: () => Promise<{ path: string; body?: unknown }>;
  /** Who may: the others are refused. */
  allowed: Caller[];
  /** Whether an allowed answer is the operation's success (default: 2xx). */
  ok?: (a: Answer) => boolean;
  /** A check on an allowed answer for a caller (a list scoped to its own agency). */
  check?: (a: Answer, caller: Caller) => void;
}

const COUNTER: Caller[] = ['mpp_admin', 'agency_admin', 'officer', 'key_officer'];
const ADMINS: Caller[] = ['mpp_admin', 'agency_admin'];
const SESSIONS: Caller[] = [
  'mpp_admin',
  'agency_admin',
  'officer',
  'viewer',
  'agency_admin_other',
  'officer_other',
  'admin_without_csrf',
];
const onlyAgency = (agencyId: string) => (a: Answer) =>
  assert.ok(
    a.body.items.every((x: { agencyId: string | null }) => x.agencyId === agencyId),
    `a list leaks another agency: ${JSON.stringify(a.body.items.map((x: { agencyId: string }) => x.agencyId))}`,
  );

for (const engine of ENGINES) {
  describe(`authorization of every staff operation on ${engine}`, () => {
    let server: TestServer;
    let admin: StaffClient;
    const send = new Map<Caller, Send>();
    /** Fresh sessions for log-out (which ends the one it is sent with). */
    const emails = new Map<Caller, string>();
    let serial = 100;

    const viaSession =
      (client: StaffClient, csrf = true): Send =>
      (method, path, body) =>
        client.call(method, path, body, csrf ? {} : { 'X-CSRF-Token': '' });
    const viaKey =
      (key: string): Send =>
      (method, path, body) =>
        call(server.base, method, path, body, { Authorization: `Bearer ${key}` });
    const issueKey = async (agencyId: string, role: 'officer' | 'viewer') =>
      (await admin.call('POST', '/staff/api-keys', { name: `uji ${role} ${agencyId}`, agencyId, role })).body;

    before(async () => {
      // Room for every booking the table makes in the one session whose check-in is open at 08:00.
      server = await startServer({ engine, env: { MPP_DEFAULT_QUOTA: '100' } });
      admin = await staffOf(server, 'mpp_admin');
      colleague = await addStaff(server, 'officer', A);
      const roles: [Caller, Parameters<typeof addStaff>[1], string | null][] = [
        ['mpp_admin', 'mpp_admin', null],
        ['agency_admin', 'agency_admin', A],
        ['officer', 'officer', A],
        ['viewer', 'viewer', null],
        ['agency_admin_other', 'agency_admin', B],
        ['officer_other', 'officer', B],
      ];
      for (const [caller, role, agency] of roles) {
        const email = await addStaff(server, role, agency);
        emails.set(caller, email);
        send.set(caller, viaSession(await logIn(server, email)));
      }
      send.set('admin_without_csrf', viaSession(await logIn(server, emails.get('mpp_admin')!), false));
      emails.set('admin_without_csrf', emails.get('mpp_admin')!);
      send.set('key_officer', viaKey((await issueKey(A, 'officer')).key));
      send.set('key_viewer', viaKey((await issueKey(A, 'viewer')).key));
      send.set('key_officer_other', viaKey((await issueKey(B, 'officer')).key));
      const revoked = await issueKey(A, 'officer');
      await admin.call('POST', `/staff/api-keys/${revoked.id}/revoke`);
      send.set('revoked_key', viaKey(revoked.key));
      send.set('no_session', (method, path, body) => call(server.base, method, path, body));
      // Signed in, then unused for 31 minutes: the session is gone whatever is sent with it.
      const expired = await logIn(server, emails.get('mpp_admin')!);
      send.set('expired_session', async (method, path, body) => {
        server.setNow(MONDAY_0800 + 31 * 60_000);
        try {
          return await expired.call(method, path, body);
        } finally {
          server.setNow(MONDAY_0800);
        }
      });
    });
    after(() => server.close());

    const freshBooking = async () => {
      const made = await book(server.base, booking({ serviceId: A_SERVICE, nik: nik(++serial), sessionId: 's0800' }));
      assert.equal(made.status, 201, JSON.stringify(made.body));
      return made.body.code as string;
    };
    /** Another officer of agency A: the account the update acts on (an officer may edit only their own name). */
    let colleague: string;
    let target: string;
    const targetAccount = async () =>
      (target ??= (await admin.call('GET', '/staff/accounts')).body.items.find(
        (s: { email: string }) => s.email === colleague,
      ).id);

    const operations: Operation[] = [
      {
        id: 'getStaffSession',
        method: 'GET',
        prepare: async () => ({ path: '/staff/session' }),
        allowed: SESSIONS,
      },
      {
        id: 'logOutStaff',
        method: 'POST',
        prepare: async () => ({ path: '/staff/logout' }),
        allowed: SESSIONS.filter((c) => c !== 'admin_without_csrf'),
      },
      {
        id: 'listStaffAccounts',
        method: 'GET',
        prepare: async () => ({ path: '/staff/accounts' }),
        allowed: [...ADMINS, 'agency_admin_other', 'admin_without_csrf'],
        check: (a, caller) => {
          if (caller === 'agency_admin') onlyAgency(A)(a);
          if (caller === 'agency_admin_other') onlyAgency(B)(a);
        },
      },
      {
        id: 'createStaffAccount',
        method: 'POST',
        prepare: async () => ({
          path: '/staff/accounts',
          body: {
            email: `baru-${++serial}@mpp.test`,
            name: 'Petugas Baru',
            role: 'officer',
            agencyId: A,
            password: 'kata-sandi-petugas-baru',
          },
        }),
        allowed: ADMINS,
      },
      {
        id: 'updateStaffAccount',
        method: 'PATCH',
        prepare: async () => ({ path: `/staff/accounts/${await targetAccount()}`, body: { name: 'Nama Baru' } }),
        allowed: ADMINS,
      },
      {
        id: 'listApiKeys',
        method: 'GET',
        prepare: async () => ({ path: '/staff/api-keys' }),
        allowed: [...ADMINS, 'agency_admin_other', 'admin_without_csrf'],
        check: (a, caller) => {
          if (caller === 'agency_admin') onlyAgency(A)(a);
          if (caller === 'agency_admin_other') onlyAgency(B)(a);
        },
      },
      {
        id: 'issueApiKey',
        method: 'POST',
        prepare: async () => ({ path: '/staff/api-keys', body: { name: 'Sistem', agencyId: A, role: 'officer' } }),
        allowed: ADMINS,
      },
      {
        id: 'revokeApiKey',
        method: 'POST',
        prepare: async () => ({ path: `/staff/api-keys/${(await issueKey(A, 'officer')).id}/revoke` }),
        allowed: ADMINS,
      },
      {
        id: 'listAuditEntries',
        method: 'GET',
        prepare: async () => ({ path: '/staff/audit' }),
        allowed: [...ADMINS, 'agency_admin_other', 'admin_without_csrf'],
        check: (a, caller) => {
          if (caller === 'agency_admin') onlyAgency(A)(a);
          if (caller === 'agency_admin_other') onlyAgency(B)(a);
        },
      },
      {
        id: `listAuditEntries of ${A}`,
        method: 'GET',
        prepare: async () => ({ path: `/staff/audit?agencyId=${A}` }),
        allowed: [...ADMINS, 'admin_without_csrf'],
        check: onlyAgency(A),
      },
      {
        id: 'listStaffServices',
        method: 'GET',
        prepare: async () => ({ path: '/staff/services' }),
        allowed: [...ADMINS, 'agency_admin_other', 'admin_without_csrf'],
        check: (a, caller) => {
          if (caller === 'agency_admin') onlyAgency(A)(a);
          if (caller === 'agency_admin_other') onlyAgency(B)(a);
        },
      },
      {
        id: `listStaffServices of ${A}`,
        method: 'GET',
        prepare: async () => ({ path: `/staff/services?agencyId=${A}` }),
        allowed: [...ADMINS, 'admin_without_csrf'],
        check: onlyAgency(A),
      },
      {
        id: 'createStaffService',
        method: 'POST',
        prepare: async () => ({ path: '/staff/services', body: standard(A, `Layanan Uji ${++serial}`) }),
        allowed: ADMINS,
        check: (a) => assert.equal(a.body.agencyId, A),
      },
      {
        id: 'getStaffService',
        method: 'GET',
        prepare: async () => ({ path: `/staff/services/${A_SERVICE}` }),
        allowed: [...ADMINS, 'admin_without_csrf'],
      },
      {
        id: 'updateStaffService',
        method: 'PUT',
        prepare: async () => {
          const { id: _id, updatedAt: _u, ...body } = (await admin.call('GET', `/staff/services/${A_SERVICE}`)).body;
          return { path: `/staff/services/${A_SERVICE}`, body: { ...body, summary: `Diubah ${++serial}` } };
        },
        allowed: ADMINS,
      },
      {
        id: 'exportCatalogue',
        method: 'GET',
        prepare: async () => ({ path: '/staff/catalogue/export' }),
        allowed: [...ADMINS, 'agency_admin_other', 'admin_without_csrf'],
        check: (a, caller) => {
          const parsed = parseCsv(a.body);
          assert.ok(parsed.ok);
          const agencies = new Set(parsed.records.slice(1).map((r) => r.fields[1]));
          if (caller === 'agency_admin') assert.deepEqual([...agencies], [A]);
          if (caller === 'agency_admin_other') assert.deepEqual([...agencies], [B]);
        },
      },
      {
        id: 'importCatalogue',
        method: 'POST',
        prepare: async () => {
          const text = (await admin.call('GET', `/staff/catalogue/export?agencyId=${A}`)).body;
          const parsed = parseCsv(text);
          assert.ok(parsed.ok);
          const row = [...parsed.records[1]!.fields];
          row[CATALOGUE_COLUMNS.findIndex((c) => c.header === 'ringkasan')] = `Diimpor ${++serial}`;
          return { path: '/staff/catalogue/import', body: { csv: toCsv([parsed.records[0]!.fields, row]) } };
        },
        // Another agency's administrator may import, but only rows of its own agency: a row of A is refused in the
        // report (422), and nothing is applied.
        allowed: [...ADMINS, 'agency_admin_other'],
        ok: (a) => a.status === 200 || a.status === 422,
        check: (a, caller) => {
          if (caller !== 'agency_admin_other') return assert.equal(a.status, 200, JSON.stringify(a.body));
          assert.equal(a.status, 422);
          assert.deepEqual(
            a.body.rows.map((r: { column: string }) => r.column),
            ['instansi', 'id'],
          );
        },
      },
      {
        id: 'getServiceSchedule',
        method: 'GET',
        prepare: async () => ({ path: `/staff/services/${A_SERVICE}/schedule` }),
        allowed: [...ADMINS, 'admin_without_csrf'],
      },
      {
        id: 'replaceServiceSchedule',
        method: 'PUT',
        // The schedule as it is (its sessions hold the table's bookings): the change is allowed, and breaks nothing.
        prepare: async () => {
          const { windowOpensAt, weekdays } = (await admin.call('GET', `/staff/services/${A_SERVICE}/schedule`)).body;
          return { path: `/staff/services/${A_SERVICE}/schedule`, body: { windowOpensAt, weekdays } };
        },
        allowed: ADMINS,
      },
      {
        id: 'listClosures',
        method: 'GET',
        prepare: async () => ({ path: '/staff/closures' }),
        allowed: [...ADMINS, 'agency_admin_other', 'admin_without_csrf'],
        check: (a, caller) => {
          const scoped = (agencyId: string) =>
            assert.ok(a.body.items.every((x: { agencyId: string | null }) => [null, agencyId].includes(x.agencyId)));
          if (caller === 'agency_admin') scoped(A);
          if (caller === 'agency_admin_other') scoped(B);
        },
      },
      {
        id: 'previewClosure',
        method: 'GET',
        prepare: async () => ({ path: `/staff/closures/preview?date=${nextClosureDate()}&agencyId=${A}` }),
        allowed: [...ADMINS, 'admin_without_csrf'],
      },
      {
        id: 'previewClosure of the whole MPP',
        method: 'GET',
        prepare: async () => ({ path: `/staff/closures/preview?date=${nextClosureDate()}` }),
        allowed: ['mpp_admin', 'admin_without_csrf'],
      },
      {
        id: 'createClosure',
        method: 'POST',
        prepare: async () => ({
          path: '/staff/closures',
          body: { date: nextClosureDate(), agencyId: A, kind: 'closure', name: 'Pemadaman listrik' },
        }),
        allowed: ADMINS,
      },
      {
        id: 'createClosure of the whole MPP',
        method: 'POST',
        prepare: async () => ({
          path: '/staff/closures',
          body: { date: nextClosureDate(), kind: 'cuti_bersama', name: 'Cuti bersama' },
        }),
        allowed: ['mpp_admin'],
      },
      {
        id: 'deleteClosure',
        method: 'DELETE',
        prepare: async () => {
          const made = await admin.call('POST', '/staff/closures', {
            date: nextClosureDate(),
            agencyId: A,
            kind: 'closure',
            name: 'Rapat',
          });
          return { path: `/staff/closures/${made.body.closure.id}` };
        },
        allowed: ADMINS,
      },
      {
        id: 'deleteClosure of the whole MPP',
        method: 'DELETE',
        prepare: async () => {
          const made = await admin.call('POST', '/staff/closures', {
            date: nextClosureDate(),
            kind: 'holiday',
            name: 'Libur',
          });
          return { path: `/staff/closures/${made.body.closure.id}` };
        },
        allowed: ['mpp_admin'],
      },
      {
        id: 'getStaffBooking',
        method: 'GET',
        prepare: async () => ({ path: `/staff/bookings/${await freshBooking()}` }),
        allowed: [...COUNTER, 'admin_without_csrf'],
      },
      {
        id: 'checkInBooking',
        method: 'POST',
        prepare: async () => ({ path: `/operator/bookings/${await freshBooking()}/check-in` }),
        allowed: COUNTER,
        check: (a) => assert.equal(a.body.status, 'checked_in'),
      },
      {
        id: 'callNext',
        method: 'POST',
        prepare: async () => ({ path: `/operator/queues/${A}/call-next`, body: { counterId: A_COUNTER } }),
        allowed: COUNTER,
      },
      {
        id: 'recordVisitOutcome',
        method: 'POST',
        // Someone at the counter: a fresh visitor checked in, and the counter calls whoever is next.
        prepare: async () => {
          await admin.call('POST', `/operator/bookings/${await freshBooking()}/check-in`);
          await admin.call('POST', `/operator/queues/${A}/call-next`, { counterId: A_COUNTER });
          const state = await admin.call('GET', `/operator/queues/${A}/counters/${A_COUNTER}`);
          return { path: `/operator/bookings/${state.body.serving.code}/outcome`, body: { outcome: 'served' } };
        },
        allowed: COUNTER,
        check: (a) => assert.equal(a.body.status, 'done'),
      },
      {
        id: 'getCounter',
        method: 'GET',
        prepare: async () => ({ path: `/operator/queues/${A}/counters/${A_COUNTER}` }),
        allowed: [...COUNTER, 'admin_without_csrf'],
      },
      {
        id: 'getReport',
        method: 'GET',
        prepare: async () => ({ path: '/staff/reports?from=2026-12-07&to=2026-12-07' }),
        // Without an agency asked: each caller's own (all for an MPP administrator and a viewer of none).
        allowed: [...ADMINS, 'viewer', 'agency_admin_other', 'key_viewer', 'admin_without_csrf'],
        check: (a, caller) => {
          const own: Partial<Record<Caller, string>> = { agency_admin: A, key_viewer: A, agency_admin_other: B };
          assert.equal(a.body.agencyId, own[caller] ?? null);
          if (own[caller]) onlyAgency(own[caller])({ body: { items: a.body.rows } } as Answer);
        },
      },
      {
        id: `getReport of ${A}`,
        method: 'GET',
        prepare: async () => ({ path: `/staff/reports?from=2026-12-07&to=2026-12-07&agencyId=${A}` }),
        allowed: [...ADMINS, 'viewer', 'key_viewer', 'admin_without_csrf'],
        check: (a) => onlyAgency(A)({ body: { items: a.body.rows } } as Answer),
      },
      {
        id: 'getSatisfactionReport',
        method: 'GET',
        prepare: async () => ({ path: '/staff/reports/satisfaction?from=2026-12-07&to=2026-12-07' }),
        // Who sees which agency is as for the visits report: each caller's own without an agency asked.
        allowed: [...ADMINS, 'viewer', 'agency_admin_other', 'key_viewer', 'admin_without_csrf'],
      },
      {
        id: `getSatisfactionReport of ${A}`,
        method: 'GET',
        prepare: async () => ({ path: `/staff/reports/satisfaction?from=2026-12-07&to=2026-12-07&agencyId=${A}` }),
        allowed: [...ADMINS, 'viewer', 'key_viewer', 'admin_without_csrf'],
      },
      {
        id: 'exportPersonData',
        method: 'POST',
        prepare: async () => {
          const n = nik(++serial);
          await book(server.base, booking({ serviceId: A_SERVICE, nik: n, sessionId: 's0800' }));
          return { path: '/staff/privacy/export', body: { nik: n, name: 'Siti Aminah' } };
        },
        // An agency administrator of another agency may ask, and finds only its own agency's bookings: none here.
        allowed: [...ADMINS, 'agency_admin_other'],
        check: (a, caller) => assert.equal(a.body.items.length, caller === 'agency_admin_other' ? 0 : 1),
      },
      {
        id: 'erasePersonData',
        method: 'POST',
        prepare: async () => {
          const n = nik(++serial);
          await book(server.base, booking({ serviceId: A_SERVICE, nik: n, sessionId: 's0800' }));
          return { path: '/staff/privacy/erase', body: { nik: n, name: 'Siti Aminah' } };
        },
        allowed: [...ADMINS, 'agency_admin_other'],
        check: (a, caller) => assert.equal(a.body.erased, caller === 'agency_admin_other' ? 0 : 1),
      },
      {
        id: 'advanceApplication',
        method: 'POST',
        prepare: async () => ({ path: '/operator/applications/PMH-2026-000123/advance', body: { action: 'advance' } }),
        allowed: COUNTER,
        // Four advances close the application: later ones are allowed, and answered 409 application_closed.
        ok: (a) => a.status === 200 || (a.status === 409 && a.body.code === 'application_closed'),
      },
    ];

    /**
     * How a caller is refused: without valid credentials (none, expired, revoked) 401; a key asking for a session's
     * operation has no session either, so 401; a valid caller whose role or agency does not allow it, 403.
     */
    const refusal = (op: Operation, caller: Caller) =>
      ['no_session', 'expired_session', 'revoked_key'].includes(caller) ||
      (caller.startsWith('key_') && ['getStaffSession', 'logOutStaff'].includes(op.id))
        ? 401
        : 403;

    for (const op of operations)
      for (const caller of CALLERS) {
        const allowedHere = op.allowed.includes(caller);
        it(`${op.id} by ${caller}: ${allowedHere ? 'allowed' : 'refused'}`, async () => {
          const { path, body } = await op.prepare();
          let sender = send.get(caller)!;
          // Log-out ends the session it is sent with: each caller signs out a session of its own.
          if (op.id === 'logOutStaff' && SESSIONS.includes(caller))
            sender = viaSession(await logIn(server, emails.get(caller)!), caller !== 'admin_without_csrf');
          const answer = await sender(op.method, path, body);
          if (allowedHere) {
            assert.ok(
              (op.ok ?? ((a) => a.status >= 200 && a.status < 300))(answer),
              `${answer.status} ${JSON.stringify(answer.body)}`,
            );
            op.check?.(answer, caller);
          } else {
            // A key has no session to read or end: 401, as with no session at all.
            const expected = refusal(op, caller);
            assert.equal(answer.status, expected, JSON.stringify(answer.body));
            assert.equal(answer.body.code, expected === 401 ? 'unauthorized' : 'forbidden');
          }
        });
      }

    it('covers every operation of the contract’s staff and operator tags', () => {
      const paths = openapi.paths as unknown as Record<
        string,
        Record<string, { tags?: string[]; operationId: string }>
      >;
      const staffOperations = Object.values(paths)
        .flatMap((p) => Object.values(p))
        .filter((o) => o.tags?.some((t) => t === 'staff' || t === 'operator'))
        .map((o) => o.operationId);
      // Log-in answers anyone (it is how a session begins): its refusals are staff-auth.test.ts's.
      const covered = new Set([...operations.map((o) => o.id.split(' ')[0]), 'logInStaff']);
      assert.deepEqual(
        staffOperations.filter((id) => !covered.has(id)),
        [],
      );
      assert.ok(staffOperations.length >= 20);
    });
  });
}
