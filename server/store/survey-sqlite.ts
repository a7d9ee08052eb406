// The survey store on SQLite, sharing the booking store's connection: the marker and the answer in one IMMEDIATE
// transaction, the marker's primary key refusing a second answer. Both tables are WITHOUT ROWID: no rowid relates
// the two rows written together (server/store/survey-schema.ts).
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  ANSWER_COLUMNS,
  answerValues,
  toAnswer,
  type StoredSurveyAnswer,
  type SurveyRow,
  type SurveyStore,
} from './survey-types.js';

export class SqliteSurveyStore implements SurveyStore {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    this.q = {
      mark: db.prepare('INSERT OR IGNORE INTO survey_answered (marker) VALUES (?)'),
      insert: db.prepare(`INSERT INTO survey_answers (id, ${ANSWER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      answered: db.prepare<unknown[], { n: number }>('SELECT COUNT(*) AS n FROM survey_answered WHERE marker = ?'),
      answers: db.prepare<unknown[], SurveyRow>(
        `SELECT ${ANSWER_COLUMNS} FROM survey_answers
         WHERE date >= @from AND date <= @to AND (@agency IS NULL OR agency_id = @agency) ORDER BY date, id`,
      ),
    };
  }

  async answer(marker: string, answer: StoredSurveyAnswer): Promise<boolean> {
    return this.db
      .transaction(() => {
        if (this.q.mark.run(marker).changes === 0) return false;
        this.q.insert.run(randomUUID(), ...answerValues(answer));
        return true;
      })
      .immediate();
  }

  async answered(marker: string): Promise<boolean> {
    return this.q.answered.get(marker)!.n > 0;
  }

  async hashOldMarkers(markerOf: (code: string) => string): Promise<number> {
    return this.db
      .transaction(() => {
        const codes = this.db.prepare('SELECT booking_code FROM survey_unhashed').pluck().all() as string[];
        for (const code of codes) this.q.mark.run(markerOf(code));
        this.db.prepare('DELETE FROM survey_unhashed').run();
        return codes.length;
      })
      .immediate();
  }

  async rewriteMarkers(): Promise<void> {
    // WITHOUT ROWID: the markers are kept in the order of their hashes already.
  }

  async answers(from: string, to: string, agencyId?: string): Promise<StoredSurveyAnswer[]> {
    return this.q.answers.all({ from, to, agency: agencyId ?? null }).map(toAnswer);
  }
}
