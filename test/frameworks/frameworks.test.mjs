// The framework types the package ships (dist/types/, from scripts/framework-types.mjs) in small projects: each
// project's app type-checks with no error, and each line after a MISUSE marker (a wrong attribute value, an event
// detail field that does not exist, a word where a number goes) fails — so a check that stopped biting fails here.
// React, Preact, Solid and Svelte's element props with tsc; Vue with vue-tsc and strictTemplates. Needs `npm run
// build` first. The projects import `mpp-widgets/types/*` by the package's own name (its `exports`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const VUE_TSC = join(root, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js');

const projects = { react: TSC, preact: TSC, solid: TSC, svelte: TSC, vue: VUE_TSC };

/** `file:line` of every line that follows a MISUSE marker in the project's sources. */
function misuseLines(dir) {
  const lines = [];
  for (const file of readdirSync(dir).filter((f) => /\.(tsx?|vue)$/.test(f))) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((text, i) => text.includes('MISUSE:') && lines.push(`${file}:${i + 2}`));
  }
  return lines.sort();
}

describe('framework types', () => {
  for (const [name, checker] of Object.entries(projects)) {
    it(`${name}: the app type-checks and every misuse fails`, () => {
      const dir = join(root, 'test', 'frameworks', name);
      // --pretty false: the error lines this reads, whatever the terminal or FORCE_COLOR says (npm test sets it).
      const result = spawnSync(process.execPath, [checker, '-p', 'tsconfig.json', '--pretty', 'false'], {
        cwd: dir,
        encoding: 'utf8',
      });
      const output = result.stdout + result.stderr;
      const errors = [...output.matchAll(/^([\w.-]+)\((\d+),\d+\): error TS\d+/gm)].map((m) => `${m[1]}:${m[2]}`);
      const expected = misuseLines(dir);
      assert.ok(expected.length >= 3, 'the project marks its misuses');
      assert.deepEqual(
        [...new Set(errors)].sort(),
        expected,
        `errors where none was expected, or a misuse that passed:\n${output}`,
      );
    });
  }
});
