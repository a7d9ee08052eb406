// The staff side's tables (accounts, sessions, failed log-ins, API keys, the audit log), one migration per engine,
// appended to each engine's list. The audit log is append-only in the database itself: a trigger refuses UPDATE and
// DELETE (and, on PostgreSQL, TRUNCATE), so no code path — nor a mistaken query — can rewrite history.

/** SQLite: instants are milliseconds since the epoch (INTEGER), so expiry is a comparison. */
export const STAFF_SQLITE_MIGRATION = `
  CREATE TABLE staff_accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('mpp_admin', 'agency_admin', 'officer', 'viewer')),
    agency_id TEXT REFERENCES agencies(id),
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE staff_sessions (
    id_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff_accounts(id),
    csrf_token TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL
  );
  CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);
  CREATE TABLE staff_login_failures (
    key TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    first_ms INTEGER NOT NULL,
    last_ms INTEGER NOT NULL
  );
  CREATE TABLE staff_api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    agency_id TEXT NOT NULL REFERENCES agencies(id),
    role TEXT NOT NULL CHECK (role IN ('officer', 'viewer')),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE TABLE staff_audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_label TEXT NOT NULL,
    action TEXT NOT NULL,
    agency_id TEXT,
    target TEXT,
    before TEXT,
    after TEXT
  );
  CREATE INDEX staff_audit_agency ON staff_audit (agency_id, seq);
  CREATE TRIGGER staff_audit_no_update BEFORE UPDATE ON staff_audit
    BEGIN SELECT RAISE(ABORT, 'staff_audit is append-only'); END;
  CREATE TRIGGER staff_audit_no_delete BEFORE DELETE ON staff_audit
    BEGIN SELECT RAISE(ABORT, 'staff_audit is append-only'); END;
`;

/** PostgreSQL: the same tables; instants in milliseconds as BIGINT (read back as numbers by the pool). */
export const STAFF_POSTGRES_MIGRATION = `
  CREATE TABLE staff_accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('mpp_admin', 'agency_admin', 'officer', 'viewer')),
    agency_id TEXT REFERENCES agencies(id),
    password_hash TEXT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT false,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE staff_sessions (
    id_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff_accounts(id),
    csrf_token TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    last_seen_ms BIGINT NOT NULL
  );
  CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);
  CREATE TABLE staff_login_failures (
    key TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    first_ms BIGINT NOT NULL,
    last_ms BIGINT NOT NULL
  );
  CREATE TABLE staff_api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    agency_id TEXT NOT NULL REFERENCES agencies(id),
    role TEXT NOT NULL CHECK (role IN ('officer', 'viewer')),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE TABLE staff_audit (
    seq BIGSERIAL PRIMARY KEY,
    at TEXT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_label TEXT NOT NULL,
    action TEXT NOT NULL,
    agency_id TEXT,
    target TEXT,
    before JSON,
    after JSON
  );
  CREATE INDEX staff_audit_agency ON staff_audit (agency_id, seq);
  CREATE FUNCTION staff_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'staff_audit is append-only'; END $$;
  CREATE TRIGGER staff_audit_no_change BEFORE UPDATE OR DELETE ON staff_audit
    FOR EACH ROW EXECUTE FUNCTION staff_audit_append_only();
  CREATE TRIGGER staff_audit_no_truncate BEFORE TRUNCATE ON staff_audit
    FOR EACH STATEMENT EXECUTE FUNCTION staff_audit_append_only();
`;
