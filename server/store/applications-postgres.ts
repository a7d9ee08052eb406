// Applications on PostgreSQL (the operator's step changes, server/applications.ts), sharing the booking store's
// pool: a change locks the application's row, so two operators' changes are decided one after the other.
import type pg from 'pg';
import type { Refusal } from '../../src/rules/index.js';
import { inTransaction } from './postgres-places.js';
import { applicationChange, isRefusal, toApplication, type ApplicationRow } from './rows.js';
import type { ApplicationRecord } from './types.js';

/** The application statements of one PostgreSQL pool. */
export class PostgresApplications {
  constructor(private readonly pool: pg.Pool) {}

  async application(number: string) {
    const row = (await this.pool.query<ApplicationRow>('SELECT * FROM applications WHERE number = $1', [number]))
      .rows[0];
    return row && toApplication(row);
  }

  async changeApplication(
    number: string,
    at: string,
    change: (current: ApplicationRecord) => ApplicationRecord | Refusal,
  ): Promise<ApplicationRecord | Refusal | undefined> {
    return inTransaction(this.pool, async (c) => {
      const row = (await c.query<ApplicationRow>('SELECT * FROM applications WHERE number = $1 FOR UPDATE', [number]))
        .rows[0];
      if (!row) return undefined;
      const { nikLast4: _omit, ...current } = toApplication(row);
      const next = change(current);
      if (isRefusal(next)) return next;
      await c.query(
        `UPDATE applications SET status = $1, steps = $2, rejection_reason = $3, collection = $4, next_step = $5,
           deadline = $6, paused_since = $7, pause_reason = $8, updated_at = $9 WHERE number = $10`,
        [...applicationChange(next), at, number],
      );
      return next;
    });
  }
}
