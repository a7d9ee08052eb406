// The published satisfaction index (GET /satisfaction): by the contract, a complete quarter when none is asked,
// aggregated only and graded as PermenPANRB 14/2017 says, small groups withheld, revalidated by its ETag, and a
// malformed or future period refused. Whether the figures match the answers given needs served visits, which the
// kit never makes on a live queue: the reference server's tests (server/test/public-satisfaction.test.ts) do that.
import { Failure } from '../client.mjs';
import { expect } from '../runner.mjs';
import { expectAnswer, expectFieldError } from './answers.mjs';

const GRADE_WORDS = { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' };
/** The regulation's intervals on the value rounded to two decimals. */
const gradeOf = (v) => (v >= 88.31 ? 'A' : v >= 76.61 ? 'B' : v >= 65 ? 'C' : 'D');
/** Keys a published line may carry: figures of a group, never a person's (no suggestion, profile, day). */
const LINE_KEYS = new Set([
  'agencyId',
  'agencyName',
  'respondents',
  'population',
  'minimumSample',
  'sampleReached',
  'withheld',
  'converted',
  'grade',
  'gradeWords',
  'elements',
]);

/** What is wrong with one published line, as sentences; `elements` are the SKM elements the contract names. */
function lineProblems(line, minRespondents, elements) {
  const name = line.agencyId ?? 'the MPP';
  const out = [];
  const extra = Object.keys(line).filter((k) => !LINE_KEYS.has(k));
  if (extra.length) out.push(`${name} carries ${extra.join(', ')}: only aggregates may be published`);
  if (line.respondents !== null && line.respondents > 0 && line.respondents < minRespondents)
    out.push(`${name} published with ${line.respondents} respondents, below minRespondents ${minRespondents}`);
  if (line.withheld) {
    if (line.converted !== null || line.grade !== null || line.respondents !== null)
      out.push(`${name} is withheld but shows figures`);
    if (elements.some((e) => line.elements[e] !== null)) out.push(`${name} is withheld but shows element values`);
  } else if (line.converted !== null) {
    if (line.grade !== gradeOf(line.converted)) out.push(`${name}: ${line.converted} graded ${line.grade}`);
    if (line.gradeWords !== GRADE_WORDS[line.grade])
      out.push(`${name}: grade ${line.grade} worded "${line.gradeWords}"`);
    // The IKM is the mean of the nine element values (each a mean × 25), within the rounding of two decimals each.
    const mean = elements.reduce((s, e) => s + line.elements[e], 0) / elements.length;
    if (Math.abs(mean - line.converted) > 0.2) out.push(`${name}: IKM ${line.converted}, its elements' mean ${mean}`);
    if (line.sampleReached !== line.respondents >= line.minimumSample)
      out.push(`${name}: ${line.respondents} of ${line.minimumSample} but sampleReached ${line.sampleReached}`);
  }
  return out;
}

export function satisfactionChecks({ check }, ctx) {
  const { call } = ctx.client;
  // The nine SKM elements, as the contract's SurveyScores requires them.
  const elements = ctx.contract.doc.components.schemas.SurveyScores.required;

  check(
    'satisfaction.published',
    'GET /satisfaction answers a complete quarter per agency and for the MPP, aggregated, graded, small groups withheld',
    async () => {
      const answer = expectAnswer(ctx, await call('getPublicSatisfaction'), 200);
      const body = answer.json;
      expect(/^\d{4}-Q[1-4]$/.test(body.period), `default period "${body.period}" is not a quarter`);
      expect(body.complete === true, 'the default period is still running: the last complete quarter was expected');
      const problems = [body.mpp, ...body.agencies].flatMap((l) => lineProblems(l, body.minRespondents, elements));
      expect(!problems.length, problems.join('; '));
      expect(
        !/suggestion|"sex"|"age"|"education"|"occupation"|RSV-|"nik/.test(answer.text),
        'a suggestion, a profile or a booking in the published index',
      );
      const published = body.agencies.filter((a) => a.converted !== null).length;
      return `${body.period}: ${body.agencies.length} agencies, ${published} with a published index`;
    },
  );

  check('satisfaction.cache', 'GET /satisfaction is public, cacheable and revalidates to 304 by its ETag', async () => {
    const answer = expectAnswer(ctx, await call('getPublicSatisfaction', { query: { period: '2025' } }), 200);
    const tag = answer.headers.get('etag');
    expect(tag, 'no ETag');
    const cache = answer.headers.get('cache-control') ?? '';
    expect(
      /public/.test(cache) && /max-age=\d+/.test(cache),
      `Cache-Control "${cache}": public with a max-age expected`,
    );
    const again = await call('getPublicSatisfaction', { query: { period: '2025' }, headers: { 'If-None-Match': tag } });
    if (again.status !== 304) throw new Failure(`If-None-Match ${tag}: expected 304, got ${again.status}`);
    return `ETag ${tag}, ${cache}`;
  });

  check(
    'satisfaction.bad-period',
    'GET /satisfaction with 2026-Q5 or a year not begun: 422 naming period',
    async () => {
      expectFieldError(ctx, await call('getPublicSatisfaction', { query: { period: '2026-Q5' } }), 'period');
      expectFieldError(ctx, await call('getPublicSatisfaction', { query: { period: '9999' } }), 'period');
    },
  );
}
