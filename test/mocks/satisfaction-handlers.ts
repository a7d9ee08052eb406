/**
 * The published satisfaction index (GET /satisfaction) in the mock API, by the same rules as the server
 * (src/rules/survey-public.ts, server/satisfaction.ts): the period parsed and checked, the last complete quarter by
 * default, each agency's and the MPP's line computed and small groups withheld by `publicIkm`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { Agency, PublicSatisfaction } from '../../src/api/types.js';
import {
  IKM_PUBLISH_MIN_RESPONDENTS,
  lastCompleteQuarter,
  publicIkm,
  surveyPeriod,
  SURVEY_ELEMENTS,
  type SurveyFact,
  type SurveyScores,
  type VisitFact,
} from '../../src/rules/index.js';
import { agencies as allAgencies } from './fixtures.js';
import { problem } from './problem.js';

export type SatisfactionScenario = 'normal' | 'loading' | 'error';

export interface SatisfactionMockOptions {
  base?: string;
  agencies?: Agency[];
  /** The answers stored (as POST /surveys stores them) and the served visits beside them. */
  answers?: SurveyFact[];
  served?: { agencyId: string; serviceId: string; date: string; count: number }[];
  minRespondents?: number;
  /** The MPP's day (`YYYY-MM-DD`): what "the last complete quarter" and "not begun" are measured from. */
  today?: string;
  scenario?: SatisfactionScenario;
}

/** Scores for an answer, one digit per element in the regulation's order (`433434433`). */
export const scoresOf = (digits: string): SurveyScores =>
  Object.fromEntries(SURVEY_ELEMENTS.map((e, i) => [e, Number(digits[i])])) as SurveyScores;

export function createSatisfactionMock(options: SatisfactionMockOptions = {}): { handlers: HttpHandler[] } {
  const base = (options.base ?? '/api/v1').replace(/\/+$/, '');
  const agencyList = options.agencies ?? allAgencies;
  const answers = options.answers ?? [];
  const minRespondents = options.minRespondents ?? IKM_PUBLISH_MIN_RESPONDENTS;
  const today = options.today ?? '2026-12-07';
  const scenario = options.scenario ?? 'normal';
  const visits: VisitFact[] = (options.served ?? []).flatMap((s) =>
    Array.from({ length: s.count }, () => ({
      agencyId: s.agencyId,
      serviceId: s.serviceId,
      date: s.date,
      status: 'done' as const,
      checkedInAt: null,
      calledAt: null,
    })),
  );
  const invalid = (message: string) =>
    problem(422, 'validation_failed', { errors: [{ field: 'period', code: 'format', message }] });

  return {
    handlers: [
      http.get(`${base}/satisfaction`, async ({ request }) => {
        if (scenario === 'loading') await delay('infinite');
        if (scenario === 'error') return HttpResponse.error();
        const asked = new URL(request.url).searchParams.get('period');
        const period = asked === null ? lastCompleteQuarter(today) : surveyPeriod(asked);
        if (!period) return invalid('Gunakan periode YYYY-Qn (triwulan) atau YYYY (tahun).');
        if (period.from > today) return invalid('Periode ini belum dimulai.');
        const within = <T extends { date: string }>(xs: T[]) =>
          xs.filter((x) => x.date >= period.from && x.date <= period.to);
        const set = publicIkm(
          within(answers),
          within(visits),
          agencyList.map((a) => a.id),
          minRespondents,
        );
        const body: PublicSatisfaction = {
          period: period.period,
          from: period.from,
          to: period.to,
          complete: period.to < today,
          minRespondents,
          mpp: set.mpp,
          agencies: set.agencies.map((a) => ({
            ...a,
            agencyName: agencyList.find((x) => x.id === a.agencyId)?.name ?? a.agencyId,
          })),
        };
        return HttpResponse.json(body, { headers: { 'Cache-Control': 'public, max-age=300' } });
      }),
    ],
  };
}
