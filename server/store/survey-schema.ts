// The satisfaction survey's tables, one migration per engine. Anonymous by construction: an answer row holds the
// agency, service and day of the visit and the answer itself, never the booking; a separate marker holds the
// booking code only, so a second answer for the visit can be refused. The answer's id is random, and neither row
// has a time of writing, so the two cannot be joined by order or time.
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
