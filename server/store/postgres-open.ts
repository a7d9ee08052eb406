// Opening a PostgreSQL database: the pool, the numbered migrations applied once whatever the number of instances
// starting together, and the seed of a new database — what happens once per database, apart from the booking
// operations (postgres.ts).
import { closureCode } from '../../src/rules/index.js';
import { splitTranslations } from './catalogue-types.js';
import { seedApplicationRow } from './rows.js';
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import type { SeedData } from './types.js';

/** Advisory lock keys: one instance at a time migrates, one seeds. */
const MIGRATION_LOCK = 7_170_001;
const SEED_LOCK = 7_170_002;

/** COUNT(*) is a bigint, which `pg` answers as a string: every count here is small, so it is read as a number. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as never,
};

/** The URL without its password, for logs and messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/** A pool on `url` whose counts arrive as numbers; a lost idle connection is logged, never fatal. */
export function createPool(url: string, poolSize: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle connection the server drops (a restart, a failover) must not crash the process: the pool replaces it.
  pool.on('error', (error) => console.error(`mpp server: PostgreSQL connection lost: ${error.message}`));
  return pool;
}

/** Applies the migrations not yet applied, under an advisory lock. */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ v: number }>(
      'SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_migrations',
    );
    for (let i = rows[0]!.v; i < POSTGRES_MIGRATIONS.length; i++) {
      await client.query('BEGIN');
      try {
        await client.query(POSTGRES_MIGRATIONS[i]!);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** Seeds an empty database inside the caller's transaction; answers false when it holds a catalogue already. */
export async function seedPostgres(c: pg.PoolClient, seed: SeedData): Promise<boolean> {
  // Two instances started on an empty database: the second waits here, then finds the catalogue.
  await c.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
  const { rows } = await c.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM services');
  if (rows[0]!.n > 0) {
    // Seeded before services had translations (migration 12): the seed's, for the services still as seeded
    // (revision 1, never changed by staff); the catalogue's version moves on so every instance reads them.
    const withTranslations = seed.services.filter((s) => s.translations);
    const filled = await c.query(
      `UPDATE services SET translations = t.translations
       FROM json_to_recordset($1) AS t(id TEXT, translations JSON)
       WHERE services.id = t.id AND services.translations IS NULL AND services.revision = 1 AND services.updated_at IS NULL`,
      [JSON.stringify(withTranslations.map((s) => ({ id: s.id, translations: s.translations })))],
    );
    if (filled.rowCount)
      await c.query(`UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'catalogue_version'`);
    return false;
  }
  // Each table in one statement: the rows travel as one JSON array.
  const many = (table: string, records: object[]) =>
    records.length
      ? c.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1)`, [
          JSON.stringify(records),
        ])
      : undefined;
  await many(
    'agencies',
    seed.agencies.map((agency, position) => ({ id: agency.id, position, doc: agency })),
  );
  await many(
    'services',
    seed.services.map((service, position) => ({
      id: service.id,
      position,
      agency_id: service.agencyId,
      bookable: service.bookable,
      // JSON columns: the translations travel as an object in the rows' array, not as text.
      doc: splitTranslations(service).doc,
      translations: service.translations ?? null,
      published: true,
      revision: 1,
      updated_at: null,
    })),
  );
  const sessions = [];
  for (const service of seed.services) {
    if (!service.bookable) continue;
    for (let weekday = 1; weekday <= 7; weekday++)
      for (const s of seed.sessionsOf(service, weekday))
        sessions.push({
          service_id: service.id,
          weekday,
          id: s.id,
          start_time: s.start,
          end_time: s.end,
          quota: s.quota,
        });
  }
  await many('session_templates', sessions);
  await many(
    'closures',
    seed.holidays.map((h) => ({ id: `hol-${h.date}`, date: h.date, kind: closureCode(h.type), name: h.name })),
  );
  await many('applications', seed.applications.map(seedApplicationRow));
  return true;
}
