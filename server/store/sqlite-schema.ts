// The SQLite schema as numbered migrations (recorded in `user_version`), opening a database file with the pragmas
// the store relies on, and the seed of a new one: what happens once per database, apart from the booking operations.
import { closureCode } from '../../src/rules/index.js';
import { seedApplicationRow } from './rows.js';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { BOOKING_FIELDS_MIGRATION } from './booking-fields-schema.js';
import { SECOND_FACTOR_MIGRATION } from './second-factor-schema.js';
import { CATALOGUE_SQLITE_MIGRATION, splitTranslations, TRANSLATIONS_SQLITE_MIGRATION } from './catalogue-types.js';
import { SCHEDULE_MIGRATION } from './schedule-schema.js';
import { STAFF_SQLITE_MIGRATION } from './staff-schema.js';
import { CALLS_SQLITE_MIGRATION } from './calls-schema.js';
import { SURVEY_MARKER_SQLITE_MIGRATION, SURVEY_SQLITE_MIGRATION } from './survey-schema.js';
import { VISITS_SQLITE_MIGRATION } from './visits-schema.js';
import type { SeedData } from './types.js';

export const SQLITE_MIGRATIONS: readonly string[] = [
  // 1: catalogue, calendar, bookings, idempotency, applications.
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE agencies (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
  CREATE TABLE services (
    id TEXT PRIMARY KEY,
    agency_id TEXT NOT NULL REFERENCES agencies(id),
    bookable INTEGER NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE TABLE holidays (date TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL);
  CREATE TABLE session_templates (
    service_id TEXT NOT NULL REFERENCES services(id),
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    id TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    quota INTEGER NOT NULL CHECK (quota >= 0),
    PRIMARY KEY (service_id, weekday, id)
  );
  CREATE TABLE bookings (
    code TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES services(id),
    agency_id TEXT NOT NULL,
    date TEXT NOT NULL,
    session_id TEXT NOT NULL,
    session_start TEXT NOT NULL,
    session_end TEXT NOT NULL,
    nik_hash TEXT NOT NULL,
    nik_last4 TEXT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT,
    status TEXT NOT NULL DEFAULT 'booked',
    queue_seq INTEGER,
    queue_number TEXT,
    counter_id TEXT,
    created_at TEXT NOT NULL,
    checked_in_at TEXT,
    called_at TEXT,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX bookings_session ON bookings (service_id, date, session_id, status);
  CREATE INDEX bookings_agency_day ON bookings (agency_id, date, status);
  -- One active booking per person, service and day, whatever the concurrency.
  CREATE UNIQUE INDEX bookings_one_active ON bookings (nik_hash, service_id, date)
    WHERE status IN ('booked', 'checked_in', 'serving');
  CREATE TABLE idempotency (
    key TEXT PRIMARY KEY,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE applications (
    number TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES services(id),
    nik_hash TEXT NOT NULL,
    nik_last4 TEXT NOT NULL,
    status TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    deadline TEXT NOT NULL,
    steps TEXT NOT NULL,
    rejection_reason TEXT,
    collection TEXT,
    next_step TEXT,
    updated_at TEXT NOT NULL
  );
  `,
  // 2: the staff side (server/store/staff-schema.ts).
  STAFF_SQLITE_MIGRATION,
  // 3: an application may have no deadline (its standard sets none) and may be paused, waiting for the resident.
  // SQLite cannot drop NOT NULL in place: the table is rebuilt, rows kept.
  `
  CREATE TABLE applications_v3 (
    number TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES services(id),
    nik_hash TEXT NOT NULL,
    nik_last4 TEXT NOT NULL,
    status TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    deadline TEXT,
    steps TEXT NOT NULL,
    rejection_reason TEXT,
    collection TEXT,
    next_step TEXT,
    paused_since TEXT,
    pause_reason TEXT,
    updated_at TEXT NOT NULL
  );
  INSERT INTO applications_v3 (number, service_id, nik_hash, nik_last4, status, submitted_at, deadline, steps,
    rejection_reason, collection, next_step, updated_at)
    SELECT number, service_id, nik_hash, nik_last4, status, submitted_at, deadline, steps, rejection_reason,
      collection, next_step, updated_at FROM applications;
  DROP TABLE applications;
  ALTER TABLE applications_v3 RENAME TO applications;
  `,
  // 4: services published or not, with a revision; the catalogue's version (server/store/catalogue-types.ts).
  CATALOGUE_SQLITE_MIGRATION,
  // 5: closures (the holidays move in), the window's opening hour, a closed booking's reason (schedule-schema.ts).
  SCHEDULE_MIGRATION,
  // 6: counter outcomes, reports and erasure of personal data (server/store/visits-schema.ts).
  VISITS_SQLITE_MIGRATION,
  // 7: a booking's answers to its service's extra fields (server/store/booking-fields-schema.ts).
  BOOKING_FIELDS_MIGRATION,
  // 8: the satisfaction survey's anonymous answers and the visits answered (server/store/survey-schema.ts).
  SURVEY_SQLITE_MIGRATION,
  // 9: the hall's call log, read by the queue board's stream (server/store/calls.ts).
  CALLS_SQLITE_MIGRATION,
  // 10: the birth date a booking's NIK encodes, for the MPP that asks it (server/store/second-factor-schema.ts).
  SECOND_FACTOR_MIGRATION,
  // 11: a service's texts in other languages, beside its Indonesian document (server/store/catalogue-types.ts).
  TRANSLATIONS_SQLITE_MIGRATION,
  // 12: the survey's answered marker a keyed hash, not the booking code; both tables WITHOUT ROWID (survey-schema.ts).
  SURVEY_MARKER_SQLITE_MIGRATION,
];

/** Opens (creating when missing) and migrates an SQLite database; `:memory:` for a throwaway one. */
export function openSqliteDatabase(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // With WAL, NORMAL syncs at checkpoints rather than on every commit: a power cut may lose the last commits but
  // never corrupts the file — the usual choice for WAL, and what lets one small server take many bookings a second.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let i = version; i < SQLITE_MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(SQLITE_MIGRATIONS[i]!);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
  return db;
}

/** Seeds an empty database; answers false and changes nothing when it holds a catalogue already. */
export function seedSqlite(db: Database.Database, seed: SeedData): boolean {
  if ((db.prepare('SELECT COUNT(*) AS n FROM services').get() as { n: number }).n > 0) {
    backfillTranslationsSqlite(db, seed);
    return false;
  }
  const insertAgency = db.prepare('INSERT INTO agencies (id, doc) VALUES (?, ?)');
  const insertService = db.prepare(
    'INSERT INTO services (id, agency_id, bookable, doc, translations) VALUES (?, ?, ?, ?, ?)',
  );
  const insertHoliday = db.prepare(`INSERT INTO closures (id, date, agency_id, kind, name) VALUES (?, ?, NULL, ?, ?)`);
  const insertSession = db.prepare(
    'INSERT INTO session_templates (service_id, weekday, id, start_time, end_time, quota) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertApplication = db.prepare(`INSERT INTO applications
    (number, service_id, nik_hash, nik_last4, status, submitted_at, deadline, steps, rejection_reason, collection, next_step,
     paused_since, pause_reason, updated_at)
    VALUES (@number, @service_id, @nik_hash, @nik_last4, @status, @submitted_at, @deadline, @steps, @rejection_reason,
     @collection, @next_step, @paused_since, @pause_reason, @updated_at)`);
  db.transaction(() => {
    for (const agency of seed.agencies) insertAgency.run(agency.id, JSON.stringify(agency));
    for (const service of seed.services) {
      const { doc, translations } = splitTranslations(service);
      insertService.run(service.id, service.agencyId, service.bookable ? 1 : 0, JSON.stringify(doc), translations);
      if (!service.bookable) continue;
      for (let weekday = 1; weekday <= 7; weekday++)
        for (const s of seed.sessionsOf(service, weekday))
          insertSession.run(service.id, weekday, s.id, s.start, s.end, s.quota);
    }
    for (const h of seed.holidays) insertHoliday.run(`hol-${h.date}`, h.date, closureCode(h.type), h.name);
    for (const app of seed.applications) {
      const row = seedApplicationRow(app);
      insertApplication.run({
        ...row,
        steps: JSON.stringify(row.steps),
        collection: row.collection && JSON.stringify(row.collection),
      });
    }
  })();
  return true;
}

/**
 * A database seeded before services had translations (migration 11) gets the seed's for the services still as seeded
 * (revision 1, never changed by staff), once: a service an administrator changed keeps what they wrote. The catalogue's
 * version moves on when any is filled, so every instance reads them.
 */
function backfillTranslationsSqlite(db: Database.Database, seed: SeedData): void {
  const fill = db.prepare(
    'UPDATE services SET translations = ? WHERE id = ? AND translations IS NULL AND revision = 1 AND updated_at IS NULL',
  );
  db.transaction(() => {
    let filled = 0;
    for (const service of seed.services) {
      const { translations } = splitTranslations(service);
      if (translations) filled += fill.run(translations, service.id).changes;
    }
    if (filled)
      db.prepare(
        `UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'catalogue_version'`,
      ).run();
  })();
}
