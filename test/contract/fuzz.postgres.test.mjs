// The contract fuzzing (fuzz.test.mjs) on PostgreSQL, when it answers here (server/test/postgres-check says whether):
// a store may refuse what another takes (PostgreSQL refuses NUL in text), and that must never be a 5xx.
import { ENGINES } from '../../.build/server/test/postgres.js';

if (ENGINES.includes('postgres')) {
  process.env.MPP_FUZZ_ENGINE = 'postgres';
  await import('./fuzz.test.mjs');
}
