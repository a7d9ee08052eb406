// The requests the contract fuzzing sends: for each public operation that takes input, an arbitrary of valid
// requests, drawn from the contract's schemas with the real names the harness found (a real session of a real
// service, a code with its own digits) half the time.
import fc from 'fast-check';
import { PROVINCES } from '../../conformance/lib/residents.mjs';
import { bodyOf, valueOf } from './arbitraries.mjs';
import { bodySchema, bodyValidator, contract, doc, param, real } from './harness.mjs';

/** NIKs that pass the documented rules (from the seed, so a failure replays); and ones that break them. */
const pad = (n, width) => String(n).padStart(width, '0');
export const validNik = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    regency: fc.integer({ min: 1, max: 99 }),
    district: fc.integer({ min: 1, max: 99 }),
    born: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    woman: fc.boolean(),
    serial: fc.integer({ min: 1, max: 9999 }),
  })
  .map(({ province, regency, district, born, woman, serial }) => {
    const day = born.getUTCDate() + (woman ? 40 : 0);
    const date = `${pad(day, 2)}${pad(born.getUTCMonth() + 1, 2)}${pad(born.getUTCFullYear() % 100, 2)}`;
    return `${province}${pad(regency, 2)}${pad(district, 2)}${date}${pad(serial, 4)}`;
  });
export const nikBreakingRules = fc.constantFrom(
  '0072010101850003',
  '2172013201850003',
  '2172010113850003',
  '2172010101850000',
);

/** Pools of real values, by field name. */
export const pools = () => ({
  serviceId: { values: [...real.bookableIds, ...real.serviceIds.slice(0, 5)] },
  date: { values: [...real.dates] },
  sessionId: { values: [...real.sessionIds] },
  nik: { values: [], only: true, arbitrary: validNik },
  code: { values: [...[...real.bookings, ...real.movable].map((b) => b.code), ...real.applications] },
  nikLast4: { values: [...real.bookings, ...real.movable].map((b) => b.nikLast4) },
  number: { values: real.applications },
  verifier: { values: ['0003', ...real.bookings.map((b) => b.nikLast4)] },
});

/** A path or query parameter's value: a real one or any the schema allows. */
export const paramValue = (id, name, realValues = []) => {
  const p = param(id, name);
  const generated = valueOf(doc, p.schema, contract.validatorOf(p.schema));
  return realValues.length ? fc.oneof(fc.constantFrom(...realValues), generated) : generated;
};

/** The valid requests of each public operation that takes input. */
export const VALID = {
  getService: () =>
    fc.record({ params: fc.record({ serviceId: paramValue('getService', 'serviceId', real.serviceIds) }) }),
  getAvailability: () =>
    fc.record({
      params: fc.record({ serviceId: paramValue('getAvailability', 'serviceId', real.bookableIds) }),
      query: fc.record(
        { from: paramValue('getAvailability', 'from', [...real.dates]), days: paramValue('getAvailability', 'days') },
        { requiredKeys: [] },
      ),
    }),
  getQueue: () => fc.record({ params: fc.record({ agencyId: paramValue('getQueue', 'agencyId', real.agencyIds) }) }),
  listAgencies: () => fc.record({ headers: fc.record({ 'If-None-Match': fc.string({ maxLength: 40 }) }) }),
  listServices: () => fc.record({ headers: fc.record({ 'If-None-Match': fc.string({ maxLength: 40 }) }) }),
  // Half the time the names fit together (a real session of a real service, a code with its own digits), so
  // requests get as far as booking, moving and cancelling; the other half each value is drawn on its own.
  createBooking: () =>
    fc.record({
      headers: fc.record({ 'Idempotency-Key': paramValue('createBooking', 'Idempotency-Key') }),
      body: fc.oneof(
        bodyOf(doc, bodySchema('createBooking'), bodyValidator('createBooking'), pools()),
        fc
          .tuple(
            bodyOf(doc, bodySchema('createBooking'), bodyValidator('createBooking'), pools()),
            fc.constantFrom(...real.slots),
          )
          .map(([body, slot]) => ({ ...body, ...slot })),
      ),
    }),
  lookupBooking: () =>
    fc.record({
      body: fc.oneof(
        bodyOf(doc, bodySchema('lookupBooking'), bodyValidator('lookupBooking'), pools()),
        fc.constantFrom(...real.bookings).map(({ code, nikLast4 }) => ({ code, nikLast4 })),
      ),
    }),
  cancelBooking: () =>
    fc.oneof(
      fc.record({
        params: fc.record({
          code: paramValue(
            'cancelBooking',
            'code',
            real.bookings.map((b) => b.code),
          ),
        }),
        body: bodyOf(doc, bodySchema('cancelBooking'), bodyValidator('cancelBooking'), pools()),
      }),
      fc.constantFrom(...real.bookings).map(({ code, nikLast4 }) => ({ params: { code }, body: { nikLast4 } })),
    ),
  rescheduleBooking: () =>
    fc.oneof(
      fc.record({
        params: fc.record({
          code: paramValue(
            'rescheduleBooking',
            'code',
            real.movable.map((b) => b.code),
          ),
        }),
        body: bodyOf(doc, bodySchema('rescheduleBooking'), bodyValidator('rescheduleBooking'), pools()),
      }),
      fc
        .tuple(fc.constantFrom(...real.movable), fc.constantFrom(...real.slots))
        .filter(([b, slot]) => b.serviceId === slot.serviceId)
        .map(([b, slot]) => ({
          params: { code: b.code },
          body: { nikLast4: b.nikLast4, date: slot.date, sessionId: slot.sessionId },
        })),
    ),
  lookupStatus: () =>
    fc.record({
      body: fc.oneof(
        bodyOf(doc, bodySchema('lookupStatus'), bodyValidator('lookupStatus'), pools()),
        fc.constantFrom(
          ...real.bookings.map(({ code, nikLast4 }) => ({ code, verifier: nikLast4 })),
          ...real.applications.map((code) => ({ code, verifier: '0003' })),
        ),
      ),
    }),
  // Staff log-in is public: any e-mail and password (an account's failures are counted; a 429 is documented).
  logInStaff: () => fc.record({ body: bodyOf(doc, bodySchema('logInStaff'), bodyValidator('logInStaff'), pools()) }),
  getHallCalls: () =>
    fc.record({
      query: fc.record({ agency: paramValue('getHallCalls', 'agency', real.agencyIds) }, { requiredKeys: [] }),
    }),
  // No token of a served visit exists on the fuzzed server, so valid answers end in 404 (the served path is in
  // test/e2e/survey.test.mjs and the server suite); the bodies still go through every check before it.
  // Real periods around the server's day (a complete quarter, the running one, the year) half the time, else any
  // of the contract's shape: most of those have not begun and are refused, as documented.
  getPublicSatisfaction: () =>
    fc.record(
      {
        query: fc.record(
          { period: paramValue('getPublicSatisfaction', 'period', ['2026-Q3', '2026-Q4', '2026', '2025-Q1']) },
          { requiredKeys: [] },
        ),
        headers: fc.record({ 'If-None-Match': fc.string({ maxLength: 40 }) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
  submitSurvey: () =>
    fc.record({ body: bodyOf(doc, bodySchema('submitSurvey'), bodyValidator('submitSurvey'), pools()) }),
  lookupApplication: () =>
    fc.record({
      body: fc.oneof(
        bodyOf(doc, bodySchema('lookupApplication'), bodyValidator('lookupApplication'), pools()),
        fc.constantFrom(...real.applications).map((number) => ({ number, verifier: '0003' })),
      ),
    }),
};
