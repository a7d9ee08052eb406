// The counter's outcomes, reports and erasure need one column and two indexes, one migration per engine, appended
// to each engine's list: when a booking's personal data was erased, the visit day (retention and reports read
// bookings by day across agencies), and the NIK hash of every booking (a person's request finds theirs).
const VISITS_MIGRATION = `
  ALTER TABLE bookings ADD COLUMN erased_at TEXT;
  CREATE INDEX bookings_day ON bookings (date);
  CREATE INDEX bookings_nik ON bookings (nik_hash);
`;
export const VISITS_SQLITE_MIGRATION = VISITS_MIGRATION;
export const VISITS_POSTGRES_MIGRATION = VISITS_MIGRATION;
