// The survey store on PostgreSQL, on the booking store's pool: the marker and the answer in one transaction, the
// marker's primary key refusing a second answer even from two instances at once. The two rows share their
// transaction id and heap position until the retention job rewrites the markers; until then only the marker's keyed
// hash keeps them from naming the booking (server/store/survey-schema.ts).
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

  async answer(marker: string, answer: StoredSurveyAnswer): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      const { rowCount } = await c.query(
        'INSERT INTO survey_answered (marker) VALUES ($1) ON CONFLICT (marker) DO NOTHING',
        [marker],
      );
      if (!rowCount) return false;
      await c.query(
        `INSERT INTO survey_answers (id, ${ANSWER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [randomUUID(), ...answerValues(answer)],
      );
      return true;
    });
  }

  async answered(marker: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM survey_answered WHERE marker = $1', [marker]);
    return (rowCount ?? 0) > 0;
  }

  async hashOldMarkers(markerOf: (code: string) => string): Promise<number> {
    return inTransaction(this.pool, async (c) => {
      // Two instances opening at once: the second's DELETE waits for the first's, then finds nothing.
      const { rows } = await c.query<{ booking_code: string }>('DELETE FROM survey_unhashed RETURNING booking_code');
      const markers = rows.map((r) => markerOf(r.booking_code)).sort();
      if (markers.length)
        await c.query(
          'INSERT INTO survey_answered (marker) SELECT unnest($1::text[]) ON CONFLICT (marker) DO NOTHING',
          [markers],
        );
      return markers.length;
    });
  }

  async rewriteMarkers(): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      // TRUNCATE gives the table a new file, so the old rows are gone, not left dead; an answer meanwhile waits on
      // the lock (a moment: a marker is 64 characters).
      await c.query('LOCK TABLE survey_answered IN ACCESS EXCLUSIVE MODE');
      const { rows } = await c.query<{ marker: string }>('SELECT marker FROM survey_answered ORDER BY marker');
      await c.query('TRUNCATE survey_answered');
      if (rows.length)
        await c.query('INSERT INTO survey_answered (marker) SELECT unnest($1::text[])', [rows.map((r) => r.marker)]);
    });
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
