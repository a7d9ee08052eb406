// A switch to run the browser suites as if at another instant: `MPP_TEST_NOW=2026-12-11T23:30+07:00` starts every
// test page's clock there (Date.now(), new Date()) and lets it run on. Off unless the variable is set; see
// test/kit/README.md ("At another hour"). Read by web-test-runner.config.mjs and vitest.config.ts.

/**
 * The instant `MPP_TEST_NOW` names, in ms, or undefined when unset. A value without a zone is refused rather than
 * read in the machine's zone: the suites are about the MPP's hours, so say `+07:00`.
 */
export function testNowFromEnv(env = process.env) {
  const value = env.MPP_TEST_NOW;
  if (!value) return undefined;
  const at = Date.parse(value);
  if (!/(Z|[+-]\d\d:?\d\d)$/.test(value) || Number.isNaN(at)) {
    throw new Error(`MPP_TEST_NOW=${value}: give an instant with its zone, e.g. 2026-12-07T06:00+07:00`);
  }
  return at;
}

/**
 * Runs in the page, before its scripts (so it must not reach outside itself): `Date` becomes a subclass whose
 * `now()` and argument-less constructor read the real clock plus a fixed offset, so time still passes, timers
 * still fire, and a test's own fake clock (sinon) still wins, since sinon builds its dates from the ms it is given.
 */
export function shiftClockTo(at) {
  const key = Symbol.for('mpp.realDate');
  const RealDate = globalThis[key] ?? Date;
  globalThis[key] = RealDate;
  const offset = at - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  // `Date()` called without `new` gives the time as a string, the shifted one too.
  globalThis.Date = new Proxy(ShiftedDate, { apply: () => new ShiftedDate().toString() });
}
