#!/usr/bin/env node
// The tags a page pastes to load a script from a CDN with Subresource Integrity, for `base` (the URL of the folder
// that holds this release's files, e.g. https://cdn.example.go.id/mpp-widgets/0.1.0): an import map whose
// `integrity` covers the files the script loads later (its English strings, the booking's second half), then the
// script with `integrity` and `crossorigin`. Also the CSP source that lets the inline import map run.
//
//   node scripts/cdn-snippet.mjs https://cdn.example.go.id/mpp-widgets/0.1.0 [mpp-widgets.js] [api base]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The snippet for `script` of the release described by `integrity` (dist/integrity.json) served from `base`.
 * Answers `{ html, importMap, cspSource }`: `cspSource` is the `'sha256-…'` a page's `script-src` needs for the
 * inline import map (it is inline script to CSP).
 */
export function cdnSnippet({ base, script = 'mpp-widgets.js', apiBase, integrity }) {
  const root = base.replace(/\/+$/, '');
  const entry = integrity.scripts[script];
  if (!entry)
    throw new Error(`${script} is not a script of this release: ${Object.keys(integrity.scripts).join(', ')}`);
  // The script itself too: the lazy files import it back, from the same URL (already loaded, checked by its tag).
  const map = {
    integrity: Object.fromEntries([script, ...entry.lazy].map((f) => [`${root}/${f}`, integrity.files[f]])),
  };
  // `<` escaped in JSON's own way: no address can close the script element early.
  const importMap = JSON.stringify(map).replace(/</g, '\\u003c');
  const cspSource = `'sha256-${createHash('sha256').update(importMap).digest('base64')}'`;
  const api = apiBase ? ` data-api-base="${apiBase}"` : '';
  const html =
    `<script type="importmap">${importMap}</script>\n` +
    `<script type="module" src="${root}/${script}" integrity="${integrity.files[script]}" crossorigin="anonymous"${api}></script>`;
  return { html, importMap, cspSource };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [base, script, apiBase] = process.argv.slice(2);
  if (!base) {
    console.error('usage: node scripts/cdn-snippet.mjs <base URL of the release folder> [script] [API base]');
    process.exit(2);
  }
  const integrity = JSON.parse(readFileSync(new URL('../dist/integrity.json', import.meta.url), 'utf8'));
  const { html, cspSource } = cdnSnippet({ base, script, apiBase, integrity });
  console.log(html);
  console.log(`\n<!-- Content-Security-Policy: add ${cspSource} to script-src (the import map is inline script). -->`);
}
