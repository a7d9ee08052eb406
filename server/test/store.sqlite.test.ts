// The store suite against the SQLite store, on a real file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import { runCatalogueStoreSuite } from './catalogue-store-suite.js';
import { runStoreSuite } from './store-suite.js';

const fresh = async () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'mpp-store-')), 'mpp.sqlite'));
runStoreSuite('sqlite', fresh);
runCatalogueStoreSuite('sqlite', fresh);
