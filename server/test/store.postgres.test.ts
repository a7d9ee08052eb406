// The store suite against the PostgreSQL store, on a fresh database of its own (when PostgreSQL answers: `npm test`
// says in one line when it does not, and how to start it).
import { openPostgresStore } from '../store/postgres.js';
import { ENGINES, freshDatabase } from './postgres.js';
import { runCatalogueStoreSuite } from './catalogue-store-suite.js';
import { runStoreSuite } from './store-suite.js';

if (ENGINES.includes('postgres')) {
  runStoreSuite('postgres', async () => openPostgresStore(await freshDatabase()));
  runCatalogueStoreSuite('postgres', async () => openPostgresStore(await freshDatabase()));
}
