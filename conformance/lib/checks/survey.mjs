// The satisfaction survey (POST /surveys): every score checked by the contract, and a token the implementation did
// not issue finds nothing. Answering needs a served visit, which only a counter makes: the kit never serves anyone
// on a live queue, so the one-answer rule is checked by the reference server's own tests (server/test/surveys.test.ts).
import { expectAnswer, expectFieldError } from './answers.mjs';

const SCORES = {
  requirements: 4,
  procedure: 3,
  time: 3,
  cost: 4,
  product: 3,
  competence: 4,
  conduct: 4,
  complaints: 3,
  facilities: 3,
};
/** A token of the contract's shape that no implementation issued (its keyed hash is all zeros). */
const FORGED = `RSV-CONFORMANCE.${'0'.repeat(32)}`;

export function surveyChecks({ check }, ctx) {
  const { call } = ctx.client;

  check('survey.field-errors', 'POST /surveys with a score of 5: 422 naming scores.time', async () => {
    const answer = await call('submitSurvey', { body: { token: FORGED, scores: { ...SCORES, time: 5 } } });
    expectFieldError(ctx, answer, 'scores.time');
  });

  check(
    'survey.suggestion-length',
    'POST /surveys with a suggestion of 1 001 characters: 422 naming suggestion',
    async () => {
      const answer = await call('submitSurvey', {
        body: { token: FORGED, scores: SCORES, suggestion: 'x'.repeat(1001) },
      });
      expectFieldError(ctx, answer, 'suggestion');
    },
  );

  check(
    'survey.unknown-token',
    'POST /surveys with a token the implementation never issued: 404 not_found',
    async () => {
      expectAnswer(ctx, await call('submitSurvey', { body: { token: FORGED, scores: SCORES } }), 404, 'not_found');
    },
  );
}
