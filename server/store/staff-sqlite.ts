// The staff store on SQLite (the tables of staff-schema.ts), sharing the booking store's connection.
import type Database from 'better-sqlite3';
import type {
  ApiKeyRecord,
  AuditEntry,
  AuditQuery,
  LoginFailures,
  StaffChange,
  StaffRecord,
  StaffRole,
  StaffSessionRecord,
  StaffStore,
  StoredAuditEntry,
} from './staff-types.js';

interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  agency_id: string | null;
  password_hash: string;
  disabled: number | boolean;
  created_at: string;
  updated_at: string;
}
interface KeyRow {
  id: string;
  name: string;
  key_hash: string;
  agency_id: string;
  role: 'officer' | 'viewer';
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}
interface AuditRow {
  seq: number;
  at: string;
  actor_kind: AuditEntry['actorKind'];
  actor_id: string;
  actor_label: string;
  action: string;
  agency_id: string | null;
  target: string | null;
  before: unknown;
  after: unknown;
}

export const toStaff = (r: StaffRow): StaffRecord => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  agencyId: r.agency_id,
  passwordHash: r.password_hash,
  disabled: Boolean(r.disabled),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
export const toKey = (r: KeyRow): ApiKeyRecord => ({
  id: r.id,
  name: r.name,
  keyHash: r.key_hash,
  agencyId: r.agency_id,
  role: r.role,
  createdBy: r.created_by,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});
/** `json` turns a stored JSON text into a value (SQLite keeps text; PostgreSQL's json arrives parsed). */
export const toAudit = (r: AuditRow, json: (v: unknown) => unknown): StoredAuditEntry => ({
  seq: Number(r.seq),
  at: r.at,
  actorKind: r.actor_kind,
  actorId: r.actor_id,
  actorLabel: r.actor_label,
  action: r.action,
  agencyId: r.agency_id,
  target: r.target,
  before: json(r.before),
  after: json(r.after),
});
export const auditParams = (e: AuditEntry) => [
  e.at,
  e.actorKind,
  e.actorId,
  e.actorLabel,
  e.action,
  e.agencyId,
  e.target,
  e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
  e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
];
export const applyChange = (before: StaffRecord, change: StaffChange, at: string): StaffRecord => ({
  ...before,
  ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
  updatedAt: at,
});
const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : null);

export class SqliteStaffStore implements StaffStore {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    const p = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
    this.q = {
      countActive: p<{ n: number }>('SELECT COUNT(*) AS n FROM staff_accounts WHERE role = ? AND disabled = 0'),
      addStaff:
        p(`INSERT INTO staff_accounts (id, email, name, role, agency_id, password_hash, disabled, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING`),
      staffById: p<StaffRow>('SELECT * FROM staff_accounts WHERE id = ?'),
      staffByEmail: p<StaffRow>('SELECT * FROM staff_accounts WHERE email = ?'),
      allStaff: p<StaffRow>('SELECT * FROM staff_accounts ORDER BY rowid'),
      agencyStaff: p<StaffRow>('SELECT * FROM staff_accounts WHERE agency_id = ? ORDER BY rowid'),
      updateStaff: p(`UPDATE staff_accounts SET name = ?, role = ?, agency_id = ?, password_hash = ?, disabled = ?,
        updated_at = ? WHERE id = ?`),
      addSession: p(
        'INSERT INTO staff_sessions (id_hash, staff_id, csrf_token, created_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?)',
      ),
      session: p<{ id_hash: string; staff_id: string; csrf_token: string; created_ms: number; last_seen_ms: number }>(
        'SELECT * FROM staff_sessions WHERE id_hash = ?',
      ),
      touchSession: p('UPDATE staff_sessions SET last_seen_ms = ? WHERE id_hash = ?'),
      deleteSession: p('DELETE FROM staff_sessions WHERE id_hash = ?'),
      deleteSessionsOf: p('DELETE FROM staff_sessions WHERE staff_id = ?'),
      failures: p<{ count: number; first_ms: number; last_ms: number }>(
        'SELECT count, first_ms, last_ms FROM staff_login_failures WHERE key = ?',
      ),
      noteFailure: p<{
        count: number;
        first_ms: number;
        last_ms: number;
      }>(`INSERT INTO staff_login_failures (key, count, first_ms, last_ms)
        VALUES (@key, 1, @at, @at)
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN first_ms <= @at - @window THEN 1 ELSE count + 1 END,
          first_ms = CASE WHEN first_ms <= @at - @window THEN @at ELSE first_ms END,
          last_ms = @at
        RETURNING count, first_ms, last_ms`),
      clearFailures: p('DELETE FROM staff_login_failures WHERE key = ?'),
      addKey: p(`INSERT INTO staff_api_keys (id, name, key_hash, agency_id, role, created_by, created_at, revoked_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, NULL)`),
      keyByHash: p<KeyRow>('SELECT * FROM staff_api_keys WHERE key_hash = ?'),
      keyById: p<KeyRow>('SELECT * FROM staff_api_keys WHERE id = ?'),
      allKeys: p<KeyRow>('SELECT * FROM staff_api_keys ORDER BY rowid'),
      agencyKeys: p<KeyRow>('SELECT * FROM staff_api_keys WHERE agency_id = ? ORDER BY rowid'),
      revokeKey: p('UPDATE staff_api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      append:
        p(`INSERT INTO staff_audit (at, actor_kind, actor_id, actor_label, action, agency_id, target, before, after)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      // `at` is local ISO text: its first ten characters are the MPP's date.
      audit: p<AuditRow>(`SELECT * FROM staff_audit WHERE (@agency IS NULL OR agency_id = @agency)
        AND (@before IS NULL OR seq < @before) AND (@from IS NULL OR substr(at, 1, 10) >= @from)
        AND (@to IS NULL OR substr(at, 1, 10) <= @to) AND (@actor IS NULL OR actor_label = @actor)
        AND (@action IS NULL OR action = @action OR (substr(@action, -1) = '.' AND substr(action, 1, length(@action)) = @action))
        ORDER BY seq DESC LIMIT @limit`),
    };
  }

  async countActive(role: StaffRole) {
    return this.q.countActive.get(role)!.n;
  }

  async addStaff(r: StaffRecord, audit: AuditEntry) {
    return this.db
      .transaction(() => {
        const added = this.q.addStaff.run(
          r.id,
          r.email,
          r.name,
          r.role,
          r.agencyId,
          r.passwordHash,
          r.disabled ? 1 : 0,
          r.createdAt,
          r.updatedAt,
        ).changes;
        if (added) this.q.append.run(...auditParams(audit));
        return added === 1;
      })
      .immediate();
  }

  async staffById(id: string) {
    const row = this.q.staffById.get(id);
    return row && toStaff(row);
  }

  async staffByEmail(email: string) {
    const row = this.q.staffByEmail.get(email);
    return row && toStaff(row);
  }

  async listStaff(agencyId?: string) {
    return (agencyId === undefined ? this.q.allStaff.all() : this.q.agencyStaff.all(agencyId)).map(toStaff);
  }

  async updateStaff(
    id: string,
    change: StaffChange,
    at: string,
    audit: (before: StaffRecord, after: StaffRecord) => AuditEntry,
    endSessions: boolean,
  ) {
    return this.db
      .transaction(() => {
        const row = this.q.staffById.get(id);
        if (!row) return undefined;
        const before = toStaff(row);
        const after = applyChange(before, change, at);
        this.q.updateStaff.run(
          after.name,
          after.role,
          after.agencyId,
          after.passwordHash,
          after.disabled ? 1 : 0,
          at,
          id,
        );
        if (endSessions) this.q.deleteSessionsOf.run(id);
        this.q.append.run(...auditParams(audit(before, after)));
        return after;
      })
      .immediate();
  }

  async addSession(s: StaffSessionRecord) {
    this.q.addSession.run(s.idHash, s.staffId, s.csrfToken, s.createdMs, s.lastSeenMs);
  }

  async session(idHash: string) {
    const r = this.q.session.get(idHash);
    return (
      r && {
        idHash: r.id_hash,
        staffId: r.staff_id,
        csrfToken: r.csrf_token,
        createdMs: r.created_ms,
        lastSeenMs: r.last_seen_ms,
      }
    );
  }

  async touchSession(idHash: string, lastSeenMs: number) {
    this.q.touchSession.run(lastSeenMs, idHash);
  }

  async deleteSession(idHash: string) {
    this.q.deleteSession.run(idHash);
  }

  async loginFailures(key: string): Promise<LoginFailures | undefined> {
    const r = this.q.failures.get(key);
    return r && { count: r.count, firstMs: r.first_ms, lastMs: r.last_ms };
  }

  async noteLoginFailure(key: string, atMs: number, windowMs: number) {
    const r = this.q.noteFailure.get({ key, at: atMs, window: windowMs })!;
    return { count: r.count, firstMs: r.first_ms, lastMs: r.last_ms };
  }

  async clearLoginFailures(key: string) {
    this.q.clearFailures.run(key);
  }

  async addApiKey(k: ApiKeyRecord, audit: AuditEntry) {
    this.db
      .transaction(() => {
        this.q.addKey.run(k.id, k.name, k.keyHash, k.agencyId, k.role, k.createdBy, k.createdAt);
        this.q.append.run(...auditParams(audit));
      })
      .immediate();
  }

  async apiKeyByHash(keyHash: string) {
    const row = this.q.keyByHash.get(keyHash);
    return row && toKey(row);
  }

  async apiKeyById(id: string) {
    const row = this.q.keyById.get(id);
    return row && toKey(row);
  }

  async listApiKeys(agencyId?: string) {
    return (agencyId === undefined ? this.q.allKeys.all() : this.q.agencyKeys.all(agencyId)).map(toKey);
  }

  async revokeApiKey(id: string, at: string, audit: (before: ApiKeyRecord) => AuditEntry) {
    return this.db
      .transaction(() => {
        const row = this.q.keyById.get(id);
        if (!row) return undefined;
        if (this.q.revokeKey.run(at, id).changes) this.q.append.run(...auditParams(audit(toKey(row))));
        return toKey(this.q.keyById.get(id)!);
      })
      .immediate();
  }

  async appendAudit(entry: AuditEntry) {
    this.q.append.run(...auditParams(entry));
  }

  async audit({ agencyId, beforeSeq, limit, from, to, actor, action }: AuditQuery) {
    return this.q.audit
      .all({
        agency: agencyId ?? null,
        before: beforeSeq ?? null,
        limit,
        from: from ?? null,
        to: to ?? null,
        actor: actor ?? null,
        action: action ?? null,
      })
      .map((r) => toAudit(r, parse));
  }
}
