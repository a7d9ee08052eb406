// Limits: look-ups that keep failing are refused with 429 and a Retry-After a client can count down. Runs last:
// once it has tripped a limit, the kit's address may be refused for a while.
import { Failure } from '../client.mjs';
import { expectAnswer } from './answers.mjs';

export function limitChecks({ check }, ctx) {
  const { call } = ctx.client;

  check(
    'limits.retry-after',
    'repeated failed look-ups are refused: 429 rate_limited with Retry-After in seconds',
    async () => {
      const budget = ctx.options.limitBudget;
      // One unknown code of the contract's shape, asked again and again with a wrong second factor.
      const code = ctx.main
        ? `${ctx.main.booking.code.slice(0, -1)}${ctx.main.booking.code.at(-1) === '2' ? '3' : '2'}`
        : 'RSV-22222222';
      for (let i = 1; i <= budget; i++) {
        const answer = await call('lookupBooking', { body: { code, nikLast4: '0000' }, expectLimit: true });
        if (answer.status !== 429) {
          expectAnswer(ctx, answer, [404, 422]);
          continue;
        }
        const retryAfter = answer.headers.get('retry-after');
        if (retryAfter === null) throw new Failure(`429 after ${i} look-ups, without Retry-After`);
        expectAnswer(ctx, answer, 429, 'rate_limited');
        return `429 after ${i} look-ups, Retry-After ${retryAfter} s`;
      }
      throw new Failure(`no 429 after ${budget} failed look-ups (raise --limit-budget if the limit is higher)`);
    },
  );
}
