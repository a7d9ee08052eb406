// The hall's call log (server/store/calls.ts) as one migration per engine, appended to each engine's list.
export const CALLS_SQLITE_MIGRATION = `
  CREATE TABLE queue_calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    agency_id TEXT NOT NULL, date TEXT NOT NULL, counter_id TEXT NOT NULL,
    queue_number TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL
  );
  CREATE INDEX queue_calls_day ON queue_calls (date, agency_id);
`;
export const CALLS_POSTGRES_MIGRATION = `
  CREATE TABLE queue_calls (
    id BIGSERIAL PRIMARY KEY,
    agency_id TEXT NOT NULL, date TEXT NOT NULL, counter_id TEXT NOT NULL,
    queue_number TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL
  );
  CREATE INDEX queue_calls_day ON queue_calls (date, agency_id);
`;
