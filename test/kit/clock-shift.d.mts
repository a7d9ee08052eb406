/** The instant MPP_TEST_NOW names (ms), or undefined when unset; throws on a value without its zone. */
export function testNowFromEnv(env?: Record<string, string | undefined>): number | undefined;
/** In the page: Date.now() and new Date() start at `at` and run on from there. */
export function shiftClockTo(at: number): void;

declare module 'vitest' {
  export interface ProvidedContext {
    /** MPP_TEST_NOW as ms, for test/kit/clock-shift.setup.ts. */
    mppTestNow: number | undefined;
  }
}
