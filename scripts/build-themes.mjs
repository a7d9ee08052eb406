// A step of `npm run build`: the theme presets of src/core/theme-presets.ts (their one source) as stylesheets a page
// links after the widgets' script, dist/themes/<name>.css, listed in package.json's `exports`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { THEME_PRESETS, presetCss } from '../dist/lib/core/theme-presets.js';

mkdirSync('dist/themes', { recursive: true });
for (const name of Object.keys(THEME_PRESETS)) writeFileSync(`dist/themes/${name}.css`, presetCss(name));
// The presets' names, titles and tokens for pages that offer a choice (the demo's embed builder).
writeFileSync(
  'dist/themes/presets.json',
  `${JSON.stringify(
    Object.fromEntries(
      Object.entries(THEME_PRESETS).map(([name, p]) => [
        name,
        { title: p.title, description: p.description, file: `${name}.css` },
      ]),
    ),
    null,
    2,
  )}\n`,
);
