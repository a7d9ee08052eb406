/**
 * Fixtures in the contract's shapes, built from the Tanjungpinang catalogue (`data/catalogue.json`), for the unit
 * tests and Storybook. Dates are computed from today in the MPP's time zone, so the booking window is always open.
 */
import catalogue from '../../data/catalogue.json';
import { DEMO_APPLICATION_SERVICE, demoApplications } from '../../server/demo-applications.js';
import { qrCodeOf } from '../../server/qr.js';
import type {
  Agency,
  Application,
  Availability,
  AvailabilityDay,
  Booking,
  ServiceDetail,
  TranslatableField,
} from '../../src/api/types.js';
import { summaryOf } from '../../src/rules/catalogue-summary.js';
import { todayInMpp } from '../../src/core/format.js';
import {
  availabilityDay,
  DEFAULT_RULES,
  isOverdue,
  makeClock,
  weeklySessions,
  type Translated,
} from '../../src/rules/index.js';

export { summaryOf };

type CatalogueService = (typeof catalogue.services)[number];

export const agencies: Agency[] = catalogue.agencies;

/** A service of the catalogue with its agency, and its translations (the mocks answer them localised). */
export function detailOf(s: CatalogueService): Translated<ServiceDetail> {
  const agency = agencies.find((a) => a.id === s.agencyId)!;
  return {
    ...s,
    confidence: s.confidence as ServiceDetail['confidence'],
    bookingFields: 'bookingFields' in s ? (s.bookingFields as ServiceDetail['bookingFields']) : undefined,
    agency,
  };
}

export const services: Translated<ServiceDetail>[] = catalogue.services.map(detailOf);
export const holidays = catalogue.holidays;

const WORDS = [
  'Izin',
  'Surat',
  'Keterangan',
  'Pendaftaran',
  'Perubahan',
  'Legalisasi',
  'Pengesahan',
  'Rekomendasi',
  'Sertifikat',
  'Kartu',
];
const OBJECTS = [
  'Usaha Mikro',
  'Tanah',
  'Bangunan',
  'Kendaraan',
  'Kesehatan',
  'Pendidikan',
  'Pariwisata',
  'Perikanan',
  'Pertanian',
  'Koperasi',
];

/** A catalogue of `n` services (for the 2,000-service stories and benchmarks): the real ones, then made-up ones. */
export function manyServices(n: number): ServiceDetail[] {
  const out = [...services];
  for (let i = out.length; i < n; i++) {
    const base = services[i % services.length];
    out.push({
      ...base,
      id: `${base.agencyId}-layanan-${i}`,
      name: `${WORDS[i % WORDS.length]} ${OBJECTS[Math.floor(i / WORDS.length) % OBJECTS.length]} ${i}`,
      keywords: [],
    });
  }
  return out;
}

/** A service with a very long name and many requirements, for layout stories and reflow tests. */
export function longService(): ServiceDetail {
  const base = services.find((s) => s.id === KTP_SERVICE_ID)!;
  return {
    ...base,
    id: 'disdukcapil-layanan-panjang',
    name: 'Penerbitan Dokumen Kependudukan dan Pencatatan Sipil Secara Terpadu bagi Penduduk Rentan Administrasi Kependudukan di Wilayah Kepulauan Terluar, Terdepan dan Tertinggal (3T) Kota Tanjungpinang',
    requirements: Array.from(
      { length: 24 },
      (_, i) =>
        `Persyaratan nomor ${i + 1}: fotokopi dokumen pendukung yang telah dilegalisasi oleh pejabat berwenang beserta dokumen aslinya untuk diperlihatkan kepada petugas`,
    ),
  };
}

/** A bookable service for the booking tests: KTP-el at Disdukcapil. */
export const KTP_SERVICE_ID = 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru';

/** `YYYY-MM-DD` plus `n` days. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The clock and rules the mocks share with the reference server (the MPP in WIB, default rules). */
export const mppClock = makeClock();

/**
 * The days after `date` in the booking window that the MPP opens: weekdays the seed's holidays leave alone. Tests
 * and stories that pick "the next weekday" take it from here, so a holiday after today does not change their meaning.
 */
export function openWeekdaysAfter(date: string): string[] {
  return Array.from({ length: DEFAULT_RULES.bookingWindowDays }, (_, i) => mppClock.addDays(date, i + 1)).filter(
    (d) => mppClock.weekday(d) <= 5 && !holidays.some((h) => h.date === d),
  );
}

/** Places a "lived-in" mock has taken in a session before any test books: varied, so lists look real. */
export const livedInTaken = (dayIndex: number, sessionIndex: number, quota: number): number =>
  quota - ((dayIndex * 3 + sessionIndex * 2) % (quota + 1));

/**
 * The booking window (today … today+7) as the rules core states it: weekends and holidays closed with their
 * reason, the default weekly sessions with a quota of 10, ended sessions no longer bookable; `remaining` varies
 * by day so lists look lived-in; `full` empties every session.
 */
export function availabilityFor(
  serviceId: string,
  opts: { from?: string; days?: number; full?: boolean; now?: number } = {},
): Availability {
  const now = opts.now ?? Date.now();
  const from = opts.from ?? mppClock.dateOf(now);
  const service = services.find((s) => s.id === serviceId);
  const days: AvailabilityDay[] = [];
  for (let i = 0; i < (opts.days ?? DEFAULT_RULES.bookingWindowDays + 1); i++) {
    const date = mppClock.addDays(from, i);
    const sessions = weeklySessions(mppClock.weekday(date), 10);
    days.push(
      availabilityDay(mppClock, DEFAULT_RULES, {
        date,
        now,
        bookable: service?.bookable ?? true,
        holiday: holidays.find((h) => h.date === date),
        sessions,
        taken: (id) =>
          opts.full
            ? 10
            : livedInTaken(
                i,
                sessions.findIndex((t) => t.id === id),
                10,
              ),
      }),
    );
  }
  return { serviceId, timezone: 'Asia/Jakarta', days };
}

/** A booking today, checked in, with `ahead` people before it in the live queue (code RSV-7KQ2M9XA, factor 0003). */
export function bookingOnTheDay(overrides: Partial<Booking> = {}, ahead = 3): Booking {
  const today = todayInMpp();
  return {
    kind: 'booking',
    code: 'RSV-7KQ2M9XA',
    status: 'checked_in',
    serviceId: 'polresta-penerbitan-skck-baru',
    serviceName: 'Penerbitan SKCK Baru',
    agencyId: 'polresta',
    agencyName: 'Polresta Tanjungpinang',
    counter: 'Loket 6, MPP Tanjungpinang',
    date: today,
    session: { id: 's0900', start: `${today}T09:00:00+07:00`, end: `${today}T10:00:00+07:00` },
    checkIn: { opensAt: `${today}T08:45:00+07:00`, closesAt: `${today}T10:15:00+07:00` },
    nikMasked: '************0003',
    createdAt: `${today}T07:00:00+07:00`,
    qr: qrCodeOf('RSV-7KQ2M9XA'),
    queue: {
      number: 'P-015',
      ahead,
      counters: [{ id: 'loket-6', name: 'Loket 6', nowServing: `P-${String(15 - ahead).padStart(3, '0')}` }],
      estimatedAt: `${today}T09:${String(10 + ahead * 8).padStart(2, '0')}:00+07:00`,
      updatedAt: `${today}T09:10:00+07:00`,
    },
    ...overrides,
  };
}

/**
 * A booking today placed around `now` so that the tracker meets one moment of the day of the visit, whenever a story
 * or a test runs: before check-in opens (the session in 50 minutes), check-in open (in 5), in the queue (started 10
 * minutes ago), or check-in missed (closed 15 minutes ago; the server has settled it `expired`, with no queue).
 */
export function bookingAtMoment(
  moment: 'check_in_later' | 'check_in_open' | 'waiting' | 'check_in_missed',
  now = Date.now(),
): Booking {
  const minute = 60_000;
  const base = Math.floor(now / minute) * minute;
  const startIn = { check_in_later: 50, check_in_open: 5, waiting: -10, check_in_missed: -90 }[moment];
  const start = base + startIn * minute;
  const iso = (ms: number) => mppClock.isoLocal(ms);
  const waiting = moment === 'waiting';
  const booking = bookingOnTheDay({
    status: waiting ? 'checked_in' : moment === 'check_in_missed' ? 'expired' : 'booked',
    date: mppClock.dateOf(start),
    session: { id: 's0900', start: iso(start), end: iso(start + 60 * minute) },
    checkIn: { opensAt: iso(start - 15 * minute), closesAt: iso(start + 75 * minute) },
  });
  if (moment === 'check_in_missed') return { ...booking, queue: undefined };
  booking.queue = {
    number: waiting ? 'P-015' : null,
    ahead: waiting ? 3 : 0,
    counters: [{ id: 'loket-6', name: 'Loket 6', nowServing: waiting ? 'P-012' : null }],
    estimatedAt: iso(waiting ? base + 24 * minute : now),
    updatedAt: iso(base),
  };
  return booking;
}

/**
 * Applications by number, as the reference server seeds them (server/demo-applications.ts) with what the
 * server derives added: names from the catalogue, `overdue` from the day. The second factor of each is `0003`.
 */
export function applications(): Record<string, Application> {
  const today = todayInMpp();
  const service = services.find((s) => s.id === DEMO_APPLICATION_SERVICE)!;
  return Object.fromEntries(
    demoApplications(today).map((a) => [
      a.number,
      {
        kind: 'application',
        ...a,
        serviceName: service.name,
        agencyId: service.agencyId,
        agencyName: service.agency.name,
        overdue: isOverdue(a, today),
        complaints: service.complaints,
      },
    ]),
  );
}

/**
 * The catalogue with one service translated only in part (`kept`, by default its name and requirements): on an
 * English page its other texts fall back to Bahasa Indonesia and are marked `lang="id"` (stories and tests).
 */
export function partlyTranslated(
  id = KTP_SERVICE_ID,
  kept: readonly TranslatableField[] = ['name', 'requirements'],
): Translated<ServiceDetail>[] {
  return services.map((s) => {
    if (s.id !== id) return s;
    const en = s.translations!.en!;
    return { ...s, translations: { en: Object.fromEntries(kept.map((f) => [f, en[f]])) } };
  });
}
