// The looks a designer compares in Storybook's toolbar, as `--mpp-*` values (the widgets' public tokens, see
// src/core/theme.ts). Kept with the stories: the widgets do not ship presets.

/** One toolbar choice: the element's `theme` attribute, the token values set around it, and the page colour. */
export interface ThemePreset {
  title: string;
  theme: 'light' | 'dark';
  tokens: Record<string, string>;
  /** The host page behind the widget. */
  page: string;
}

export const themePresets = {
  default: { title: 'Default', theme: 'light', tokens: {}, page: '#ffffff' },
  /** For readers who need the strongest contrast: black on white, solid borders, no tinted surfaces. */
  'high-contrast': {
    title: 'High contrast',
    theme: 'light',
    tokens: {
      'color-primary': '#0033a0',
      'color-on-primary': '#ffffff',
      'color-text': '#000000',
      'color-text-muted': '#1a1a1a',
      'color-surface': '#ffffff',
      'color-surface-alt': '#ffffff',
      'color-border': '#000000',
      'color-focus': '#ffdd00',
      'color-error': '#9d0012',
      'color-success': '#00561b',
      'color-warning': '#5c3400',
      'color-highlight': '#ffff00',
    },
    page: '#ffffff',
  },
  /**
   * INA Digital Design System (IDDS), brand "INAku" (resident services). Source: the token tables of
   * `idds_flutter` 0.2 on pub.dev, an unofficial port generated from `@idds/styles` 1.6.38 (primary main
   * #06264D, secondary 500 #177AB2, font Inter). `@idds/styles` itself is not on the public npm registry, so these
   * were not checked against it; the radius (8px) is our choice, not an IDDS value.
   */
  idds: {
    title: 'IDDS (INA Digital)',
    theme: 'light',
    tokens: {
      'color-primary': '#06264d',
      'color-on-primary': '#ffffff',
      'color-focus': '#4cb2e4',
      'font-family': "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      radius: '8px',
    },
    page: '#ffffff',
  },
  dark: { title: 'Dark', theme: 'dark', tokens: {}, page: '#0d1014' },
} satisfies Record<string, ThemePreset>;

export type ThemePresetName = keyof typeof themePresets;

/** The preset the toolbar chose, or the default one. */
export const presetOf = (name: unknown): ThemePreset =>
  themePresets[(name as ThemePresetName) in themePresets ? (name as ThemePresetName) : 'default'];

/** The preset's tokens as an inline style for the element's wrapper (custom properties inherit into shadow DOM). */
export const presetStyle = (preset: ThemePreset) =>
  [
    `background:${preset.page}`,
    'padding:1rem',
    ...Object.entries(preset.tokens).map(([k, v]) => `--mpp-${k}:${v}`),
  ].join(';');
