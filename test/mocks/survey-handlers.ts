// The satisfaction survey in the mock API, by the same rules as the server (src/rules/survey.ts, server/surveys.ts):
// a served visit's own look-up carries a token, one answer per visit (a second is 409 survey_answered), a token
// that names no served visit is 404, every score 1–4 and the suggestion's length checked.
import { http, HttpResponse, type HttpHandler, type HttpResponseResolver, type PathParams } from 'msw';
import type { Booking, FieldError, SurveyAnswer } from '../../src/api/types.js';
import { SURVEY_SUGGESTION_MAX, surveyScoreErrors, type SurveyFact } from '../../src/rules/index.js';
import { problem } from './problem.js';

/** A stand-in for the server's keyed hash: 32 hex digits from the code (FNV-1a, four ways). */
function mac(code: string): string {
  let out = '';
  for (const salt of 'skm!') {
    let hash = 0x811c9dc5;
    for (const ch of salt + code) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += hash.toString(16).padStart(8, '0');
  }
  return out;
}

export interface SurveyMock {
  handlers: HttpHandler[];
  /** The resident's own look-up of `booking`: with the token when it is served and not yet answered. */
  offer(booking: Booking): Booking;
  /** The answers stored (anonymous, as the server keeps them). */
  answers: SurveyFact[];
}

export function surveyMock(d: {
  base: string;
  bookings: Map<string, Booking>;
  withGate: <P extends PathParams>(
    answer: HttpResponseResolver<P, SurveyAnswer>,
  ) => HttpResponseResolver<P, SurveyAnswer>;
}): SurveyMock {
  const answered = new Set<string>();
  const answers: SurveyFact[] = [];

  const offer = (booking: Booking): Booking =>
    booking.status === 'done' && !answered.has(booking.code)
      ? { ...booking, surveyToken: `${booking.code}.${mac(booking.code)}` }
      : booking;

  const handlers = [
    http.post<never, SurveyAnswer>(
      `${d.base}/surveys`,
      d.withGate(async ({ request }) => {
        const body = await request.json();
        const errors: FieldError[] = surveyScoreErrors(body.scores ?? {}).map((e) => ({
          field: `scores.${e}`,
          code: 'not_allowed',
          message: 'Nilai ini tidak diperbolehkan.',
        }));
        if ((body.suggestion ?? '').length > SURVEY_SUGGESTION_MAX)
          errors.push({ field: 'suggestion', code: 'too_long', message: 'Terlalu panjang.' });
        if (errors.length) return problem(422, 'validation_failed', { errors });
        const dot = body.token.lastIndexOf('.');
        const code = body.token.slice(0, dot);
        const booking = d.bookings.get(code);
        if (!booking || booking.status !== 'done' || body.token.slice(dot + 1) !== mac(code))
          return problem(404, 'not_found');
        if (answered.has(code)) return problem(409, 'survey_answered');
        answered.add(code);
        answers.push({
          agencyId: booking.agencyId,
          serviceId: booking.serviceId,
          date: booking.date,
          scores: body.scores,
        });
        return HttpResponse.json({ status: 'answered' }, { status: 201 });
      }),
    ),
  ];
  return { handlers, offer, answers };
}
