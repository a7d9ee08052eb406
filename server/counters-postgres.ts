// Counters in PostgreSQL (the table limit_counters, migration 2): one upsert per hit, so every instance on the
// database counts in the same row.
import type pg from 'pg';
import type { Counters, Hit } from './counters.js';

/** Hits between two sweeps of windows that ended. */
const SWEEP_EVERY = 1000;

export class PostgresCounters implements Counters {
  readonly kind = 'postgres';
  private hits = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(key: string, windowMs: number): Promise<Hit> {
    const t = this.now();
    if (++this.hits % SWEEP_EVERY === 0)
      void this.pool.query('DELETE FROM limit_counters WHERE reset_at <= $1', [t]).catch(() => undefined);
    // A window that ended starts again at this hit; the row lock orders concurrent hits on the same key.
    const { rows } = await this.pool.query<{ count: number; reset_at: number }>(
      `INSERT INTO limit_counters (key, count, reset_at) VALUES ($1, 1, $2::bigint + $3::bigint)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN limit_counters.reset_at <= $2 THEN 1 ELSE limit_counters.count + 1 END,
         reset_at = CASE WHEN limit_counters.reset_at <= $2 THEN excluded.reset_at ELSE limit_counters.reset_at END
       RETURNING count, reset_at`,
      [key, t, windowMs],
    );
    const row = rows[0]!;
    return { count: row.count, resetInMs: Number(row.reset_at) - t };
  }

  async undo(key: string): Promise<void> {
    await this.pool.query(
      'UPDATE limit_counters SET count = count - 1 WHERE key = $1 AND count > 0 AND reset_at > $2',
      [key, this.now()],
    );
  }

  /** The pool belongs to the store, which closes it. */
  async close(): Promise<void> {}
}
