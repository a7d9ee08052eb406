// The store interface: every read and write of the server's data goes through it, so a second database engine is
// one more implementation of this file, run through the same suite (server/test/store-suite.ts).
import type {
  Agency,
  Application,
  BookingStatus,
  CancelReason,
  Problem,
  ServiceDetail,
  ServiceStandard,
} from '../../src/api/types.js';
import type { Holiday, Refusal, SessionBookings, SessionTemplate } from '../../src/rules/index.js';
import type { AuditEntry } from './staff-types.js';

/** A service as seeded from the catalogue (its agency is joined in by the server). */
export type CatalogueService = Omit<ServiceDetail, 'agency' | 'lang' | 'untranslated'> & {
  /** Its texts in other languages (kept in their own column: `translations`). */
  translations?: ServiceStandard['translations'];
};

/** What a store is seeded with on its first start. */
export interface SeedData {
  agencies: Agency[];
  services: CatalogueService[];
  holidays: Holiday[];
  /** The sessions of a bookable service on an ISO weekday (1 = Monday). */
  sessionsOf(service: CatalogueService, weekday: number): SessionTemplate[];
  /** Applications to seed, with the hash and last 4 digits of their owner's NIK. */
  applications: (ApplicationRecord & { nikHash: string; nikLast4: string })[];
}

/** A booking as stored: never the NIK itself, only its keyed hash and last 4 digits. */
export interface BookingRecord {
  code: string;
  serviceId: string;
  agencyId: string;
  date: string;
  sessionId: string;
  /** ISO 8601 instants with the MPP's offset. */
  sessionStart: string;
  sessionEnd: string;
  nikHash: string;
  nikLast4: string;
  /** The birth date the NIK encodes, `DDMMYY` (the second factor `birth_date`); empty when not kept or erased. */
  nikBirth: string;
  name: string;
  phone: string;
  email: string | null;
  /** The answers to the service's extra fields (personal data, like the name); null when none. */
  fields: Record<string, string> | null;
  /** Why the resident cancelled, when they said (the text is erased with the name). */
  cancelReason: CancelReason | null;
  status: BookingStatus;
  queueSeq: number | null;
  queueNumber: string | null;
  counterId: string | null;
  createdAt: string;
  checkedInAt: string | null;
  calledAt: string | null;
  updatedAt: string;
  /** With status `closed`: the closure's kind and reason, copied when the day was closed (they outlive it). */
  closure: { kind: ClosureKind; name: string } | null;
}

/** A new booking to write: the record without what only later steps set. */
export type NewBooking = Omit<
  BookingRecord,
  | 'status'
  | 'queueSeq'
  | 'queueNumber'
  | 'counterId'
  | 'checkedInAt'
  | 'calledAt'
  | 'updatedAt'
  | 'closure'
  | 'fields'
  | 'cancelReason'
> & { fields?: Record<string, string> | null };

/** `holiday` and `cuti_bersama` close the whole MPP by decree; `closure` is staff's (a power cut, an event). */
export type ClosureKind = 'holiday' | 'cuti_bersama' | 'closure';

/** A closed day, of the whole MPP (`agencyId` null) or of one agency. */
export interface ClosureRecord {
  /** `hol-YYYY-MM-DD` for the seeded calendar, `cls_…` for staff's. */
  id: string;
  date: string;
  agencyId: string | null;
  kind: ClosureKind;
  /** What residents are shown: the holiday's name or the closure's reason. */
  name: string;
  createdAt: string | null;
  createdBy: string | null;
}

/** A service's weekly sessions (index 0 = Monday … 6 = Sunday) and its window's opening hour. */
export interface ScheduleRecord {
  windowOpensAt: string | null;
  weekdays: SessionTemplate[][];
}

/** The outcome of a change judged inside its transaction: made, or refused (nothing written). */
export type Judged<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

/** An answer kept under an `Idempotency-Key`, returned as it was to a replay. */
export interface StoredAnswer {
  status: number;
  body: unknown;
}

/** A request to take a place, decided and written atomically by `reserve`. */
export interface ReserveRequest {
  /**
   * The ISO weekday of the booking's date: inside its transaction the store checks again that the session still
   * exists that weekday and that no closure covers the day (staff may have changed either since the calendar
   * was judged), and counts places against the session's quota as stored then.
   */
  weekday: number;
  idempotencyKey: string;
  /** A hash of the request body: the same key with another body is refused. */
  requestHash: string;
  booking: NewBooking;
  quota: number;
  /** The calendar's refusal, decided before (it needs no data a concurrent booking changes); null when none. */
  calendarRefusal: Refusal | null;
  /** The answer to keep and return for a booking made (built inside the transaction from what was written). */
  answer(record: BookingRecord): unknown;
  /** The answer to keep and return for a refusal. */
  refusal(refusal: Refusal): Problem;
  /** A fresh code when the first one is taken. */
  newCode(): string;
}

/**
 * The outcome of `reserve`: a first answer, a replay of the key's first answer, a key reused with another body,
 * or a field refusal (`422`, not kept: the resident corrects the request and sends it again with the same key).
 */
export type ReserveResult =
  | { kind: 'answered'; answer: StoredAnswer; replayed: boolean }
  | { kind: 'key_reused' }
  | { kind: 'invalid'; refusal: Refusal };

/** Where a booking moves: the session, its ISO weekday and its quota as the calendar judged it. */
export interface RescheduleTarget {
  date: string;
  weekday: number;
  sessionId: string;
  sessionStart: string;
  sessionEnd: string;
  quota: number;
}

/** An application as stored. */
export type ApplicationRecord = Omit<
  Application,
  'kind' | 'serviceName' | 'agencyId' | 'agencyName' | 'overdue' | 'complaints'
>;

/** The outcome of a conditional change to a booking. */
export type ChangeResult = { ok: true; record: BookingRecord } | { ok: false; refusal: Refusal };

/** The queue of an agency on a day. */
export interface QueueState {
  /** Queue number being served at each counter. */
  serving: Map<string, string>;
  /** Residents checked in and not yet called. */
  waiting: number;
}

export interface BookingStore {
  /** The engine's name, for logs and `/readyz`. */
  readonly engine: string;
  /** Whether the database answers and every migration is applied; a reason when not. */
  ready(): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Seeds an empty store; answers false and changes nothing when it holds a catalogue already. */
  seedIfEmpty(seed: SeedData): Promise<boolean>;
  /** The secret of the NIK hash, made once and kept by the store when the environment gives none. */
  nikKey(make: () => string): Promise<string>;
  close(): Promise<void>;

  // Catalogue and calendar.
  agencies(): Promise<Agency[]>;
  services(): Promise<CatalogueService[]>;
  /**
   * What closes a date for an agency: a closure of the whole MPP first, else one of the agency; without an agency,
   * the whole MPP's only (a holiday, cuti bersama, or a closure of every agency).
   */
  holiday(date: string, agencyId?: string): Promise<Holiday | undefined>;
  sessionTemplates(serviceId: string, weekday: number): Promise<SessionTemplate[]>;
  /** The hour (`HH:MM`) the service's booking window's last day opens; null: midnight. */
  windowOpensAt(serviceId: string): Promise<string | null>;

  // The schedule and closures, as staff change them (each change with its audit entry, in one transaction).
  schedule(serviceId: string): Promise<ScheduleRecord>;
  /**
   * Replaces a service's weekly sessions and opening hour, unless `judge` refuses: it is given the schedule before
   * and the bookings counted per date and session from `days[0]` on (`weekdayOf` names each date's weekday),
   * inside the transaction, so no booking made meanwhile escapes it. `days`: today to the window's last day, the
   * dates a booking may be in flight for.
   */
  replaceSchedule(
    serviceId: string,
    next: ScheduleRecord,
    days: string[],
    weekdayOf: (date: string) => number,
    judge: (before: ScheduleRecord, booked: SessionBookings[]) => Refusal | null,
    audit: (before: ScheduleRecord) => AuditEntry,
  ): Promise<Judged<ScheduleRecord>>;
  /** Closures from `from` to `to` (inclusive), in date order; with `agencyId`, the whole MPP's and that agency's. */
  closures(from: string, to: string, agencyId?: string): Promise<ClosureRecord[]>;
  closureById(id: string): Promise<ClosureRecord | undefined>;
  /** The bookings closing a day would mark (booked or checked in), and whether that scope is closed already. */
  closureImpact(date: string, agencyId: string | null): Promise<{ bookings: number; alreadyClosed: boolean }>;
  /**
   * Closes a day and marks its booked and checked-in visits `closed` (of the agency, or of all), in one transaction
   * with the audit entry; refused when that scope is closed that day already.
   */
  addClosure(closure: ClosureRecord, at: string, audit: (closed: number) => AuditEntry): Promise<Judged<number>>;
  /** Removes a closure (bookings it marked stay `closed`), with its audit entry. */
  removeClosure(id: string, audit: (before: ClosureRecord) => AuditEntry): Promise<ClosureRecord | undefined>;
  /** Places taken per session of a service on a date (bookings that hold a place). */
  placesTaken(serviceId: string, date: string): Promise<Map<string, number>>;

  // Bookings.
  /**
   * Takes a place, or refuses, atomically: an `Idempotency-Key` already answered returns its first answer; else the
   * calendar refusal, the quota and one active booking per NIK hash, service and day are decided and the booking
   * written in one transaction, with its answer kept under the key — whatever the concurrency.
   */
  reserve(request: ReserveRequest): Promise<ReserveResult>;
  booking(code: string): Promise<BookingRecord | undefined>;
  /** Marks a still-booked booking expired (its check-in window closed without the resident). */
  expire(code: string, at: string): Promise<void>;
  /** Cancels a booking that is still booked. */
  /** Cancels a booking that is still booked, keeping the resident's reason when given. */
  cancel(code: string, at: string, reason?: CancelReason): Promise<ChangeResult>;
  /**
   * Moves a booking that is booked (or `closed` by a closure) to another session, taking the new place and freeing
   * the old at once; the target is checked again inside the transaction as in `reserve`.
   */
  reschedule(code: string, target: RescheduleTarget, at: string): Promise<ChangeResult>;
  /**
   * Checks a booking in: decides by `refusal` (given the booking as stored) inside the transaction, then gives it
   * the agency's next queue sequence of the day and the number `numberOf(seq)`.
   */
  checkIn(
    code: string,
    at: string,
    refusal: (record: BookingRecord) => Refusal | null,
    numberOf: (seq: number) => string,
  ): Promise<ChangeResult>;
  /** Finishes whoever is at a counter and calls the first checked-in resident (in check-in order) to it. */
  callNext(agencyId: string, date: string, counterId: string, at: string): Promise<void>;
  queue(agencyId: string, date: string): Promise<QueueState>;
  /** Residents checked in at an agency that day before the given sequence, and not yet called. */
  waitingBefore(agencyId: string, date: string, queueSeq: number): Promise<number>;

  // Applications.
  application(number: string): Promise<(ApplicationRecord & { nikLast4: string }) | undefined>;
  /** Changes an application in one transaction: `change` decides from the stored one (a refusal changes nothing). */
  changeApplication(
    number: string,
    at: string,
    change: (current: ApplicationRecord) => ApplicationRecord | Refusal,
  ): Promise<ApplicationRecord | Refusal | undefined>;
}
