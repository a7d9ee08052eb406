// The reference MPP API (contract: src/api/openapi.yaml) and the demo site, as one Hono app.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import { getConnInfo } from '@hono/node-server/conninfo';
import { timingSafeEqual } from 'node:crypto';
import { createApplications } from './applications.mjs';
import { createBookings } from './bookings.mjs';
import { createCatalogue } from './catalogue.mjs';
import { fieldErrors, inlineValidator, openapiText, schemaValidator } from './contract.mjs';
import { fail, problemResponse, ProblemError } from './problems.mjs';
import { createRateLimiter } from './rate-limit.mjs';
import { isCalendarDate } from './time.mjs';
// The same NIK and phone rules the widgets use, from the built library (npm start and npm test build it first).
import { validateName, validateNik, validatePhone } from '../../dist/lib/core/validation.js';
import { validationMessage } from '../../dist/lib/core/validation-messages.js';

/**
 * @param {object} deps
 * @param {import('better-sqlite3').Database} deps.db
 * @param {ReturnType<import('./config.mjs').loadConfig>} deps.config
 * @param {ReturnType<import('./time.mjs').makeClock>} deps.clock
 * @param {(nik: string) => string} deps.hashNik
 * @param {() => number} [deps.now] the current instant in ms (tests move it)
 */
export function createApp({ db, config, clock, hashNik, now = Date.now }) {
  const catalogue = createCatalogue({ db, clock, config });
  const bookings = createBookings({ db, clock, config, catalogue, hashNik });
  const applications = createApplications({ db, clock, catalogue });
  const limitLookup = createRateLimiter(config.rateLimitLookup, 60_000, now);
  const limitBooking = createRateLimiter(config.rateLimitBooking, 60_000, now);

  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(error.status, error.code, error.extra, error.headers);
    // Never echo internals; never log a body (it may hold a NIK).
    console.error(
      JSON.stringify({ t: new Date().toISOString(), level: 'error', path: c.req.path, message: error.message }),
    );
    return problemResponse(500, 'internal');
  });
  app.notFound((c) => (c.req.path.startsWith('/api/') ? problemResponse(404, 'not_found') : c.text('Not found', 404)));

  if (config.log) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      const line = { t: new Date().toISOString(), method: c.req.method, path: c.req.path, status: c.res.status };
      console.log(JSON.stringify({ ...line, ms: Math.round(performance.now() - started) }));
    });
  }

  const api = new Hono();
  api.use(
    '*',
    cors({
      origin: (origin) =>
        config.allowedOrigins.includes('*') || config.allowedOrigins.includes(origin) ? origin : null,
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Idempotency-Key', 'If-None-Match', 'Authorization'],
      exposeHeaders: ['ETag', 'Retry-After'],
      maxAge: 600,
    }),
  );
  api.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  });
  api.use('*', bodyLimit({ maxSize: config.maxBodyBytes, onError: () => problemResponse(413, 'payload_too_large') }));

  const clientOf = (c) => {
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };
  const limit = (limiter, c) => {
    const wait = limiter(clientOf(c));
    if (wait > 0)
      fail(429, 'rate_limited', { detail: `Coba lagi dalam ${wait} detik.` }, { 'Retry-After': String(wait) });
  };

  /** The JSON body, checked against a contract schema: 415, 400 or 422 with field errors before any rule runs. */
  async function body(c, validate) {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/(.+\+)?json\b/i.test(type)) fail(415, 'unsupported_media_type');
    let parsed;
    try {
      parsed = JSON.parse(await c.req.text());
    } catch {
      fail(400, 'bad_request', { detail: 'Isi permintaan bukan JSON yang sah.' });
    }
    if (!validate(parsed)) fail(422, 'validation_failed', { errors: fieldErrors(validate.errors) });
    return parsed;
  }

  const etagged = (c, json, etag) => {
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
    return c.body(json, 200, { 'Content-Type': 'application/json' });
  };

  api.get('/agencies', (c) => etagged(c, catalogue.agencyListJson, catalogue.agencyListEtag));
  api.get('/services', (c) => etagged(c, catalogue.serviceListJson, catalogue.serviceListEtag));
  api.get('/services/:serviceId', (c) => c.json(catalogue.getService(c.req.param('serviceId'))));
  api.get('/services/:serviceId/availability', (c) => {
    const from = c.req.query('from');
    const daysText = c.req.query('days');
    const errors = [];
    if (from !== undefined && !isCalendarDate(from))
      errors.push({ field: 'from', code: 'format', message: 'Gunakan tanggal YYYY-MM-DD.' });
    const days = daysText === undefined ? undefined : Number(daysText);
    if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 31)) {
      errors.push({ field: 'days', code: 'not_allowed', message: 'Jumlah hari 1 sampai 31.' });
    }
    if (errors.length) fail(422, 'validation_failed', { errors });
    return c.json(catalogue.availability(c.req.param('serviceId'), { from, days }, now()));
  });

  const validateBooking = schemaValidator('BookingRequest');
  api.post('/bookings', async (c) => {
    limit(limitBooking, c);
    const key = c.req.header('Idempotency-Key');
    if (!key || key.length < 8 || key.length > 128) fail(400, 'idempotency_key_missing');
    const request = await body(c, validateBooking);
    // Rules beyond the schema: the NIK's province and birth date, a real date, a name with letters.
    const errors = [];
    const nik = validateNik(request.nik);
    if (!nik.ok) errors.push({ field: 'nik', code: nik.key, message: validationMessage(nik.key, 'id') });
    const phone = validatePhone(request.phone);
    if (!phone.ok) errors.push({ field: 'phone', code: phone.key, message: validationMessage(phone.key, 'id') });
    const name = validateName(request.name);
    if (!name.ok) errors.push({ field: 'name', code: name.key, message: validationMessage(name.key, 'id') });
    if (!isCalendarDate(request.date)) errors.push({ field: 'date', code: 'format', message: 'Tanggal tidak valid.' });
    if (errors.length) fail(422, 'validation_failed', { errors });
    const result = await bookings.create({ ...request, name: name.value }, key, now());
    if (result.status !== 201) {
      return c.body(JSON.stringify({ title: 'Booking tidak dapat dibuat', ...result.body }), result.status, {
        'Content-Type': 'application/problem+json',
      });
    }
    return c.json(result.body, 201);
  });

  const validateLookup = schemaValidator('BookingLookupRequest');
  api.post('/bookings/lookup', async (c) => {
    limit(limitLookup, c);
    const { code, nikLast4 } = await body(c, validateLookup);
    return c.json(bookings.lookup(code, nikLast4, now()));
  });

  const validateSecondFactor = schemaValidator('SecondFactor');
  api.post('/bookings/:code/cancel', async (c) => {
    limit(limitLookup, c);
    const { nikLast4 } = await body(c, validateSecondFactor);
    return c.json(bookings.cancel(c.req.param('code'), nikLast4, now()));
  });

  const validateReschedule = schemaValidator('RescheduleRequest');
  api.post('/bookings/:code/reschedule', async (c) => {
    limit(limitBooking, c);
    const request = await body(c, validateReschedule);
    if (!isCalendarDate(request.date))
      fail(422, 'validation_failed', { errors: [{ field: 'date', code: 'format', message: 'Tanggal tidak valid.' }] });
    return c.json(bookings.reschedule(c.req.param('code'), request, now()));
  });

  const validateApplicationLookup = schemaValidator('ApplicationLookupRequest');
  api.post('/applications/lookup', async (c) => {
    limit(limitLookup, c);
    const { number, verifier } = await body(c, validateApplicationLookup);
    return c.json(applications.lookup(number, verifier, now()));
  });

  api.get('/queues/:agencyId', (c) => c.json(bookings.queue(c.req.param('agencyId'), now())));

  // Operator actions: a bearer token from the environment, compared in constant time.
  const expected = Buffer.from(`Bearer ${config.operatorToken}`);
  api.use('/operator/*', async (c, next) => {
    const given = Buffer.from(c.req.header('Authorization') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) fail(401, 'unauthorized');
    await next();
  });
  api.post('/operator/bookings/:code/check-in', (c) => c.json(bookings.operatorCheckIn(c.req.param('code'), now())));
  const validateCallNext = inlineValidator('/operator/queues/{agencyId}/call-next', 'post');
  api.post('/operator/queues/:agencyId/call-next', async (c) => {
    const { counterId } = await body(c, validateCallNext);
    return c.json(bookings.operatorCallNext(c.req.param('agencyId'), counterId, now()));
  });
  const validateAdvance = inlineValidator('/operator/applications/{number}/advance', 'post');
  api.post('/operator/applications/:number/advance', async (c) => {
    const request = await body(c, validateAdvance);
    return c.json(applications.change(c.req.param('number'), request, now()));
  });

  app.route('/api/v1', api);

  // The demo site and the built widgets, as an agency's web server would serve them, under a strict CSP: the
  // widgets need no inline script or style.
  app.use('*', async (c, next) => {
    await next();
    if (!c.req.path.startsWith('/api/') && (c.res.headers.get('Content-Type') ?? '').startsWith('text/html')) {
      c.header(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'",
      );
    }
  });
  app.get('/openapi.yaml', (c) => c.body(openapiText, 200, { 'Content-Type': 'application/yaml; charset=utf-8' }));
  app.use('/dist/*', serveStatic({ root: config.distDir, rewriteRequestPath: (p) => p.replace(/^\/dist/, '') }));
  app.use('/*', serveStatic({ root: config.siteDir }));

  return app;
}
