// The store beside BookingStore for what happens at and after the counter: the outcome of a called visit, who a
// counter serves, the report's facts, and erasing personal data (after the retention period, or on a person's
// request). Each change is written in one transaction with its audit entry.
import type { BookingStatus } from '../../src/api/types.js';
import type { Refusal, VisitFact } from '../../src/rules/index.js';
import type { AuditEntry } from './staff-types.js';
import type { BookingRecord, ChangeResult } from './types.js';

/** How a person asking for their data is found: their NIK's hash and their name or phone as on a booking. */
export interface PersonQuery {
  nikHash: string;
  /** Compared case- and space-insensitively. */
  name?: string;
  /** Compared as a national number (`0812…`, `+62812…` and `62812…` are the same). */
  phone?: string;
  /** Only this agency's bookings (an agency administrator's request). */
  agencyId?: string;
}

export interface VisitStore {
  /**
   * Ends the call of a visit: `refusal` decides from the booking as stored (inside the transaction); else the
   * booking takes `status` and `counterId` (the counter it is sent to, or the one that served it), and the audit
   * entry built from the booking before and after is written with it.
   */
  finishVisit(
    code: string,
    at: string,
    refusal: (record: BookingRecord) => Refusal | null,
    change: { status: BookingStatus; counterId: string | null },
    audit: (before: BookingRecord, after: BookingRecord) => AuditEntry,
  ): Promise<ChangeResult>;
  /** The booking a counter of an agency serves on a date, if any. */
  servingAt(agencyId: string, date: string, counterId: string): Promise<BookingRecord | undefined>;
  /** Residents checked in at an agency that day and sent to this counter by another, not yet called. */
  waitingFor(agencyId: string, date: string, counterId: string): Promise<number>;
  /** What a report counts of the bookings whose day is in `from`…`to`, of one agency when given. */
  visitFacts(from: string, to: string, agencyId?: string): Promise<VisitFact[]>;
  /**
   * Erases the name, phone, e-mail and NIK hash and last digits of every booking whose day is before `beforeDate`
   * and not yet erased, and drops the idempotency answers kept since before `answersBefore`; answers how many
   * bookings it erased. Idempotent, and safe to run on several instances at once.
   */
  eraseBefore(beforeDate: string, answersBefore: string, at: string): Promise<number>;
  /** A person's bookings, oldest first (erased ones have no NIK hash left, so they are never found). */
  personBookings(query: PersonQuery): Promise<BookingRecord[]>;
  /**
   * Erases the personal data of these bookings (still active ones are cancelled first, giving their place back)
   * with the audit entry, in one transaction; answers how many it erased.
   */
  eraseBookings(codes: readonly string[], at: string, audit: AuditEntry): Promise<number>;
}

/** A national mobile number without its prefix (`812…`), to compare however it was typed. */
export const nationalPhone = (phone: string) => phone.replace(/\D/g, '').replace(/^(62|0)/, '');
/** A name to compare: lower case, single spaces. */
export const comparableName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Whether a stored booking is the person's, by the name or phone the request gives. */
export const matchesPerson = (record: BookingRecord, query: PersonQuery) =>
  (query.name !== undefined && comparableName(record.name) === comparableName(query.name)) ||
  (query.phone !== undefined && nationalPhone(record.phone) === nationalPhone(query.phone));

/** What erasing writes over a booking's personal data: the NIK hash becomes a value unique to the booking. */
export const ERASED_NIK_PREFIX = 'erased:';
