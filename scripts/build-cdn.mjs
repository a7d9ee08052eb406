// A step of `npm run build`: the files a CDN serves, under a versioned folder whose files never change
// (dist/cdn/<version>/, served with `Cache-Control: immutable`), and the Subresource Integrity hash of each, so a page
// can refuse a file that is not the one released:
// - dist/integrity.json: sha384 of every script-tag file and theme stylesheet in dist/ (the same bytes as in the
//   versioned folder, and as on an npm CDN such as jsDelivr), and for each script the lazily loaded files it imports;
// - dist/cdn/<version>/: those files and their source maps, with the same integrity.json.
// `node scripts/cdn-snippet.mjs <base URL>` prints the tags to paste, import map for the lazy files included.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(`dist/${file}`))
    .digest('base64')}`;

const scripts = readdirSync('dist')
  .filter((f) => /^mpp-[a-z-]+(\.[a-z-]+)?\.js$/.test(f))
  .sort();
const themes = existsSync('dist/themes')
  ? readdirSync('dist/themes')
      .filter((f) => f.endsWith('.css'))
      .sort()
  : [];
const files = [...scripts, ...themes.map((f) => `themes/${f}`)];

/** The files a script imports by `import()` (its English strings, the booking's second half). */
const dynamicImports = (script) =>
  [...readFileSync(`dist/${script}`, 'utf8').matchAll(/import\(["']\.\/([^"']+)["']\)/g)].map((m) => m[1]);
/** Every file a script loads later, through the files it loads (the second half loads the English strings too). */
function lazyFiles(script, seen = new Set()) {
  for (const f of dynamicImports(script)) if (!seen.has(f)) lazyFiles(f, seen.add(f));
  return [...seen].sort();
}
// The scripts a page loads by tag: those no other script loads later.
const lazy = new Set(scripts.flatMap((f) => dynamicImports(f)));
const entries = Object.fromEntries(scripts.filter((f) => !lazy.has(f)).map((f) => [f, { lazy: lazyFiles(f) }]));

const integrity = {
  $comment:
    'Subresource Integrity of the files of this release. README (Embed, CDN with integrity) and docs/embedding.md say how to use them; `node scripts/cdn-snippet.mjs <base URL>` prints the tags.',
  version,
  files: Object.fromEntries(files.map((f) => [f, sri(f)])),
  scripts: entries,
};
const json = `${JSON.stringify(integrity, null, 2)}\n`;
writeFileSync('dist/integrity.json', json);

const folder = `dist/cdn/${version}`;
rmSync('dist/cdn', { recursive: true, force: true });
mkdirSync(`${folder}/themes`, { recursive: true });
for (const f of files) {
  copyFileSync(`dist/${f}`, `${folder}/${f}`);
  if (existsSync(`dist/${f}.map`)) copyFileSync(`dist/${f}.map`, `${folder}/${f}.map`);
}
writeFileSync(`${folder}/integrity.json`, json);
