// How the PostgreSQL store keeps a session's places under concurrency: one transaction with a bounded retry, and
// the session's row of places left, taken and given back with conditional UPDATEs. Every booking of a session
// passes through that row's lock, so what happens between taking it and COMMIT is what a rush waits for.
import pg from 'pg';
import { HOLDS_PLACE_SQL as HOLDS_PLACE } from './rows.js';

/** Tries of a transaction PostgreSQL aborted for a deadlock or a serialisation failure. */
const MAX_TRIES = 3;
const RETRYABLE = new Set(['40001', '40P01']);

/** Thrown inside a transaction: it ends with ROLLBACK and answers `value` (a refusal must leave nothing behind). */
export class RollbackWith<T> {
  constructor(readonly value: T) {}
}

/** Whether `error` is a unique violation of `constraint`. */
export const isUniqueViolation = (error: unknown, constraint: string) =>
  error instanceof Error &&
  (error as { code?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === constraint;

/** Runs `work` in one transaction on a client of `pool`; retried (a bounded number of times) after a deadlock. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const value = await work(client);
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (error instanceof RollbackWith) return error.value as T;
      if (attempt < MAX_TRIES && RETRYABLE.has((error as { code?: string }).code ?? '')) continue;
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * Takes one place of a session: one conditional UPDATE, which waits for a concurrent taker of the same session
 * and then sees what it left. The session's row is made on its first booking, from the quota and the places its
 * bookings already hold.
 */
export async function takePlace(c: pg.PoolClient, serviceId: string, date: string, sessionId: string, quota: number) {
  const take = async () => {
    // One round trip answers both whether a place was taken and whether the session's row exists at all.
    const { rows } = await c.query<{ took: boolean; present: boolean }>(
      `WITH taken AS (
         UPDATE session_places SET remaining = remaining - 1
         WHERE service_id = $1 AND date = $2 AND session_id = $3 AND remaining > 0 RETURNING 1
       )
       SELECT EXISTS (SELECT 1 FROM taken) AS took,
         EXISTS (SELECT 1 FROM session_places WHERE service_id = $1 AND date = $2 AND session_id = $3) AS present`,
      [serviceId, date, sessionId],
    );
    return rows[0]!;
  };
  const first = await take();
  if (first.took || first.present) return first.took;
  await c.query(
    `INSERT INTO session_places (service_id, date, session_id, remaining)
     SELECT $1::text, $2::text, $3::text, GREATEST($4::int - COUNT(*)::int, 0) FROM bookings
     WHERE service_id = $1 AND date = $2 AND session_id = $3 AND status IN ${HOLDS_PLACE}
     ON CONFLICT DO NOTHING`,
    [serviceId, date, sessionId, quota],
  );
  // Made here, or by a concurrent first booking (the INSERT waited for it): either way the row is there now.
  return (await take()).took;
}

/** Gives a session's place back (a booking cancelled, expired or moved away). */
export async function freePlace(c: pg.PoolClient, serviceId: string, date: string, sessionId: string) {
  await c.query(
    'UPDATE session_places SET remaining = remaining + 1 WHERE service_id = $1 AND date = $2 AND session_id = $3',
    [serviceId, date, sessionId],
  );
}
