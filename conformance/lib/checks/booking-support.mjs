// What the booking checks share: dates, second factors, codes of the same shape, and the tools that read places
// left, book a made-up resident and keep personal data out of answers.
import { Failure } from '../client.mjs';
import { newKey } from '../residents.mjs';
import { expect } from '../runner.mjs';
import { bookingBody, expectAnswer } from './answers.mjs';

/** A calendar day `n` days from `date` (YYYY-MM-DD). */
export const addDays = (date, n) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The last 4 digits of a NIK: the second factor. */
export const last4 = (nik) => nik.slice(-4);
/** Another 4 digits than `digits`. */
export const otherLast4 = (digits) => String((Number(digits) + 5000) % 10000).padStart(4, '0');

/** A code of the same shape as `code` that is not `code`: its last part rotated (a pattern cannot tell). */
export function lookalike(code, isCode) {
  const cut = code.lastIndexOf('-') + 1;
  const head = code.slice(0, cut);
  const tail = code.slice(cut);
  for (let i = 1; i < tail.length; i++) {
    const candidate = head + tail.slice(i) + tail.slice(0, i);
    if (candidate !== code && isCode(candidate)) return candidate;
  }
  return undefined;
}

/** The contract's `date` and `sessionId` of a session the kit found in availability. */
export const sessionRef = (s) => ({ date: s.date, sessionId: s.id });

/** The booking checks' tools on one implementation. */
export function bookingTools(ctx) {
  const { call } = ctx.client;
  const key = (k) => ({ 'Idempotency-Key': k });

  /** The places left in a session, as availability tells them. */
  async function remaining({ date, id }) {
    const answer = await call('getAvailability', {
      params: { serviceId: ctx.service.id },
      query: { from: date, days: 1 },
    });
    expectAnswer(ctx, answer, 200);
    const session = answer.json.days[0]?.sessions.find((s) => s.id === id);
    if (!session) throw new Failure(`availability of ${date} no longer lists session ${id}`);
    return session.remaining;
  }

  const book = (resident, session, k = newKey(), extra = {}) =>
    call('createBooking', {
      headers: key(k),
      body: bookingBody(resident, { serviceId: ctx.service.id, date: session.date, sessionId: session.id }),
      ...extra,
    });

  /** Fails when an answer about a booking carries the resident's full NIK or phone number. */
  const noPersonalData = (answer, resident) => {
    expect(!answer.text.includes(resident.nik), `${answer.op.path}: the answer carries the full NIK`);
    expect(!answer.text.includes(resident.phone.slice(3)), `${answer.op.path}: the answer carries the phone number`);
    const cache = (answer.headers.get('cache-control') ?? '').toLowerCase();
    expect(
      /no-store|private/.test(cache),
      `${answer.op.path}: an answer with personal data may be cached (Cache-Control: ${cache || 'none'})`,
    );
  };

  return { key, remaining, book, noPersonalData };
}

/** Fails unless two refusals are indistinguishable to the client (the body and the headers a client reads). */
export function sameAnswer(a, b, what, other) {
  const strip = (answer) => {
    const { instance: _instance, ...rest } = answer.json ?? {};
    return JSON.stringify(rest);
  };
  expect(a.status === b.status, `${what} answers ${a.status}, ${other} ${b.status}`);
  for (const header of ['content-type', 'retry-after', 'www-authenticate'])
    expect(
      a.headers.get(header) === b.headers.get(header),
      `${what} and ${other} differ in ${header}: ${a.headers.get(header)} vs ${b.headers.get(header)}`,
    );
  expect(strip(a) === strip(b), `${what} answers ${strip(a)}, ${other} ${strip(b)}`);
}
