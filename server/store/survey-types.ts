// The survey store beside BookingStore: one anonymous answer per served visit (server/store/survey-schema.ts).
import { SURVEY_ELEMENTS, type SurveyFact, type SurveyScores } from '../../src/rules/index.js';

/** An answer as stored: the visit's agency, service and day, the scores, the optional profile and suggestion. */
export interface StoredSurveyAnswer extends SurveyFact {
  sex?: string;
  education?: string;
  occupation?: string;
  age?: string;
  suggestion?: string;
}

/**
 * The store never sees a booking code but through `hashOldMarkers`: a visit is named by its marker, the keyed hash
 * server/surveys.ts makes of the code.
 */
export interface SurveyStore {
  /**
   * Marks the visit answered and stores the answer (with a random id) in one transaction; answers false, storing
   * nothing, when the visit was answered before (whatever the concurrency: the marker's key decides).
   */
  answer(marker: string, answer: StoredSurveyAnswer): Promise<boolean>;
  /** Whether the visit has been answered. */
  answered(marker: string): Promise<boolean>;
  /**
   * Hashes the booking codes answered before the marker migration (`survey_unhashed`) into markers and deletes them,
   * in one transaction; answers how many. Run at every open, before the app answers anything; nothing once done.
   */
  hashOldMarkers(markerOf: (code: string) => string): Promise<number>;
  /**
   * Rewrites the markers in the order of their hashes, in a transaction of its own, so none keeps the transaction id
   * or heap position it shares with its answer (PostgreSQL; on SQLite the tables never had them: nothing to do).
   */
  rewriteMarkers(): Promise<void>;
  /** The answers for visits whose day is in `from`…`to`, of one agency when given. */
  answers(from: string, to: string, agencyId?: string): Promise<StoredSurveyAnswer[]>;
}

/** The row's columns of an answer. */
export interface SurveyRow {
  agency_id: string;
  service_id: string;
  date: string;
  scores: string;
  sex: string | null;
  education: string | null;
  occupation: string | null;
  age: string | null;
  suggestion: string | null;
}

/** The scores as one digit per element in the regulation's order (`434334343`). */
export const scoresText = (scores: SurveyScores) => SURVEY_ELEMENTS.map((e) => String(scores[e])).join('');

export function toAnswer(row: SurveyRow): StoredSurveyAnswer {
  const answer: StoredSurveyAnswer = {
    agencyId: row.agency_id,
    serviceId: row.service_id,
    date: row.date,
    scores: Object.fromEntries(SURVEY_ELEMENTS.map((e, i) => [e, Number(row.scores[i])])) as SurveyScores,
  };
  for (const key of ['sex', 'education', 'occupation', 'age', 'suggestion'] as const)
    if (row[key] !== null) answer[key] = row[key];
  return answer;
}

/** The row's values of an answer, in the columns' order after the id. */
export const answerValues = (a: StoredSurveyAnswer) => [
  a.agencyId,
  a.serviceId,
  a.date,
  scoresText(a.scores),
  a.sex ?? null,
  a.education ?? null,
  a.occupation ?? null,
  a.age ?? null,
  a.suggestion ?? null,
];

export const ANSWER_COLUMNS = 'agency_id, service_id, date, scores, sex, education, occupation, age, suggestion';
