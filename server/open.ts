// Opening the server's data: the store (created, migrated and seeded on first start) and the NIK hash's key, which
// also finishes the survey's marker migration.
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Agency } from '../src/api/types.js';
import { nikBirthOf, secondFactorOf, weeklySessions, type Holiday, type MppClock } from '../src/rules/index.js';
import type { ServerConfig } from './config.js';
import { demoApplications } from './demo-applications.js';
import { projectFile } from './paths.js';
import { openPostgresStore } from './store/postgres.js';
import { openSqliteStore } from './store/sqlite.js';
import { surveyStoreOf } from './store/survey-open.js';
import { surveyMarker } from './surveys.js';
import type { BookingStore, CatalogueService, SeedData } from './store/types.js';

/** The NIK of the demo applications; their second factor is its last 4 digits, 0003. */
const DEMO_NIK = '2172010101850003';

interface CatalogueFile {
  agencies: Agency[];
  services: CatalogueService[];
  holidays: Holiday[];
}

export function loadCatalogueFile(url: URL = projectFile('data/catalogue.json')): CatalogueFile {
  return JSON.parse(readFileSync(url, 'utf8'));
}

/** The keyed hash that stands for a NIK: the key from the environment, else made once and kept by the store. */
export async function nikHasher(store: BookingStore, envKey: string | undefined): Promise<(nik: string) => string> {
  const key = envKey || (await store.nikKey(() => randomBytes(32).toString('hex')));
  return (nik) => createHmac('sha256', key).update(nik).digest('hex');
}

/** What a fresh store is seeded with: the catalogue, the default weekly sessions and the demo applications. */
export function seedData(
  config: ServerConfig,
  clock: MppClock,
  hashNik: (nik: string) => string,
  now: number,
): SeedData {
  const catalogue = loadCatalogueFile();
  return {
    agencies: catalogue.agencies,
    services: catalogue.services,
    holidays: catalogue.holidays,
    sessionsOf: (_service, weekday) => weeklySessions(weekday, config.defaultQuota),
    applications: demoApplications(clock.dateOf(now)).map((a) => ({
      ...a,
      nikHash: hashNik(DEMO_NIK),
      nikLast4: secondFactorOf(DEMO_NIK),
      nikBirth: nikBirthOf(DEMO_NIK),
    })),
  };
}

/** The configured store: PostgreSQL when `MPP_DATABASE_URL` is set, else the SQLite file (the default). */
export async function openConfiguredStore(config: ServerConfig): Promise<BookingStore> {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl) : openSqliteStore(config.dbPath);
}

/** Opens the configured store, seeding it when empty; answers it with the NIK hash and whether it was seeded. */
export async function openStore(config: ServerConfig, clock: MppClock, now: number, nikKey = process.env.MPP_NIK_KEY) {
  const store = await openConfiguredStore(config);
  const hashNik = await nikHasher(store, nikKey);
  // Visits answered before the survey's marker migration: their codes hashed now that the key is known.
  await surveyStoreOf(store).hashOldMarkers(surveyMarker(hashNik));
  const seeded = await store.seedIfEmpty(seedData(config, clock, hashNik, now));
  return { store, hashNik, seeded };
}
