// The satisfaction survey (SKM): the token a resident's own look-up of a served visit carries, and the answer it
// buys, stored anonymously (server/store/survey-schema.ts).
//
// Why a token, not the second factor again: the token is handed out only behind the look-up's second factor and
// attempt cap, so the survey adds no second place to guess NIK digits at, and the answer's request carries no
// digit of a NIK at all. It is a keyed hash of the booking code (the store's NIK-hash key, with its own prefix), so
// nothing is stored for it, and it is good for one answer: the answered marker refuses a second.
//
// The marker is another keyed hash of the code (its own prefix, the whole digest), so the survey's tables hold no
// booking code: a person reading them cannot tell which visit an answer was for without the key.
import { timingSafeEqual } from 'node:crypto';
import type { SurveyAnswer } from '../src/api/types.js';
import type { BookingRecord, BookingStore } from './store/types.js';
import type { SurveyStore } from './store/survey-types.js';
import { fail } from './problems.js';

export type Surveys = ReturnType<typeof createSurveys>;

/** The answered marker of a booking code: what the survey store keeps to refuse a second answer. */
export const surveyMarker = (hashNik: (value: string) => string) => (code: string) => hashNik(`skm-answered:${code}`);

export function createSurveys({
  store,
  surveys,
  hashNik,
}: {
  store: BookingStore;
  surveys: SurveyStore;
  hashNik: (value: string) => string;
}) {
  // NIKs are digits only: the prefix keeps this hash apart from every NIK's.
  const mac = (code: string) => hashNik(`skm:${code}`).slice(0, 32);
  const tokenOf = (code: string) => `${code}.${mac(code)}`;
  const markerOf = surveyMarker(hashNik);

  /** The token for a served visit not yet answered; undefined otherwise. */
  async function offer(record: BookingRecord): Promise<string | undefined> {
    if (record.status !== 'done' || (await surveys.answered(markerOf(record.code)))) return undefined;
    return tokenOf(record.code);
  }

  /** Stores an answer: 404 for a token that names no served visit, 409 `survey_answered` for a second answer. */
  async function submit(answer: SurveyAnswer): Promise<void> {
    const dot = answer.token.lastIndexOf('.');
    const code = answer.token.slice(0, dot);
    const given = Buffer.from(answer.token.slice(dot + 1));
    const expected = Buffer.from(mac(code));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) fail(404, 'not_found');
    const record = await store.booking(code);
    if (!record || record.status !== 'done') fail(404, 'not_found');
    const stored = await surveys.answer(markerOf(code), {
      agencyId: record.agencyId,
      serviceId: record.serviceId,
      date: record.date,
      scores: answer.scores,
      ...answer.profile,
      ...(answer.suggestion?.trim() ? { suggestion: answer.suggestion.trim() } : {}),
    });
    if (!stored) fail(409, 'survey_answered', { detail: 'Survei untuk kunjungan ini sudah diisi. Terima kasih.' });
  }

  return { offer, submit };
}
