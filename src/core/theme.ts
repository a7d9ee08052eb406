// Design tokens (--mpp-*) and the :host reset every widget starts from, light and dark.
import { css, unsafeCSS, type CSSResultGroup } from 'lit';

/**
 * A public design token: `--mpp-<name>` (read inside the widgets as `--_<name>`), its light default, and its
 * dark-theme default (tokens without one keep the light value). A tuple, not an object: fewer bytes in every bundle.
 */
export type Token = readonly [name: string, light: string, dark?: string];

/**
 * Design tokens. Webmasters override them on the element or any ancestor:
 * `mpp-service-finder { --mpp-color-primary: #0b5394; }`. Every colour pair meets WCAG 2.2 AA contrast.
 * `theme="dark"` switches the palette; `theme="auto"` follows the device.
 */
export const TOKENS: readonly Token[] = [
  ['color-primary', '#0b57a4', '#8cc4ff'],
  ['color-on-primary', '#ffffff', '#0b1520'],
  ['color-text', '#1b1f24', '#eef1f4'],
  ['color-text-muted', '#4a5460', '#b9c2cc'],
  ['color-surface', '#ffffff', '#14181d'],
  ['color-surface-alt', '#f2f5f8', '#1f252c'],
  ['color-border', '#6b7682', '#8d99a6'],
  ['color-focus', '#ffbf47'],
  ['color-error', '#b3261e', '#ffb4ab'],
  ['color-success', '#146c2e', '#7fd79a'],
  ['color-warning', '#8a5300', '#ffcf7a'],
  ['color-highlight', '#fff2a8', '#5c4d00'],
  ['font-family', "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"],
  ['font-size', '1rem'],
  ['radius', '6px'],
];

function palette(mode: 'light' | 'dark'): string {
  const tokens = mode === 'light' ? TOKENS : TOKENS.filter((t) => t[2]);
  return tokens
    .map(([name, light, dark]) => `--_${name}:var(--mpp-${name},${mode === 'light' ? light : dark});`)
    .join('');
}

// Built from TOKENS, so the documented defaults and the applied ones cannot drift apart.
const dark = `${palette('dark')}color-scheme:dark;`;
const palettes = unsafeCSS(
  `:host{${palette('light')}color-scheme:light}:host([theme='dark']){${dark}}` +
    `@media (prefers-color-scheme:dark){:host([theme='auto']){${dark}}}`,
);

/**
 * The `:host` of every widget: the tokens, and a reset against what host pages leak in through inheritance
 * (font size, line height, letter spacing, text alignment, `rem` set to 10px). Sizes inside use `em` from the
 * host's font size, which never drops below 16px (no iOS zoom on inputs) but grows with the reader's settings.
 */
export const hostStyles: CSSResultGroup = [
  palettes,
  css`
    /* Page rules that reach the host element beat ':host' unless these are !important: a page's
       '* { all: unset }' or 'body { font-size: 10px; line-height: 1 }' must not restyle the widget. Layout
       (display, margins, width) stays the page's to set. Letter and word spacing are not !important: a reader's
       own spacing (WCAG 1.4.12, a bookmarklet or an extension) must reach the text, and CSS cannot tell it from a
       page's. Line height is: 1.5 is already the criterion's, and a page's 'line-height: 1' would crowd the text. */
    :host {
      display: block;
      max-width: 100%;
      box-sizing: border-box !important;
      color: var(--_color-text) !important;
      background: var(--_color-surface) !important;
      font-family: var(--_font-family) !important;
      font-size: max(16px, var(--_font-size)) !important;
      font-weight: 400 !important;
      font-style: normal !important;
      line-height: 1.5 !important;
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start !important;
      text-transform: none !important;
      text-indent: 0 !important;
      white-space: normal !important;
      overflow-wrap: anywhere !important;
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    :focus-visible {
      outline: 3px solid var(--_color-focus);
      outline-offset: 0;
      box-shadow: 0 0 0 5px var(--_color-text);
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
      }
    }
  `,
];
