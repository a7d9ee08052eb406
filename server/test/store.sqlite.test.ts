// The store suite against the SQLite store, on a real file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import { runStoreSuite } from './store-suite.js';

runStoreSuite('sqlite', async () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'mpp-store-')), 'mpp.sqlite')));
