// The reference server's SQLite database: schema migrations, and the seed from data/catalogue.json on first start.
import Database from 'better-sqlite3';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { demoApplications } from './demo-applications.mjs';

const MIGRATIONS = [
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
];

/** Opens (creating when missing) and migrates the database. */
export function openDatabase(path) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // With WAL, NORMAL syncs at checkpoints rather than on every commit: a power cut may lose the last commits but
  // never corrupts the file — the usual choice for WAL, and what lets one small server take 1,000 bookings/s.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true });
  for (let i = version; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
  return db;
}

/** The key of the NIK hash: from the environment, else made once and kept in the database. */
export function nikHasher(db, envKey) {
  let key = envKey;
  if (!key) {
    key = db.prepare(`SELECT value FROM meta WHERE key = 'nik_key'`).get()?.value;
    if (!key) {
      key = randomBytes(32).toString('hex');
      db.prepare(`INSERT INTO meta (key, value) VALUES ('nik_key', ?)`).run(key);
    }
  }
  return (nik) => createHmac('sha256', key).update(nik).digest('hex');
}

// Hourly sessions; on Friday the 11.30–13.30 prayer break leaves no afternoon session before 14.00.
const WEEKLY_SESSIONS = [
  ['s0800', '08:00', '09:00'],
  ['s0900', '09:00', '10:00'],
  ['s1000', '10:00', '11:00'],
  ['s1300', '13:00', '14:00'],
  ['s1400', '14:00', '15:00'],
];

const DEMO_NIK = '2172010101850003';

/** Fills an empty database from the catalogue; does nothing when it is already seeded. */
export function seed(db, { catalogue, defaultQuota, hashNik, clock, now }) {
  if (db.prepare('SELECT COUNT(*) AS n FROM services').get().n > 0) return false;
  const insertAgency = db.prepare('INSERT INTO agencies (id, doc) VALUES (?, ?)');
  const insertService = db.prepare('INSERT INTO services (id, agency_id, bookable, doc) VALUES (?, ?, ?, ?)');
  const insertHoliday = db.prepare('INSERT INTO holidays (date, name, type) VALUES (?, ?, ?)');
  const insertSession = db.prepare(
    'INSERT INTO session_templates (service_id, weekday, id, start_time, end_time, quota) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertApplication = db.prepare(`INSERT INTO applications
    (number, service_id, nik_hash, nik_last4, status, submitted_at, deadline, steps, rejection_reason, collection, next_step, updated_at)
    VALUES (@number, @service_id, @nik_hash, @nik_last4, @status, @submitted_at, @deadline, @steps, @rejection_reason, @collection, @next_step, @updated_at)`);

  db.transaction(() => {
    for (const agency of catalogue.agencies) insertAgency.run(agency.id, JSON.stringify(agency));
    for (const service of catalogue.services) {
      insertService.run(service.id, service.agencyId, service.bookable ? 1 : 0, JSON.stringify(service));
      if (!service.bookable) continue;
      for (let weekday = 1; weekday <= 5; weekday++) {
        for (const [id, start, end] of WEEKLY_SESSIONS) {
          if (weekday === 5 && id === 's1300') continue;
          insertSession.run(service.id, weekday, id, start, end, defaultQuota);
        }
      }
    }
    for (const h of catalogue.holidays) insertHoliday.run(h.date, h.name, h.type);

    // The demo applications (demo-applications.mjs, shared with the mocks), second factor 0003 (the last digits of
    // DEMO_NIK), dated around the first start.
    for (const app of demoApplications(clock.dateOf(now))) {
      const lastStep = app.steps.findLast((step) => step.startedAt);
      insertApplication.run({
        number: app.number,
        service_id: app.serviceId,
        nik_hash: hashNik(DEMO_NIK),
        nik_last4: DEMO_NIK.slice(-4),
        status: app.status,
        submitted_at: app.submittedAt,
        deadline: app.deadline,
        steps: JSON.stringify(app.steps),
        rejection_reason: app.rejectionReason ?? null,
        collection: app.collection ? JSON.stringify(app.collection) : null,
        next_step: app.nextStep ?? null,
        updated_at: lastStep?.completedAt ?? lastStep?.startedAt ?? app.submittedAt,
      });
    }
  })();
  return true;
}

export function loadCatalogue(url = new URL('../../data/catalogue.json', import.meta.url)) {
  return JSON.parse(readFileSync(url, 'utf8'));
}
