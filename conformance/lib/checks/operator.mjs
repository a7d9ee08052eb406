// Counter operations with an agency system's API key (MPP_CONFORMANCE_API_KEY): only when one is given, and only
// on a booking the kit made itself, so a live queue is never disturbed (call-next is tried with an unknown counter).
import { newKey, newResident } from '../residents.mjs';
import { Skip, expect } from '../runner.mjs';
import { bookingBody, expectAnswer, expectFieldError } from './answers.mjs';

export function operatorChecks({ check }, ctx) {
  const { call } = ctx.client;
  const apiKey = ctx.options.apiKey;
  const auth = (scheme = 'Bearer') => ({ Authorization: `${scheme} ${apiKey}` });

  check(
    'operator.booking',
    "with the API key: a booking by its code alone (GET /staff/bookings/{code}), the scheme's case ignored",
    async () => {
      if (!apiKey) throw new Skip('no credentials: set MPP_CONFORMANCE_API_KEY to an officer key of the agency');
      const { target } = ctx.sessions;
      const body = bookingBody(newResident(), { serviceId: ctx.service.id, date: target.date, sessionId: target.id });
      const made = expectAnswer(
        ctx,
        await call('createBooking', { headers: { 'Idempotency-Key': newKey() }, body }),
        201,
      );
      ctx.operatorBooking = made.json;
      for (const scheme of ['Bearer', 'bearer']) {
        const answer = await call('getStaffBooking', { params: { code: made.json.code }, headers: auth(scheme) });
        if (answer.status === 403)
          throw new Skip(`the key is not of ${ctx.service.agencyId}: pass --service with a service of its agency`);
        expectAnswer(ctx, answer, 200);
        expect(answer.json.code === made.json.code, `asked ${made.json.code}, got ${answer.json.code}`);
      }
    },
    { needs: ['booking.create'] },
  );

  check(
    'operator.check-in',
    'with the API key: check-in answers the booking with a queue number, or 409 check_in_closed outside its window',
    async () => {
      const answer = await call('checkInBooking', { params: { code: ctx.operatorBooking.code }, headers: auth() });
      expectAnswer(ctx, answer, [200, 409], answer.status === 409 ? 'check_in_closed' : undefined);
      if (answer.status === 200)
        expect(answer.json.status === 'checked_in', `status ${answer.json.status} after check-in`);
      return answer.status === 200 ? `queue number ${answer.json.queue?.number ?? '(none)'}` : 'outside the window';
    },
    { needs: ['operator.booking'] },
  );

  check(
    'operator.call-next-422',
    'with the API key: call-next to a counter the agency does not have: 422 naming counterId',
    async () => {
      const answer = await call('callNext', {
        params: { agencyId: ctx.service.agencyId },
        headers: auth(),
        body: { counterId: 'conformance-no-such-counter' },
      });
      expectFieldError(ctx, answer, 'counterId');
    },
    { needs: ['operator.booking'] },
  );
}
