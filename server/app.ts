// The reference MPP API (contract: src/api/openapi.yaml), its health endpoints and the demo site, as one Hono app.
import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import type { ValidateFunction } from 'ajv';
import type { MppClock } from '../src/rules/index.js';
import { createApplications } from './applications.js';
import { createBookings } from './bookings.js';
import { createSurveys } from './surveys.js';
import { surveyStoreOf } from './store/survey-open.js';
import { createCatalogue } from './catalogue.js';
import type { ServerConfig } from './config.js';
import { fieldErrors, openapiText } from './contract.js';
import { compression } from './http-cache.js';
import { createMetrics, type LimitName, type Metrics } from './metrics.js';
import { nulFields, nulInAddress } from './nul-guard.js';
import { MemoryCounters, type Counters } from './counters.js';
import { fail, ProblemError, problemResponse, tooMany } from './problems.js';
import { createAttemptCap, createRateLimiter, type AttemptCap, type RateLimiter } from './rate-limit.js';
import { mountResident } from './resident-routes.js';
import { mountStaff } from './staff/routes.js';
import { catalogueStoreOf } from './store/catalogue-open.js';
import type { CatalogueStore } from './store/catalogue-types.js';
import type { StaffStore } from './store/staff-types.js';
import type { BookingStore } from './store/types.js';
import { visitStoreOf } from './store/visits-open.js';
import { callLogOf } from './store/calls.js';
import { mountCalls } from './calls.js';
import { mountSatisfaction } from './satisfaction.js';

export interface AppDeps {
  store: BookingStore;
  /** Staff accounts, sessions, API keys and the audit log (on the same database as `store`). */
  staff: StaffStore;
  /** The catalogue as administrators change it (on the same database as `store`); made for `store` unless given. */
  catalogueStore?: CatalogueStore;
  config: ServerConfig;
  clock: MppClock;
  hashNik: (nik: string) => string;
  /** The current instant in ms (tests move it). */
  now?: () => number;
  /** True once the server is shutting down: `/readyz` then answers 503 so a balancer stops sending. */
  draining?: () => boolean;
  /** Where the limits count; this process's memory unless given (see `openCounters`). */
  counters?: Counters;
  /** The app's metrics (GET /metrics); made for the app unless given. */
  metrics?: Metrics;
}

/** Methods a metric may name; anything else is counted as `other`, so a client cannot add labels. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);
const LOOPBACK = new Set(['127.0.0.1', '::1']);
/** An IPv4 address as IPv4 even when a dual-stack socket reports it mapped into IPv6. */
const plainAddress = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

export async function createApp({
  store,
  staff,
  catalogueStore = catalogueStoreOf(store),
  config,
  clock,
  hashNik,
  now = Date.now,
  draining = () => false,
  counters = new MemoryCounters(now),
  metrics = createMetrics(store),
}: AppDeps) {
  const catalogue = await createCatalogue({ store, catalogueStore, clock, config });
  const cap = createAttemptCap(counters, config.secondFactorAttempts, config.secondFactorWindowMs);
  const attemptCap: AttemptCap = async (code, check) => {
    const outcome = await cap(code, check);
    if (outcome.wait) metrics.limitHit('second_factor');
    return outcome;
  };
  const surveyStore = surveyStoreOf(store);
  const surveys = createSurveys({ store, surveys: surveyStore, hashNik });
  const bookings = createBookings({
    store,
    clock,
    config,
    catalogue,
    hashNik,
    attemptCap,
    surveyToken: surveys.offer,
  });
  const applications = createApplications({ store, clock, catalogue, attemptCap, config });
  const limitLookup = createRateLimiter(counters, 'lookup', config.rateLimitLookup, 60_000);
  const limitBooking = createRateLimiter(counters, 'booking', config.rateLimitBooking, 60_000);

  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(error.status, error.code, error.extra, error.headers);
    // Never echo internals; never log a body (it may hold a NIK).
    console.error(
      JSON.stringify({ t: new Date().toISOString(), level: 'error', path: c.req.path, message: error.message }),
    );
    return problemResponse(500, 'internal');
  });
  app.notFound((c) => {
    if (!c.req.path.startsWith('/api/')) return c.text('Not found', 404);
    // A path the API has, asked with a method it does not answer: 405 with the methods it does (RFC 9110 §15.5.6).
    const allowed = allowedMethods(c.req.path);
    return allowed
      ? problemResponse(405, 'method_not_allowed', {}, { Allow: allowed })
      : problemResponse(404, 'not_found');
  });

  // Every request, timed by its route template (`/api/v1/bookings/:code`): a path would put booking codes in labels.
  app.use('*', async (c, next) => {
    const done = metrics.request();
    try {
      await next();
    } finally {
      done(METHODS.has(c.req.method) ? c.req.method : 'other', c.req.routePath || 'other', c.res.status);
    }
  });

  if (config.log) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      const line = { t: new Date().toISOString(), method: c.req.method, path: c.req.path, status: c.res.status };
      console.log(JSON.stringify({ ...line, ms: Math.round(performance.now() - started) }));
    });
  }
  app.use('*', compression());

  // Health, at the root where probes look for it, outside the API's CORS and limits.
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
  app.get('/readyz', async (c) => {
    const ready = draining() ? { ok: false as const, reason: 'shutting down' } : await store.ready();
    return c.json(
      ready.ok
        ? { status: 'ready', store: store.engine }
        : { status: 'not_ready', store: store.engine, reason: ready.reason },
      ready.ok ? 200 : 503,
      { 'Cache-Control': 'no-store' },
    );
  });

  const trusted = new Set(config.trustedProxies.map(plainAddress));
  /** The client's address: the socket's peer, or, from a trusted proxy, the client it forwards for. */
  const clientOf = (c: Context) => {
    let peer: string;
    try {
      peer = plainAddress(getConnInfo(c).remote.address ?? 'unknown');
    } catch {
      return 'unknown';
    }
    if (!trusted.has(peer)) return peer;
    // Each proxy appends the address it got the request from: the right-most untrusted one is the client.
    const hops = (c.req.header('X-Forwarded-For') ?? '').split(',').map((s) => plainAddress(s.trim()));
    for (let i = hops.length - 1; i >= 0; i--) if (hops[i] && !trusted.has(hops[i]!)) return hops[i]!;
    return peer;
  };

  // Metrics: with MPP_METRICS_TOKEN as a bearer token, else only to a client on the loopback address.
  const metricsAuth = config.metricsToken ? Buffer.from(`Bearer ${config.metricsToken}`) : undefined;
  app.get('/metrics', async (c) => {
    if (metricsAuth) {
      // The scheme is case-insensitive (RFC 9110 §11.1): `bearer` is `Bearer`.
      const given = Buffer.from((c.req.header('Authorization') ?? '').replace(/^bearer /i, 'Bearer '));
      if (given.length !== metricsAuth.length || !timingSafeEqual(given, metricsAuth))
        return c.text('Unauthorized', 401, { 'WWW-Authenticate': 'Bearer' });
    } else if (!LOOPBACK.has(clientOf(c))) {
      return c.text('Forbidden: set MPP_METRICS_TOKEN to read /metrics from another address', 403);
    }
    return c.body(await metrics.text(), 200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' });
  });

  const api = new Hono();
  const originAllowed = (origin: string) =>
    config.allowedOrigins.includes('*') || config.allowedOrigins.includes(origin);
  // A browser page on an origin the MPP has not registered gets a problem it can read (this answer alone carries
  // its origin in Access-Control-Allow-Origin; its preflight is let through so the request reaches this), instead
  // of a CORS failure its widget cannot tell from a dropped connection: residents are told the service cannot be
  // reached from that site, its webmaster what to add. Nothing runs for such a request. Same-origin requests (the
  // demo and staff pages: an Origin on this very host, or `Sec-Fetch-Site: same-origin`) are the server's own,
  // whatever the list says.
  const ownHost = (c: Context, origin: string) => {
    try {
      return new URL(origin).host === c.req.header('Host');
    } catch {
      return false; // `Origin: null` (a sandboxed frame, a file)
    }
  };
  api.use('*', async (c, next) => {
    const origin = c.req.header('Origin');
    if (
      origin === undefined ||
      originAllowed(origin) ||
      c.req.header('Sec-Fetch-Site') === 'same-origin' ||
      ownHost(c, origin)
    )
      return next();
    const headers = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', 'X-Content-Type-Options': 'nosniff' };
    if (c.req.method === 'OPTIONS')
      return c.body(null, 204, {
        ...headers,
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, If-None-Match',
        'Access-Control-Max-Age': '600',
      });
    return problemResponse(
      403,
      'origin_not_allowed',
      { detail: `${origin} tidak ada dalam MPP_ALLOWED_ORIGINS server ini.` },
      { ...headers, 'Cache-Control': 'no-store' },
    );
  });
  api.use(
    '*',
    cors({
      origin: (origin) => (originAllowed(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      // No credentials: a staff session's cookie never rides on a cross-origin request (and is SameSite=Strict).
      allowHeaders: ['Content-Type', 'Idempotency-Key', 'If-None-Match', 'Authorization'],
      exposeHeaders: ['ETag', 'Retry-After'],
      maxAge: 600,
    }),
  );
  // The staff and counter operations take what staff type and agency systems send straight to the store: NUL is
  // turned back first (server/nul-guard.ts). The public operations' schemas and rules already refuse it.
  api.use('*', async (c, next) => {
    if (!/^\/api\/v1\/(staff|operator)\//.test(c.req.path)) return next();
    const nul = nulInAddress(c.req.url);
    if (!nul) return next();
    if (nul.in === 'path') return problemResponse(404, 'not_found');
    const error = { field: nul.name, code: 'control_character', message: 'Alamat memuat karakter NUL.' };
    return problemResponse(422, 'validation_failed', { errors: [error] });
  });
  api.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  });
  // Requests are small, save a catalogue's CSV (a whole MPP's services in one file).
  const tooLarge = () => problemResponse(413, 'payload_too_large');
  const smallBody = bodyLimit({ maxSize: config.maxBodyBytes, onError: tooLarge });
  const importBody = bodyLimit({ maxSize: config.maxImportBytes, onError: tooLarge });
  api.use('*', (c, next) => (c.req.path.endsWith('/staff/catalogue/import') ? importBody : smallBody)(c, next));
  // The catalogue in memory follows the database's (another instance's change) at most a second behind.
  api.use('*', async (_c, next) => {
    await catalogue.fresh();
    await next();
  });

  const limit = async (limiter: RateLimiter, name: LimitName, c: Context) => {
    const wait = await limiter(clientOf(c));
    if (wait > 0) {
      metrics.limitHit(name);
      tooMany(wait);
    }
  };

  /** The JSON body, checked against a contract schema: 415, 400 or 422 with field errors before any rule runs. */
  async function body<T>(c: Context, validate: ValidateFunction<T>): Promise<T> {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/(.+\+)?json\b/i.test(type)) fail(415, 'unsupported_media_type');
    let parsed: unknown;
    try {
      parsed = JSON.parse(await c.req.text());
    } catch {
      fail(400, 'bad_request', { detail: 'Isi permintaan bukan JSON yang sah.' });
    }
    if (!validate(parsed)) fail(422, 'validation_failed', { errors: fieldErrors(validate.errors) });
    return parsed;
  }

  // The residents' operations: catalogue, availability, booking and its changes, look-ups, the live queue.
  mountResident(api, {
    secondFactor: config.secondFactor,
    store,
    clock,
    now,
    catalogue,
    bookings,
    applications,
    metrics,
    body,
    limit,
    limitLookup,
    limitBooking,
    surveys,
  });

  // The hall's board: the calls now and as they happen (server-sent events), public like the live queue.
  const calls = callLogOf(store);
  mountCalls(api, { store, calls, catalogue, clock, now, config, clientOf, draining });

  const visits = visitStoreOf(store);
  // The published satisfaction index: public and cacheable, aggregated only (server/satisfaction.ts).
  mountSatisfaction(api, {
    surveys: surveyStore,
    visits,
    catalogue,
    clock,
    now,
    minRespondents: config.ikmMinRespondents,
  });

  // Staff and counter operations: sessions, accounts, API keys, audit; authorized per agency (server/staff/).
  mountStaff(api, {
    store,
    staff,
    config,
    clock,
    now,
    catalogue,
    catalogueStore,
    bookings,
    applications,
    // What staff type goes to the store as it is: a NUL anywhere in it is a field error first (server/nul-guard.ts).
    body: async <T>(c: Context, validate: ValidateFunction<T>) => {
      const parsed = await body(c, validate);
      const nul = nulFields(parsed);
      if (nul.length) fail(422, 'validation_failed', { errors: nul });
      return parsed;
    },
    clientOf,
    visits,
    surveys: surveyStore,
    hashNik,
    calls,
  });

  app.route('/api/v1', api);

  // The API's paths as patterns, with the methods each answers, for the 405's Allow header.
  const apiPaths = new Map<string, Set<string>>();
  for (const route of app.routes)
    if (route.path.startsWith('/api/v1/') && route.method !== 'ALL')
      apiPaths.set(route.path, (apiPaths.get(route.path) ?? new Set(['OPTIONS'])).add(route.method));
  const patterns = [...apiPaths].map(([path, methods]) => ({
    pattern: new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}$`),
    allow: [...methods, ...(methods.has('GET') ? ['HEAD'] : [])].sort().join(', '),
  }));
  const allowedMethods = (path: string) => patterns.find(({ pattern }) => pattern.test(path))?.allow;

  // The demo site and the built widgets, as an agency's web server would serve them, under a strict CSP (the
  // widgets need no inline script or style), revalidated by ETag on every use: their names carry no content hash.
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/')) return;
    if ((c.res.headers.get('Content-Type') ?? '').startsWith('text/html')) {
      c.header(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'",
      );
    }
    if (c.res.ok && !c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
  });
  app.use('*', etag());
  app.get('/openapi.yaml', (c) => c.body(openapiText, 200, { 'Content-Type': 'application/yaml; charset=utf-8' }));
  // The staff pages (staff/, built into dist/staff): one document, its script and the pages' chunks.
  app.get('/staff', (c) => c.redirect('/staff/', 301));
  app.use('/staff/*', serveStatic({ root: config.staffDir, rewriteRequestPath: (p) => p.replace(/^\/staff/, '') }));
  app.use('/dist/*', serveStatic({ root: config.distDir, rewriteRequestPath: (p) => p.replace(/^\/dist/, '') }));
  app.use('/*', serveStatic({ root: config.siteDir }));

  return app;
}
