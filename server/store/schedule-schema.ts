// The schedule and closures (issue 18): one migration per engine, appended to each engine's list. Self-contained: it
// moves the seeded holidays into `closures` (a holiday is a closure of the whole MPP), then drops `holidays`; it adds
// the window's opening hour to services and a closed booking's reason to bookings.

const CLOSURE_KINDS = `('holiday', 'cuti_bersama', 'closure')`;

/** The same statements on both engines (nothing here differs between SQLite and PostgreSQL). */
export const SCHEDULE_MIGRATION = `
  CREATE TABLE closures (
    id TEXT PRIMARY KEY,
    date TEXT NOT NULL,
    agency_id TEXT REFERENCES agencies(id),
    kind TEXT NOT NULL CHECK (kind IN ${CLOSURE_KINDS}),
    name TEXT NOT NULL,
    created_at TEXT,
    created_by TEXT
  );
  -- One closure per day and scope (the whole MPP, or one agency).
  CREATE UNIQUE INDEX closures_one_per_scope ON closures (date, COALESCE(agency_id, ''));
  INSERT INTO closures (id, date, agency_id, kind, name)
    SELECT 'hol-' || date, date, NULL, CASE WHEN type = 'cuti_bersama' THEN 'cuti_bersama' ELSE 'holiday' END, name
    FROM holidays;
  DROP TABLE holidays;
  ALTER TABLE services ADD COLUMN window_opens_at TEXT;
  ALTER TABLE bookings ADD COLUMN closure_kind TEXT CHECK (closure_kind IN ${CLOSURE_KINDS});
  ALTER TABLE bookings ADD COLUMN closure_name TEXT;
  CREATE INDEX bookings_day_status ON bookings (date, status);
`;
