// The contract fuzzing's harness: its budget and seed, the contract read by the conformance kit, the reference server
// it runs against (limits off, on SQLite or PostgreSQL) with the real names it found there, and what every answer
// must be. The requests are in requests.mjs, the properties in fuzz.test.mjs.
import assert from 'node:assert/strict';
import { createClient } from '../../conformance/lib/client.mjs';
import { defaultContractPath, loadContract } from '../../conformance/lib/contract.mjs';
import { newKey, newResident } from '../../conformance/lib/residents.mjs';
import { ENGINES, freshDatabase } from '../../.build/server/test/postgres.js';
import { startDemo } from '../kit/server.mjs';
import { MONDAY_MORNING } from '../kit/fixtures.mjs';
import { resolve } from './arbitraries.mjs';

export const RUNS = Number(process.env.MPP_FUZZ_RUNS || 25);
export const SEED = process.env.MPP_FUZZ_SEED === 'random' ? Date.now() : Number(process.env.MPP_FUZZ_SEED || 19);
export const settings = { seed: SEED, numRuns: RUNS, includeErrorInReport: true };
/**
 * A log-in hashes the password it is given, slowly on purpose (and a decoy for an unknown e-mail), so its
 * properties run a fifth of the budget: the rest of the contract gets the time.
 */
const COSTLY = { logInStaff: 5 };
export const settingsFor = (id) => ({ ...settings, numRuns: Math.ceil(RUNS / (COSTLY[id] ?? 1)) });
/** The store under the server: SQLite, or PostgreSQL with MPP_FUZZ_ENGINE=postgres (when it answers). */
export const ENGINE = process.env.MPP_FUZZ_ENGINE || 'sqlite';
if (!ENGINES.includes(ENGINE)) throw new Error(`MPP_FUZZ_ENGINE=${ENGINE}: this machine runs ${ENGINES.join(', ')}`);

export const contract = loadContract(defaultContractPath());
export const { doc } = contract;
export const op = (id) => contract.operations.get(id);
export const bodySchema = (id) => op(id).requestBody.content['application/json'].schema;
export const bodyValidator = (id) => contract.validatorOf(bodySchema(id));
export const param = (id, name) => op(id).parameters.find((p) => p.name === name);

/** The JSON schema of an operation's request body, resolved: its properties and required fields. */
export const bodyShape = (id) => resolve(doc, bodySchema(id));

/** The server under test and the kit's client to it (set by `startFuzzServer`). */
export const state = { server: undefined, client: undefined };
/** Real values the requests draw from (filled by `startFuzzServer`). */
export const real = {};

/** Starts the reference server and reads what is real there: services, sessions, bookings of its own. */
export async function startFuzzServer() {
  state.server = await startDemo({
    env: {
      MPP_RATE_LIMIT_LOOKUP: '0',
      MPP_RATE_LIMIT_BOOKING: '0',
      MPP_SECOND_FACTOR_ATTEMPTS: '0',
      ...(ENGINE === 'postgres' ? { MPP_DATABASE_URL: await freshDatabase() } : {}),
    },
  });
  state.client = createClient({
    base: state.server.api,
    operations: contract.operations,
    timeoutMs: 15_000,
    maxWaitSeconds: 0,
    note: () => {},
  });
  const services = (await state.client.call('listServices')).json;
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
    const days = (
      await state.client.call('getAvailability', { params: { serviceId: service.id }, query: { days: 31 } })
    ).json.days;
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
    const answer = await state.client.call('createBooking', {
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
}

export const stopFuzzServer = () => state.server?.stop();

/** Fails unless the answer is documented and conforms: status, media type, schema, and the problem's code. */
export function conforms(id, answer, request) {
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
export function refusalDocumented(id, request, answer) {
  const errors = answer.json?.errors ?? [];
  if (!errors.length) return false;
  return errors.every((e) => {
    if (id === 'getPublicSatisfaction' && e.field === 'period') {
      // A period of the contract's shape that has not begun on the server's day, or before 2000, is refused.
      const period = String(request.query?.period ?? '');
      const year = Number(period.slice(0, 4));
      const q = Number(period.slice(6) || 1);
      const today = MONDAY_MORNING.slice(0, 10);
      return year < 2000 || `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01` > today;
    }
    if (id === 'getAvailability' && e.field === 'from') {
      // The window asked for must end by 9999-12-31 (the contract's `from`).
      const { from, days = 8 } = request.query;
      const end = new Date(`${from}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + Number(days) - 1);
      return end.getUTCFullYear() > 9999;
    }
    const body = request.body ?? {};
    // A service's own fields (`bookingFields`): which it declares, and their rules, the catalogue says, not the
    // schema; a generated answer to one is refused by them, as the contract's description of `fields` says.
    if (id === 'createBooking' && e.field.startsWith('fields.'))
      return ['field_required', 'field_length', 'field_format', 'field_choice', 'field_unknown'].includes(e.code);
    if (e.code !== 'unknown') return false;
    if (e.field === 'serviceId') return !real.serviceIds.includes(body.serviceId);
    if (e.field === 'sessionId') {
      const listed = real.sessions.get(`${body.serviceId} ${body.date}`);
      return listed ? !listed.has(body.sessionId) : true;
    }
    return false;
  });
}

/** Sends a generated request `{ params, query, headers, body }`. */
export const send = (id, request) => state.client.call(id, request);
