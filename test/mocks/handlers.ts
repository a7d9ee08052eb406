/**
 * MSW handlers of the MPP API, typed by the contract, shared by the unit tests and Storybook. Each call to
 * `createMockApi()` starts a fresh in-memory state, so tests never see each other's bookings.
 */
import {
  delay,
  http,
  HttpResponse,
  type DefaultBodyType,
  type HttpHandler,
  type HttpResponseResolver,
  type PathParams,
} from 'msw';
import { problemBody } from '../../server/problems.js';
import { problem } from './problem.js';
import { qrCodeOf } from '../../server/qr.js';
import type {
  Agency,
  Application,
  ApplicationLookupRequest,
  Availability,
  Booking,
  BookingLookupRequest,
  BookingRequest,
  FieldError,
  MppConfig,
  Queue,
  RescheduleRequest,
  ServiceDetail,
  ServiceList,
  StatusLookupRequest,
} from '../../src/api/types.js';
import {
  availabilityDay,
  calendarRefusal,
  changeRefusal,
  checkInWindow,
  CLOSABLE_STATUSES,
  closedReason,
  DEFAULT_RULES,
  estimatedTurnAt,
  IDENTITY_MESSAGES_ID,
  LOOKUP_NOT_FOUND_DETAIL,
  maskedNik,
  newBookingCode,
  peopleAhead,
  placeRefusal,
  nikBirthOf,
  secondFactorMatches,
  secondFactorOf,
  type SecondFactorKind,
  settledStatus,
  showsLiveQueue,
  validateName,
  validateNik,
  bookingFieldErrors,
  checkBookingFields,
  validatePhone,
  weeklySessions,
  chooseContentLanguage,
  localiseService,
  localiseBooking,
  type Holiday,
  type Refusal,
  type Translated,
} from '../../src/rules/index.js';
import { counterHandlers, queueOfDay, type MockVisit } from './counter-handlers.js';
import { surveyMock, type SurveyMock } from './survey-handlers.js';
import {
  agencies,
  applications,
  holidays,
  livedInTaken,
  mppClock,
  services as allServices,
  summaryOf,
} from './fixtures.js';

/**
 * Named situations a resident can meet, shared by tests and stories:
 * - `slow`: every answer takes 3 s (skeletons, "still loading");
 * - `server-error`: every request fails with 500;
 * - `offline`: every request fails at the network level;
 * - `rate-limited`: every request gets 429 with `Retry-After: 30`;
 * - `slot-full`: every session is full and bookings answer 409 `session_full`;
 * - `empty`: the catalogue has no services;
 * - `loading`: no answer ever comes (skeletons, for stories);
 * - `offline-after-first`: the first request succeeds, every later one fails at the network level (a cached
 *   catalogue, then the connection drops);
 * - `origin-refused`: the API does not let this page's origin in (`403 origin_not_allowed`, as the server answers
 *   an origin missing from `MPP_ALLOWED_ORIGINS`);
 * - `not-api`: `api-base` points at a web site, not the API (an HTML page where JSON should be).
 */
export type Scenario =
  | 'normal'
  | 'slow'
  | 'server-error'
  | 'offline'
  | 'rate-limited'
  | 'slot-full'
  | 'empty'
  | 'loading'
  | 'offline-after-first'
  | 'origin-refused'
  | 'not-api';

export interface MockApiOptions {
  /** Where the API lives; default `/api/v1` on the page's origin. */
  base?: string;
  scenario?: Scenario;
  /** Replace the catalogue (long names, 2,000 services, hostile strings). */
  services?: Translated<ServiceDetail>[];
  /** Replace the agencies listed with the catalogue. */
  agencies?: Agency[];
  /** Extra delay on every answer, in milliseconds. */
  delayMs?: number;
  /** The current instant in ms; default the real clock. */
  now?: () => number;
  /** Sessions start partly taken so lists look real (default); false starts every session empty, as a new server. */
  livedIn?: boolean;
  /**
   * The hash that stands for a NIK (the server's is a keyed HMAC); the one-booking-per-person rule compares it, never
   * the last 4 digits, which two residents can share. Default: a fast non-cryptographic hash, fine for a mock.
   */
  hashNik?: (nik: string) => string;
  /** Days closed from the start (besides the holidays), as staff close them: of one agency, or of all (`null`). */
  closures?: MockClosure[];
  /** Days whose every session is taken (a full day, shown "Penuh" before the resident picks it). */
  fullDays?: string[];
  /** The MPP's opening hour (`HH:MM`) of the window's last day: before it, that day is listed not open yet. */
  windowOpensAt?: string;
  /** The MPP's kind of second factor, announced by `GET /config` and checked as the server checks it. */
  secondFactor?: SecondFactorKind;
}

/** A day closed by staff: `closure` (a power cut…), or a holiday or cuti bersama of the whole MPP. */
export interface MockClosure {
  date: string;
  agencyId: string | null;
  kind: 'holiday' | 'cuti_bersama' | 'closure';
  name: string;
}

/** A booking as the mock keeps it: the public booking plus what the rules need (second factor, NIK hash). */
export type MockBooking = Booking & {
  nikLast4: string;
  nikHash: string;
  /** What the other kinds of second factor check; absent on bookings a test puts in by hand. */
  phone?: string;
  nikBirth?: string;
  visit?: MockVisit;
};

export interface MockApi {
  handlers: HttpHandler[];
  /** Bookings made through the mock, by code (masked NIK only; its hash and last 4 digits for the rules). */
  bookings: Map<string, MockBooking>;
  /** Requests the mock answered, for assertions about what was sent. */
  requests: Request[];
  /** Closes a day as staff do: bookings of it not yet at a counter are marked `closed`, with the reason. */
  closeDay(closure: MockClosure): void;
  /** The satisfaction survey's answers and the token a served visit's look-up carries (survey-handlers.ts). */
  survey: SurveyMock;
}

const QUOTA = 10;

/** A refusal of the rules core, answered as the server answers it. */
const refused = (refusal: Refusal) =>
  refusal.status === 422
    ? problem(422, refusal.code, { errors: refusal.errors })
    : problem(refusal.status, refusal.code, refusal.detail === undefined ? {} : { detail: refusal.detail });

const notFound = (detail?: string) => problem(404, 'not_found', detail ? { detail } : {});

/** FNV-1a over the whole NIK: a stand-in for the server's HMAC, distinct for NIKs that share their last 4 digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16);
}

function identityErrors(body: Partial<BookingRequest>): FieldError[] {
  const errors: FieldError[] = [];
  const nik = validateNik(String(body.nik ?? ''));
  if (!nik.ok) errors.push({ field: 'nik', code: nik.key, message: IDENTITY_MESSAGES_ID[nik.key] });
  const phone = validatePhone(String(body.phone ?? ''));
  if (!phone.ok) errors.push({ field: 'phone', code: phone.key, message: IDENTITY_MESSAGES_ID[phone.key] });
  const name = validateName(String(body.name ?? ''));
  if (!name.ok) errors.push({ field: 'name', code: name.key, message: IDENTITY_MESSAGES_ID[name.key] });
  return errors;
}

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const base = (options.base ?? '/api/v1').replace(/\/+$/, '');
  const scenario = options.scenario ?? 'normal';
  const now = options.now ?? Date.now;
  const hashNik = options.hashNik ?? fnv1a;
  const livedIn = options.livedIn ?? true;
  const catalogue = scenario === 'empty' ? [] : (options.services ?? allServices);
  const agencyList = options.agencies ?? agencies;
  const bookings = new Map<string, MockBooking>();
  const idempotent = new Map<string, { body: string; status: number; answer: unknown }>();
  const requests: Request[] = [];
  const apps = applications();
  const clock = mppClock;
  const rules = DEFAULT_RULES;
  // Deterministic codes, so stories and tests show the same ones run after run.
  let seed = 1;
  const randomIndex = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };

  /** Applies the scenario before any handler answers; a response here short-circuits the handler. */
  async function gate(request: Request): Promise<Response | undefined> {
    requests.push(request.clone());
    if (options.delayMs) await delay(options.delayMs);
    switch (scenario) {
      case 'slow':
        await delay(3000);
        return undefined;
      case 'server-error':
        return problem(500, 'internal');
      case 'offline':
        return HttpResponse.error();
      case 'offline-after-first':
        return requests.length > 1 ? HttpResponse.error() : undefined;
      case 'loading':
        await delay('infinite');
        return undefined;
      case 'rate-limited':
        return problem(429, 'rate_limited', { detail: 'Coba lagi dalam 30 detik.' }, { 'Retry-After': '30' });
      case 'origin-refused':
        return problem(403, 'origin_not_allowed');
      case 'not-api':
        return new HttpResponse('<!doctype html><title>Dinas</title><h1>Halaman tidak ditemukan</h1>', {
          status: 404,
          headers: { 'Content-Type': 'text/html' },
        });
      default:
        return undefined;
    }
  }

  const withGate =
    <P extends PathParams, B extends DefaultBodyType>(answer: HttpResponseResolver<P, B>): HttpResponseResolver<P, B> =>
    async (info) =>
      (await gate(info.request)) ?? answer(info);

  const closures = [...(options.closures ?? [])];
  /** What closes a date for an agency, as the server's store answers it: the whole MPP's first, else the agency's. */
  const closureOn = (date: string, agencyId: string | undefined): Holiday | undefined => {
    const staff =
      closures.find((c) => c.date === date && c.agencyId === null) ??
      closures.find((c) => c.date === date && c.agencyId === agencyId);
    return staff ? { date, name: staff.name, type: staff.kind } : holidays.find((h) => h.date === date);
  };

  const findService = (id: string) => catalogue.find((s) => s.id === id);
  /** A booking's answer in the language asked for, as the server answers it (src/rules/content-language.ts). */
  const bookingIn = (request: Request, answer: Booking, status = 200) => {
    const lang = chooseContentLanguage(request.headers.get('Accept-Language'));
    const body = localiseBooking(answer, findService(answer.serviceId)?.translations?.en, lang);
    return HttpResponse.json<Booking>(body, {
      status,
      headers: { 'Content-Language': lang, Vary: 'Accept-Language' },
    });
  };
  const sessionsOf = (date: string) => weeklySessions(clock.weekday(date), QUOTA);
  const active = (b: MockBooking) => b.status === 'booked' || b.status === 'checked_in' || b.status === 'serving';

  /** Places taken in a session: the lived-in start, the scenario, and the bookings made through this mock. */
  function taken(serviceId: string, date: string, sessionId: string, except?: string): number {
    if (scenario === 'slot-full' || options.fullDays?.includes(date)) return QUOTA;
    const dayIndex = clock.daysBetween(clock.dateOf(now()), date);
    const sessionIndex = sessionsOf(date).findIndex((t) => t.id === sessionId);
    const before = livedIn && dayIndex >= 0 ? livedInTaken(dayIndex, sessionIndex, QUOTA) : 0;
    const mine = [...bookings.values()].filter(
      (b) =>
        b.code !== except &&
        (active(b) || b.status === 'done') &&
        b.serviceId === serviceId &&
        b.date === date &&
        b.session.id === sessionId,
    ).length;
    return before + mine;
  }

  const personHasActiveBooking = (nikHash: string, serviceId: string, date: string, except?: string) =>
    [...bookings.values()].some(
      (b) => b.code !== except && active(b) && b.nikHash === nikHash && b.serviceId === serviceId && b.date === date,
    );

  /** The calendar's and the places' verdict on a session, as the server reaches it. */
  function verdict(serviceId: string, date: string, sessionId: string, person: string, except?: string) {
    const session = sessionsOf(date).find((t) => t.id === sessionId);
    const service = findService(serviceId);
    const refusal =
      calendarRefusal(clock, rules, {
        now: now(),
        date,
        service,
        holiday: closureOn(date, service?.agencyId),
        session,
        windowOpensAt: options.windowOpensAt,
      }) ??
      placeRefusal({
        quota: session!.quota,
        taken: taken(serviceId, date, sessionId, except),
        personHasActiveBooking: personHasActiveBooking(person, serviceId, date, except),
      });
    return { refusal, session: session!, service: service! };
  }

  const sessionTimes = (date: string, session: { id: string; start: string; end: string }) => ({
    id: session.id,
    start: clock.isoLocal(clock.at(date, session.start)),
    end: clock.isoLocal(clock.at(date, session.end)),
  });

  const windowOf = (b: Booking) => checkInWindow(rules, Date.parse(b.session.start), Date.parse(b.session.end));

  /** The booking as the contract states it at `now`: expired once its check-in closed, live queue on the day. */
  function publicBooking(stored: MockBooking): Booking {
    stored.status = settledStatus(stored.status, windowOf(stored), now());
    const {
      nikLast4: _last4,
      nikHash: _hash,
      phone: _phone,
      nikBirth: _birth,
      queue: _queue,
      visit,
      ...booking
    } = stored;
    const window = windowOf(stored);
    const result: Booking = {
      ...booking,
      checkIn: { opensAt: clock.isoLocal(window.opensAt), closesAt: clock.isoLocal(window.closesAt) },
    };
    if (showsLiveQueue(stored.status, stored.date, clock.dateOf(now()))) {
      const agency = agencyList.find((a) => a.id === stored.agencyId);
      // The agency's day as the counter handlers (counter-handlers.ts) left it.
      const day = queueOfDay(bookings.values(), stored.agencyId, stored.date);
      const counters = (agency?.counters ?? []).map((c) => ({
        id: c.id,
        name: c.name,
        nowServing: day.servingAt(c.id)?.visit?.number ?? null,
      }));
      const ahead = peopleAhead(stored.status, {
        waitingBefore: visit ? day.waiting.filter((b) => b.visit!.seq < visit.seq).length : 0,
        waiting: day.waiting.length,
      });
      const estimate = estimatedTurnAt(rules, {
        status: stored.status,
        ahead,
        counters: counters.length,
        sessionStart: Date.parse(stored.session.start),
        now: now(),
      });
      result.queue = {
        number: visit?.number ?? null,
        ahead,
        counters,
        estimatedAt: estimate === null ? null : clock.isoLocal(estimate),
        updatedAt: clock.isoLocal(now()),
      };
      const calledTo = stored.status === 'serving' && counters.find((c) => c.id === visit?.counterId);
      if (calledTo) result.queue.calledTo = { id: calledTo.id, name: calledTo.name };
    }
    return result;
  }

  function newBooking(body: BookingRequest, nikHash: string): MockBooking {
    const { session, service } = verdict(body.serviceId, body.date, body.sessionId, nikHash);
    let code = newBookingCode(randomIndex);
    while (bookings.has(code)) code = newBookingCode(randomIndex);
    const times = sessionTimes(body.date, session);
    const window = checkInWindow(rules, Date.parse(times.start), Date.parse(times.end));
    return {
      kind: 'booking',
      code,
      status: 'booked',
      serviceId: service.id,
      serviceName: service.name,
      agencyId: service.agencyId,
      agencyName: service.agency.name,
      counter: service.counter,
      date: body.date,
      session: times,
      checkIn: { opensAt: clock.isoLocal(window.opensAt), closesAt: clock.isoLocal(window.closesAt) },
      nikMasked: maskedNik(secondFactorOf(body.nik)),
      requirements: service.requirements,
      createdAt: clock.isoLocal(now()),
      qr: qrCodeOf(code),
      nikLast4: secondFactorOf(body.nik),
      phone: body.phone,
      nikBirth: nikBirthOf(body.nik),
      nikHash,
    };
  }

  /** The booking behind a code and second factor; a wrong code and a wrong factor answer the same. */
  const factorKind = options.secondFactor ?? 'nik_last4';
  const authorised = (code: string, factor: string | undefined) => {
    const booking = bookings.get(code);
    const kept = booking && {
      nikLast4: booking.nikLast4,
      phone: booking.phone ?? '',
      nikBirth: booking.nikBirth ?? '',
    };
    return kept && secondFactorMatches(factorKind, kept, factor ?? '') ? booking : undefined;
  };
  /** The fixtures' applications are the demo NIK's (last 4 `0003`), and keep only that, as the server's store. */
  const applicationFactor = (factor: string | undefined) =>
    secondFactorMatches(factorKind, { nikLast4: '0003', phone: '', nikBirth: '' }, factor ?? '');
  /** `secondFactor`, else a v1 client's `nikLast4`, as the server reads them. */
  const factorOf = (body: { secondFactor?: string; nikLast4?: string }) => body.secondFactor ?? body.nikLast4;

  const survey = surveyMock({ base, bookings, withGate });
  const handlers: HttpHandler[] = [
    http.get(
      `${base}/config`,
      withGate(() => HttpResponse.json<MppConfig>({ secondFactor: factorKind })),
    ),
    http.get(
      `${base}/agencies`,
      withGate(() =>
        HttpResponse.json<{ items: Agency[]; total: number }>({ items: agencyList, total: agencyList.length }),
      ),
    ),
    http.get(
      `${base}/services`,
      withGate(({ request }) => {
        // The language by the server's own rule (src/rules/content-language.ts), each with its own ETag.
        const lang = chooseContentLanguage(request.headers.get('Accept-Language'));
        const tag = `"catalogue-${lang}-${catalogue.length}"`;
        const headers = { ETag: tag, 'Content-Language': lang, Vary: 'Accept-Language' };
        if (request.headers.get('If-None-Match') === tag) return new HttpResponse(null, { status: 304, headers });
        const used = new Set(catalogue.map((s) => s.agencyId));
        return HttpResponse.json<ServiceList>(
          {
            items: catalogue.map((s) => summaryOf(localiseService(s, lang))),
            total: catalogue.length,
            agencies: agencyList.filter((a) => used.has(a.id)),
          },
          { headers },
        );
      }),
    ),
    http.get(
      `${base}/services/:serviceId`,
      withGate(({ params, request }) => {
        const service = findService(String(params.serviceId));
        const lang = chooseContentLanguage(request.headers.get('Accept-Language'));
        return service
          ? HttpResponse.json<ServiceDetail>(localiseService(service, lang), {
              headers: { 'Content-Language': lang, Vary: 'Accept-Language' },
            })
          : notFound();
      }),
    ),
    http.get(
      `${base}/services/:serviceId/availability`,
      withGate(({ params, request }) => {
        const service = findService(String(params.serviceId));
        if (!service) return notFound();
        const url = new URL(request.url);
        const from = url.searchParams.get('from') ?? clock.dateOf(now());
        const count = Number(url.searchParams.get('days') ?? rules.bookingWindowDays + 1);
        const days = Array.from({ length: count }, (_, i) => {
          const date = clock.addDays(from, i);
          return availabilityDay(clock, rules, {
            date,
            now: now(),
            bookable: service.bookable,
            holiday: closureOn(date, service.agencyId),
            sessions: sessionsOf(date),
            taken: (id) => taken(service.id, date, id),
            windowOpensAt: options.windowOpensAt,
          });
        });
        return HttpResponse.json<Availability>({ serviceId: service.id, timezone: 'Asia/Jakarta', days });
      }),
    ),
    http.post<never, BookingRequest>(
      `${base}/bookings`,
      withGate(async ({ request }) => {
        const key = request.headers.get('Idempotency-Key');
        if (!key) return problem(400, 'idempotency_key_missing');
        const text = await request.text();
        const previous = idempotent.get(key);
        if (previous) {
          if (previous.body !== text) return problem(409, 'idempotency_key_reused');
          if (previous.status === 201) return bookingIn(request, previous.answer as Booking, 201);
          return HttpResponse.json(previous.answer as Booking, {
            status: previous.status,
            headers: previous.status === 201 ? {} : { 'Content-Type': 'application/problem+json' },
          });
        }
        const body = JSON.parse(text) as BookingRequest;
        const errors = identityErrors(body);
        // The service's extra fields, by the rules core as the server checks them.
        const service = findService(body.serviceId);
        const extra = service && checkBookingFields(service.bookingFields, body.fields);
        if (extra && !extra.ok) errors.push(...bookingFieldErrors(service.bookingFields, extra.errors));
        if (errors.length) return problem(422, 'validation_failed', { errors });
        const nikHash = hashNik(body.nik);
        const { refusal } = verdict(body.serviceId, body.date, body.sessionId, nikHash);
        if (refusal?.status === 422) return refused(refusal);
        if (refusal) {
          // A refusal is an answer too: replaying the key gets the same refusal.
          const answer = {
            ...problemBody(refusal.status, refusal.code),
            ...('detail' in refusal && refusal.detail ? { detail: refusal.detail } : {}),
          };
          idempotent.set(key, { body: text, status: refusal.status, answer });
          return refused(refusal);
        }
        const booking = newBooking(body, nikHash);
        bookings.set(booking.code, booking);
        const { queue: _queue, ...answer } = publicBooking(booking);
        idempotent.set(key, { body: text, status: 201, answer });
        return bookingIn(request, answer, 201);
      }),
    ),
    http.post<never, BookingLookupRequest>(
      `${base}/bookings/lookup`,
      withGate(async ({ request }) => {
        const body = await request.json();
        const booking = authorised(body.code, factorOf(body));
        if (!booking) return notFound(LOOKUP_NOT_FOUND_DETAIL);
        return bookingIn(request, survey.offer(publicBooking(booking)));
      }),
    ),
    // One look-up for a code of any format, as the server answers it: the booking or application, with its kind.
    http.post<never, StatusLookupRequest>(
      `${base}/lookup`,
      withGate(async ({ request }) => {
        const { code, verifier } = await request.json();
        const booking = authorised(code.toUpperCase(), verifier);
        if (booking) return bookingIn(request, survey.offer(publicBooking(booking)));
        const application = apps[code.toUpperCase()];
        // An application keeps its agency's texts, whatever the language asked for.
        if (application && applicationFactor(verifier))
          return HttpResponse.json<Application>(application, {
            headers: { 'Content-Language': 'id', Vary: 'Accept-Language' },
          });
        return notFound(LOOKUP_NOT_FOUND_DETAIL);
      }),
    ),
    http.post<{ code: string }, { nikLast4?: string; secondFactor?: string }>(
      `${base}/bookings/:code/cancel`,
      withGate(async ({ request, params }) => {
        const body = await request.json();
        const booking = authorised(params.code, factorOf(body));
        if (!booking) return notFound(LOOKUP_NOT_FOUND_DETAIL);
        publicBooking(booking);
        const refusal = changeRefusal(booking.status);
        if (refusal) return refused(refusal);
        booking.status = 'cancelled';
        return bookingIn(request, publicBooking(booking));
      }),
    ),
    http.post<{ code: string }, RescheduleRequest>(
      `${base}/bookings/:code/reschedule`,
      withGate(async ({ request, params }) => {
        const body = await request.json();
        const booking = authorised(params.code, factorOf(body));
        if (!booking) return notFound(LOOKUP_NOT_FOUND_DETAIL);
        publicBooking(booking);
        const notActive = changeRefusal(booking.status);
        if (notActive) return refused(notActive);
        const { refusal, session } = verdict(
          booking.serviceId,
          body.date,
          body.sessionId,
          booking.nikHash,
          booking.code,
        );
        if (refusal) return refused(refusal);
        booking.date = body.date;
        booking.session = sessionTimes(body.date, session);
        // A closed booking moved to an open day is booked again.
        booking.status = 'booked';
        delete booking.closure;
        return bookingIn(request, publicBooking(booking));
      }),
    ),
    http.post<never, ApplicationLookupRequest>(
      `${base}/applications/lookup`,
      withGate(async ({ request }) => {
        const body = await request.json();
        const found = apps[body.number];
        if (!found || !applicationFactor(body.verifier))
          return notFound('Periksa kembali nomor permohonan dan 4 angka terakhir NIK.');
        return HttpResponse.json<Application>(found);
      }),
    ),
    http.get(
      `${base}/queues/:agencyId`,
      withGate(({ params }) => {
        const agency = agencyList.find((a) => a.id === params.agencyId);
        if (!agency) return notFound();
        return HttpResponse.json<Queue>({
          agencyId: agency.id,
          date: clock.dateOf(now()),
          // A queue already moving, for the live view's stories.
          counters: agency.counters.map((c) => ({ ...c, nowServing: 'A-012' })),
          waiting: 4,
          averageServiceMinutes: rules.averageServiceMinutes,
          updatedAt: clock.isoLocal(now()),
        });
      }),
    ),
    ...counterHandlers({ base, bookings, agencyList, clock, rules, now, publicBooking, withGate }),
    ...survey.handlers,
  ];

  /** Closes a day: the bookings a closure marks (the rules core's statuses) become `closed`, with its reason. */
  function closeDay(closure: MockClosure) {
    closures.push(closure);
    for (const b of bookings.values()) {
      const closed = b.date === closure.date && (closure.agencyId === null || b.agencyId === closure.agencyId);
      if (!closed || !CLOSABLE_STATUSES.includes(b.status)) continue;
      b.status = 'closed';
      const reason = closedReason(clock, b.date, closureOn(b.date, b.agencyId));
      if (reason) b.closure = reason;
    }
  }

  return { handlers, bookings, requests, closeDay, survey };
}
