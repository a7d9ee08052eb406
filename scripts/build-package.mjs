// The last step of `npm run build`: what tsc and rollup do not put into the package by themselves.
// - dist/lib/api/mpp-api.d.ts: the contract's generated types, imported by dist/lib/api/types.d.ts (tsc emits
//   declarations for .ts files only, so the hand-off file must be copied).
// - dist/custom-elements.json: the manifest beside the script-tag files too, for pages served with them that read
//   the elements' attributes (the demo's embed builder), as a CDN serves them.
import { copyFileSync } from 'node:fs';

copyFileSync('src/api/mpp-api.d.ts', 'dist/lib/api/mpp-api.d.ts');
copyFileSync('custom-elements.json', 'dist/custom-elements.json');
