// The staff store interface, beside BookingStore: accounts, sessions, failed log-ins, API keys and the audit log.
// Every change to an account or a key is written in one transaction with its audit entry.

/** The four roles (docs/staff.md says what each may do). */
export type StaffRole = 'mpp_admin' | 'agency_admin' | 'officer' | 'viewer';
export const STAFF_ROLES: readonly StaffRole[] = ['mpp_admin', 'agency_admin', 'officer', 'viewer'];

/** An account as stored; `passwordHash` never leaves the server. */
export interface StaffRecord {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** The agency the account belongs to; null for an MPP administrator (and a viewer of every agency). */
  agencyId: string | null;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What may change on an account. */
export type StaffChange = Partial<Pick<StaffRecord, 'name' | 'role' | 'agencyId' | 'passwordHash' | 'disabled'>>;

/** A signed-in session; the cookie holds a secret whose SHA-256 is `idHash`. */
export interface StaffSessionRecord {
  idHash: string;
  staffId: string;
  csrfToken: string;
  createdMs: number;
  lastSeenMs: number;
}

/** An API key as stored: its SHA-256, never the key. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  keyHash: string;
  agencyId: string;
  role: 'officer' | 'viewer';
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Failed log-ins under one key (an account's e-mail or a client address) in the current window. */
export interface LoginFailures {
  count: number;
  firstMs: number;
  lastMs: number;
}

/** One staff action: who, when, what, the state before and after (never a NIK, a phone or a password hash). */
export interface AuditEntry {
  at: string;
  actorKind: 'staff' | 'api_key' | 'system';
  actorId: string;
  actorLabel: string;
  action: string;
  agencyId: string | null;
  target: string | null;
  before: unknown;
  after: unknown;
}

export type StoredAuditEntry = AuditEntry & { seq: number };

/** What the audit log is read by. */
export interface AuditQuery {
  agencyId?: string;
  beforeSeq?: number;
  limit: number;
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
}

export interface StaffStore {
  /** Accounts that can sign in with a role, e.g. active MPP administrators (for `npm start`'s first-run hint). */
  countActive(role: StaffRole): Promise<number>;
  /** Creates an account with its audit entry; answers false (nothing written) when the e-mail is taken. */
  addStaff(record: StaffRecord, audit: AuditEntry): Promise<boolean>;
  staffById(id: string): Promise<StaffRecord | undefined>;
  staffByEmail(email: string): Promise<StaffRecord | undefined>;
  /** Accounts, of one agency when given, in creation order. */
  listStaff(agencyId?: string): Promise<StaffRecord[]>;
  /** Changes an account with its audit entry (built from the account before and after); ends its sessions when asked. */
  updateStaff(
    id: string,
    change: StaffChange,
    at: string,
    audit: (before: StaffRecord, after: StaffRecord) => AuditEntry,
    endSessions: boolean,
  ): Promise<StaffRecord | undefined>;

  addSession(session: StaffSessionRecord): Promise<void>;
  session(idHash: string): Promise<StaffSessionRecord | undefined>;
  touchSession(idHash: string, lastSeenMs: number): Promise<void>;
  deleteSession(idHash: string): Promise<void>;

  loginFailures(key: string): Promise<LoginFailures | undefined>;
  /** Counts one failure under `key`, starting a new window when the last one began `windowMs` or more ago. */
  noteLoginFailure(key: string, atMs: number, windowMs: number): Promise<LoginFailures>;
  clearLoginFailures(key: string): Promise<void>;

  addApiKey(record: ApiKeyRecord, audit: AuditEntry): Promise<void>;
  apiKeyByHash(keyHash: string): Promise<ApiKeyRecord | undefined>;
  apiKeyById(id: string): Promise<ApiKeyRecord | undefined>;
  listApiKeys(agencyId?: string): Promise<ApiKeyRecord[]>;
  /** Revokes a key with its audit entry; answers the key after (unchanged when it was revoked already). */
  revokeApiKey(id: string, at: string, audit: (before: ApiKeyRecord) => AuditEntry): Promise<ApiKeyRecord | undefined>;

  /** Appends to the audit log (there is no other way to write it, and no way to change or remove an entry). */
  appendAudit(entry: AuditEntry): Promise<void>;
  /**
   * Newest first: entries before `beforeSeq`, of one agency when given, at most `limit`; narrowed to the local dates
   * `from` … `to` (inclusive), an actor (its e-mail or key name, exactly) and an action (exactly, or every action
   * under a prefix written `booking.`) when given.
   */
  audit(query: AuditQuery): Promise<StoredAuditEntry[]>;
}
