// The layer rule (scripts/layers.mjs, in eslint.config.mjs) fails an import that points up, crosses a lane, or
// reaches into another element's folder, and the cycle rule fails a cycle: each planted in a file of src/ and
// linted with ESLint's Node API, as `npm run lint` would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The rules that fail when `line` is added on top of the file at `path` (an existing file, or a new one). */
async function failuresOf(path, line) {
  let source = '';
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    // A new file in that folder.
  }
  const [result] = await eslint.lintText(`${line}\n${source}`, { filePath: path });
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
}

const LAYER_RULE = 'import-x/no-restricted-paths';

describe('layers enforced by lint', () => {
  it('core importing an element fails', async () => {
    const rules = await failuresOf('src/core/planted.ts', "import '../components/queue-booking/queue-booking.js';");
    assert.ok(rules.includes(LAYER_RULE), `got ${rules}`);
  });

  it('api importing core, and internal UI importing an element, fail', async () => {
    assert.ok((await failuresOf('src/api/planted.ts', "import '../core/format.js';")).includes(LAYER_RULE));
    const rules = await failuresOf('src/internal/ui/planted.ts', "import '../../components/status-tracker/views.js';");
    assert.ok(rules.includes(LAYER_RULE), `got ${rules}`);
  });

  it('an element reaching into another element’s folder fails', async () => {
    const rules = await failuresOf('src/components/status-tracker/planted.ts', "import '../queue-booking/choices.js';");
    assert.ok(rules.includes(LAYER_RULE), `got ${rules}`);
  });

  it('src importing tests, stories, the demo or the server fails', async () => {
    for (const target of [
      '../../test/mocks/fixtures.js',
      '../../stories/support/token-table.js',
      '../../demo/site/all.js',
      '../../server/app.ts',
    ]) {
      const rules = await failuresOf('src/core/planted.ts', `import '${target}';`);
      assert.ok(rules.includes(LAYER_RULE), `${target}: got ${rules}`);
    }
  });

  it('the booking rules importing anything of src but the contract types fails', async () => {
    assert.ok((await failuresOf('src/rules/planted.ts', "import '../core/format.js';")).includes(LAYER_RULE));
    const typesOnly = "import type { Booking } from '../api/types.js';\nexport type Kept = Booking;";
    assert.deepEqual(await failuresOf('src/rules/planted.ts', typesOnly), []);
  });

  it('the server importing src beyond the rules and the contract types fails', async () => {
    const rules = await failuresOf('server/planted.mjs', "import '../src/core/validation.js';");
    assert.ok(rules.includes(LAYER_RULE), `got ${rules}`);
  });

  it('imports that point down pass', async () => {
    assert.deepEqual(
      await failuresOf('src/components/status-tracker/planted.ts', "import '../../core/format.js';"),
      [],
    );
    assert.deepEqual(await failuresOf('src/internal/ui/planted.ts', "import '../../core/format.js';"), []);
  });

  it('an import cycle fails, even within one layer', async () => {
    // base-element.ts imports i18n.ts: i18n.ts importing it back closes a cycle.
    const rules = await failuresOf('src/core/i18n.ts', "import './base-element.js';");
    assert.ok(rules.includes('import-x/no-cycle'), `got ${rules}`);
  });
});
