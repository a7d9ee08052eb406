// The staff store beside an open booking store: the same database and connection (or pool).
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import { PostgresStaffStore } from './staff-postgres.js';
import { SqliteStaffStore } from './staff-sqlite.js';
import type { StaffStore } from './staff-types.js';
import type { BookingStore } from './types.js';

export function staffStoreOf(store: BookingStore): StaffStore {
  if (store instanceof SqliteStore) return new SqliteStaffStore(store.db);
  if (store instanceof PostgresStore) return new PostgresStaffStore(store.pool);
  throw new Error(`no staff store for the ${store.engine} store`);
}
