// Applications (permohonan): the look-up by number and second factor, its errors, and the same answer for an
// unknown number as for a wrong second factor. A known application comes from --application (test data).
import { Skip, expect } from '../runner.mjs';
import { expectAnswer, expectFieldError } from './answers.mjs';
import { sameAnswer } from './booking-support.mjs';

const otherDigits = (digits) => String((Number(digits) + 5000) % 10000).padStart(4, '0');

/** A number of the same shape that is not `number`: its digits reversed, else its last digit changed. */
function lookalike(number, isNumber) {
  const candidates = [
    number.replace(/\d+$/, (d) => [...d].reverse().join('')),
    number.replace(/\d$/, (d) => String((Number(d) + 1) % 10)),
  ];
  return candidates.find((c) => c !== number && isNumber(c));
}

export function applicationChecks({ check }, ctx) {
  const { call } = ctx.client;
  const known = ctx.options.application;
  const needKnown = () => {
    if (!known) throw new Skip('no known application: pass --application NUMBER:VERIFIER');
    return known;
  };

  check(
    'application.lookup',
    'POST /applications/lookup with number and verifier answers the application',
    async () => {
      const { number, verifier } = needKnown();
      const answer = await call('lookupApplication', { body: { number, verifier } });
      expectAnswer(ctx, answer, 200);
      expect(answer.json.number === number, `asked ${number}, got ${answer.json.number}`);
      const cache = (answer.headers.get('cache-control') ?? '').toLowerCase();
      expect(/no-store|private/.test(cache), `an application may be cached (Cache-Control: ${cache || 'none'})`);
      return `${number}: ${answer.json.status}`;
    },
  );

  check('application.field-errors', 'POST /applications/lookup with verifier "12345": 422 naming it', async () => {
    const number = known?.number ?? 'PMH-2026-000123';
    expectFieldError(ctx, await call('lookupApplication', { body: { number, verifier: '12345' } }), 'verifier');
  });

  check('application.uniform', 'an unknown number and a wrong verifier get the same 404', async () => {
    const { number, verifier } = needKnown();
    const unknown = lookalike(number, (n) => ctx.contract.schema('ApplicationNumber')(n));
    if (!unknown) throw new Skip(`no number of the shape of ${number} to try`);
    const a = await call('lookupApplication', { body: { number: unknown, verifier } });
    const b = await call('lookupApplication', { body: { number, verifier: otherDigits(verifier) } });
    expectAnswer(ctx, a, 404, 'not_found');
    expectAnswer(ctx, b, 404, 'not_found');
    sameAnswer(a, b, 'an unknown number', 'a wrong verifier');
  });
}
