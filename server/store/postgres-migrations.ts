// The PostgreSQL schema as numbered migrations, applied in order at open (under an advisory lock, so instances
// starting together apply each one once) and recorded in `schema_migrations`. Never edit a shipped migration: add one.
import { BOOKING_FIELDS_MIGRATION } from './booking-fields-schema.js';
import { SECOND_FACTOR_MIGRATION } from './second-factor-schema.js';
import { ACTIVE_STATUSES } from '../../src/rules/index.js';
import { CATALOGUE_POSTGRES_MIGRATION, TRANSLATIONS_POSTGRES_MIGRATION } from './catalogue-types.js';
import { SCHEDULE_MIGRATION } from './schedule-schema.js';
import { STAFF_POSTGRES_MIGRATION } from './staff-schema.js';
import { CALLS_POSTGRES_MIGRATION } from './calls-schema.js';
import { SURVEY_MARKER_POSTGRES_MIGRATION, SURVEY_POSTGRES_MIGRATION } from './survey-schema.js';
import { VISITS_POSTGRES_MIGRATION } from './visits-schema.js';

const list = (statuses: readonly string[]) => `(${statuses.map((s) => `'${s}'`).join(', ')})`;

/**
 * Dates and instants are kept as the ISO text the API speaks (`2026-12-08`, `2026-12-08T09:00:00+07:00`), as in
 * the SQLite store: an answer replayed or read back is the same text that was written. JSON documents are `json`
 * (not `jsonb`), which keeps their text and key order as written.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  // 1: catalogue, calendar, bookings, places per session, queue counters, idempotency, applications.
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE agencies (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc JSON NOT NULL);
  CREATE TABLE services (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    agency_id TEXT NOT NULL REFERENCES agencies(id),
    bookable BOOLEAN NOT NULL,
    doc JSON NOT NULL
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
  CREATE INDEX bookings_agency_day ON bookings (agency_id, date, status, queue_seq);
  -- One active booking per person, service and day, whatever the concurrency and however many instances.
  CREATE UNIQUE INDEX bookings_one_active ON bookings (nik_hash, service_id, date)
    WHERE status IN ${list(ACTIVE_STATUSES)};
  -- The places left in a session on a day: a booking takes one with a conditional UPDATE (remaining > 0), which
  -- PostgreSQL serialises on this one row, so the quota holds across connections and server instances.
  CREATE TABLE session_places (
    service_id TEXT NOT NULL,
    date TEXT NOT NULL,
    session_id TEXT NOT NULL,
    remaining INTEGER NOT NULL CHECK (remaining >= 0),
    PRIMARY KEY (service_id, date, session_id)
  );
  -- The last queue sequence given at an agency on a day: check-in increments it in one statement.
  CREATE TABLE queue_counters (
    agency_id TEXT NOT NULL,
    date TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (agency_id, date)
  );
  -- status 0 marks a key being answered: its row lock makes a concurrent retry wait for the first answer.
  CREATE TABLE idempotency (
    key TEXT PRIMARY KEY,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body JSON NOT NULL,
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
    steps JSON NOT NULL,
    rejection_reason TEXT,
    collection JSON,
    next_step TEXT,
    updated_at TEXT NOT NULL
  );
  `,
  // 2: counters of the rate limits and the second-factor attempt cap, shared by every instance. UNLOGGED: a crash
  // may forget them (a window starts afresh), which is cheaper than writing each request's count to the WAL.
  `
  CREATE UNLOGGED TABLE limit_counters (key TEXT PRIMARY KEY, count INTEGER NOT NULL, reset_at BIGINT NOT NULL);
  `,
  // 3: the staff side (server/store/staff-schema.ts).
  STAFF_POSTGRES_MIGRATION,
  // 4: an application may have no deadline (its standard sets none) and may be paused, waiting for the resident.
  `
  ALTER TABLE applications ALTER COLUMN deadline DROP NOT NULL;
  ALTER TABLE applications ADD COLUMN paused_since TEXT, ADD COLUMN pause_reason TEXT;
  `,
  // 5: services published or not, with a revision; the catalogue's version (server/store/catalogue-types.ts).
  CATALOGUE_POSTGRES_MIGRATION,
  // 6: closures (the holidays move in), the window's opening hour, a closed booking's reason (schedule-schema.ts).
  SCHEDULE_MIGRATION,
  // 7: counter outcomes, reports and erasure of personal data (server/store/visits-schema.ts).
  VISITS_POSTGRES_MIGRATION,
  // 8: a booking's answers to its service's extra fields (server/store/booking-fields-schema.ts).
  BOOKING_FIELDS_MIGRATION,
  // 9: the satisfaction survey's anonymous answers and the visits answered (server/store/survey-schema.ts).
  SURVEY_POSTGRES_MIGRATION,
  // 10: the hall's call log, read by the queue board's stream (server/store/calls.ts).
  CALLS_POSTGRES_MIGRATION,
  // 11: the birth date a booking's NIK encodes, for the MPP that asks it (server/store/second-factor-schema.ts).
  SECOND_FACTOR_MIGRATION,
  // 12: a service's texts in other languages, beside its Indonesian document (server/store/catalogue-types.ts).
  TRANSLATIONS_POSTGRES_MIGRATION,
  // 13: the survey's answered marker a keyed hash, not the booking code; the answers rewritten (survey-schema.ts).
  SURVEY_MARKER_POSTGRES_MIGRATION,
];
