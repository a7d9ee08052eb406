// The published satisfaction index (GET /satisfaction): what PermenPANRB 14/2017 has the MPP publish, per agency and
// for the whole MPP over a quarter or a year. Public and cacheable like the catalogue; computed by the rules core
// (src/rules/survey-public.ts) over the same answers and served visits as the staff report, aggregated only.
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { components } from '../src/api/mpp-api.js';
import { lastCompleteQuarter, publicIkm, surveyPeriod, type MppClock } from '../src/rules/index.js';
import type { Catalogue } from './catalogue.js';
import { etagMatches } from './http-cache.js';
import { fail } from './problems.js';
import type { SurveyStore } from './store/survey-types.js';
import type { VisitStore } from './store/visits-types.js';

type PublicSatisfaction = components['schemas']['PublicSatisfaction'];

/** Five minutes: a late answer to a visit of the period can still move the figure, but not by the minute. */
const CACHE_CONTROL = 'public, max-age=300';

export interface SatisfactionRouteDeps {
  surveys: SurveyStore;
  visits: VisitStore;
  catalogue: Catalogue;
  clock: MppClock;
  now: () => number;
  /** Groups with fewer answers are withheld (MPP_IKM_MIN_RESPONDENTS). */
  minRespondents: number;
}

export function mountSatisfaction(
  api: Hono,
  { surveys, visits, catalogue, clock, now, minRespondents }: SatisfactionRouteDeps,
) {
  api.get('/satisfaction', async (c) => {
    const today = clock.dateOf(now());
    const asked = c.req.query('period');
    const period = asked === undefined ? lastCompleteQuarter(today) : surveyPeriod(asked);
    const invalid = (message: string) =>
      fail(422, 'validation_failed', { errors: [{ field: 'period', code: 'format', message }] });
    if (!period) invalid('Gunakan periode YYYY-Qn (triwulan) atau YYYY (tahun).');
    if (period!.from > today) invalid('Periode ini belum dimulai.');
    const { from, to } = period!;
    const [answers, facts] = await Promise.all([surveys.answers(from, to), visits.visitFacts(from, to)]);
    const set = publicIkm(answers, facts, [...catalogue.agencyById.keys()], minRespondents);
    const body: PublicSatisfaction = {
      period: period!.period,
      from,
      to,
      complete: to < today,
      minRespondents,
      mpp: set.mpp,
      agencies: set.agencies.map((a) => ({
        ...a,
        agencyName: catalogue.agencyById.get(a.agencyId)?.name ?? a.agencyId,
      })),
    };
    // No instant in the body, so the tag names the figures: unchanged figures revalidate to 304.
    const json = JSON.stringify(body);
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 22)}"`;
    const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
    if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
    return c.body(json, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  });
}
