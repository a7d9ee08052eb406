// Configuration of the reference server, all from the environment. Each variable is documented in the README.
import { randomBytes } from 'node:crypto';

const int = (value, fallback) => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected a whole number ≥ 0, got "${value}"`);
  return n;
};

/** Reads the configuration; `env` is injectable for tests. */
export function loadConfig(env = process.env) {
  const port = int(env.PORT, 8080);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dbPath: env.MPP_DB_PATH || '.data/mpp.sqlite',
    /** Origins allowed by CORS besides the server's own; `*` allows any (not for production). */
    allowedOrigins: (
      env.MPP_ALLOWED_ORIGINS ?? `http://localhost:${port},http://127.0.0.1:${port},http://localhost:6006`
    )
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    /** Bearer token for the operator actions; a random one is made (and printed) when unset. */
    operatorToken: env.MPP_OPERATOR_TOKEN || randomBytes(12).toString('hex'),
    operatorTokenGenerated: !env.MPP_OPERATOR_TOKEN,
    /** Requests per minute per client address; 0 switches a limit off. */
    rateLimitLookup: int(env.MPP_RATE_LIMIT_LOOKUP, 10),
    rateLimitBooking: int(env.MPP_RATE_LIMIT_BOOKING, 20),
    /** Largest request body, in bytes. */
    maxBodyBytes: int(env.MPP_MAX_BODY_BYTES, 8 * 1024),
    /** Days after today that can be booked (today … today+N). */
    bookingWindowDays: int(env.MPP_BOOKING_WINDOW_DAYS, 7),
    /** Places per session unless a service says otherwise. */
    defaultQuota: int(env.MPP_DEFAULT_QUOTA, 10),
    /** Minutes before a session that check-in opens, and after its end that it closes. */
    checkInMinutes: int(env.MPP_CHECK_IN_MINUTES, 15),
    /** One line of JSON per request on stdout (method, path, status, time; never a body). */
    log: env.MPP_LOG !== '0',
    timezone: 'Asia/Jakarta',
    /** Minutes east of UTC; Indonesia keeps no daylight saving time. */
    utcOffsetMinutes: 7 * 60,
    /**
     * For demos and end-to-end tests only: the server's clock starts at this instant (ISO 8601) and runs on from
     * there, so a session, a check-in window or a holiday can be shown at any hour of the real day.
     */
    fakeNow: env.MPP_FAKE_NOW ? Date.parse(env.MPP_FAKE_NOW) : undefined,
    siteDir: env.MPP_SITE_DIR || 'demo/site',
    distDir: env.MPP_DIST_DIR || 'dist',
  };
}
