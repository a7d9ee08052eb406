// Who is asking: a session cookie (staff pages) or an API key (agency systems). Log-in with throttling, sessions with
// idle and absolute expiry, the CSRF token and Origin check on every unsafe method of a cookie session, log-out.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { ServerConfig } from '../config.js';
import { fail } from '../problems.js';
import type { StaffRecord, StaffSessionRecord, StaffStore } from '../store/staff-types.js';
import { decoyHash, verifyPassword } from './passwords.js';
import type { Principal } from './policy.js';

/** The header that carries the session's CSRF token on unsafe methods. */
export const CSRF_HEADER = 'X-CSRF-Token';
/** API keys start with this, so a leaked one is recognisable (secret scanners) and never mistaken for a session. */
export const API_KEY_PREFIX = 'mppk_';

/** Failed log-ins counted per window; past `ACCOUNT_CAP` (per e-mail) or `ADDRESS_CAP` (per address) the door shuts. */
const FAILURE_WINDOW_MS = 15 * 60_000;
const ACCOUNT_CAP = 10;
const ADDRESS_CAP = 50;
/**
 * After an account's 3rd failure its next try waits 2^(n-3) seconds (1, 2, 4, … s). An address (an office behind
 * one NAT, many staff) has no such delay, only its cap.
 */
const FREE_TRIES = 3;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const token = () => randomBytes(32).toString('base64url');
const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The principal of a staff account. */
export const staffPrincipal = (s: StaffRecord): Principal => ({
  kind: 'staff',
  id: s.id,
  label: s.email,
  role: s.role,
  agencyId: s.agencyId,
});

/** The request's host name as the client addressed it (the Host header, without the port). */
const hostOf = (c: Context) => (c.req.header('Host') ?? new URL(c.req.url).host).replace(/:\d+$/, '').toLowerCase();

export function createStaffAuth({
  staff,
  config,
  now,
}: {
  staff: StaffStore;
  config: ServerConfig;
  now: () => number;
}) {
  /**
   * `Secure` unless the request is plain HTTP to a loopback name (a developer's own machine), or always when
   * `MPP_COOKIE_SECURE=always`. Behind a TLS proxy the Host is the public name, so the cookie is Secure.
   */
  const secure = (c: Context) =>
    config.cookieSecure === 'always' || new URL(c.req.url).protocol === 'https:' || !LOOPBACK.has(hostOf(c));
  /** `__Host-` binds the cookie to this host, path `/` and HTTPS (browsers refuse it without Secure). */
  const cookieName = (c: Context) => (secure(c) ? '__Host-mpp_staff' : 'mpp_staff');

  const cookie = (c: Context, value: string, maxAgeSeconds: number) =>
    [
      `${cookieName(c)}=${value}`,
      'Path=/',
      `Max-Age=${maxAgeSeconds}`,
      'HttpOnly',
      'SameSite=Strict',
      ...(secure(c) ? ['Secure'] : []),
    ].join('; ');

  const sessionSecret = (c: Context) => {
    const name = cookieName(c);
    for (const part of (c.req.header('Cookie') ?? '').split(';')) {
      const [k, ...v] = part.trim().split('=');
      if (k === name) return v.join('=');
    }
    return undefined;
  };

  const idleMs = config.staffIdleMinutes * 60_000;
  const absoluteMs = config.staffSessionHours * 3_600_000;
  const expired = (s: StaffSessionRecord, t: number) => t - s.lastSeenMs >= idleMs || t - s.createdMs >= absoluteMs;

  /** Seconds to wait before `key` may try again; 0 when it may now. */
  async function waitOf(key: string, cap: number, t: number, delayed: boolean): Promise<number> {
    const f = await staff.loginFailures(key);
    if (!f || t - f.firstMs >= FAILURE_WINDOW_MS) return 0;
    if (f.count >= cap) return Math.ceil((f.firstMs + FAILURE_WINDOW_MS - t) / 1000);
    if (!delayed || f.count < FREE_TRIES) return 0;
    const until = f.lastMs + Math.min(2 ** (f.count - FREE_TRIES) * 1000, FAILURE_WINDOW_MS);
    return until > t ? Math.ceil((until - t) / 1000) : 0;
  }

  /**
   * Checks an e-mail and password. The same answer (401, or 429 with Retry-After while throttled) whether or not
   * the account exists, after the same scrypt work, so neither the answer nor its time tells accounts apart.
   */
  async function logIn(email: string, password: string, address: string) {
    const t = now();
    const keys = [`account:${email}`, `address:${address}`] as const;
    const wait = Math.max(await waitOf(keys[0], ACCOUNT_CAP, t, true), await waitOf(keys[1], ADDRESS_CAP, t, false));
    if (wait > 0)
      fail(429, 'rate_limited', { detail: `Coba lagi dalam ${wait} detik.` }, { 'Retry-After': String(wait) });
    const account = await staff.staffByEmail(email);
    const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
    if (!account || !matches || account.disabled) {
      for (const key of keys) await staff.noteLoginFailure(key, t, FAILURE_WINDOW_MS);
      return { ok: false as const, account };
    }
    await staff.clearLoginFailures(keys[0]);
    const secret = token();
    const session: StaffSessionRecord = {
      idHash: sha256(secret),
      staffId: account.id,
      csrfToken: token(),
      createdMs: t,
      lastSeenMs: t,
    };
    await staff.addSession(session);
    return { ok: true as const, account, session, secret };
  }

  /** Answers with the session cookie set (a new session id at every log-in: no fixation). */
  const setSessionCookie = (c: Context, secret: string) =>
    c.header('Set-Cookie', cookie(c, secret, Math.floor(absoluteMs / 1000)), { append: true });
  const clearSessionCookie = (c: Context) => c.header('Set-Cookie', cookie(c, '', 0), { append: true });

  /**
   * An unsafe request from a browser must come from this host: its `Origin` (or, without one, `Sec-Fetch-Site`)
   * says where the page that sent it lives. A client that sends neither is not a browser, so no CSRF can ride on it.
   */
  function checkOrigin(c: Context) {
    const origin = c.req.header('Origin');
    if (origin !== undefined) {
      let host: string;
      try {
        host = new URL(origin).host.replace(/:\d+$/, '').toLowerCase();
      } catch {
        host = '';
      }
      if (host !== hostOf(c)) fail(403, 'forbidden', { detail: 'Permintaan dari situs lain ditolak.' });
    } else {
      const site = c.req.header('Sec-Fetch-Site');
      if (site !== undefined && site !== 'same-origin' && site !== 'none')
        fail(403, 'forbidden', { detail: 'Permintaan dari situs lain ditolak.' });
    }
  }

  /** The signed-in session of the request, checked; undefined when there is none (or it expired). */
  async function currentSession(c: Context) {
    const secret = sessionSecret(c);
    if (!secret) return undefined;
    const session = await staff.session(sha256(secret));
    if (!session) return undefined;
    const t = now();
    if (expired(session, t)) {
      await staff.deleteSession(session.idHash);
      return undefined;
    }
    const account = await staff.staffById(session.staffId);
    if (!account || account.disabled) return undefined;
    // Writing the last use once a minute is enough for a 30-minute idle limit, and spares a write per request.
    if (t - session.lastSeenMs >= 60_000) await staff.touchSession(session.idHash, t);
    return { session, account };
  }

  /**
   * The principal of a request, or 401: an API key in `Authorization: Bearer mppk_…` (revoked: 401), else the session
   * cookie. A cookie session's unsafe request also needs the CSRF header and a same-site Origin (else 403).
   */
  async function principal(c: Context): Promise<Principal & { session?: StaffSessionRecord }> {
    const authorization = c.req.header('Authorization');
    if (authorization !== undefined) {
      const key = /^Bearer +(mppk_[A-Za-z0-9_-]{20,200})$/i.exec(authorization)?.[1];
      const record = key ? await staff.apiKeyByHash(sha256(key)) : undefined;
      if (!record || record.revokedAt) fail(401, 'unauthorized');
      return { kind: 'api_key', id: record.id, label: record.name, role: record.role, agencyId: record.agencyId };
    }
    const current = await currentSession(c);
    if (!current) fail(401, 'unauthorized');
    if (!SAFE_METHODS.has(c.req.method)) {
      checkOrigin(c);
      const given = c.req.header(CSRF_HEADER) ?? '';
      if (!sameText(given, current.session.csrfToken))
        fail(403, 'forbidden', { detail: `Header ${CSRF_HEADER} tidak ada atau tidak cocok.` });
    }
    return { ...staffPrincipal(current.account), session: current.session };
  }

  return {
    logIn,
    principal,
    currentSession,
    checkOrigin,
    setSessionCookie,
    clearSessionCookie,
    logOut: (s: StaffSessionRecord) => staff.deleteSession(s.idHash),
  };
}

export type StaffAuth = ReturnType<typeof createStaffAuth>;

/** A new API key: `mppk_` + 32 random bytes; only its SHA-256 is kept (a random key needs no slow hash). */
export function newApiKey() {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, keyHash: sha256(key) };
}
