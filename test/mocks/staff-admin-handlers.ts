/**
 * The accounts and audit log operations of the staff API as MSW handlers, for the accounts and audit pages' tests
 * and stories: in-memory accounts with the server's rules for who may give which role (as server/staff/policy.ts
 * states them), and an audit log read with the server's filters. Every change needs the session's CSRF token.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { components } from '../../src/api/mpp-api.js';
import { agencies } from './fixtures.js';
import { problem } from './problem.js';
import { csrfRefusal, STAFF_ACCOUNTS } from './staff-handlers.js';

type StaffAccount = components['schemas']['StaffAccount'];
type AuditEntry = components['schemas']['AuditEntry'];

export interface AdminMockOptions {
  base?: string;
  /** Who is signed in: its agency scopes the lists, its role what it may give. */
  as: StaffAccount;
  /** Every answer fails with this status. */
  failWith?: 500;
}

const AT = '2026-12-07T08:00:00+07:00';

/** A day at an MPP, as the audit log records it: no NIK, phone or resident's name anywhere. */
export const AUDIT_ENTRIES: AuditEntry[] = [
  ['2026-12-05T09:00:00+07:00', 'admin@mpp.test', 'staff.login', null, null],
  ['2026-12-05T09:05:00+07:00', 'admin@mpp.test', 'closure.create', null, '2026-12-24'],
  ['2026-12-06T08:10:00+07:00', 'admin-kpp@mpp.test', 'schedule.replace', 'kpp', 'kpp-permintaan-kode-otorisasi-efin'],
  ['2026-12-07T08:02:00+07:00', 'petugas-kpp@mpp.test', 'booking.check_in', 'kpp', 'RSV-7KQ2M9XA'],
  ['2026-12-07T08:15:00+07:00', 'petugas-kpp@mpp.test', 'queue.call_next', 'kpp', 'loket-1'],
  ['2026-12-07T09:00:00+07:00', 'admin@mpp.test', 'staff.create', 'disdukcapil', 'stf_00000000000000000005'],
].map(([at, actorLabel, action, agencyId, target], i) => ({
  seq: i + 1,
  at: at!,
  actorKind: 'staff' as const,
  actorId: `stf_${String(i).padStart(20, '0')}`,
  actorLabel: actorLabel!,
  action: action!,
  agencyId,
  target,
  before: action === 'booking.check_in' ? { status: 'booked' } : null,
  after: action === 'booking.check_in' ? { status: 'checked_in', queueNumber: 'K-001' } : null,
}));

export function createAdminMock(options: AdminMockOptions) {
  const base = (options.base ?? '/api/v1').replace(/\/+$/, '');
  const me = options.as;
  const accounts: StaffAccount[] = Object.values(STAFF_ACCOUNTS).map((a) => ({ ...a }));
  const mine = (agencyId: string | null) => me.role === 'mpp_admin' || (agencyId !== null && agencyId === me.agencyId);
  /** The server's rule: an agency administrator gives no MPP administrator, and only within its agency. */
  const mayGrant = (role: string, agencyId: string | null) =>
    me.role === 'mpp_admin' || (role !== 'mpp_admin' && agencyId === me.agencyId);
  let serial = accounts.length;

  const handlers: HttpHandler[] = [
    http.all(`${base}/staff/*`, ({ request }) =>
      options.failWith ? problem(500, 'internal') : request.method === 'GET' ? undefined : csrfRefusal(request),
    ),
    http.get(`${base}/agencies`, () => HttpResponse.json({ items: agencies, total: agencies.length })),
    http.get(`${base}/staff/accounts`, () => {
      const items = accounts.filter((a) => mine(a.agencyId));
      return HttpResponse.json({ items, total: items.length });
    }),
    http.post(`${base}/staff/accounts`, async ({ request }) => {
      const body = (await request.json()) as components['schemas']['StaffAccountNew'];
      const agencyId = body.agencyId ?? null;
      if (!mine(agencyId ?? me.agencyId) || !mayGrant(body.role, agencyId)) return problem(403, 'forbidden');
      if (body.password.length < 12)
        return problem(422, 'validation_failed', {
          errors: [{ field: 'password', code: 'too_short', message: 'Terlalu pendek.' }],
        });
      if (accounts.some((a) => a.email === body.email.toLowerCase()))
        return problem(409, 'conflict', { detail: 'E-mail ini sudah dipakai akun lain.' });
      const made: StaffAccount = {
        id: `stf_${String(++serial).padStart(20, '0')}`,
        email: body.email.toLowerCase(),
        name: body.name,
        role: body.role,
        agencyId,
        disabled: false,
        createdAt: AT,
        updatedAt: AT,
      };
      accounts.push(made);
      return HttpResponse.json(made, { status: 201 });
    }),
    http.patch(`${base}/staff/accounts/:staffId`, async ({ request, params }) => {
      const target = accounts.find((a) => a.id === params.staffId);
      if (!target) return problem(404, 'not_found');
      const change = (await request.json()) as components['schemas']['StaffAccountChange'];
      const role = change.role ?? target.role;
      const agencyId = change.agencyId === undefined ? target.agencyId : change.agencyId;
      if (!mine(target.agencyId) || !mayGrant(role, agencyId)) return problem(403, 'forbidden');
      if (change.password !== undefined && change.password.length < 12)
        return problem(422, 'validation_failed', {
          errors: [{ field: 'password', code: 'too_short', message: 'Terlalu pendek.' }],
        });
      const { password: _password, currentPassword: _current, ...rest } = change;
      Object.assign(target, rest, { updatedAt: AT });
      return HttpResponse.json(target);
    }),
    http.get(`${base}/staff/audit`, ({ request }) => {
      const q = new URL(request.url).searchParams;
      const [from, to, actor, action] = ['from', 'to', 'actor', 'action'].map((k) => q.get(k));
      const items = AUDIT_ENTRIES.filter(
        (e) =>
          mine(e.agencyId) &&
          (!from || e.at.slice(0, 10) >= from) &&
          (!to || e.at.slice(0, 10) <= to) &&
          (!actor || e.actorLabel === actor) &&
          (!action || e.action === action || (action.endsWith('.') && e.action.startsWith(action))),
      ).reverse();
      return HttpResponse.json({ items, next: null });
    }),
  ];
  return { handlers, accounts };
}
