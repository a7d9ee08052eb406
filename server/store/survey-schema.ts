// The satisfaction survey's tables, as migrations per engine. An answer row holds the agency, service and day of the
// visit and the answer itself, with a random (v4 UUID) id; never the booking, never a time of writing. A separate
// marker refuses a second answer for a visit: a keyed hash of the booking code (HMAC-SHA256 under the NIK hash's
// key, its own prefix: server/surveys.ts), never the code, so the survey tables name no booking.
//
// The first migration (8 on SQLite, 9 on PostgreSQL) kept the code itself, in ordinary tables: both rows of an
// answer, written in one transaction, took the same rowid on SQLite, so a join by rowid paired every answer with its
// booking. The marker migration below replaces both tables.
const SURVEY_MIGRATION = `
  CREATE TABLE survey_answered (booking_code TEXT PRIMARY KEY);
  CREATE TABLE survey_answers (
    id TEXT PRIMARY KEY,
    agency_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    date TEXT NOT NULL,
    scores TEXT NOT NULL,
    sex TEXT,
    education TEXT,
    occupation TEXT,
    age TEXT,
    suggestion TEXT
  );
  CREATE INDEX survey_answers_day ON survey_answers (date);
`;
export const SURVEY_SQLITE_MIGRATION = SURVEY_MIGRATION;
export const SURVEY_POSTGRES_MIGRATION = SURVEY_MIGRATION;

const ANSWERS = 'id, agency_id, service_id, date, scores, sex, education, occupation, age, suggestion';

/**
 * The marker migration: the answered codes move to `survey_unhashed` until the first open that knows the key hashes
 * them into `survey_answered` (`SurveyStore.hashOldMarkers`, from server/open.ts, before the app serves anything);
 * the answers are copied into a new table in the order of their random ids.
 *
 * SQLite: both tables are WITHOUT ROWID, stored in the order of their keys (a hash, a random id), so no hidden
 * column or insertion order relates a marker to its answer; `secure_delete` overwrites the dropped tables' pages.
 * PostgreSQL has no such tables: rows written together sit at the end of each heap (ctid) and carry the same
 * transaction id (xmin) until the retention job (hourly by default) rewrites the markers in hash order
 * (`SurveyStore.rewriteMarkers`). Until then a person reading the database can pair an answer with a marker's hash,
 * and with the key — kept in the database's `meta` unless `MPP_NIK_KEY` sets it — and a booking code, test whether
 * that hash is the code's. Deployments that keep `MPP_NIK_KEY` outside the database leave them the hash alone.
 */
const markerMigration = (keyed: string, answersInOrder: string, renamed: string) => `
  CREATE TABLE survey_unhashed (booking_code TEXT PRIMARY KEY)${keyed};
  INSERT INTO survey_unhashed (booking_code) SELECT booking_code FROM survey_answered ORDER BY booking_code;
  DROP TABLE survey_answered;
  CREATE TABLE survey_answered (marker TEXT PRIMARY KEY)${keyed};
  CREATE TABLE survey_answers_keyed (
    id TEXT PRIMARY KEY,
    agency_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    date TEXT NOT NULL,
    scores TEXT NOT NULL,
    sex TEXT,
    education TEXT,
    occupation TEXT,
    age TEXT,
    suggestion TEXT
  )${keyed};
  INSERT INTO survey_answers_keyed (${ANSWERS}) SELECT ${ANSWERS} FROM survey_answers ${answersInOrder};
  DROP TABLE survey_answers;
  ALTER TABLE survey_answers_keyed RENAME TO survey_answers;
  ${renamed}
  CREATE INDEX survey_answers_day ON survey_answers (date);
`;

export const SURVEY_MARKER_SQLITE_MIGRATION = `PRAGMA secure_delete = ON;
  ${markerMigration(' WITHOUT ROWID', '', '')}
  PRAGMA secure_delete = OFF;`;
export const SURVEY_MARKER_POSTGRES_MIGRATION = markerMigration(
  '',
  'ORDER BY id',
  'ALTER INDEX survey_answers_keyed_pkey RENAME TO survey_answers_pkey;',
);
