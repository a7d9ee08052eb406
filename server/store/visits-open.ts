// The visit store beside an open booking store: the same database and connection (or pool).
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import { PostgresVisitStore } from './visits-postgres.js';
import { SqliteVisitStore } from './visits-sqlite.js';
import type { BookingStore } from './types.js';
import type { VisitStore } from './visits-types.js';

export function visitStoreOf(store: BookingStore): VisitStore {
  if (store instanceof SqliteStore) return new SqliteVisitStore(store.db);
  if (store instanceof PostgresStore) return new PostgresVisitStore(store.pool);
  throw new Error(`no visit store for the ${store.engine} store`);
}
