// MppClient: every operation of the API as a method, for pages that talk to the API themselves (not in the script-tag
// bundles).
import * as changes from './booking-changes.js';
import * as op from './operations.js';
import { MppTransport, type CachedResult, type RequestOptions } from './transport.js';
import type {
  Agency,
  Application,
  ApplicationLookupRequest,
  Availability,
  Booking,
  BookingLookupRequest,
  BookingRequest,
  CancelRequest,
  MppConfig,
  Queue,
  RescheduleRequest,
  ServiceDetail,
  ServiceList,
  StatusLookupRequest,
  StatusLookupResult,
} from './types.js';

export type { CachedResult, MppClientOptions, RequestOptions } from './transport.js';

/**
 * Typed client of the MPP API. Knows no DOM: the elements share one per base URL.
 *
 * - every attempt has a timeout; reads retry with backoff on network errors, 5xx and 429, honouring `Retry-After`;
 * - a booking carries an `Idempotency-Key` that is kept until the server gives a final answer, so retrying the
 *   same booking (automatically or by the resident) can never book twice;
 * - the catalogue and the agencies are cached in memory and revalidated with `ETag`;
 * - every failure is one `MppApiError`.
 *
 * Each method is the function of the same name in `operations.ts` or `booking-changes.ts`; the elements call
 * those directly so that a bundle carries only the operations it uses.
 */
export class MppClient extends MppTransport {
  /** The agencies at this MPP (cached, revalidated with `ETag`). */
  listAgencies(opts?: RequestOptions): Promise<CachedResult<{ items: Agency[]; total: number }>> {
    return op.listAgencies(this, opts);
  }

  /** The whole catalogue (cached, revalidated with `ETag`; served stale when offline). */
  listServices(opts?: RequestOptions): Promise<CachedResult<ServiceList>> {
    return op.listServices(this, opts);
  }

  /** One service with its full service standard. */
  getService(serviceId: string, opts?: RequestOptions): Promise<ServiceDetail> {
    return op.getService(this, serviceId, opts);
  }

  /** Days of the booking window with their sessions. */
  getAvailability(
    serviceId: string,
    query?: { from?: string; days?: number },
    opts?: RequestOptions,
  ): Promise<Availability> {
    return op.getAvailability(this, serviceId, query, opts);
  }

  /** Books a place, with an idempotency key kept for this exact booking until a final answer. */
  createBooking(body: BookingRequest, opts?: RequestOptions): Promise<Booking> {
    return changes.createBooking(this, body, opts);
  }

  /** A booking by code and the last 4 digits of the NIK (with live queue data on the day). */
  lookupBooking(body: BookingLookupRequest, opts?: RequestOptions): Promise<Booking> {
    return op.lookupBooking(this, body, opts);
  }

  /** Cancels a booking. Not retried automatically: the resident sees the outcome and decides. */
  cancelBooking(code: string, body: CancelRequest, opts?: RequestOptions): Promise<Booking> {
    return changes.cancelBooking(this, code, body, opts);
  }

  /** Moves a booking to another day or session; the server swaps the places atomically. Not retried. */
  rescheduleBooking(code: string, body: RescheduleRequest, opts?: RequestOptions): Promise<Booking> {
    return changes.rescheduleBooking(this, code, body, opts);
  }

  /** An application (permohonan) by number and the last 4 digits of the applicant's NIK. */
  lookupApplication(body: ApplicationLookupRequest, opts?: RequestOptions): Promise<Application> {
    return op.lookupApplication(this, body, opts);
  }

  /** A booking or an application by a code of any format; the answer's `kind` says which. */
  lookupStatus(body: StatusLookupRequest, opts?: RequestOptions): Promise<StatusLookupResult> {
    return op.lookupStatus(this, body, opts);
  }

  /** What this MPP asks of residents: the kind of second factor (read once, then reused). */
  getConfig(opts?: RequestOptions): Promise<MppConfig> {
    return op.getConfig(this, opts);
  }

  /** The live queue of an agency today. */
  getQueue(agencyId: string, opts?: RequestOptions): Promise<Queue> {
    return op.getQueue(this, agencyId, opts);
  }
}
