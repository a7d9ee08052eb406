// The survey store beside an open booking store: the same database and connection (or pool).
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import { PostgresSurveyStore } from './survey-postgres.js';
import { SqliteSurveyStore } from './survey-sqlite.js';
import type { SurveyStore } from './survey-types.js';
import type { BookingStore } from './types.js';

export function surveyStoreOf(store: BookingStore): SurveyStore {
  if (store instanceof SqliteStore) return new SqliteSurveyStore(store.db);
  if (store instanceof PostgresStore) return new PostgresSurveyStore(store.pool);
  throw new Error(`no survey store for the ${store.engine} store`);
}
