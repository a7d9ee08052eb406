/**
 * The public satisfaction survey (Survei Kepuasan Masyarakat, SKM) and its index (Indeks Kepuasan Masyarakat, IKM)
 * as PermenPANRB 14/2017 defines them: nine elements answered on a four-point scale, each element's mean weighted
 * equally, the sum converted to 25–100 and graded A–D by the regulation's intervals. The minimum sample is the
 * Krejcie–Morgan table the regulation's guidance prints. The server, the mocks and the staff report all call this.
 */

/** The nine SKM elements, in the regulation's order (Pasal 1 and Lampiran II). */
export const SURVEY_ELEMENTS = [
  'requirements',
  'procedure',
  'time',
  'cost',
  'product',
  'competence',
  'conduct',
  'complaints',
  'facilities',
] as const;

export type SurveyElement = (typeof SURVEY_ELEMENTS)[number];

/** One answer: a score 1–4 per element (4 is *sangat sesuai / sangat baik*). */
export type SurveyScores = Record<SurveyElement, number>;

/** The optional respondent profile the regulation's questionnaire lists; every field may be left out. */
export const SURVEY_PROFILE = {
  sex: ['male', 'female'],
  education: ['sd', 'smp', 'sma', 'diploma', 's1', 's2', 's3'],
  occupation: ['pns', 'tni', 'polri', 'private', 'entrepreneur', 'student', 'other'],
  age: ['under-20', '20-29', '30-39', '40-49', '50-59', '60-plus'],
} as const;

export type SurveyProfileField = keyof typeof SURVEY_PROFILE;

/** The longest suggestion a resident may write (characters): a paragraph, not a letter. */
export const SURVEY_SUGGESTION_MAX = 1000;

/** What an IKM is computed from: the scores of one stored answer (anonymous: no booking, no person). */
export interface SurveyFact {
  agencyId: string;
  serviceId: string;
  /** The visit's date (`YYYY-MM-DD`): the period the answer counts in. */
  date: string;
  scores: SurveyScores;
}

/** The regulation's grades (Lampiran II, table of perception values, intervals and grades). */
export type IkmGrade = 'A' | 'B' | 'C' | 'D';

/** The grade's words: *sangat baik* … *tidak baik* (the regulation's wording, kept in Indonesian). */
export const IKM_GRADE_WORDS: Record<IkmGrade, string> = {
  A: 'Sangat Baik',
  B: 'Baik',
  C: 'Kurang Baik',
  D: 'Tidak Baik',
};

/**
 * The grade of a converted IKM (25–100), by the regulation's intervals on the value rounded to two decimals:
 * A 88.31–100.00, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99.
 */
export function ikmGrade(converted: number): IkmGrade {
  const v = round2(converted);
  return v >= 88.31 ? 'A' : v >= 76.61 ? 'B' : v >= 65 ? 'C' : 'D';
}

/** A value rounded to two decimals, as the regulation's tables print them. */
export const round2 = (n: number): number => Math.round(n * 100 + Number.EPSILON * 100) / 100;

/**
 * The minimum sample for a population of `population` (served visits) by Krejcie and Morgan (1970), the table
 * the regulation's guidance uses: s = χ²NP(1−P) / (d²(N−1) + χ²P(1−P)) with χ² = 3.841, P = 0.5, d = 0.05, rounded
 * to the nearest whole respondent as the table prints it (N 10 → 10, 50 → 44, 100 → 80, 1 000 → 278).
 */
export function minimumSample(population: number): number {
  if (population <= 0) return 0;
  const chi = 3.841;
  const s = (chi * population * 0.25) / (0.0025 * (population - 1) + chi * 0.25);
  return Math.min(population, Math.round(s));
}

/** The index of one group of answers. */
export interface IkmResult {
  /** Answers counted. */
  respondents: number;
  /** Per element, the mean score (NRR per unsur, 1–4, two decimals); null with no answers. */
  elements: Record<SurveyElement, number | null>;
  /** The unit's index (1–4): the sum of the element means, each weighted 1/9; null with no answers. */
  index: number | null;
  /** The index converted to 25–100 (index × 25), two decimals; null with no answers. */
  converted: number | null;
  grade: IkmGrade | null;
  /** Served visits in the same group and period: the population the sample is drawn from. */
  population: number;
  /** The Krejcie–Morgan minimum for that population, and whether the answers reach it. */
  minimumSample: number;
  sampleReached: boolean;
}

/**
 * The IKM of a group of answers, as the regulation computes it: each element's mean (total of its scores ÷
 * respondents), weighted equally (1/9 each; the regulation prints the weight rounded as 0.11), summed to the unit's
 * index, times 25. Element means are kept unrounded in the sum; what is shown is rounded to two decimals.
 */
export function ikm(facts: readonly SurveyFact[], population: number): IkmResult {
  const n = facts.length;
  const elements = {} as Record<SurveyElement, number | null>;
  let index = 0;
  for (const e of SURVEY_ELEMENTS) {
    const mean = n ? facts.reduce((sum, f) => sum + f.scores[e], 0) / n : null;
    elements[e] = mean === null ? null : round2(mean);
    index += (mean ?? 0) / SURVEY_ELEMENTS.length;
  }
  const converted = n ? round2(index * 25) : null;
  const minimum = minimumSample(population);
  return {
    respondents: n,
    elements,
    index: n ? round2(index) : null,
    converted,
    grade: converted === null ? null : ikmGrade(converted),
    population,
    minimumSample: minimum,
    sampleReached: n > 0 && n >= minimum,
  };
}

/** The IKM of one agency (and, below it, each of its services) over a period. */
export interface IkmGroup extends IkmResult {
  agencyId: string;
  /** Absent for the agency's own line (all its services together). */
  serviceId?: string;
}

/**
 * The IKM per agency and per service over the answers given, with each group's population from `served` (served
 * visits per agency and service in the same period). Agencies first, each followed by its services, by id.
 */
export function ikmGroups(
  facts: readonly SurveyFact[],
  served: readonly { agencyId: string; serviceId: string; served: number }[],
): IkmGroup[] {
  const keys = new Map<string, { agencyId: string; serviceId?: string }>();
  for (const x of [...facts, ...served]) {
    keys.set(x.agencyId, { agencyId: x.agencyId });
    keys.set(`${x.agencyId}\u0000${x.serviceId}`, { agencyId: x.agencyId, serviceId: x.serviceId });
  }
  const within = (g: { agencyId: string; serviceId?: string }) => (x: { agencyId: string; serviceId: string }) =>
    x.agencyId === g.agencyId && (g.serviceId === undefined || x.serviceId === g.serviceId);
  return [...keys.values()]
    .sort((a, b) =>
      a.agencyId === b.agencyId
        ? (a.serviceId ?? '').localeCompare(b.serviceId ?? '')
        : a.agencyId.localeCompare(b.agencyId),
    )
    .map((g) => ({
      ...g,
      ...ikm(
        facts.filter(within(g)),
        served.filter(within(g)).reduce((sum, s) => sum + s.served, 0),
      ),
    }));
}

/**
 * The IKM of every answer given, together: the whole MPP's (or, over one agency's answers, that agency's). As the
 * regulation computes a unit's index: each element's mean over all respondents, not a mean of the groups' indexes
 * (which would weigh an agency of two answers like one of two hundred). The population is every served visit.
 */
export function ikmOverall(
  facts: readonly SurveyFact[],
  served: readonly { agencyId: string; serviceId: string; served: number }[],
): IkmResult {
  return ikm(
    facts,
    served.reduce((sum, s) => sum + s.served, 0),
  );
}

/** What is wrong with an answer's scores, as field names (`scores.time`); empty when every element has 1–4. */
export function surveyScoreErrors(scores: Partial<Record<string, unknown>>): SurveyElement[] {
  return SURVEY_ELEMENTS.filter(
    (e) => !Number.isInteger(scores[e]) || (scores[e] as number) < 1 || (scores[e] as number) > 4,
  );
}
