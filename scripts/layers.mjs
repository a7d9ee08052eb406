// The project's layers and lanes as import rules (eslint-plugin-import-x's no-restricted-paths zones), read by
// eslint.config.mjs and drawn in docs/architecture.md: elements → internal UI → core → api, nothing pointing back
// up; the booking rules, the server and the staff pages in lanes of their own.
import { existsSync, readdirSync } from 'node:fs';

const ELEMENTS = 'src/components';

/** The element folders: each may import only its own files among the elements. */
function elementFolders() {
  if (!existsSync(ELEMENTS)) return [];
  return readdirSync(ELEMENTS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

/** Zones for `import-x/no-restricted-paths`: files in `target` may not import from `from` (save `except`). */
export function layerZones() {
  const up = (target, from, message) => ({ target, from, message });
  return [
    // Nothing in src reaches out of the package's own code.
    ...['test', 'stories', 'demo', 'server', 'staff', 'dist'].map((dir) =>
      up('./src', `./${dir}`, `src/ ships to residents: it never imports ${dir}/.`),
    ),
    // The layers, bottom up: api ← core ← internal ← components.
    up(
      './src/api',
      ['./src/core', './src/internal', './src/components', './src/rules'],
      'src/api is the bottom layer.',
    ),
    up('./src/core', ['./src/internal', './src/components'], 'src/core knows no UI part and no element.'),
    up('./src/internal', ['./src/components', './src/rules'], 'src/internal holds UI parts, no element and no rule.'),
    // The booking rules: pure functions over the contract's types.
    {
      target: './src/rules',
      from: './src',
      except: ['./rules', './api/types.ts', './api/mpp-api.d.ts'],
      message: 'src/rules may import only the contract types (src/api/types.ts).',
    },
    // An element never reaches into another element's folder: shared pieces move down a layer.
    ...elementFolders().map((name) => ({
      target: `./${ELEMENTS}/${name}`,
      from: `./${ELEMENTS}`,
      except: [`./${name}`],
      message:
        'An element never imports from another element’s folder: move what both need to src/internal or src/core.',
    })),
    // The server: the rules and the contract types from src, nothing else of it; never the staff pages' code.
    {
      target: './server',
      from: './src',
      except: ['./rules', './api/types.ts', './api/mpp-api.d.ts'],
      message: 'server/ may import from src/ only src/rules and the contract types (src/api/types.ts).',
    },
    up('./server', './staff', 'server/ serves staff/ as files; it does not import them.'),
    // The staff pages: their own elements over core, internal UI, the api and the rules, never the residents'.
    up('./staff', ['./src/components', './server'], 'staff/ builds on src/core, src/internal, src/api and src/rules.'),
  ];
}
