// The residents' operations of the contract (tags `catalogue`, `booking`, `status`): the catalogue with its ETag,
// availability, a booking and its changes, the look-ups and the live queue. Public: no account, limited per client
// address, each body checked against the contract before any rule runs.
import type { Context, Hono } from 'hono';
import type { ValidateFunction } from 'ajv';
import type {
  ApplicationLookupRequest,
  Booking,
  BookingLookupRequest,
  BookingRequest,
  CancelRequest,
  FieldError,
  RescheduleRequest,
  StatusLookupRequest,
  SurveyAnswer,
} from '../src/api/types.js';
import {
  chooseContentLanguage,
  localiseBooking,
  bookingFieldErrors,
  checkBookingFields,
  IDENTITY_MESSAGES_ID,
  isCalendarDate,
  validateName,
  validateNik,
  validatePhone,
  type MppClock,
  type SecondFactorKind,
} from '../src/rules/index.js';
import type { createApplications } from './applications.js';
import type { Bookings } from './bookings.js';
import type { CachedJson, Catalogue } from './catalogue.js';
import { schemaValidator } from './contract.js';
import { etagMatches } from './http-cache.js';
import type { LimitName, Metrics } from './metrics.js';
import { fail, ProblemError } from './problems.js';
import type { RateLimiter } from './rate-limit.js';
import { createStatusLookup } from './status-lookup.js';
import type { BookingStore } from './store/types.js';
import type { Surveys } from './surveys.js';

/**
 * How long the catalogue may be reused without asking; then it is revalidated with its ETag. A minute: an
 * administrator's change (server/staff/catalogue-routes.ts) reaches a resident's browser within it.
 */
const CATALOGUE_CACHE = 'public, max-age=60, must-revalidate';

/** What the residents' routes need of the app. */
export interface ResidentRouteDeps {
  store: BookingStore;
  clock: MppClock;
  now: () => number;
  catalogue: Catalogue;
  bookings: Bookings;
  applications: ReturnType<typeof createApplications>;
  metrics: Metrics;
  /** The JSON body, checked against a contract schema (415, 400 or 422 before any rule runs). */
  body: <T>(c: Context, validate: ValidateFunction<T>) => Promise<T>;
  /** Counts a request against a limit of the client's address; 429 with `Retry-After` over it. */
  limit: (limiter: RateLimiter, name: LimitName, c: Context) => Promise<void>;
  limitLookup: RateLimiter;
  limitBooking: RateLimiter;
  surveys: Surveys;
  /** The MPP's kind of second factor (MPP_SECOND_FACTOR). */
  secondFactor: SecondFactorKind;
}

/**
 * The second factor as sent: the generic `secondFactor`, else a v1 client's `nikLast4`; none is the empty answer,
 * which matches nothing, so a missing factor fails like a wrong one.
 */
const factorOf = (request: { secondFactor?: string; nikLast4?: string }): string =>
  request.secondFactor ?? request.nikLast4 ?? '';

/** What names a service in an answer: a booking, or an application (which keeps its agency's texts). */
type Named = { kind: string; serviceId: string; serviceName: string; requirements?: string[] };

/** Mounts the residents' operations on `api` (the `/api/v1` app). */
export function mountResident(
  api: Hono,
  {
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
    secondFactor,
  }: ResidentRouteDeps,
): void {
  /** A cached document with its ETag: 304 when the client holds it (weak comparison, lists and `*`). */
  const etagged = (c: Context, doc: CachedJson, more: Record<string, string> = {}) => {
    const headers = { ETag: doc.etag, 'Cache-Control': CATALOGUE_CACHE, ...more };
    if (etagMatches(c.req.header('If-None-Match'), doc.etag)) return c.body(null, 304, headers);
    return c.body(doc.json, 200, { ...headers, 'Content-Type': 'application/json' });
  };

  api.get('/agencies', (c) => etagged(c, catalogue.agencyList));
  // The service's texts in the language Accept-Language asks for (src/rules/content-language.ts): the answer says
  // which, and caches keep one copy per language.
  const languageOf = (c: Context) => {
    const lang = chooseContentLanguage(c.req.header('Accept-Language'));
    return { lang, headers: { 'Content-Language': lang, Vary: 'Accept-Language' } };
  };
  /**
   * A booking's answer in the language asked for: its service's name and requirements translated where the
   * catalogue has them (agency and counter names stay Indonesian); an application keeps its agency's texts.
   */
  const bookingIn = <T extends Named>(c: Context, answer: T) => {
    const { lang, headers } = languageOf(c);
    if (answer.kind !== 'booking') return { body: answer, headers: { ...headers, 'Content-Language': 'id' } };
    return { body: localiseBooking(answer, catalogue.translationOf(answer.serviceId), lang), headers };
  };
  const jsonIn = <T extends Named>(c: Context, answer: T) => {
    const { body, headers } = bookingIn(c, answer);
    return c.json(body, 200, headers);
  };
  api.get('/services', (c) => {
    const { lang, headers } = languageOf(c);
    return etagged(c, catalogue.serviceListIn(lang), headers);
  });
  api.get('/services/:serviceId', (c) => {
    const { lang, headers } = languageOf(c);
    return c.json(catalogue.localisedService(c.req.param('serviceId'), lang), 200, headers);
  });
  api.get('/services/:serviceId/availability', async (c) => {
    const from = c.req.query('from');
    const daysText = c.req.query('days');
    const errors: FieldError[] = [];
    if (from !== undefined && !isCalendarDate(from))
      errors.push({ field: 'from', code: 'format', message: 'Gunakan tanggal YYYY-MM-DD.' });
    // Decimal digits only: Number() would read `0x1f` as 31 and `1e1` as 10.
    const days = daysText === undefined ? undefined : /^\d{1,2}$/.test(daysText) ? Number(daysText) : NaN;
    if (days !== undefined && !(days >= 1 && days <= 31))
      errors.push({ field: 'days', code: 'not_allowed', message: 'Jumlah hari 1 sampai 31.' });
    // The last day listed must still be a date of the years 0000–9999 (the contract's CalendarDate); without
    // `days`, counted as the listing counts it (the booking window and today).
    else if (
      from !== undefined &&
      isCalendarDate(from) &&
      !isCalendarDate(clock.addDays(from, catalogue.daysListed(days) - 1))
    )
      errors.push({ field: 'from', code: 'format', message: 'Tanggal di luar jangkauan.' });
    if (errors.length) fail(422, 'validation_failed', { errors });
    return c.json(await catalogue.availability(c.req.param('serviceId'), { from, days }, now()));
  });

  const validateBooking = schemaValidator<BookingRequest>('BookingRequest');
  api.post('/bookings', async (c) => {
    try {
      const result = await createBooking(c);
      metrics.booking(result.status === 201 ? (result.replayed ? 'replayed' : 'made') : 'refused', problemCode(result));
      if (result.status !== 201)
        return c.body(JSON.stringify(result.body), result.status as 409, {
          'Content-Type': 'application/problem+json',
        });
      // The stored answer (a replay's too) is Indonesian: named in the resident's language on the way out.
      const { body, headers } = bookingIn(c, result.body as Booking);
      return c.body(JSON.stringify(body), 201, { ...headers, 'Content-Type': 'application/json' });
    } catch (error) {
      if (error instanceof ProblemError) metrics.booking('refused', error.code);
      throw error;
    }
  });
  const problemCode = (result: { status: number; body: unknown }) =>
    result.status === 201 ? '' : String((result.body as { code?: unknown }).code ?? result.status);
  async function createBooking(c: Context) {
    await limit(limitBooking, 'booking', c);
    const key = c.req.header('Idempotency-Key');
    // The contract's pattern: 8–128 visible ASCII characters (a space or tab may be folded or trimmed on the way).
    if (!key || !/^[\x21-\x7E]{8,128}$/.test(key)) fail(400, 'idempotency_key_missing');
    const request = await body(c, validateBooking);
    // Rules beyond the schema: the NIK's province and birth date, a real date, a name with letters.
    const errors: FieldError[] = [];
    const nik = validateNik(request.nik);
    if (!nik.ok) errors.push({ field: 'nik', code: nik.key, message: IDENTITY_MESSAGES_ID[nik.key] });
    const phone = validatePhone(request.phone);
    if (!phone.ok) errors.push({ field: 'phone', code: phone.key, message: IDENTITY_MESSAGES_ID[phone.key] });
    const name = validateName(request.name);
    if (!name.ok) errors.push({ field: 'name', code: name.key, message: IDENTITY_MESSAGES_ID[name.key] });
    if (!isCalendarDate(request.date)) errors.push({ field: 'date', code: 'format', message: 'Tanggal tidak valid.' });
    // The service's extra fields, by the rules the widget checked them with (an unknown service is refused later).
    const declared = catalogue.bookingFieldsOf(request.serviceId);
    const fields = checkBookingFields(declared, request.fields);
    if (declared && !fields.ok) errors.push(...bookingFieldErrors(declared, fields.errors));
    if (errors.length || !name.ok) fail(422, 'validation_failed', { errors });
    const { fields: _given, ...rest } = request;
    const kept = fields.ok && Object.keys(fields.values).length ? { fields: fields.values } : {};
    return bookings.create({ ...rest, name: name.value, ...kept }, key, now());
  }

  // The MPP's kind of second factor, for widgets to ask it in its words; fixed until a restart, so cacheable.
  api.get('/config', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json({ secondFactor });
  });

  const validateLookup = schemaValidator<BookingLookupRequest>('BookingLookupRequest');
  api.post('/bookings/lookup', async (c) => {
    await limit(limitLookup, 'lookup', c);
    const request = await body(c, validateLookup);
    return jsonIn(c, await bookings.lookup(request.code, factorOf(request), now()));
  });

  const validateCancel = schemaValidator<CancelRequest>('CancelRequest');
  api.post('/bookings/:code/cancel', async (c) => {
    await limit(limitLookup, 'lookup', c);
    const request = await body(c, validateCancel);
    const reason = request.reason;
    // The resident's words with their spaces folded; an empty text is no text.
    const text = reason?.text?.replace(/\s+/g, ' ').trim();
    const kept = reason && { code: reason.code, ...(text ? { text } : {}) };
    return jsonIn(c, await bookings.cancel(c.req.param('code'), factorOf(request), now(), kept));
  });

  const validateReschedule = schemaValidator<RescheduleRequest>('RescheduleRequest');
  api.post('/bookings/:code/reschedule', async (c) => {
    await limit(limitBooking, 'booking', c);
    const request = await body(c, validateReschedule);
    if (!isCalendarDate(request.date))
      fail(422, 'validation_failed', { errors: [{ field: 'date', code: 'format', message: 'Tanggal tidak valid.' }] });
    const { date, sessionId } = request;
    return jsonIn(
      c,
      await bookings.reschedule(c.req.param('code'), { factor: factorOf(request), date, sessionId }, now()),
    );
  });

  const lookupStatus = createStatusLookup({ store, bookings, applications });
  const validateStatusLookup = schemaValidator<StatusLookupRequest>('StatusLookupRequest');
  api.post('/lookup', async (c) => {
    await limit(limitLookup, 'lookup', c);
    const { code, verifier } = await body(c, validateStatusLookup);
    return jsonIn(c, await lookupStatus(code, verifier, now()));
  });

  const validateApplicationLookup = schemaValidator<ApplicationLookupRequest>('ApplicationLookupRequest');
  api.post('/applications/lookup', async (c) => {
    await limit(limitLookup, 'lookup', c);
    const { number, verifier } = await body(c, validateApplicationLookup);
    return c.json(await applications.lookup(number, verifier, now()));
  });

  // The satisfaction survey: a resident's write like a booking, so it counts against the same limit.
  const validateSurvey = schemaValidator<SurveyAnswer>('SurveyAnswer');
  api.post('/surveys', async (c) => {
    await limit(limitBooking, 'booking', c);
    await surveys.submit(await body(c, validateSurvey));
    return c.json({ status: 'answered' as const }, 201);
  });

  api.get('/queues/:agencyId', async (c) => c.json(await bookings.queue(c.req.param('agencyId'), now())));
}
