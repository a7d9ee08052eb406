// The operations that change a booking: create (with its idempotency key), cancel and move. A module of their own
// because only the booking's second half (components/queue-booking/finish-steps.ts) calls them, and rollup puts a
// module in one file: here they travel with that half instead of in every page's script.
import { MppApiError } from './errors.js';
import { bookingShape, segment } from './operations.js';
import type { MppTransport, RequestOptions } from './transport.js';
import type { Booking, BookingRequest, CancelRequest, RescheduleRequest } from './types.js';

/** The answer's language (`Accept-Language`): the service named in it where translated. */
const langOf = (opts: RequestOptions) => ({ 'Accept-Language': opts.lang || 'id' });

/** Idempotency keys of the bookings each transport has not had a final answer for, by booking fingerprint. */
const bookingKeys = new WeakMap<MppTransport, Map<string, string>>();

/** A stable text of a booking body, so the same booking retried maps to the same idempotency key. */
function bookingFingerprint(body: BookingRequest): string {
  return JSON.stringify([body.serviceId, body.date, body.sessionId, body.nik, body.name, body.phone, body.email ?? '']);
}

/**
 * Books a place. The idempotency key belongs to this exact booking (service, day, session, identity) until the
 * server answers for good, so every retry — by the transport after a dropped connection, or by the resident
 * pressing "Try again" — reuses it and the server returns the one booking it made.
 */
export async function createBooking(
  api: MppTransport,
  body: BookingRequest,
  opts: RequestOptions = {},
): Promise<Booking> {
  let keys = bookingKeys.get(api);
  if (!keys) bookingKeys.set(api, (keys = new Map()));
  const fingerprint = bookingFingerprint(body);
  let key = keys.get(fingerprint);
  if (!key) {
    key = api.newKey();
    keys.set(fingerprint, key);
  }
  try {
    const booking = await api.json<Booking>(
      {
        method: 'POST',
        path: '/bookings',
        body,
        // The answer names the service in the resident's language (the replay of a retry too).
        headers: { 'Idempotency-Key': key, 'Accept-Language': opts.lang || 'id' },
        retry: true,
        shape: bookingShape,
      },
      opts,
    );
    keys.delete(fingerprint);
    return booking;
  } catch (error) {
    // Keep the key while the outcome is unknown or may change on retry; a final refusal frees it.
    if (error instanceof MppApiError && !error.retryable && error.code !== 'aborted') keys.delete(fingerprint);
    throw error;
  }
}

/** Cancels a booking. Not retried automatically: the resident sees the outcome and decides. */
export function cancelBooking(
  api: MppTransport,
  code: string,
  body: CancelRequest,
  opts: RequestOptions = {},
): Promise<Booking> {
  const path = `/bookings/${segment(code)}/cancel`;
  return api.json({ method: 'POST', path, body, headers: langOf(opts), retry: false, shape: bookingShape }, opts);
}

/** Moves a booking to another day or session; the server swaps the places atomically. Not retried. */
export function rescheduleBooking(
  api: MppTransport,
  code: string,
  body: RescheduleRequest,
  opts: RequestOptions = {},
): Promise<Booking> {
  const path = `/bookings/${segment(code)}/reschedule`;
  return api.json({ method: 'POST', path, body, headers: langOf(opts), retry: false, shape: bookingShape }, opts);
}
