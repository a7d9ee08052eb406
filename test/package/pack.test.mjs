// What `npm publish` would ship, checked from `npm pack`: only the files a user needs, every `exports` target and
// every import inside them present, the dependencies exactly what the library imports, and the types usable by a
// TypeScript consumer with `moduleResolution` bundler and node16. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Files outside dist/ that belong in the package; everything else must be under dist/. */
const ALLOWED_OUTSIDE_DIST = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'src/api/openapi.yaml',
];

function packList() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  return new Set(JSON.parse(out)[0].files.map((f) => f.path));
}

/** Every file path an `exports` value names (condition objects and nested conditions included). */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

const strip = (p) => p.replace(/^\.\//, '');

/** The module specifiers of a module or declaration file: static imports and exports, and `import()`. */
const IMPORTS =
  /^\s*(?:import|export)\s[^'"]*?from\s+['"]([\w@/.-]+)['"]|^\s*import\s+['"]([\w@/.-]+)['"]|\bimport\(\s*['"]([\w@/.-]+)['"]\s*\)/gm;
const specifiers = (source) => [...source.matchAll(IMPORTS)].map((m) => m[1] ?? m[2] ?? m[3]);

describe('npm pack', () => {
  let files;
  before(() => {
    files = packList();
  });

  it('ships dist/, the manifest, the contract, README, LICENSE and CHANGELOG — nothing else', () => {
    const stray = [...files].filter((f) => !f.startsWith('dist/') && !ALLOWED_OUTSIDE_DIST.includes(f));
    assert.deepEqual(stray, [], 'files that should not be published');
    for (const needed of ALLOWED_OUTSIDE_DIST) assert.ok(files.has(needed), `${needed} is missing from the package`);
    assert.ok(![...files].some((f) => /(^|\/)(test|server|stories|demo)\//.test(f)), 'tests, server or demo shipped');
  });

  it('has every target of exports, main, module, types and customElements', () => {
    const targets = [
      ...Object.values(pkg.exports).flatMap(exportTargets),
      pkg.main,
      pkg.module,
      pkg.types,
      pkg.customElements,
    ].map(strip);
    const missing = targets.filter((t) => !files.has(t));
    assert.deepEqual(missing, [], 'exports targets not in the package');
    // Each element's script-tag files and their lazily loaded chunks travel with it.
    for (const f of [...files].filter((f) => /^dist\/mpp-[a-z-]+\.js$/.test(f))) {
      for (const [, chunk] of readFileSync(join(root, f), 'utf8').matchAll(/import\(["']\.\/([^"']+)["']\)/g))
        assert.ok(files.has(`dist/${chunk}`), `${f} loads ./${chunk}, which is not in the package`);
    }
  });

  it('resolves every relative import of dist/lib inside the package', () => {
    const missing = [];
    for (const f of [...files].filter((f) => f.startsWith('dist/lib/') && /\.(js|d\.ts)$/.test(f))) {
      const source = readFileSync(join(root, f), 'utf8');
      for (const spec of specifiers(source).filter((s) => s.startsWith('.'))) {
        const target = posix.join(posix.dirname(f), spec);
        const candidates = f.endsWith('.d.ts') ? [target.replace(/\.js$/, '.d.ts'), target] : [target];
        if (!candidates.some((c) => files.has(c))) missing.push(`${f} → ${spec}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('depends on exactly the packages dist/lib imports', () => {
    const imported = new Set();
    for (const f of [...files].filter((f) => f.startsWith('dist/lib/') && f.endsWith('.js'))) {
      const source = readFileSync(join(root, f), 'utf8');
      for (const spec of specifiers(source).filter((s) => !s.startsWith('.')))
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}).sort(), [...imported].sort());
  });
});

// The consumer: a tiny project with the packed tarball in its node_modules (Lit comes from the repository's
// node_modules, one folder up, as a consumer's own install would provide it).
const CONSUMER = `
import { MppClient, MppApiError, configure, type ServiceSummary } from 'mpp-widgets';
import 'mpp-widgets/mpp-widgets.js';
import type { MppQueueBooking } from 'mpp-widgets/mpp-queue-booking.js';

configure({ apiBase: 'https://mpp.example.go.id/api/v1' });
const client = new MppClient({ baseUrl: 'https://mpp.example.go.id/api/v1' });
export const services: Promise<ServiceSummary[]> = client.listServices().then((r) => r.data.items);
const booking: MppQueueBooking = document.createElement('mpp-queue-booking');
booking.service = 'polresta-penerbitan-skck-baru';
booking.addEventListener('mpp-booking-confirmed', (e) => console.log(e.detail.code));
export const isNetwork = (e: unknown) => e instanceof MppApiError && e.isNetwork;
// Types that resolved to \`any\` would accept these; the unused @ts-expect-error would then fail the check.
// @ts-expect-error apiBase is a string
configure({ apiBase: 42 });
// @ts-expect-error the finder has no such property
document.createElement('mpp-service-finder').notAProperty = 1;
`;

const TSCONFIGS = {
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
  node16: { module: 'node16', moduleResolution: 'node16' },
};

describe('types from the packed tarball', () => {
  let dir;
  before(() => {
    mkdirSync(join(root, '.build'), { recursive: true });
    dir = mkdtempSync(join(root, '.build', 'pack-consumer-'));
    const tarball = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
        cwd: root,
        encoding: 'utf8',
      }),
    )[0].filename;
    const target = join(dir, 'node_modules', 'mpp-widgets');
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', target, '--strip-components=1']);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(join(dir, 'index.ts'), CONSUMER);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, options] of Object.entries(TSCONFIGS)) {
    it(`type-check with moduleResolution ${name}`, () => {
      const config = {
        compilerOptions: {
          ...options,
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['index.ts'],
      };
      writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config));
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      const result = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 0, `tsc (${name}) failed:\n${result.stdout}${result.stderr}`);
    });
  }
});

describe('CHANGELOG', () => {
  it('has a section for the version in package.json', () => {
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, new RegExp(`^## \\[${pkg.version.replaceAll('.', '\\.')}\\]`, 'm'));
  });
});
