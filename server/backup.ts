// `npm run db:backup [-- <file>]`: copies the SQLite database, even while the server runs, with SQLite's online
// backup, to <file> (default .data/backups/mpp-<time>.sqlite). Restoring is described in the README.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadConfig } from './config.js';
import { openSqliteStore } from './store/sqlite.js';

const config = loadConfig();
if (config.databaseUrl) {
  console.error('mpp backup: MPP_DATABASE_URL is set; back PostgreSQL up with its own tools (pg_dump), not this one.');
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const destination = process.argv[2] || `.data/backups/mpp-${stamp}.sqlite`;
mkdirSync(dirname(destination), { recursive: true });
const store = openSqliteStore(config.dbPath);
try {
  await store.backup(destination);
  console.log(`backup of ${config.dbPath} written to ${destination}`);
} catch (error) {
  console.error(`mpp backup: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
