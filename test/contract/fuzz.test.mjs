// Fuzzing from the contract: requests generated from src/api/openapi.yaml with fast-check, sent over real HTTP to
// the reference server (the compiled server as `npm start` runs it, its limits off; harness.mjs starts it).
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
import { newKey, newResident } from '../../conformance/lib/residents.mjs';
import { anyText, breakagesOf } from './arbitraries.mjs';
import {
  ENGINE,
  RUNS,
  SEED,
  bodyShape,
  bodyValidator,
  conforms,
  contract,
  doc,
  op,
  param,
  real,
  refusalDocumented,
  send,
  settings,
  settingsFor,
  startFuzzServer,
  stopFuzzServer,
} from './harness.mjs';
import { VALID, nikBreakingRules } from './requests.mjs';

before(startFuzzServer);
after(stopFuzzServer);

describe(`contract fuzzing on ${ENGINE} (seed ${SEED}, ${RUNS} runs a property)`, () => {
  it('covers every public operation that takes input', () => {
    // An event stream never ends, so it cannot be sent and read here: the conformance kit's board.stream checks it.
    const takingInput = [...contract.operations.values()].filter(
      (o) => o.public && (o.parameters.length || o.requestBody) && o.id !== 'streamHallCalls',
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
    'submitSurvey',
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
