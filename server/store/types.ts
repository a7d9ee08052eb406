// The store interface: every read and write of the server's data goes through it, so a second database engine is
// one more implementation of this file, run through the same suite (server/test/store-suite.ts).
import type { Agency, Application, BookingStatus, Problem, ServiceDetail } from '../../src/api/types.js';
import type { Holiday, Refusal, SessionTemplate } from '../../src/rules/index.js';

/** A service as seeded from the catalogue (its agency is joined in by the server). */
export type CatalogueService = Omit<ServiceDetail, 'agency'>;

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
  name: string;
  phone: string;
  email: string | null;
  status: BookingStatus;
  queueSeq: number | null;
  queueNumber: string | null;
  counterId: string | null;
  createdAt: string;
  checkedInAt: string | null;
  calledAt: string | null;
  updatedAt: string;
}

/** A new booking to write: the record without what only later steps set. */
export type NewBooking = Omit<
  BookingRecord,
  'status' | 'queueSeq' | 'queueNumber' | 'counterId' | 'checkedInAt' | 'calledAt' | 'updatedAt'
>;

/** An answer kept under an `Idempotency-Key`, returned as it was to a replay. */
export interface StoredAnswer {
  status: number;
  body: unknown;
}

/** A request to take a place, decided and written atomically by `reserve`. */
export interface ReserveRequest {
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
  holiday(date: string): Promise<Holiday | undefined>;
  sessionTemplates(serviceId: string, weekday: number): Promise<SessionTemplate[]>;
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
  cancel(code: string, at: string): Promise<ChangeResult>;
  /** Moves a booking that is still booked to another session, taking the new place and freeing the old at once. */
  reschedule(
    code: string,
    target: { date: string; sessionId: string; sessionStart: string; sessionEnd: string; quota: number },
    at: string,
  ): Promise<ChangeResult>;
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
