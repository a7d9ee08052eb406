/** The API base the unit tests' mocked fetch answers. */
export const API_BASE: string;
/** A valid NIK for the unit tests' resident. */
export const NIK: string;
/** A valid NIK for another resident each time. */
export function newNik(): string;
/** The end-to-end server's clock starts here (Monday 7 December 2026, 08:50 WIB). */
export const MONDAY_MORNING: string;
/** The counter officer the end-to-end server is started with. */
export const COUNTER_OFFICER: { email: string; password: string; agencyId: string };
/** `ms` grown by the CPU slowdown set on the page: a bound on a long test, never a wait. */
export function timeBudget(ms: number): number;
