// The catalogue store beside an open booking store: the same database and connection (or pool).
import { PostgresCatalogueStore } from './catalogue-postgres.js';
import { SqliteCatalogueStore } from './catalogue-sqlite.js';
import type { CatalogueStore } from './catalogue-types.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { BookingStore } from './types.js';

export function catalogueStoreOf(store: BookingStore): CatalogueStore {
  if (store instanceof SqliteStore) return new SqliteCatalogueStore(store.db);
  if (store instanceof PostgresStore) return new PostgresCatalogueStore(store.pool);
  throw new Error(`no catalogue store for the ${store.engine} store`);
}
