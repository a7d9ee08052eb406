// What every check asks of an answer: the status it wants, the problem code it wants, and conformance to the
// contract (media type, schema, documented headers). One Failure line says all that is wrong.
import { Failure } from '../client.mjs';

const said = (answer) =>
  answer.json?.code ? `${answer.status} ${answer.json.code}` : `${answer.status} ${answer.text.slice(0, 60)}`;

/**
 * Fails unless `answer` has `status` (one of them, when a list), carries problem `code` when given, and conforms
 * to the contract. Answers the answer.
 */
export function expectAnswer(ctx, answer, status, code) {
  const statuses = [status].flat();
  const where = `${answer.method} ${answer.op.path}`;
  if (!statuses.includes(answer.status))
    throw new Failure(`${where}: expected ${statuses.join(' or ')}${code ? ` ${code}` : ''}, got ${said(answer)}`);
  const problems = ctx.contract.check(answer.op.id, answer);
  if (problems.length) throw new Failure(`${where} ${answer.status}: ${problems.join('; ')}`);
  if (code && answer.json?.code !== code)
    throw new Failure(`${where}: expected problem code ${code}, got ${answer.json?.code ?? '(none)'}`);
  return answer;
}

/** Fails unless a 422 problem names `field` among its field errors. */
export function expectFieldError(ctx, answer, field) {
  expectAnswer(ctx, answer, 422, 'validation_failed');
  const fields = (answer.json.errors ?? []).map((e) => e.field);
  if (!fields.includes(field))
    throw new Failure(
      `${answer.method} ${answer.op.path}: 422 names ${fields.join(', ') || 'no field'}, not "${field}"`,
    );
  return answer;
}

/** The booking request for a resident in a session. */
export const bookingBody = (resident, { serviceId, date, sessionId }) => ({ serviceId, date, sessionId, ...resident });
