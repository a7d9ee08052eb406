// The staff operations of the contract (tag `staff`): log-in and sessions, accounts, API keys and the audit log here;
// the catalogue, schedule, counter (tag `operator`), reports and privacy in the route files beside this one. Each is
// authorized on the server for the agency its target belongs to, and each change written to the audit log.
import type { Context, Hono } from 'hono';
import type { ValidateFunction } from 'ajv';
import type { components } from '../../src/api/mpp-api.js';
import { isCalendarDate, type MppClock } from '../../src/rules/index.js';
import type { createApplications } from '../applications.js';
import type { Bookings } from '../bookings.js';
import type { Catalogue } from '../catalogue.js';
import type { ServerConfig } from '../config.js';
import { schemaValidator } from '../contract.js';
import { fail } from '../problems.js';
import type { ApiKeyRecord, AuditEntry, StaffRecord, StaffRole, StaffStore } from '../store/staff-types.js';
import type { BookingStore } from '../store/types.js';
import type { SurveyStore } from '../store/survey-types.js';
import type { VisitStore } from '../store/visits-types.js';
import type { CallLog } from '../store/calls.js';
import { createStaffAuth, newApiKey } from './auth.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { mountCounter } from './counter-routes.js';
import type { CatalogueStore } from '../store/catalogue-types.js';
import { mountCatalogue } from './catalogue-routes.js';
import { authorize, mayGrant, scopeOf, type Principal } from './policy.js';
import { newId } from './ids.js';
import { mountSchedule } from './schedule-routes.js';
import { mountPrivacy } from './privacy-routes.js';
import { mountReports } from './report-routes.js';

type Schema<N extends keyof components['schemas']> = components['schemas'][N];

export interface StaffDeps {
  store: BookingStore;
  staff: StaffStore;
  config: ServerConfig;
  clock: MppClock;
  now: () => number;
  catalogue: Catalogue;
  catalogueStore: CatalogueStore;
  bookings: Bookings;
  applications: ReturnType<typeof createApplications>;
  /** The JSON body checked against a contract schema (415/400/422 otherwise). */
  body: <T>(c: Context, validate: ValidateFunction<T>) => Promise<T>;
  /** The client's address, for the log-in throttle. */
  clientOf: (c: Context) => string;
  /** Outcomes at the counter, reports and erasure (server/store/visits-types.ts). */
  visits: VisitStore;
  /** The satisfaction survey's anonymous answers (server/store/survey-types.ts). */
  surveys: SurveyStore;
  /** The keyed hash that stands for a NIK (a person's request finds their bookings by it). */
  hashNik: (nik: string) => string;
  /** The hall's call log, which the queue board follows (server/calls.ts). */
  calls: CallLog;
}

/** What the route files beside this one share: the dependencies, who is asking, and the audit entry's builder. */
export interface StaffContext extends StaffDeps {
  auth: ReturnType<typeof createStaffAuth>;
  entry: (
    p: Principal,
    action: string,
    agencyId: string | null,
    target: string | null,
    before: unknown,
    after: unknown,
  ) => AuditEntry;
  /** The current instant as the API writes it. */
  at: () => string;
  /** A 422 with one field error. */
  invalid: (field: string, message: string) => never;
}

/** An account as the API shows it: never its password hash. */
const publicAccount = (s: StaffRecord): Schema<'StaffAccount'> => ({
  id: s.id,
  email: s.email,
  name: s.name,
  role: s.role,
  agencyId: s.agencyId,
  disabled: s.disabled,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});
/** A key as the API shows it: never the key or its hash. */
const publicKey = (k: ApiKeyRecord): Schema<'ApiKey'> => ({
  id: k.id,
  name: k.name,
  agencyId: k.agencyId,
  role: k.role,
  createdBy: k.createdBy,
  createdAt: k.createdAt,
  revokedAt: k.revokedAt,
});

/** What each role needs: an agency for an agency administrator and an officer, none for an MPP administrator. */
function roleProblem(role: StaffRole, agencyId: string | null, known: (id: string) => boolean): string | null {
  if (role === 'mpp_admin') return agencyId === null ? null : 'Administrator MPP tidak terikat pada satu instansi.';
  if (agencyId === null) return role === 'viewer' ? null : 'Peran ini memerlukan instansi.';
  return known(agencyId) ? null : 'Instansi tidak dikenal.';
}

/** The staff pieces the routes of each part share: who asks, the audit entry they make, the time, a field refusal. */
export interface StaffKit {
  auth: ReturnType<typeof createStaffAuth>;
  entry: (
    p: Principal | StaffRecord,
    action: string,
    agencyId: string | null,
    target: string | null,
    before: unknown,
    after: unknown,
  ) => AuditEntry;
  at: () => string;
  invalid: (field: string, message: string) => never;
  knownAgency: (id: string) => boolean;
}

export function mountStaff(api: Hono, d: StaffDeps) {
  const { staff, clock, now, catalogue, body } = d;
  const auth = createStaffAuth({ staff: d.staff, config: d.config, now });
  const at = () => clock.isoLocal(now());
  const knownAgency = (id: string) => catalogue.agencyById.has(id);
  const invalid = (field: string, message: string): never =>
    fail(422, 'validation_failed', { errors: [{ field, code: 'not_allowed', message }] });

  const entry = (
    p: Principal | StaffRecord,
    action: string,
    agencyId: string | null,
    target: string | null,
    before: unknown,
    after: unknown,
  ): AuditEntry => {
    const actor = 'kind' in p ? p : { kind: 'staff' as const, id: p.id, label: p.email };
    return {
      at: at(),
      actorKind: actor.kind,
      actorId: actor.id,
      actorLabel: actor.label,
      action,
      agencyId,
      target,
      before: before ?? null,
      after: after ?? null,
    };
  };
  const audit = (...args: Parameters<typeof entry>) => staff.appendAudit(entry(...args));

  const sessionAnswer = (account: StaffRecord, csrfToken: string, createdMs: number) => ({
    account: publicAccount(account),
    csrfToken,
    idleMinutes: d.config.staffIdleMinutes,
    expiresAt: clock.isoLocal(createdMs + d.config.staffSessionHours * 3_600_000),
  });

  // Sessions.
  const validateLogin = schemaValidator<Schema<'StaffLogin'>>('StaffLogin');
  api.post('/staff/login', async (c) => {
    auth.checkOrigin(c);
    const { email, password } = await body(c, validateLogin);
    const result = await auth.logIn(email.trim().toLowerCase(), password, d.clientOf(c));
    if (!result.ok) {
      // Only a known account's refusal is audited: junk e-mails would fill the log with strangers' text.
      if (result.account) await audit(result.account, 'staff.login_refused', result.account.agencyId, null, null, null);
      fail(401, 'unauthorized', { detail: 'E-mail atau kata sandi salah.' });
    }
    await audit(result.account, 'staff.login', result.account.agencyId, null, null, null);
    auth.setSessionCookie(c, result.secret);
    return c.json(sessionAnswer(result.account, result.session.csrfToken, result.session.createdMs));
  });

  api.get('/staff/session', async (c) => {
    const current = await auth.currentSession(c);
    if (!current) fail(401, 'unauthorized');
    return c.json(sessionAnswer(current.account, current.session.csrfToken, current.session.createdMs));
  });

  api.post('/staff/logout', async (c) => {
    const p = await auth.principal(c);
    if (!p.session) fail(401, 'unauthorized');
    await auth.logOut(p.session);
    await audit(p, 'staff.logout', p.agencyId, null, null, null);
    auth.clearSessionCookie(c);
    return c.body(null, 204);
  });

  // Accounts.
  api.get('/staff/accounts', async (c) => {
    const scope = scopeOf(await auth.principal(c), 'staff');
    const items = (await staff.listStaff(scope)).map(publicAccount);
    return c.json({ items, total: items.length });
  });

  const validateNewAccount = schemaValidator<Schema<'StaffAccountNew'>>('StaffAccountNew');
  api.post('/staff/accounts', async (c) => {
    const p = await auth.principal(c);
    const request = await body(c, validateNewAccount);
    const agencyId = request.agencyId ?? null;
    authorize(p, 'staff', agencyId ?? (p.role === 'mpp_admin' ? null : p.agencyId));
    if (!mayGrant(p, request.role, agencyId)) fail(403, 'forbidden');
    const problem = roleProblem(request.role, agencyId, knownAgency);
    if (problem) invalid('agencyId', problem);
    const weak = passwordProblem(request.password);
    if (weak) invalid('password', weak);
    const t = at();
    const record: StaffRecord = {
      id: newId('stf'),
      email: request.email.trim().toLowerCase(),
      name: request.name.trim(),
      role: request.role,
      agencyId,
      passwordHash: await hashPassword(request.password),
      disabled: false,
      createdAt: t,
      updatedAt: t,
    };
    const added = await staff.addStaff(
      record,
      entry(p, 'staff.create', agencyId, record.id, null, publicAccount(record)),
    );
    if (!added) fail(409, 'conflict', { detail: 'E-mail ini sudah dipakai akun lain.' });
    return c.json(publicAccount(record), 201);
  });

  const validateChange = schemaValidator<Schema<'StaffAccountChange'>>('StaffAccountChange');
  api.patch('/staff/accounts/:staffId', async (c) => {
    const p = await auth.principal(c);
    const change = await body(c, validateChange);
    const target = await staff.staffById(c.req.param('staffId'));
    if (!target) fail(404, 'not_found');
    const self = target.id === p.id && p.kind === 'staff';
    // Nobody changes their own role, agency or standing — whatever they send; their name and password they may.
    if (self && (change.role !== undefined || change.agencyId !== undefined || change.disabled !== undefined))
      fail(403, 'forbidden', { detail: 'Peran, instansi dan status akun sendiri diubah oleh administrator lain.' });
    if (!self) authorize(p, 'staff', target.agencyId);
    const role = change.role ?? target.role;
    const agencyId = change.agencyId === undefined ? target.agencyId : change.agencyId;
    if ((role !== target.role || agencyId !== target.agencyId) && !mayGrant(p, role, agencyId)) fail(403, 'forbidden');
    const problem = roleProblem(role, agencyId, knownAgency);
    if (problem) invalid('agencyId', problem);
    let passwordHash: string | undefined;
    if (change.password !== undefined) {
      const weak = passwordProblem(change.password);
      if (weak) invalid('password', weak);
      if (self && !(await verifyPassword(change.currentPassword ?? '', target.passwordHash)))
        invalid('currentPassword', 'Kata sandi saat ini salah.');
      passwordHash = await hashPassword(change.password);
    }
    const endSessions =
      role !== target.role || agencyId !== target.agencyId || change.disabled === true || passwordHash !== undefined;
    const updated = await staff.updateStaff(
      target.id,
      { name: change.name?.trim(), role, agencyId, disabled: change.disabled, passwordHash },
      at(),
      (before, after) =>
        entry(p, 'staff.update', after.agencyId ?? before.agencyId, target.id, publicAccount(before), {
          ...publicAccount(after),
          passwordChanged: passwordHash !== undefined,
        }),
      endSessions,
    );
    if (!updated) fail(404, 'not_found');
    return c.json(publicAccount(updated));
  });

  // API keys.
  api.get('/staff/api-keys', async (c) => {
    const scope = scopeOf(await auth.principal(c), 'keys');
    const items = (await staff.listApiKeys(scope)).map(publicKey);
    return c.json({ items, total: items.length });
  });

  const validateNewKey = schemaValidator<Schema<'ApiKeyNew'>>('ApiKeyNew');
  api.post('/staff/api-keys', async (c) => {
    const p = await auth.principal(c);
    const request = await body(c, validateNewKey);
    authorize(p, 'keys', request.agencyId);
    if (!knownAgency(request.agencyId)) invalid('agencyId', 'Instansi tidak dikenal.');
    const { key, keyHash } = newApiKey();
    const record: ApiKeyRecord = {
      id: newId('key'),
      name: request.name.trim(),
      keyHash,
      agencyId: request.agencyId,
      role: request.role,
      createdBy: p.label,
      createdAt: at(),
      revokedAt: null,
    };
    await staff.addApiKey(record, entry(p, 'api_key.issue', record.agencyId, record.id, null, publicKey(record)));
    return c.json({ ...publicKey(record), key }, 201);
  });

  api.post('/staff/api-keys/:keyId/revoke', async (c) => {
    const p = await auth.principal(c);
    const found = await staff.apiKeyById(c.req.param('keyId'));
    if (!found) fail(404, 'not_found');
    authorize(p, 'keys', found.agencyId);
    const revoked = await staff.revokeApiKey(found.id, at(), (before) =>
      entry(p, 'api_key.revoke', before.agencyId, before.id, publicKey(before), {
        ...publicKey(before),
        revokedAt: at(),
      }),
    );
    return c.json(publicKey(revoked!));
  });

  // The audit log.
  api.get('/staff/audit', async (c) => {
    const p = await auth.principal(c);
    const scope = scopeOf(p, 'audit');
    const agencyId = c.req.query('agencyId');
    if (agencyId !== undefined) authorize(p, 'audit', agencyId);
    const limit = Number(c.req.query('limit') ?? 50);
    const before = c.req.query('before');
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) invalid('limit', 'Batas 1 sampai 200.');
    if (before !== undefined && !/^[1-9]\d{0,15}$/.test(before)) invalid('before', 'Nomor urut tidak sah.');
    const from = c.req.query('from');
    const to = c.req.query('to');
    const actor = c.req.query('actor');
    const action = c.req.query('action');
    if (from !== undefined && !isCalendarDate(from)) invalid('from', 'Gunakan tanggal YYYY-MM-DD.');
    if (to !== undefined && !isCalendarDate(to)) invalid('to', 'Gunakan tanggal YYYY-MM-DD.');
    if (actor !== undefined && (actor.length < 1 || actor.length > 254)) invalid('actor', 'Pelaku 1 sampai 254 huruf.');
    if (action !== undefined && !/^[a-z_]+(\.[a-z_]*)?$/.test(action)) invalid('action', 'Tindakan tidak dikenal.');
    const items = await staff.audit({
      agencyId: agencyId ?? scope,
      beforeSeq: before === undefined ? undefined : Number(before),
      limit,
      from,
      to,
      actor,
      action,
    });
    return c.json({ items, next: items.length === limit ? items.at(-1)!.seq : null });
  });

  // The catalogue (server/staff/catalogue-routes.ts).
  mountCatalogue(api, {
    catalogueStore: d.catalogueStore,
    catalogue,
    principal: (c) => auth.principal(c),
    body,
    entry,
    at,
    today: () => clock.dateOf(now()),
  });

  // Sessions, quotas, the window's opening hour, closed days (schedule-routes.ts).
  mountSchedule(api, { ...d, auth, entry, at, invalid, knownAgency });

  const context: StaffContext = { ...d, auth, entry, at, invalid };
  mountCounter(api, context);
  mountReports(api, context);
  mountPrivacy(api, context);
}
