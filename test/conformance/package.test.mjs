// The kit as its own package (conformance/, published as mpp-conformance): what `npm pack` ships — its command,
// its code, its copy of the contract — and dependencies that are exactly what its code imports.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const kit = fileURLToPath(new URL('../../conformance/', import.meta.url));
const pkg = JSON.parse(readFileSync(join(kit, 'package.json'), 'utf8'));

const sources = (dir) =>
  readdirSync(join(kit, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.mjs') ? [join(dir, e.name)] : [],
  );

describe('the mpp-conformance package', () => {
  it('packs its command, its code, the contract and its licence, and nothing else', () => {
    const out = mkdtempSync(join(tmpdir(), 'mpp-conformance-pack-'));
    try {
      const packed = JSON.parse(
        execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: kit, encoding: 'utf8' }),
      )[0];
      const files = packed.files.map((f) => f.path);
      const expected = ['LICENSE', 'README.md', 'openapi.yaml', 'package.json', ...sources('bin'), ...sources('lib')];
      assert.deepEqual(files.sort(), expected.sort());
      assert.equal(pkg.bin['mpp-conformance'], './bin/mpp-conformance.mjs');
      // The packed contract is the repository's, as released with this kit; the copy is gone again after packing.
      execFileSync('tar', ['-xzf', join(out, packed.filename), '-C', out]);
      assert.equal(
        readFileSync(join(out, 'package', 'openapi.yaml'), 'utf8'),
        readFileSync(new URL('../../src/api/openapi.yaml', import.meta.url), 'utf8'),
      );
      assert.equal(existsSync(join(kit, 'openapi.yaml')), false, 'a stale copy would shadow src/api/openapi.yaml');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('declares as dependencies exactly the packages its code imports', () => {
    const imported = new Set();
    for (const file of [...sources('bin'), ...sources('lib')]) {
      const text = readFileSync(join(kit, file), 'utf8');
      for (const m of text.matchAll(/^import\s[^'"]*?['"]([^'"]+)['"]/gm)) {
        const spec = m[1];
        if (spec.startsWith('.') || spec.startsWith('node:')) continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
      }
    }
    assert.deepEqual([...imported].sort(), Object.keys(pkg.dependencies).sort());
  });

  it('follows the version of the contract it checks', () => {
    const contract = readFileSync(new URL('../../src/api/openapi.yaml', import.meta.url), 'utf8');
    assert.equal(pkg.version, /^\s+version:\s*([\d.]+)/m.exec(contract)[1]);
  });
});
