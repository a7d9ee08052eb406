// What every suite agrees on: where the mocked API lives in unit tests, who the test residents are, and the
// moment the end-to-end server's clock starts. One place, so no suite keeps its own copy.

/** The API base the unit tests' mocked fetch answers (MSW handlers are built for it); nothing real lives there. */
export const API_BASE = 'http://mpp.test/api/v1';

/** A valid NIK (Jakarta Pusat, a woman born 5 September 1990) for the unit tests' resident. */
export const NIK = '3172014509900003';

/** A valid NIK for another resident each time (Kepulauan Riau, born 1 January 1985): the real server allows one booking per NIK, service and day. */
export const newNik = () => `217201010185${String(1000 + Math.floor(Math.random() * 8999))}`;

/** Monday 7 December 2026, 08:50 WIB: the end-to-end server's clock starts here, so the 09.00 session is open for check-in whatever the hour of the run. */
export const MONDAY_MORNING = '2026-12-07T08:50:00+07:00';

/**
 * The counter officer the end-to-end server is started with (created by `npm run staff:add` before the server
 * starts): checks residents in and calls them at the KPP Pratama's counters.
 */
export const COUNTER_OFFICER = { email: 'petugas-kpp@mpp.test', password: 'kata-sandi-petugas-e2e', agencyId: 'kpp' };

/**
 * `ms` as a bound for a long test in the browser, grown by the CPU slowdown the test runner set on the page
 * (`MPP_CPU_SLOWDOWN`, see README.md). A bound on a stuck test, never a wait.
 */
export const timeBudget = (ms) => ms * (globalThis.MPP_CPU_SLOWDOWN ?? 1);
