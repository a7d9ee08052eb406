// The one refusal answer of every mock (handlers.ts, staff-handlers.ts and the others beside them): an RFC 9457
// problem document as the server writes it (server/problems.ts), with `application/problem+json` and any headers the
// refusal carries (Retry-After).
import { HttpResponse } from 'msw';
import { problemBody } from '../../server/problems.js';
import type { Problem, ProblemCode } from '../../src/api/types.js';

/** A problem document as the server writes it: the code's fields, then `extra` (detail, errors); `headers` beside. */
export function problem(status: number, code: ProblemCode, extra: Partial<Problem> = {}, headers: HeadersInit = {}) {
  return HttpResponse.json({ ...problemBody(status, code), ...extra } as Problem, {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...Object.fromEntries(new Headers(headers)) },
  });
}
