#!/usr/bin/env node
// Fails when src/api/mpp-api.d.ts is not what openapi-typescript makes of src/api/openapi.yaml today, so the
// types the code compiles against can never drift from the contract. `npm run api:types` regenerates it.
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';

const contract = new URL('../src/api/openapi.yaml', import.meta.url);
const target = new URL('../src/api/mpp-api.d.ts', import.meta.url);
const banner = '/** Generated from src/api/openapi.yaml by `npm run api:types`. Do not edit. */\n';
const generated = banner + astToString(await openapiTS(contract));

if (process.argv.includes('--write')) {
  writeFileSync(target, generated);
  console.log('src/api/mpp-api.d.ts written from the contract');
} else if (readFileSync(target, 'utf8') !== generated) {
  console.error('src/api/mpp-api.d.ts is stale: the contract changed. Run `npm run api:types` and commit the result.');
  console.log('api types: 0 passed, 1 failed');
  process.exit(1);
} else {
  console.log('api types: 1 passed, 0 failed (src/api/mpp-api.d.ts matches the contract)');
}
