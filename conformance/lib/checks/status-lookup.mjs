// POST /lookup (contract v1): one look-up for a code of any format, answered with what it names (`kind`), and the
// same 404 for an unknown code as for a wrong second factor, whichever kind the code would have been.
import { Skip, expect } from '../runner.mjs';
import { expectAnswer, expectFieldError } from './answers.mjs';
import { sameAnswer } from './booking-support.mjs';

const otherDigits = (digits) => String((Number(digits) + 5000) % 10000).padStart(4, '0');

export function statusLookupChecks({ check }, ctx) {
  const { call } = ctx.client;
  const has = () => {
    if (!ctx.contract.operations.has('lookupStatus')) throw new Skip('the contract has no POST /lookup');
  };

  check(
    'lookup.any-code',
    'POST /lookup finds a booking by its code with kind "booking", and a known application with kind "application"',
    async () => {
      has();
      const { booking, resident } = ctx.main;
      const found = await call('lookupStatus', { body: { code: booking.code, verifier: resident.nik.slice(-4) } });
      expectAnswer(ctx, found, 200);
      expect(found.json.kind === 'booking', `a booking's code answered kind ${found.json.kind}`);
      expect(found.json.code === booking.code, `asked ${booking.code}, got ${found.json.code}`);
      expect(!found.text.includes(resident.nik), 'the answer carries the full NIK');
      const known = ctx.options.application;
      if (!known) return 'booking only (no --application)';
      const app = await call('lookupStatus', { body: { code: known.number, verifier: known.verifier } });
      expectAnswer(ctx, app, 200);
      expect(app.json.kind === 'application', `an application's number answered kind ${app.json.kind}`);
      expect(app.json.number === known.number, `asked ${known.number}, got ${app.json.number}`);
    },
    { needs: ['booking.create'] },
  );

  check(
    'lookup.any-code-uniform',
    'POST /lookup: an unknown code and a wrong second factor get the same 404',
    async () => {
      has();
      const { booking, resident } = ctx.main;
      // Of another shape than any code issued here: codes have no fixed format.
      const unknown = `conformance.${Date.now().toString(36)}`;
      const a = await call('lookupStatus', { body: { code: unknown, verifier: resident.nik.slice(-4) } });
      const b = await call('lookupStatus', {
        body: { code: booking.code, verifier: otherDigits(resident.nik.slice(-4)) },
      });
      expectAnswer(ctx, a, 404, 'not_found');
      expectAnswer(ctx, b, 404, 'not_found');
      sameAnswer(a, b, 'an unknown code', 'a wrong second factor');
    },
    { needs: ['booking.create'] },
  );

  check(
    'lookup.any-code-field-errors',
    'POST /lookup with verifier "12a4" or a code with a space: 422 naming it',
    async () => {
      has();
      expectFieldError(ctx, await call('lookupStatus', { body: { code: 'ABC-123', verifier: '12a4' } }), 'verifier');
      expectFieldError(ctx, await call('lookupStatus', { body: { code: 'ABC 123', verifier: '1234' } }), 'code');
    },
  );
}
