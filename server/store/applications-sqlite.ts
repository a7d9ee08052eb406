// Applications on SQLite (the operator's step changes, server/applications.ts), sharing the booking store's
// connection: a change is decided and written in one IMMEDIATE transaction.
import type Database from 'better-sqlite3';
import type { Refusal } from '../../src/rules/index.js';
import { applicationChange, isRefusal, toApplication, type ApplicationRow } from './rows.js';
import type { ApplicationRecord } from './types.js';

/** An application row as SQLite stores it: its JSON columns as text. */
type SqliteApplicationRow = Omit<ApplicationRow, 'steps' | 'collection'> & { steps: string; collection: string | null };

const toSqliteApplication = (r: SqliteApplicationRow) =>
  toApplication({ ...r, steps: JSON.parse(r.steps), collection: r.collection && JSON.parse(r.collection) });

/** The application statements of one SQLite database. */
export class SqliteApplications {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    const p = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
    this.q = {
      application: p<SqliteApplicationRow>('SELECT * FROM applications WHERE number = ?'),
      updateApplication: p(
        `UPDATE applications SET status = ?, steps = ?, rejection_reason = ?, collection = ?, next_step = ?, deadline = ?,
           paused_since = ?, pause_reason = ?, updated_at = ? WHERE number = ?`,
      ),
    };
  }

  application(number: string) {
    const row = this.q.application.get(number);
    return row && toSqliteApplication(row);
  }

  changeApplication(
    number: string,
    at: string,
    change: (current: ApplicationRecord) => ApplicationRecord | Refusal,
  ): ApplicationRecord | Refusal | undefined {
    return this.db
      .transaction(() => {
        const row = this.q.application.get(number);
        if (!row) return undefined;
        const { nikLast4: _omit, ...current } = toSqliteApplication(row);
        const next = change(current);
        if (isRefusal(next)) return next;
        this.q.updateApplication.run(...applicationChange(next), at, number);
        return next;
      })
      .immediate();
  }
}
