/**
 * The published IKM (PermenPANRB 14/2017: each unit publishes its Indeks Kepuasan Masyarakat): which period is
 * published, and what of the staff report's groups (survey.ts) the public may see — per agency and for the whole
 * MPP, aggregated only, small groups withheld. The server's GET /satisfaction and the mocks both call this.
 */
import {
  ikm,
  ikmGroups,
  ikmOverall,
  IKM_GRADE_WORDS,
  round2,
  SURVEY_ELEMENTS,
  type IkmGrade,
  type IkmResult,
} from './survey.js';
import type { SurveyElement, SurveyFact } from './survey.js';
import type { VisitFact } from './reports.js';

/**
 * A published period: a quarter (`2026-Q3`, the *triwulan* most units publish by) or a year (`2026`). The
 * regulation has the survey run at least once a year and lets a unit choose a quarter, half or year; a
 * published figure is of a period, not of a window that moves every day.
 */
export interface SurveyPeriod {
  /** As written in the URL: `2026-Q3` or `2026`. */
  period: string;
  /** First and last day, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

const PERIOD = /^(\d{4})(?:-Q([1-4]))?$/;
const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period a `period` parameter names; undefined when it names none (`2026-Q5`, `26`, `2026-03`). */
export function surveyPeriod(value: string): SurveyPeriod | undefined {
  const m = PERIOD.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 2000) return undefined;
  const q = m[2] ? Number(m[2]) : undefined;
  const first = q ? (q - 1) * 3 + 1 : 1;
  const last = q ? q * 3 : 12;
  return { period: value, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDayOf(year, last))}` };
}

/**
 * The period published when none is asked: the last complete quarter before `today` (`YYYY-MM-DD`). A finished
 * quarter's figure no longer moves with each day's visits, which is what a unit publishes.
 */
export function lastCompleteQuarter(today: string): SurveyPeriod {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return surveyPeriod(q === 0 ? `${year - 1}-Q4` : `${year}-Q${q}`)!;
}

/**
 * Below this many answers a group's figures are withheld: with one to four respondents a mean can be traced back
 * to the few residents served that day. The MPP may set it (the reference server: MPP_IKM_MIN_RESPONDENTS).
 */
export const IKM_PUBLISH_MIN_RESPONDENTS = 5;

/** The grade's words (IKM_GRADE_WORDS' values). */
export type IkmGradeWords = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';

/** One published line: an agency's, or the whole MPP's. Nothing of a person: no suggestion, no profile, no day. */
export interface PublicIkm {
  respondents: number | null;
  /** Served visits in the period (the population) and the Krejcie–Morgan minimum sample for it. */
  population: number;
  minimumSample: number;
  sampleReached: boolean;
  /** True when the figures are withheld (too few respondents to publish); they are null then. */
  withheld: boolean;
  /** The IKM, 25–100; null without answers or when withheld. */
  converted: number | null;
  grade: IkmGrade | null;
  /** The grade's words, as the regulation writes them (`Baik`). */
  gradeWords: IkmGradeWords | null;
  /** Each element's mean as the staff report prints it (two decimals) × 25: the element's value on 25–100. */
  elements: Record<SurveyElement, number | null>;
}

const EMPTY = Object.fromEntries(SURVEY_ELEMENTS.map((e) => [e, null])) as Record<SurveyElement, null>;

/** A group of answers as published: withheld when it has answers but fewer than `minRespondents`. */
export function publishIkm(result: IkmResult, minRespondents: number, withhold = false): PublicIkm {
  const hidden = withhold || (result.respondents > 0 && result.respondents < minRespondents);
  const shown = !hidden && result.respondents > 0;
  return {
    respondents: hidden ? null : result.respondents,
    population: result.population,
    minimumSample: result.minimumSample,
    sampleReached: result.sampleReached,
    withheld: hidden,
    converted: shown ? result.converted : null,
    grade: shown ? result.grade : null,
    gradeWords: shown && result.grade ? (IKM_GRADE_WORDS[result.grade] as IkmGradeWords) : null,
    elements: shown
      ? (Object.fromEntries(
          SURVEY_ELEMENTS.map((e) => [e, result.elements[e] === null ? null : round2(result.elements[e]! * 25)]),
        ) as Record<SurveyElement, number | null>)
      : { ...EMPTY },
  };
}

/** Served visits per agency and service, from the visits of a period: the population beside each group. */
export function servedLines(facts: readonly VisitFact[]): { agencyId: string; serviceId: string; served: number }[] {
  const served = new Map<string, { agencyId: string; serviceId: string; served: number }>();
  for (const f of facts) {
    if (f.status !== 'done') continue;
    const key = `${f.agencyId}\u0000${f.serviceId}`;
    const line = served.get(key) ?? { agencyId: f.agencyId, serviceId: f.serviceId, served: 0 };
    line.served++;
    served.set(key, line);
  }
  return [...served.values()];
}

/** The published index of a period: the whole MPP's line and one per agency (every agency in `agencyIds`). */
export interface PublicIkmSet {
  mpp: PublicIkm;
  agencies: (PublicIkm & { agencyId: string })[];
}

/**
 * The published IKM per agency (each of `agencyIds`, and any with answers) and for the whole MPP, by the same
 * computation as the staff report. When exactly one agency is withheld the MPP's line is withheld too: the MPP's
 * figures less the others' would give that small group's away.
 */
export function publicIkm(
  answers: readonly SurveyFact[],
  visits: readonly VisitFact[],
  agencyIds: readonly string[],
  minRespondents = IKM_PUBLISH_MIN_RESPONDENTS,
): PublicIkmSet {
  const served = servedLines(visits);
  const groups = ikmGroups(answers, served).filter((g) => g.serviceId === undefined);
  const byAgency = new Map(groups.map((g) => [g.agencyId, g]));
  const ids = [...new Set([...agencyIds, ...byAgency.keys()])].sort();
  const agencies = ids.map((agencyId) => ({
    agencyId,
    ...publishIkm(byAgency.get(agencyId) ?? ikm([], 0), minRespondents),
  }));
  const total = ikmOverall(answers, served);
  const withheld = agencies.filter((a) => a.withheld).length;
  return { mpp: publishIkm(total, minRespondents, withheld === 1), agencies };
}
