// The survey store on PostgreSQL, on the booking store's pool: the marker and the answer in one transaction, the
// marker's primary key refusing a second answer even from two instances at once.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { inTransaction } from './postgres-places.js';
import {
  ANSWER_COLUMNS,
  answerValues,
  toAnswer,
  type StoredSurveyAnswer,
  type SurveyRow,
  type SurveyStore,
} from './survey-types.js';

export class PostgresSurveyStore implements SurveyStore {
  constructor(private readonly pool: pg.Pool) {}

  async answer(bookingCode: string, answer: StoredSurveyAnswer): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      const { rowCount } = await c.query(
        'INSERT INTO survey_answered (booking_code) VALUES ($1) ON CONFLICT (booking_code) DO NOTHING',
        [bookingCode],
      );
      if (!rowCount) return false;
      await c.query(
        `INSERT INTO survey_answers (id, ${ANSWER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [randomUUID(), ...answerValues(answer)],
      );
      return true;
    });
  }

  async answered(bookingCode: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM survey_answered WHERE booking_code = $1', [bookingCode]);
    return (rowCount ?? 0) > 0;
  }

  async answers(from: string, to: string, agencyId?: string): Promise<StoredSurveyAnswer[]> {
    const { rows } = await this.pool.query<SurveyRow>(
      `SELECT ${ANSWER_COLUMNS} FROM survey_answers
       WHERE date >= $1 AND date <= $2 AND ($3::text IS NULL OR agency_id = $3) ORDER BY date, id`,
      [from, to, agencyId ?? null],
    );
    return rows.map(toAnswer);
  }
}
