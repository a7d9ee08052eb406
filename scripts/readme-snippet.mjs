// The README's snippet that holds each widget's height: one rule for every page (the demo, the WordPress plugin,
// the benches' host pages and the layout-shift tests read it from here, so none can drift from what webmasters copy).
import { readFileSync } from 'node:fs';

/** The css block of README.md that reserves the widgets' `min-height`. */
export function readmeReserveRule() {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const rule = /```css\n(mpp-[^`]*min-height[^`]*)```/.exec(readme)?.[1];
  if (!rule) throw new Error('the README no longer gives the snippet that reserves each widget’s height');
  return rule;
}
