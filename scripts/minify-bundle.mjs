// Minifies a script-tag bundle with terser, renaming properties too: `this.availabilityError`, a string table's
// `serviceQuestion`, an option bag's `errorPrefix` become one or two letters: 0.8 KB brotli off the all-in bundle,
// 0.2–0.5 KB off each element's (measured when it landed).
//
// Renaming a property is only safe when every use of the name is renamed alike, so a name is kept whenever
// something outside this bundle, or a string inside it, may spell it:
// - the platform: every member name in TypeScript's DOM and ECMAScript libraries, and terser's own DOM list;
// - the MPP API: every word of the OpenAPI contract (JSON fields, error codes, statuses, enum values);
// - our public API: every member of the public declaration files (elements, event details, configure(), the
//   client and its error), which webmasters and other copies of the widgets read by name;
// - Lit's page-wide names (`litHtmlVersions`, `trustedTypes`, `_$litType$`…), shared with other Lit copies;
// - every string literal of the bundle (`obj[key]` with the key from a literal, `changed.has('service')`), every
//   key written in quotes, and every Lit property binding in a template (`.value=${…}`);
// - and only names that are identifiers are renamed at all.
// What no rule can see is an object whose keys leave the bundle untyped: request headers, `history.state`. Spell
// those names in strings (`headers.set('Accept', …)`); a renamed `{ Accept }` went out as header `Y` once, and the
// e2e suite now checks the headers of every API call.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { minify } from 'terser';

const WORD = /[A-Za-z_$][\w$]*/g;

function wordsIn(text, into) {
  for (const [word] of text.matchAll(WORD)) into.add(word);
}

/** Member names of TypeScript's lib files: the DOM and the language, as far as the compiler knows them. */
function platformNames(into) {
  const dir = 'node_modules/typescript/lib';
  for (const file of readdirSync(dir)) {
    if (!/^lib\..*\.d\.ts$/.test(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(
      /^\s*(?:(?:readonly|var|let|const|function|class)\s+)?["']?([A-Za-z_$][\w$]*)["']?\??\s*[:(<]/gm,
    )) {
      into.add(m[1]);
    }
  }
}

/**
 * Public members: those of the declaration files the package entries export from (`export … from`), followed
 * from `index.d.ts` and `mpp-widgets.d.ts`. Private members, and modules no entry exports, are left to rename.
 */
function publicNames(into, declarationDir) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const line of text.split('\n')) {
      if (/^\s*private\b/.test(line)) continue;
      const m =
        /^\s*(?:(?:readonly|static|protected|get|set|abstract|export|declare|const|function|interface|type)\s+)*([A-Za-z_$][\w$]*)\??\s*[:(<=]/.exec(
          line,
        );
      if (m) into.add(m[1]);
    }
    for (const [, spec] of text.matchAll(/^export [^;]*? from '(\.[^']+)\.js'/gm))
      visit(join(dirname(file), `${spec}.d.ts`));
  };
  visit(join(declarationDir, 'index.d.ts'));
  visit(join(declarationDir, 'mpp-widgets.d.ts'));
  const found = seen.size;
  // Our elements are Lit elements: Lit's public API on them (`updateComplete`, `renderRoot`…) is ours too.
  visit('node_modules/@lit/reactive-element/reactive-element.d.ts');
  visit('node_modules/lit-element/lit-element.d.ts');
  if (found < 5) throw new Error(`minify-bundle: the public declarations in ${declarationDir} were not found`);
}

// Lit's page-wide names, by pattern so that whatever a newer Lit adds is kept too: only names that do not match are
// renamed.
const RENAMABLE =
  /^(?!_\$|lit[A-Z]|reactiveElement[A-Z]|Shady|(trustedTypes|createPolicy|createHTML|LitElement|ReactiveElement)$)[A-Za-z_$][\w$]*$/;

/**
 * Names never renamed in any bundle. Needs the declaration files (`tsc -p tsconfig.build.json`) built first.
 * @param {{ contract: string, declarations: string }} paths
 */
export function keptPropertyNames({ contract, declarations }) {
  if (!existsSync(declarations)) throw new Error(`minify-bundle: build the declarations (${declarations}) first`);
  const kept = new Set();
  platformNames(kept);
  wordsIn(readFileSync(contract, 'utf8'), kept);
  publicNames(kept, declarations);
  return kept;
}

/**
 * Rollup plugin: terser over each finished chunk, with property renaming as described above. A build's chunks (the
 * script and its English strings, `*.en.js`) are renamed alike: the words kept come from every module of the build,
 * the names the chunks export to each other are kept, and one name cache carries `serviceQuestion → bt` from one
 * chunk to the next, so the script reads the English table by the names the English file gives it.
 */
export function minifyBundle({ kept, terserOptions = {} }) {
  let literalWords;
  let nameCache;
  let queue;
  return {
    name: 'minify-bundle',
    buildStart() {
      literalWords = new Set();
      nameCache = {};
      queue = Promise.resolve();
    },
    moduleParsed(info) {
      if (info.ast) collectLiteralWords(info.ast, literalWords);
    },
    renderChunk(code, _chunk, _options, meta) {
      const reserved = new Set([...kept, ...literalWords]);
      for (const chunk of Object.values(meta.chunks)) for (const name of chunk.exports) reserved.add(name);
      // One chunk at a time: each reads the name cache the one before left.
      const run = queue.then(() =>
        minify(code, {
          ...terserOptions,
          module: true,
          nameCache,
          sourceMap: { asObject: true },
          mangle: {
            properties: {
              reserved: [...reserved],
              regex: RENAMABLE,
              // A key written in quotes (`{ 'Asia/Jakarta': 'WIB' }`) is data, looked up by a string: never renamed.
              keep_quoted: true,
            },
          },
        }),
      );
      queue = run.catch(() => {});
      return run.then((result) => ({ code: result.code, map: result.map }));
    },
  };
}

const NAME = /^[A-Za-z_$][\w$]*$/;

/** Every string literal, and the properties bound in Lit templates (`.value=`), in an ESTree. */
function collectLiteralWords(node, into) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) collectLiteralWords(child, into);
    return;
  }
  if (node.type === 'Literal' && typeof node.value === 'string') into.add(node.value);
  else if (node.type === 'TemplateElement') {
    if (NAME.test(node.value.raw)) into.add(node.value.raw);
    for (const [, name] of node.value.raw.matchAll(/\.([A-Za-z_$][\w$]*)=/g)) into.add(name);
  }
  for (const key in node) if (key !== 'type' && typeof node[key] === 'object') collectLiteralWords(node[key], into);
}
