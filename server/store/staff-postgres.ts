// The staff store on PostgreSQL (the tables of staff-schema.ts), on the booking store's pool. Instances share it,
// so sessions, failed log-ins and revocations hold across every instance at once.
import type pg from 'pg';
import { applyChange, auditParams, toAudit, toKey, toStaff } from './staff-sqlite.js';
import type {
  ApiKeyRecord,
  AuditEntry,
  AuditQuery,
  StaffChange,
  StaffRecord,
  StaffRole,
  StaffSessionRecord,
  StaffStore,
} from './staff-types.js';

export const APPEND = `INSERT INTO staff_audit (at, actor_kind, actor_id, actor_label, action, agency_id, target, before, after)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

export class PostgresStaffStore implements StaffStore {
  constructor(private readonly pool: pg.Pool) {}

  private async transaction<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const value = await work(c);
      await c.query('COMMIT');
      return value;
    } catch (error) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      c.release();
    }
  }

  private async one<R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R | undefined> {
    return (await this.pool.query<R>(sql, params)).rows[0];
  }

  async countActive(role: StaffRole) {
    const row = await this.one<{ n: number }>(
      'SELECT COUNT(*)::int AS n FROM staff_accounts WHERE role = $1 AND NOT disabled',
      [role],
    );
    return row!.n;
  }

  async addStaff(r: StaffRecord, audit: AuditEntry) {
    return this.transaction(async (c) => {
      const { rowCount } = await c.query(
        `INSERT INTO staff_accounts (id, email, name, role, agency_id, password_hash, disabled, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (email) DO NOTHING`,
        [r.id, r.email, r.name, r.role, r.agencyId, r.passwordHash, r.disabled, r.createdAt, r.updatedAt],
      );
      if (rowCount) await c.query(APPEND, auditParams(audit));
      return rowCount === 1;
    });
  }

  async staffById(id: string) {
    const row = await this.one<Parameters<typeof toStaff>[0]>('SELECT * FROM staff_accounts WHERE id = $1', [id]);
    return row && toStaff(row);
  }

  async staffByEmail(email: string) {
    const row = await this.one<Parameters<typeof toStaff>[0]>('SELECT * FROM staff_accounts WHERE email = $1', [email]);
    return row && toStaff(row);
  }

  async listStaff(agencyId?: string) {
    const { rows } = await this.pool.query<Parameters<typeof toStaff>[0]>(
      'SELECT * FROM staff_accounts WHERE $1::text IS NULL OR agency_id = $1 ORDER BY created_at, id',
      [agencyId ?? null],
    );
    return rows.map(toStaff);
  }

  async updateStaff(
    id: string,
    change: StaffChange,
    at: string,
    audit: (before: StaffRecord, after: StaffRecord) => AuditEntry,
    endSessions: boolean,
  ) {
    return this.transaction(async (c) => {
      const { rows } = await c.query<Parameters<typeof toStaff>[0]>(
        'SELECT * FROM staff_accounts WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!rows[0]) return undefined;
      const before = toStaff(rows[0]);
      const after = applyChange(before, change, at);
      await c.query(
        `UPDATE staff_accounts SET name = $1, role = $2, agency_id = $3, password_hash = $4, disabled = $5,
         updated_at = $6 WHERE id = $7`,
        [after.name, after.role, after.agencyId, after.passwordHash, after.disabled, at, id],
      );
      if (endSessions) await c.query('DELETE FROM staff_sessions WHERE staff_id = $1', [id]);
      await c.query(APPEND, auditParams(audit(before, after)));
      return after;
    });
  }

  async addSession(s: StaffSessionRecord) {
    await this.pool.query(
      'INSERT INTO staff_sessions (id_hash, staff_id, csrf_token, created_ms, last_seen_ms) VALUES ($1, $2, $3, $4, $5)',
      [s.idHash, s.staffId, s.csrfToken, s.createdMs, s.lastSeenMs],
    );
  }

  async session(idHash: string) {
    const r = await this.one<{
      id_hash: string;
      staff_id: string;
      csrf_token: string;
      created_ms: number;
      last_seen_ms: number;
    }>('SELECT * FROM staff_sessions WHERE id_hash = $1', [idHash]);
    return (
      r && {
        idHash: r.id_hash,
        staffId: r.staff_id,
        csrfToken: r.csrf_token,
        createdMs: Number(r.created_ms),
        lastSeenMs: Number(r.last_seen_ms),
      }
    );
  }

  async touchSession(idHash: string, lastSeenMs: number) {
    await this.pool.query('UPDATE staff_sessions SET last_seen_ms = $1 WHERE id_hash = $2', [lastSeenMs, idHash]);
  }

  async deleteSession(idHash: string) {
    await this.pool.query('DELETE FROM staff_sessions WHERE id_hash = $1', [idHash]);
  }

  async loginFailures(key: string) {
    const r = await this.one<{ count: number; first_ms: number; last_ms: number }>(
      'SELECT count, first_ms, last_ms FROM staff_login_failures WHERE key = $1',
      [key],
    );
    return r && { count: r.count, firstMs: Number(r.first_ms), lastMs: Number(r.last_ms) };
  }

  async noteLoginFailure(key: string, atMs: number, windowMs: number) {
    // One statement: concurrent failures under one key each count (the row lock orders them).
    const r = await this.one<{ count: number; first_ms: number; last_ms: number }>(
      `INSERT INTO staff_login_failures AS f (key, count, first_ms, last_ms) VALUES ($1, 1, $2, $2)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN f.first_ms <= $2 - $3 THEN 1 ELSE f.count + 1 END,
         first_ms = CASE WHEN f.first_ms <= $2 - $3 THEN $2 ELSE f.first_ms END,
         last_ms = $2
       RETURNING count, first_ms, last_ms`,
      [key, atMs, windowMs],
    );
    return { count: r!.count, firstMs: Number(r!.first_ms), lastMs: Number(r!.last_ms) };
  }

  async clearLoginFailures(key: string) {
    await this.pool.query('DELETE FROM staff_login_failures WHERE key = $1', [key]);
  }

  async addApiKey(k: ApiKeyRecord, audit: AuditEntry) {
    await this.transaction(async (c) => {
      await c.query(
        `INSERT INTO staff_api_keys (id, name, key_hash, agency_id, role, created_by, created_at, revoked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)`,
        [k.id, k.name, k.keyHash, k.agencyId, k.role, k.createdBy, k.createdAt],
      );
      await c.query(APPEND, auditParams(audit));
    });
  }

  async apiKeyByHash(keyHash: string) {
    const row = await this.one<Parameters<typeof toKey>[0]>('SELECT * FROM staff_api_keys WHERE key_hash = $1', [
      keyHash,
    ]);
    return row && toKey(row);
  }

  async apiKeyById(id: string) {
    const row = await this.one<Parameters<typeof toKey>[0]>('SELECT * FROM staff_api_keys WHERE id = $1', [id]);
    return row && toKey(row);
  }

  async listApiKeys(agencyId?: string) {
    const { rows } = await this.pool.query<Parameters<typeof toKey>[0]>(
      'SELECT * FROM staff_api_keys WHERE $1::text IS NULL OR agency_id = $1 ORDER BY created_at, id',
      [agencyId ?? null],
    );
    return rows.map(toKey);
  }

  async revokeApiKey(id: string, at: string, audit: (before: ApiKeyRecord) => AuditEntry) {
    return this.transaction(async (c) => {
      const { rows } = await c.query<Parameters<typeof toKey>[0]>(
        'SELECT * FROM staff_api_keys WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!rows[0]) return undefined;
      const before = toKey(rows[0]);
      if (before.revokedAt) return before;
      await c.query('UPDATE staff_api_keys SET revoked_at = $1 WHERE id = $2', [at, id]);
      await c.query(APPEND, auditParams(audit(before)));
      return { ...before, revokedAt: at };
    });
  }

  async appendAudit(entry: AuditEntry) {
    await this.pool.query(APPEND, auditParams(entry));
  }

  async audit({ agencyId, beforeSeq, limit, from, to, actor, action }: AuditQuery) {
    const { rows } = await this.pool.query<Parameters<typeof toAudit>[0]>(
      `SELECT * FROM staff_audit WHERE ($1::text IS NULL OR agency_id = $1) AND ($2::bigint IS NULL OR seq < $2)
         AND ($4::text IS NULL OR left(at, 10) >= $4) AND ($5::text IS NULL OR left(at, 10) <= $5)
         AND ($6::text IS NULL OR actor_label = $6)
         AND ($7::text IS NULL OR action = $7 OR (right($7, 1) = '.' AND starts_with(action, $7)))
       ORDER BY seq DESC LIMIT $3`,
      [agencyId ?? null, beforeSeq ?? null, limit, from ?? null, to ?? null, actor ?? null, action ?? null],
    );
    return rows.map((r) => toAudit(r, (v) => v ?? null));
  }
}
