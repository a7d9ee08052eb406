// POST /lookup: a code of any format answered with what it names, a booking or an application, so no client has to
// guess the kind from the code's shape. A wrong code and a wrong second factor get the same 404 whichever kind the
// code would have been: the answer never tells whether a booking with that code exists.
import type { StatusLookupResult } from '../src/api/types.js';
import { LOOKUP_NOT_FOUND_DETAIL } from '../src/rules/index.js';
import type { createApplications } from './applications.js';
import type { Bookings } from './bookings.js';
import { fail, ProblemError } from './problems.js';
import type { BookingStore } from './store/types.js';

export function createStatusLookup({
  store,
  bookings,
  applications,
}: {
  store: BookingStore;
  bookings: Bookings;
  applications: ReturnType<typeof createApplications>;
}) {
  return async function lookup(code: string, verifier: string, now: number): Promise<StatusLookupResult> {
    // The MPP's own booking codes are upper case; residents type them in any case.
    const bookingCode = code.toUpperCase();
    try {
      if (await store.booking(bookingCode)) return await bookings.lookup(bookingCode, verifier, now);
      return await applications.lookup(code, verifier, now);
    } catch (error) {
      if (error instanceof ProblemError && error.code === 'not_found')
        fail(404, 'not_found', { detail: LOOKUP_NOT_FOUND_DETAIL });
      throw error;
    }
  };
}
