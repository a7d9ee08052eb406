// The last step of `npm run build`: what tsc and rollup do not put into the package by themselves.
// - dist/lib/api/mpp-api.d.ts: the contract's generated types, imported by dist/lib/api/types.d.ts (tsc emits
//   declarations for .ts files only, so the hand-off file must be copied).
import { copyFileSync } from 'node:fs';

copyFileSync('src/api/mpp-api.d.ts', 'dist/lib/api/mpp-api.d.ts');
