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
  Problem,
  ProblemCode,
  Queue,
  RescheduleRequest,
  ServiceDetail,
  ServiceList,
} from '../../src/api/types.js';
import { todayInMpp } from '../../src/core/format.js';
import { validateName, validateNik, validatePhone } from '../../src/core/validation.js';
import { agencies, applications, availabilityFor, services as allServices, summaryOf } from './fixtures.js';

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
 *   catalogue, then the connection drops).
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
  | 'offline-after-first';

export interface MockApiOptions {
  /** Where the API lives; default `/api/v1` on the page's origin. */
  base?: string;
  scenario?: Scenario;
  /** Replace the catalogue (long names, 2,000 services, hostile strings). */
  services?: ServiceDetail[];
  /** Replace the agencies listed with the catalogue. */
  agencies?: Agency[];
  /** Extra delay on every answer, in milliseconds. */
  delayMs?: number;
}

export interface MockApi {
  handlers: HttpHandler[];
  /** Bookings made through the mock, by code (masked NIK only; the raw NIK is kept to check second factors). */
  bookings: Map<string, Booking & { nikLast4: string }>;
  /** Requests the mock answered, for assertions about what was sent. */
  requests: Request[];
}

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function problem(
  status: number,
  code: ProblemCode,
  title: string,
  extra: Partial<Problem> = {},
  headers: HeadersInit = {},
) {
  return HttpResponse.json<Problem>(
    { type: `https://mpp.example/problems/${code}`, title, status, code, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

const notFound = () =>
  problem(404, 'not_found', 'Data tidak ditemukan', { detail: 'Periksa kembali kode dan 4 angka terakhir NIK.' });

function newCode(n: number): string {
  let code = '';
  let x = (n + 1) * 2654435761;
  for (let i = 0; i < 8; i++) {
    code += CODE_ALPHABET[x % CODE_ALPHABET.length];
    x = Math.floor(x / CODE_ALPHABET.length) + 7919 * (i + 1);
  }
  return `RSV-${code}`;
}

function bookingFieldErrors(body: Partial<BookingRequest>): FieldError[] {
  const errors: FieldError[] = [];
  const nik = validateNik(String(body.nik ?? ''));
  if (!nik.ok) errors.push({ field: 'nik', code: nik.key, message: 'NIK tidak valid.' });
  const name = validateName(String(body.name ?? ''));
  if (!name.ok) errors.push({ field: 'name', code: name.key, message: 'Nama wajib diisi.' });
  const phone = validatePhone(String(body.phone ?? ''));
  if (!phone.ok) errors.push({ field: 'phone', code: phone.key, message: 'Nomor HP tidak valid.' });
  return errors;
}

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const base = (options.base ?? '/api/v1').replace(/\/+$/, '');
  const scenario = options.scenario ?? 'normal';
  const catalogue = scenario === 'empty' ? [] : (options.services ?? allServices);
  const bookings = new Map<string, Booking & { nikLast4: string }>();
  const idempotent = new Map<string, { body: string; code: string }>();
  const requests: Request[] = [];
  const apps = applications();
  const etag = `"catalogue-${catalogue.length}"`;

  /** Applies the scenario before any handler answers; a response here short-circuits the handler. */
  async function gate(request: Request): Promise<Response | undefined> {
    requests.push(request.clone());
    if (options.delayMs) await delay(options.delayMs);
    switch (scenario) {
      case 'slow':
        await delay(3000);
        return undefined;
      case 'server-error':
        return problem(500, 'internal', 'Terjadi kesalahan pada server');
      case 'offline':
        return HttpResponse.error();
      case 'offline-after-first':
        return requests.length > 1 ? HttpResponse.error() : undefined;
      case 'loading':
        await delay('infinite');
        return undefined;
      case 'rate-limited':
        return problem(
          429,
          'rate_limited',
          'Terlalu banyak permintaan',
          { detail: 'Coba lagi dalam 30 detik.' },
          { 'Retry-After': '30' },
        );
      default:
        return undefined;
    }
  }

  const withGate =
    <P extends PathParams, B extends DefaultBodyType>(answer: HttpResponseResolver<P, B>): HttpResponseResolver<P, B> =>
    async (info) =>
      (await gate(info.request)) ?? answer(info);

  const findService = (id: string) => catalogue.find((s) => s.id === id);

  function bookingFor(body: BookingRequest, n: number): Booking & { nikLast4: string } {
    const service = findService(body.serviceId)!;
    const session = availabilityFor(service.id, { from: body.date, days: 1 }).days[0].sessions.find(
      (s) => s.id === body.sessionId,
    )!;
    const opens = new Date(Date.parse(session.start) - 15 * 60_000);
    const closes = new Date(Date.parse(session.end) + 15 * 60_000);
    const wib = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 19) + '+07:00';
    const code = newCode(n);
    return {
      code,
      status: 'booked',
      serviceId: service.id,
      serviceName: service.name,
      agencyId: service.agencyId,
      agencyName: service.agency.name,
      counter: service.counter,
      date: body.date,
      session: { id: session.id, start: session.start, end: session.end },
      checkIn: { opensAt: wib(opens), closesAt: wib(closes) },
      nikMasked: `************${body.nik.slice(-4)}`,
      requirements: service.requirements,
      createdAt: wib(new Date()),
      qr: qrCodeOf(code),
      nikLast4: body.nik.slice(-4),
    };
  }

  const publicBooking = ({ nikLast4: _omit, ...booking }: Booking & { nikLast4: string }): Booking => booking;

  const handlers: HttpHandler[] = [
    http.get(
      `${base}/agencies`,
      withGate(() =>
        HttpResponse.json<{ items: Agency[]; total: number }>({ items: agencies, total: agencies.length }),
      ),
    ),
    http.get(
      `${base}/services`,
      withGate(({ request }) => {
        if (request.headers.get('If-None-Match') === etag)
          return new HttpResponse(null, { status: 304, headers: { ETag: etag } });
        const used = new Set(catalogue.map((s) => s.agencyId));
        return HttpResponse.json<ServiceList>(
          {
            items: catalogue.map(summaryOf),
            total: catalogue.length,
            agencies: agencies.filter((a) => used.has(a.id)),
          },
          { headers: { ETag: etag } },
        );
      }),
    ),
    http.get(
      `${base}/services/:serviceId`,
      withGate(({ params }) => {
        const service = findService(String(params.serviceId));
        return service ? HttpResponse.json<ServiceDetail>(service) : notFound();
      }),
    ),
    http.get(
      `${base}/services/:serviceId/availability`,
      withGate(({ params, request }) => {
        const service = findService(String(params.serviceId));
        if (!service) return notFound();
        const url = new URL(request.url);
        const days = Number(url.searchParams.get('days') ?? 8);
        const availability = availabilityFor(service.id, {
          from: url.searchParams.get('from') ?? todayInMpp(),
          days,
          full: scenario === 'slot-full',
        });
        // Places booked through this mock count against the quota.
        for (const day of availability.days) {
          for (const session of day.sessions) {
            const taken = [...bookings.values()].filter(
              (b) =>
                b.status === 'booked' &&
                b.serviceId === service.id &&
                b.date === day.date &&
                b.session.id === session.id,
            ).length;
            session.remaining = Math.max(0, session.remaining - taken);
            session.bookable = session.remaining > 0;
          }
        }
        return HttpResponse.json<Availability>(availability);
      }),
    ),
    http.post<never, BookingRequest>(
      `${base}/bookings`,
      withGate(async ({ request }) => {
        const key = request.headers.get('Idempotency-Key');
        if (!key) return problem(400, 'idempotency_key_missing', 'Header Idempotency-Key wajib ada');
        const text = await request.text();
        const previous = idempotent.get(key);
        if (previous) {
          if (previous.body !== text)
            return problem(409, 'idempotency_key_reused', 'Kunci idempoten sudah dipakai untuk permintaan lain');
          return HttpResponse.json<Booking>(publicBooking(bookings.get(previous.code)!), { status: 201 });
        }
        const body = JSON.parse(text) as BookingRequest;
        const errors = bookingFieldErrors(body);
        if (errors.length) return problem(422, 'validation_failed', 'Data belum benar', { errors });
        const service = findService(body.serviceId);
        if (!service)
          return problem(422, 'validation_failed', 'Data belum benar', {
            errors: [{ field: 'serviceId', code: 'unknown', message: 'Layanan tidak dikenal.' }],
          });
        const day = availabilityFor(service.id, { from: body.date, days: 1, full: scenario === 'slot-full' }).days[0];
        const session = day.sessions.find((s) => s.id === body.sessionId);
        if (!day.open || !session) return problem(409, 'day_closed', 'Hari atau sesi tidak tersedia');
        const taken = [...bookings.values()].filter(
          (b) =>
            b.status === 'booked' &&
            b.serviceId === body.serviceId &&
            b.date === body.date &&
            b.session.id === body.sessionId,
        ).length;
        if (session.remaining - taken <= 0) {
          return problem(409, 'session_full', 'Sesi sudah penuh', {
            detail: 'Kuota sesi ini sudah habis. Pilih sesi lain.',
          });
        }
        const duplicate = [...bookings.values()].find(
          (b) =>
            b.status === 'booked' &&
            b.serviceId === body.serviceId &&
            b.date === body.date &&
            b.nikMasked.endsWith(body.nik.slice(-4)),
        );
        if (duplicate)
          return problem(409, 'duplicate_booking', 'Anda sudah memiliki booking untuk layanan ini pada hari itu');
        const booking = bookingFor(body, bookings.size);
        bookings.set(booking.code, booking);
        idempotent.set(key, { body: text, code: booking.code });
        return HttpResponse.json<Booking>(publicBooking(booking), { status: 201 });
      }),
    ),
    http.post<never, BookingLookupRequest>(
      `${base}/bookings/lookup`,
      withGate(async ({ request }) => {
        const body = await request.json();
        const booking = bookings.get(body.code);
        if (!booking || booking.nikLast4 !== body.nikLast4) return notFound();
        return HttpResponse.json<Booking>(publicBooking(booking));
      }),
    ),
    http.post<{ code: string }, { nikLast4: string }>(
      `${base}/bookings/:code/cancel`,
      withGate(async ({ request, params }) => {
        const body = await request.json();
        const booking = bookings.get(params.code);
        if (!booking || booking.nikLast4 !== body.nikLast4) return notFound();
        if (booking.status !== 'booked') return problem(409, 'booking_not_active', 'Booking sudah tidak aktif');
        booking.status = 'cancelled';
        return HttpResponse.json<Booking>(publicBooking(booking));
      }),
    ),
    http.post<{ code: string }, RescheduleRequest>(
      `${base}/bookings/:code/reschedule`,
      withGate(async ({ request, params }) => {
        const body = await request.json();
        const booking = bookings.get(params.code);
        if (!booking || booking.nikLast4 !== body.nikLast4) return notFound();
        if (booking.status !== 'booked') return problem(409, 'booking_not_active', 'Booking sudah tidak aktif');
        const day = availabilityFor(booking.serviceId, { from: body.date, days: 1, full: scenario === 'slot-full' })
          .days[0];
        const session = day.sessions.find((s) => s.id === body.sessionId);
        if (!session || session.remaining <= 0) return problem(409, 'session_full', 'Sesi sudah penuh');
        booking.date = body.date;
        booking.session = { id: session.id, start: session.start, end: session.end };
        return HttpResponse.json<Booking>(publicBooking(booking));
      }),
    ),
    http.post<never, ApplicationLookupRequest>(
      `${base}/applications/lookup`,
      withGate(async ({ request }) => {
        const body = await request.json();
        const found = apps[body.number];
        if (!found || body.verifier !== '0003') return notFound();
        return HttpResponse.json<Application>(found);
      }),
    ),
    http.get(
      `${base}/queues/:agencyId`,
      withGate(({ params }) => {
        const agency = agencies.find((a) => a.id === params.agencyId);
        if (!agency) return notFound();
        return HttpResponse.json<Queue>({
          agencyId: agency.id,
          date: todayInMpp(),
          counters: agency.counters.map((c) => ({ ...c, nowServing: 'A-012' })),
          waiting: 4,
          averageServiceMinutes: 8,
          updatedAt: new Date().toISOString(),
        });
      }),
    ),
  ];

  return { handlers, bookings, requests };
}
