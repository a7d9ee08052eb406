// The live queue on SQLite (the counters' side of server/bookings.ts), sharing the booking store's connection: a
// call finishes whoever is at the counter and calls the next visitor in one IMMEDIATE transaction.
import type Database from 'better-sqlite3';

/** The queue statements of one SQLite database. */
export class SqliteQueue {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    const p = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
    this.q = {
      setStatus: p('UPDATE bookings SET status = ?, updated_at = ? WHERE code = ?'),
      servingAt: p<{ code: string }>(
        `SELECT code FROM bookings WHERE agency_id = ? AND date = ? AND status = 'serving' AND counter_id = ?`,
      ),
      serving: p<{ counter_id: string; queue_number: string }>(
        `SELECT counter_id, queue_number FROM bookings WHERE agency_id = ? AND date = ? AND status = 'serving'`,
      ),
      // A visitor sent to this counter comes first; one sent to another counter is that counter's to call.
      firstWaiting: p<{ code: string }>(
        `SELECT code FROM bookings WHERE agency_id = @agency AND date = @date AND status = 'checked_in'
         AND (counter_id IS NULL OR counter_id = @counter) ORDER BY counter_id IS NULL, queue_seq LIMIT 1`,
      ),
      // The first call is kept: waiting time (check-in to call) is the resident's, not the transfer's.
      call: p(
        `UPDATE bookings SET status = 'serving', counter_id = ?, called_at = COALESCE(called_at, ?), updated_at = ? WHERE code = ?`,
      ),
      waiting: p<{ n: number }>(
        `SELECT COUNT(*) AS n FROM bookings WHERE agency_id = ? AND date = ? AND status = 'checked_in'`,
      ),
      waitingBefore: p<{ n: number }>(
        `SELECT COUNT(*) AS n FROM bookings WHERE agency_id = ? AND date = ? AND status = 'checked_in' AND queue_seq < ?`,
      ),
    };
  }

  callNext(agencyId: string, date: string, counterId: string, at: string): void {
    this.db
      .transaction(() => {
        const current = this.q.servingAt.get(agencyId, date, counterId);
        if (current) this.q.setStatus.run('done', at, current.code);
        const next = this.q.firstWaiting.get({ agency: agencyId, date, counter: counterId });
        if (next) this.q.call.run(counterId, at, at, next.code);
      })
      .immediate();
  }

  queue(agencyId: string, date: string) {
    return {
      serving: new Map(this.q.serving.all(agencyId, date).map((r) => [r.counter_id, r.queue_number])),
      waiting: this.q.waiting.get(agencyId, date)!.n,
    };
  }

  waitingBefore(agencyId: string, date: string, queueSeq: number): number {
    return this.q.waitingBefore.get(agencyId, date, queueSeq)!.n;
  }
}
