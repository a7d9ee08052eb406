// The live queue on PostgreSQL (the counters' side of server/bookings.ts), sharing the booking store's pool: calling
// the next visitor skips rows another counter holds, so two counters never call the same person.
import type pg from 'pg';
import { inTransaction } from './postgres-places.js';
import type { QueueState } from './types.js';

/** The queue statements of one PostgreSQL pool. */
export class PostgresQueue {
  constructor(private readonly pool: pg.Pool) {}

  async callNext(agencyId: string, date: string, counterId: string, at: string): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query(
        `UPDATE bookings SET status = 'done', updated_at = $4
         WHERE agency_id = $1 AND date = $2 AND status = 'serving' AND counter_id = $3`,
        [agencyId, date, counterId, at],
      );
      // Another counter calling at the same moment holds its row: this one takes the next, never the same person.
      // A visitor sent to this counter comes first; one sent to another counter is that counter's to call.
      const { rows } = await c.query<{ code: string }>(
        `SELECT code FROM bookings WHERE agency_id = $1 AND date = $2 AND status = 'checked_in'
         AND (counter_id IS NULL OR counter_id = $3)
         ORDER BY counter_id IS NULL, queue_seq LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [agencyId, date, counterId],
      );
      const next = rows[0];
      // The first call is kept: waiting time (check-in to call) is the resident's, not the transfer's.
      if (next)
        await c.query(
          `UPDATE bookings SET status = 'serving', counter_id = $2, called_at = COALESCE(called_at, $3), updated_at = $3
           WHERE code = $1`,
          [next.code, counterId, at],
        );
    });
  }

  async queue(agencyId: string, date: string): Promise<QueueState> {
    const [serving, waiting] = await Promise.all([
      this.pool.query<{ counter_id: string; queue_number: string }>(
        `SELECT counter_id, queue_number FROM bookings WHERE agency_id = $1 AND date = $2 AND status = 'serving'`,
        [agencyId, date],
      ),
      this.pool.query<{ n: number }>(
        `SELECT COUNT(*)::int AS n FROM bookings WHERE agency_id = $1 AND date = $2 AND status = 'checked_in'`,
        [agencyId, date],
      ),
    ]);
    return {
      serving: new Map(serving.rows.map((r) => [r.counter_id, r.queue_number])),
      waiting: waiting.rows[0]!.n,
    };
  }

  async waitingBefore(agencyId: string, date: string, queueSeq: number): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM bookings WHERE agency_id = $1 AND date = $2 AND status = 'checked_in' AND queue_seq < $3`,
      [agencyId, date, queueSeq],
    );
    return rows[0]!.n;
  }
}
