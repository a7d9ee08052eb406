// The looks a designer compares in Storybook's toolbar: the package's theme presets (src/core/theme-presets.ts, the
// same values as dist/themes/*.css and the demo's embed builder), and the dark theme, which is the `theme`
// attribute rather than a preset.
import { THEME_PRESETS } from '../../src/core/theme-presets.js';

/** One toolbar choice: the element's `theme` attribute, the token values set around it, and the page colour. */
export interface ThemePreset {
  title: string;
  theme: 'light' | 'dark';
  tokens: Readonly<Record<string, string>>;
  /** The host page behind the widget. */
  page: string;
}

export const themePresets: Record<string, ThemePreset> = {
  ...Object.fromEntries(
    Object.entries(THEME_PRESETS).map(([name, p]) => [
      name,
      { title: p.title, theme: 'light', tokens: p.tokens, page: '#ffffff' } satisfies ThemePreset,
    ]),
  ),
  dark: { title: 'Dark', theme: 'dark', tokens: {}, page: '#0d1014' },
};

/** The preset the toolbar chose, or the default one. */
export const presetOf = (name: unknown): ThemePreset =>
  themePresets[typeof name === 'string' && name in themePresets ? name : 'default']!;

/** The preset's tokens as an inline style for the element's wrapper (custom properties inherit into shadow DOM). */
export const presetStyle = (preset: ThemePreset) =>
  [
    `background:${preset.page}`,
    'padding:1rem',
    ...Object.entries(preset.tokens).map(([k, v]) => `--mpp-${k}:${v}`),
  ].join(';');
