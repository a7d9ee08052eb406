// Fuzzing from the contract: requests generated from src/api/openapi.yaml with fast-check, sent over real HTTP to
// the reference server (the compiled server as `npm start` runs it, on SQLite, its limits off).
// - valid requests (every value within its schema; names of services, sessions, codes often real) are accepted: a
//   2xx or a refusal the contract documents for the operation, never 422 unless the contract says why;
// - each field broken in turn (wrong type, off the pattern, too long, out of range, missing, unknown) is refused
//   with 422 naming that field;
// - anything at all (any JSON, any text, any path segment) gets a documented answer and never a 5xx.
// Every answer must match the contract (status, media type, schema). A fixed seed and a small budget here;
// MPP_FUZZ_RUNS=2000 (and MPP_FUZZ_SEED=<n>, or `random`) for a long run — see README.md.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { after, before, describe, it } from 'node:test';
import { createClient } from '../../conformance/lib/client.mjs';
import { defaultContractPath, loadContract } from '../../conformance/lib/contract.mjs';
import { newKey, newResident, PROVINCES } from '../../conformance/lib/residents.mjs';
import { ENGINES, freshDatabase } from '../../.build/server/test/postgres.js';
import { startDemo } from '../kit/server.mjs';
import { anyText, bodyOf, breakagesOf, resolve, valueOf } from './arbitraries.mjs';

const RUNS = Number(process.env.MPP_FUZZ_RUNS || 25);
const SEED = process.env.MPP_FUZZ_SEED === 'random' ? Date.now() : Number(process.env.MPP_FUZZ_SEED || 19);
const settings = { seed: SEED, numRuns: RUNS, includeErrorInReport: true };
/**
 * A log-in hashes the password it is given, slowly on purpose (and a decoy for an unknown e-mail), so its
 * properties run a fifth of the budget: the rest of the contract gets the time.
 */
const COSTLY = { logInStaff: 5 };
const settingsFor = (id) => ({ ...settings, numRuns: Math.ceil(RUNS / (COSTLY[id] ?? 1)) });
/** The store under the server: SQLite, or PostgreSQL with MPP_FUZZ_ENGINE=postgres (when it answers). */
const ENGINE = process.env.MPP_FUZZ_ENGINE || 'sqlite';
if (!ENGINES.includes(ENGINE)) throw new Error(`MPP_FUZZ_ENGINE=${ENGINE}: this machine runs ${ENGINES.join(', ')}`);

const contract = loadContract(defaultContractPath());
const { doc } = contract;
const op = (id) => contract.operations.get(id);
const bodySchema = (id) => op(id).requestBody.content['application/json'].schema;
const bodyValidator = (id) => contract.validatorOf(bodySchema(id));
const param = (id, name) => op(id).parameters.find((p) => p.name === name);

/** The JSON schema of an operation's request body, resolved: its properties and required fields. */
const bodyShape = (id) => resolve(doc, bodySchema(id));

let server;
let client;
/** Real values the requests draw from (filled in `before`). */
const real = {};

/** NIKs that pass the documented rules (from the seed, so a failure replays); and ones that break them. */
const pad = (n, width) => String(n).padStart(width, '0');
const validNik = fc
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
const nikBreakingRules = fc.constantFrom(
  '0072010101850003',
  '2172013201850003',
  '2172010113850003',
  '2172010101850000',
);

before(async () => {
  server = await startDemo({
    env: {
      MPP_RATE_LIMIT_LOOKUP: '0',
      MPP_RATE_LIMIT_BOOKING: '0',
      MPP_SECOND_FACTOR_ATTEMPTS: '0',
      ...(ENGINE === 'postgres' ? { MPP_DATABASE_URL: await freshDatabase() } : {}),
    },
  });
  client = createClient({
    base: server.api,
    operations: contract.operations,
    timeoutMs: 15_000,
    maxWaitSeconds: 0,
    note: () => {},
  });
  const services = (await client.call('listServices')).json;
  real.serviceIds = services.items.map((s) => s.id);
  real.agencyIds = services.agencies.map((a) => a.id);
  const bookable = services.items.filter((s) => s.bookable).slice(0, 2);
  // The sessions of a few services, day by day, for a month: the dates and session ids requests pick from.
  real.sessions = new Map();
  real.dates = new Set();
  real.sessionIds = new Set();
  /** Sessions that can be booked now: a request that names one of them may get its 201. */
  real.slots = [];
  for (const service of bookable) {
    const days = (await client.call('getAvailability', { params: { serviceId: service.id }, query: { days: 31 } })).json
      .days;
    for (const day of days) {
      real.dates.add(day.date);
      for (const session of day.sessions)
        if (day.open && session.bookable !== false && session.remaining > 0)
          real.slots.push({ serviceId: service.id, date: day.date, sessionId: session.id });
      real.sessions.set(`${service.id} ${day.date}`, new Set(day.sessions.map((s) => s.id)));
      for (const s of day.sessions) real.sessionIds.add(s.id);
    }
  }
  real.bookableIds = bookable.map((s) => s.id);
  // Bookings to look up and cancel, and others to move (a cancelled one cannot move).
  const book = async (slot) => {
    const resident = newResident();
    const answer = await client.call('createBooking', {
      headers: { 'Idempotency-Key': newKey() },
      body: { ...slot, ...resident },
    });
    assert.equal(answer.status, 201, `the fuzzer's own booking: ${answer.text}`);
    return { code: answer.json.code, nikLast4: resident.nik.slice(-4), serviceId: slot.serviceId };
  };
  real.bookings = [];
  real.movable = [];
  for (const slot of real.slots.slice(-3)) real.bookings.push(await book(slot));
  for (const slot of real.slots.slice(-6, -3)) real.movable.push(await book(slot));
  real.applications = ['PMH-2026-000123', 'PMH-2026-000124', 'PMH-2026-000125', 'PMH-2026-000126'];
});
after(() => server?.stop());

/** Pools of real values, by field name. */
const pools = () => ({
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
const paramValue = (id, name, realValues = []) => {
  const p = param(id, name);
  const generated = valueOf(doc, p.schema, contract.validatorOf(p.schema));
  return realValues.length ? fc.oneof(fc.constantFrom(...realValues), generated) : generated;
};

/** Fails unless the answer is documented and conforms: status, media type, schema, and the problem's code. */
function conforms(id, answer, request) {
  const where = `${id} ${JSON.stringify(request)} → ${answer.status} ${answer.text.slice(0, 300)}`;
  assert.ok(answer.status < 500, `a 5xx: ${where}`);
  const problems = contract.check(id, answer);
  assert.deepEqual(problems, [], `off the contract: ${where}`);
  if (answer.status >= 400) {
    const codes = contract.documentedCodes(id, answer.status);
    assert.ok(codes.includes(answer.json.code), `${answer.json.code} is not documented for ${answer.status}: ${where}`);
  }
  return where;
}

/** The 422 a valid request may get, because the contract says so: names of things that do not exist. */
function refusalDocumented(id, request, answer) {
  const errors = answer.json?.errors ?? [];
  if (!errors.length) return false;
  return errors.every((e) => {
    if (id === 'getAvailability' && e.field === 'from') {
      // The window asked for must end by 9999-12-31 (the contract's `from`).
      const { from, days = 8 } = request.query;
      const end = new Date(`${from}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + Number(days) - 1);
      return end.getUTCFullYear() > 9999;
    }
    if (e.code !== 'unknown') return false;
    const body = request.body ?? {};
    if (e.field === 'serviceId') return !real.serviceIds.includes(body.serviceId);
    if (e.field === 'sessionId') {
      const listed = real.sessions.get(`${body.serviceId} ${body.date}`);
      return listed ? !listed.has(body.sessionId) : true;
    }
    return false;
  });
}

/** Sends a generated request `{ params, query, headers, body }`. */
const send = (id, request) => client.call(id, request);

/** The valid requests of each public operation that takes input. */
const VALID = {
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
  lookupApplication: () =>
    fc.record({
      body: fc.oneof(
        bodyOf(doc, bodySchema('lookupApplication'), bodyValidator('lookupApplication'), pools()),
        fc.constantFrom(...real.applications).map((number) => ({ number, verifier: '0003' })),
      ),
    }),
};

describe(`contract fuzzing on ${ENGINE} (seed ${SEED}, ${RUNS} runs a property)`, () => {
  it('covers every public operation that takes input', () => {
    const takingInput = [...contract.operations.values()].filter(
      (o) => o.public && (o.parameters.length || o.requestBody),
    );
    assert.deepEqual(takingInput.map((o) => o.id).sort(), Object.keys(VALID).sort());
  });

  for (const [id, requests] of Object.entries(VALID)) {
    it(`${id}: valid requests are accepted or refused as documented, never with a 5xx`, async (t) => {
      // What the requests met, in the output: a property whose requests all end in one refusal tests little.
      const seen = new Map();
      await fc.assert(
        fc.asyncProperty(requests(), async (request) => {
          const answer = await send(id, request);
          const label = answer.status >= 400 ? `${answer.status} ${answer.json?.code}` : String(answer.status);
          seen.set(label, (seen.get(label) ?? 0) + 1);
          const where = conforms(id, answer, request);
          if (answer.status === 422)
            assert.ok(refusalDocumented(id, request, answer), `a valid request refused with 422: ${where}`);
        }),
        settingsFor(id),
      );
      t.diagnostic(`${id} answered: ${[...seen].map(([label, n]) => `${label} ×${n}`).join(', ')}`);
    });
  }

  /** Operations with a body: each field broken in turn. */
  const BROKEN = [
    'createBooking',
    'lookupStatus',
    'lookupBooking',
    'cancelBooking',
    'rescheduleBooking',
    'lookupApplication',
    'logInStaff',
  ];
  for (const id of BROKEN) {
    it(`${id}: a body with one field broken is refused with 422 naming that field`, async () => {
      const shape = bodyShape(id);
      const validate = bodyValidator(id);
      const breaks = [];
      for (const [name, schema] of Object.entries(shape.properties)) {
        for (const [how, arb] of breakagesOf(doc, schema)) breaks.push({ name, how, arb });
        if (shape.required?.includes(name)) breaks.push({ name, how: 'missing', arb: fc.constant(undefined) });
      }
      if (shape.properties.nik) breaks.push({ name: 'nik', how: 'rules', arb: nikBreakingRules });
      breaks.push({ name: 'conformanceExtra', how: 'unknown field', arb: fc.string({ maxLength: 5 }) });
      const valid = VALID[id]();
      const broken = fc.record({
        request: valid,
        breakage: fc.constantFrom(...breaks).chain((b) => b.arb.map((value) => ({ ...b, value }))),
      });
      await fc.assert(
        fc.asyncProperty(broken, async ({ request, breakage }) => {
          const body = { ...request.body };
          if (breakage.how === 'missing') delete body[breakage.name];
          else body[breakage.name] = breakage.value;
          // A breakage that happens to stay valid (a rule the schema cannot say is the exception) is no case.
          fc.pre(breakage.how === 'rules' || !validate(body));
          const sent = { ...request, body };
          const answer = await send(id, sent);
          const where = conforms(id, answer, sent);
          assert.equal(answer.status, 422, `${breakage.name} ${breakage.how} not refused with 422: ${where}`);
          const fields = answer.json.errors.map((e) => e.field);
          assert.ok(
            fields.includes(breakage.name),
            `${breakage.name} ${breakage.how}: the 422 names ${fields}: ${where}`,
          );
        }),
        settings,
      );
    });
  }

  it('getAvailability: a broken from or days is refused with 422 naming it', async () => {
    const breaks = [
      ...breakagesOf(doc, param('getAvailability', 'from').schema).map(([how, arb]) => ({ name: 'from', how, arb })),
      ...breakagesOf(doc, param('getAvailability', 'days').schema).map(([how, arb]) => ({ name: 'days', how, arb })),
      { name: 'days', how: 'not decimal', arb: fc.constantFrom('0x1f', '1e1', ' 3', '+3', '３') },
    ].filter((b) => !['null', 'array', 'object'].includes(b.how));
    const broken = fc.record({
      serviceId: fc.constantFrom(...real.bookableIds),
      breakage: fc.constantFrom(...breaks).chain((b) => b.arb.map((value) => ({ ...b, value }))),
    });
    await fc.assert(
      fc.asyncProperty(broken, async ({ serviceId, breakage }) => {
        const value = typeof breakage.value === 'object' ? JSON.stringify(breakage.value) : String(breakage.value);
        // A query is text: a "wrong type" that reads as a valid value (days "12") is no case.
        fc.pre(!(breakage.name === 'days' && /^\d+$/.test(value) && +value >= 1 && +value <= 31));
        const request = { params: { serviceId }, query: { [breakage.name]: value } };
        const answer = await send('getAvailability', request);
        const where = conforms('getAvailability', answer, request);
        assert.equal(answer.status, 422, `${breakage.name} ${breakage.how} not refused: ${where}`);
        assert.ok(
          answer.json.errors.some((e) => e.field === breakage.name),
          where,
        );
      }),
      settings,
    );
  });

  it('createBooking: an Idempotency-Key off its pattern is refused with 400 idempotency_key_missing', async () => {
    const schema = param('createBooking', 'Idempotency-Key').schema;
    const re = new RegExp(schema.pattern);
    // Header values fetch can send: no line breaks or NUL; anything else off the pattern.
    const badKey = fc
      .oneof(fc.string({ maxLength: 7 }), fc.string({ minLength: 8, maxLength: 140 }), fc.constant('a'.repeat(129)))
      .filter((k) => !re.test(k) && !/[\r\n\0]/.test(k) && /^[\x20-\x7e\t]*$/.test(k) && k.trim() === k);
    await fc.assert(
      fc.asyncProperty(VALID.createBooking(), badKey, async (request, key) => {
        const sent = { ...request, headers: { 'Idempotency-Key': key } };
        const answer = await send('createBooking', sent);
        const where = conforms('createBooking', answer, sent);
        assert.equal(answer.status, 400, `key ${JSON.stringify(key)} accepted: ${where}`);
        assert.equal(answer.json.code, 'idempotency_key_missing', where);
      }),
      settings,
    );
  });

  /** Anything at all, to every public operation: a documented answer, never a 5xx. */
  const anyBody = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    anyText(0, 200),
    fc.constantFrom('', '{', '{"a":', 'null', '[]', '"x"', '{"__proto__":{"x":1}}', '{"constructor":{}}'),
  );
  // A URL carries UTF-8: a lone surrogate cannot be sent in a path, so none is tried there.
  const anySegment = anyText(1, 60).filter((segment) => segment.isWellFormed());
  for (const id of Object.keys(VALID)) {
    it(`${id}: any input gets a documented answer and never a 5xx`, async () => {
      const o = op(id);
      const pathNames = o.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      const queryNames = o.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      const anything = fc.record({
        params: fc.record(Object.fromEntries(pathNames.map((n) => [n, anySegment]))),
        query: fc.record(Object.fromEntries(queryNames.map((n) => [n, fc.string({ unit: 'binary', maxLength: 20 })])), {
          requiredKeys: [],
        }),
        // Any body, or a valid one, so that an odd path parameter reaches the store and not only the validator.
        raw: o.requestBody
          ? fc.oneof(
              anyBody,
              VALID[id]().map((r) => JSON.stringify(r.body)),
            )
          : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(anything, async ({ params, query, raw }) => {
          const headers = o.requestBody ? { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() } : {};
          const request = { params, query, headers, ...(raw === undefined ? {} : { raw }) };
          const answer = await send(id, request);
          // A path segment that leaves the operation's path ("..", "/") is another path: a 404 problem, or 405.
          if (answer.op.path !== o.path) return;
          assert.ok(answer.status < 500, `a 5xx: ${id} ${JSON.stringify(request)} → ${answer.status} ${answer.text}`);
          if ([404, 405].includes(answer.status) && pathNames.some((n) => /[/\\]|^\.\.?$/.test(params[n]))) return;
          conforms(id, answer, request);
        }),
        settingsFor(id),
      );
    });
  }
});

// What the fuzzing found, kept as fixed cases so that no seed has to find them again.
describe('contract fuzzing: findings kept as cases', () => {
  const booking = () => {
    const [key, ids] = [...real.sessions].find(([, s]) => s.size);
    const [serviceId, date] = key.split(' ');
    return { serviceId, date, sessionId: [...ids][0], ...newResident() };
  };

  it('an Idempotency-Key with a space inside is refused (400), as its pattern says, before anything is booked', async () => {
    for (const key of ['conformance key 1', 'abc\tdefgh-123']) {
      const answer = await send('createBooking', { headers: { 'Idempotency-Key': key }, body: booking() });
      conforms('createBooking', answer, { key });
      assert.equal(answer.status, 400, `${JSON.stringify(key)} → ${answer.status}`);
      assert.equal(answer.json.code, 'idempotency_key_missing');
    }
  });

  it('a name of spaces only is off the contract, and refused with 422 naming it', async () => {
    const body = { ...booking(), name: ' \u00a0 ' };
    assert.equal(bodyValidator('createBooking')(body), false, 'the contract accepts a name of spaces');
    const answer = await send('createBooking', { headers: { 'Idempotency-Key': newKey() }, body });
    conforms('createBooking', answer, body);
    assert.deepEqual(
      answer.json.errors.map((e) => e.field),
      ['name'],
    );
  });

  it('a name with a control character (NUL) is off the contract and refused with 422 naming it, on every store', async () => {
    for (const name of ['Siti\u0000Aminah', 'Siti\u001bAminah', 'Siti\u007f']) {
      const body = { ...booking(), name };
      assert.equal(bodyValidator('createBooking')(body), false, `the contract accepts ${JSON.stringify(name)}`);
      const answer = await send('createBooking', { headers: { 'Idempotency-Key': newKey() }, body });
      conforms('createBooking', answer, body);
      assert.deepEqual(
        answer.json.errors?.map((e) => e.field),
        ['name'],
        `${JSON.stringify(name)} → ${answer.status}`,
      );
    }
    // Spaces of any kind stay allowed: a pasted tab or line break is folded, as the widgets do.
    const folded = await send('createBooking', {
      headers: { 'Idempotency-Key': newKey() },
      body: { ...booking(), name: 'Siti\tAminah\n' },
    });
    assert.equal(folded.status, 201, folded.text);
  });

  it('a booking code with NUL in the path is not found, answered as an unknown code, on every store', async () => {
    const { date, sessionId } = booking();
    const unknown = await send('cancelBooking', { params: { code: 'RSV-ZZZZZZZZ' }, body: { nikLast4: '1234' } });
    for (const [id, body] of [
      ['cancelBooking', { nikLast4: '1234' }],
      ['rescheduleBooking', { nikLast4: '1234', date, sessionId }],
    ]) {
      const request = { params: { code: 'RSV\u0000ZZZZ' }, body };
      const answer = await send(id, request);
      conforms(id, answer, request);
      assert.equal(answer.status, 404, `${id}: ${answer.status} ${answer.text}`);
      assert.deepEqual(answer.json, unknown.json);
    }
  });

  it('a staff log-in with a control character in the e-mail is refused with 422 naming it, on every store', async () => {
    const body = { email: 'petugas\u0000@mpp.test', password: 'kata-sandi' };
    assert.equal(bodyValidator('logInStaff')(body), false, 'the contract accepts an e-mail with NUL');
    const answer = await send('logInStaff', { body });
    conforms('logInStaff', answer, body);
    assert.deepEqual(
      answer.json.errors?.map((e) => e.field),
      ['email'],
      `${answer.status} ${answer.text}`,
    );
  });

  it('availability from 0000-01-01 (a real RFC 3339 date) is answered; a window past 9999-12-31 is refused on from', async () => {
    const serviceId = real.bookableIds[0];
    const year0 = await send('getAvailability', { params: { serviceId }, query: { from: '0000-01-01', days: 2 } });
    conforms('getAvailability', year0, {});
    assert.equal(year0.status, 200);
    const past = await send('getAvailability', { params: { serviceId }, query: { from: '9999-12-30', days: 3 } });
    conforms('getAvailability', past, {});
    assert.deepEqual(
      past.json.errors.map((e) => e.field),
      ['from'],
    );
  });
});
