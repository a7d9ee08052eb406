// The property renaming of the script-tag bundles: what it renames, and that the minified code still works when a
// property is spelled in data, in a quoted key, in a string, in a Lit binding, on a public API or page-wide.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import { keptPropertyNames, minifyBundle } from '../minify-bundle.mjs';

const SOURCE = `
const ZONES = { 'Asia/Jakarta': 'WIB', 'WITA': 'Asia/Makassar' };
const TONES = { booked: 'info', cancelled: 'neutral' };
const STRINGS = { id: { greeting: 'Halo' }, en: { greeting: 'Hello' } };
const html = (strings) => strings.join('');
export class Widget {
  constructor() { this.availabilityError = 'offline'; this.publicThing = 1; }
  get failure() { return this.availabilityError; }
  template() { return html\`<mpp-x .fooBar=\${1}></mpp-x>\`; }
  set fooBar(v) { this.bar = v; }
}
export const failureOf = (widget) => widget.failure;
export const zoneOf = (zone) => ZONES[zone];
export const toneOf = (status) => TONES[status];
export const greet = (lang) => STRINGS[lang].greeting;
export const langs = ['id', 'en'];
export const readPublic = (o) => o.publicThing;
const page = globalThis;
(page.litHtmlVersions ??= []).push('3');
`;

async function minified(kept) {
  const dir = mkdtempSync(join(tmpdir(), 'minify-bundle-'));
  writeFileSync(join(dir, 'input.mjs'), SOURCE);
  const bundle = await rollup({ input: join(dir, 'input.mjs'), plugins: [minifyBundle({ kept })] });
  const { output } = await bundle.generate({ format: 'es' });
  writeFileSync(join(dir, 'output.mjs'), output[0].code);
  return { code: output[0].code, module: await import(pathToFileURL(join(dir, 'output.mjs')).href) };
}

describe('minify-bundle', async () => {
  // `booked`/`cancelled` stand for the contract's statuses, `publicThing` for a public member.
  const { code, module } = await minified(new Set(['booked', 'cancelled', 'publicThing']));

  it('renames private members, and the code still works', () => {
    assert.ok(!code.includes('availabilityError'), code);
    assert.equal(module.failureOf(new module.Widget()), 'offline');
  });

  it('keeps keys written in quotes, looked up with data', () => {
    assert.equal(module.zoneOf('Asia/Jakarta'), 'WIB');
    assert.equal(module.zoneOf('WITA'), 'Asia/Makassar');
  });

  it('keeps names the contract or the public API spell, looked up with data or read from outside', () => {
    assert.equal(module.toneOf('booked'), 'info');
    assert.equal(module.readPublic(new module.Widget()), 1);
    assert.equal(module.readPublic({ publicThing: 2 }), 2);
  });

  it('keeps names that a string spells (language tables looked up by a language code)', () => {
    assert.equal(module.greet('en'), 'Hello');
  });

  it('keeps a property set by a Lit binding (.fooBar=${…})', () => {
    assert.match(code, /fooBar/);
  });

  it("keeps Lit's page-wide names", () => {
    assert.deepEqual(globalThis.litHtmlVersions, ['3']);
  });

  it('keeps the platform, the contract and the public declarations of this package', () => {
    const kept = keptPropertyNames({ contract: 'src/api/openapi.yaml', declarations: 'dist/lib' });
    for (const name of [
      'addEventListener',
      'timeZone',
      'hourCycle',
      'nikMasked',
      'session_full',
      'apiBase',
      'updateComplete',
      'sessionStart',
    ]) {
      assert.ok(kept.has(name), name);
    }
    assert.ok(!kept.has('availabilityError'), 'a private member of an element');
  });

  it('renames a table alike in the script and in the chunk it loads later (the English strings)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minify-bundle-'));
    writeFileSync(
      join(dir, 'main.mjs'),
      `const id = { farewellMessage: 'Sampai jumpa', otherWords: 'Lain' };
       let en;
       export const load = () => import('./words.en.mjs').then((m) => { en = m.en; });
       export const farewell = (lang) => (lang === 'en' && en ? en : id).farewellMessage;`,
    );
    writeFileSync(join(dir, 'words.en.mjs'), `export const en = { farewellMessage: 'Goodbye', otherWords: 'Other' };`);
    const bundle = await rollup({ input: join(dir, 'main.mjs'), plugins: [minifyBundle({ kept: new Set() })] });
    const out = join(dir, 'out');
    const { output } = await bundle.write({
      dir: out,
      format: 'es',
      chunkFileNames: 'main.[name].js',
      manualChunks: (id) => (id.endsWith('.en.mjs') ? 'en' : undefined),
    });
    assert.equal(output.length, 2, 'the English table is a chunk of its own');
    for (const chunk of output) assert.ok(!chunk.code.includes('farewellMessage'), chunk.code);
    const main = await import(pathToFileURL(join(out, 'main.js')).href);
    assert.equal(main.farewell('en'), 'Sampai jumpa');
    await main.load();
    assert.equal(main.farewell('en'), 'Goodbye');
    assert.equal(main.farewell('id'), 'Sampai jumpa');
  });
});
