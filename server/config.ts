// Configuration of the reference server, all from the environment. Each variable is documented in the README.
import {
  DEFAULT_RULES,
  IKM_PUBLISH_MIN_RESPONDENTS,
  isSecondFactorKind,
  SECOND_FACTOR_KINDS,
  WIB_OFFSET_MINUTES,
  type BookingRules,
  type SecondFactorKind,
} from '../src/rules/index.js';
import { readRemoteSources, type RemoteSourceConfig } from './adapters/remote-config.js';

/** Everything the server reads from its environment. */
export interface ServerConfig {
  /** Agency systems applications are read from (MPP_APPLICATION_SOURCES), asked before the MPP's own store. */
  applicationSources: RemoteSourceConfig[];
  port: number;
  host: string;
  dbPath: string;
  /** `postgres://…` selects the PostgreSQL store; unset, the SQLite file at `dbPath` is the store. */
  databaseUrl: string | undefined;
  /** Origins allowed by CORS besides the server's own; `*` allows any (not for production). */
  allowedOrigins: string[];
  /**
   * Addresses of the reverse proxies in front of the server: a request from one of them is counted against the
   * address its `X-Forwarded-For` names (the right-most one that is not itself a proxy). Empty: the socket's peer.
   */
  trustedProxies: string[];
  /** Staff sessions end after this many minutes unused, and this many hours after log-in whatever the use. */
  staffIdleMinutes: number;
  staffSessionHours: number;
  /** `auto`: the session cookie is Secure except over plain HTTP to localhost; `always`: Secure everywhere. */
  cookieSecure: 'auto' | 'always';
  /** Requests per minute per client address; 0 switches a limit off. */
  rateLimitLookup: number;
  rateLimitBooking: number;
  /** Failed second factors (4 NIK digits) a booking code or application number takes per window; 0 is off. */
  secondFactorAttempts: number;
  secondFactorWindowMs: number;
  /** What a resident gives with a code (MPP_SECOND_FACTOR), announced by `GET /config`; default `nik_last4`. */
  secondFactor: SecondFactorKind;
  /** `redis://…`: the limits' counters live in Redis, shared by every instance; unset, in PostgreSQL or memory. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key this server writes (several deployments may share one Redis). */
  redisPrefix: string;
  /** Bearer token for GET /metrics; unset, /metrics answers only requests from the loopback address. */
  metricsToken: string | undefined;
  /** Days after a visit's day that its booking keeps the person's name, phone and NIK hash (UU 27/2022). */
  retentionDays: number;
  /** Minutes between runs of the job that erases them. */
  retentionIntervalMinutes: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Open call streams (GET /calls/stream) one client address may hold at once; 0 is off. */
  streamsPerClient: number;
  /** The published IKM (GET /satisfaction) withholds a group with fewer answers than this (MPP_IKM_MIN_RESPONDENTS). */
  ikmMinRespondents: number;
  /** Milliseconds between the `: ping` comments of a quiet call stream. */
  streamHeartbeatMs: number;
  /** Milliseconds between reads of the call log while a stream is open (how late a call may reach a board). */
  callPollMs: number;
  /** The booking rules' numbers (window, check-in margin, minutes per resident). */
  rules: BookingRules;
  /** Places per session unless a service says otherwise. */
  defaultQuota: number;
  /** One line of JSON per request on stdout (method, path, status, time; never a body). */
  log: boolean;
  timezone: string;
  /** Minutes east of UTC; Indonesia keeps no daylight saving time. */
  utcOffsetMinutes: number;
  /**
   * For demos and end-to-end tests only: the server's clock starts at this instant and runs on from there, so a
   * session, a check-in window or a holiday can be shown at any hour of the real day.
   */
  fakeNow: number | undefined;
  /** Milliseconds that in-flight requests get to finish after SIGTERM/SIGINT before the server closes anyway. */
  shutdownGraceMs: number;
  siteDir: string;
  distDir: string;
  /**
   * How old the catalogue in an instance's memory may be before it asks the database for the catalogue's version
   * (one row): an administrator's change reaches every instance within this time.
   */
  catalogueCheckMs: number;
  /** The largest catalogue CSV an import takes (bytes of the request). */
  maxImportBytes: number;
  /** The built staff pages (`npm run build` writes them to dist/staff), served under `/staff/`. */
  staffDir: string;
}

const int = (value: string | undefined, fallback: number): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected a whole number ≥ 0, got "${value}"`);
  return n;
};

const databaseUrl = (value: string | undefined): string | undefined => {
  if (!value) return undefined;
  if (!/^postgres(ql)?:\/\//.test(value))
    throw new Error('MPP_DATABASE_URL must be a postgres:// URL (leave it unset for the SQLite file at MPP_DB_PATH)');
  return value;
};

const redisUrl = (value: string | undefined): string | undefined => {
  if (!value) return undefined;
  if (!/^rediss?:\/\//.test(value)) throw new Error('MPP_REDIS_URL must be a redis:// or rediss:// URL');
  return value;
};

const cookieSecure = (value: string | undefined): 'auto' | 'always' => {
  if (!value || value === 'auto') return 'auto';
  if (value === 'always') return 'always';
  throw new Error(`MPP_COOKIE_SECURE is auto or always, not "${value}"`);
};

/** Reads the configuration; `env` is injectable for tests. */
function secondFactor(value: string | undefined): SecondFactorKind {
  if (value === undefined || value === '') return 'nik_last4';
  if (isSecondFactorKind(value)) return value;
  throw new Error(`MPP_SECOND_FACTOR is one of ${SECOND_FACTOR_KINDS.join(', ')}, not "${value}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = int(env.PORT, 8080);
  const fakeNow = env.MPP_FAKE_NOW ? Date.parse(env.MPP_FAKE_NOW) : undefined;
  if (fakeNow !== undefined && Number.isNaN(fakeNow))
    throw new Error(`MPP_FAKE_NOW is not an ISO 8601 instant: "${env.MPP_FAKE_NOW}"`);
  return {
    applicationSources: readRemoteSources(env.MPP_APPLICATION_SOURCES, env),
    port,
    host: env.HOST || '127.0.0.1',
    dbPath: env.MPP_DB_PATH || '.data/mpp.sqlite',
    databaseUrl: databaseUrl(env.MPP_DATABASE_URL),
    allowedOrigins: (
      env.MPP_ALLOWED_ORIGINS ?? `http://localhost:${port},http://127.0.0.1:${port},http://localhost:6006`
    )
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustedProxies: (env.MPP_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    staffIdleMinutes: Math.max(1, int(env.MPP_STAFF_IDLE_MINUTES, 30)),
    staffSessionHours: Math.max(1, int(env.MPP_STAFF_SESSION_HOURS, 12)),
    cookieSecure: cookieSecure(env.MPP_COOKIE_SECURE),
    rateLimitLookup: int(env.MPP_RATE_LIMIT_LOOKUP, 10),
    rateLimitBooking: int(env.MPP_RATE_LIMIT_BOOKING, 20),
    secondFactorAttempts: int(env.MPP_SECOND_FACTOR_ATTEMPTS, 5),
    secondFactorWindowMs: int(env.MPP_SECOND_FACTOR_WINDOW_MINUTES, 15) * 60_000,
    secondFactor: secondFactor(env.MPP_SECOND_FACTOR),
    redisUrl: redisUrl(env.MPP_REDIS_URL),
    redisPrefix: env.MPP_REDIS_PREFIX || 'mpp:',
    metricsToken: env.MPP_METRICS_TOKEN || undefined,
    maxBodyBytes: int(env.MPP_MAX_BODY_BYTES, 8 * 1024),
    streamsPerClient: int(env.MPP_STREAMS_PER_CLIENT, 10),
    ikmMinRespondents: Math.max(1, int(env.MPP_IKM_MIN_RESPONDENTS, IKM_PUBLISH_MIN_RESPONDENTS)),
    streamHeartbeatMs: Math.max(1000, int(env.MPP_STREAM_HEARTBEAT_MS, 15_000)),
    callPollMs: Math.max(100, int(env.MPP_CALL_POLL_MS, 500)),
    retentionDays: Math.max(1, int(env.MPP_RETENTION_DAYS, 90)),
    retentionIntervalMinutes: Math.max(1, int(env.MPP_RETENTION_INTERVAL_MINUTES, 60)),
    rules: {
      bookingWindowDays: int(env.MPP_BOOKING_WINDOW_DAYS, DEFAULT_RULES.bookingWindowDays),
      checkInMinutes: int(env.MPP_CHECK_IN_MINUTES, DEFAULT_RULES.checkInMinutes),
      averageServiceMinutes: int(env.MPP_AVERAGE_SERVICE_MINUTES, DEFAULT_RULES.averageServiceMinutes),
    },
    defaultQuota: int(env.MPP_DEFAULT_QUOTA, 10),
    log: env.MPP_LOG !== '0',
    timezone: 'Asia/Jakarta',
    utcOffsetMinutes: WIB_OFFSET_MINUTES,
    fakeNow,
    shutdownGraceMs: int(env.MPP_SHUTDOWN_GRACE_MS, 10_000),
    siteDir: env.MPP_SITE_DIR || 'demo/site',
    distDir: env.MPP_DIST_DIR || 'dist',
    staffDir: env.MPP_STAFF_DIR || 'dist/staff',
    catalogueCheckMs: int(env.MPP_CATALOGUE_CHECK_MS, 1000),
    maxImportBytes: int(env.MPP_MAX_IMPORT_BYTES, 2 * 1024 * 1024),
  };
}
