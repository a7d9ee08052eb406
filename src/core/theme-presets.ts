// Theme presets as `--mpp-*` values: the one source of the stylesheets in dist/themes/ (written by
// scripts/build-themes.mjs), Storybook's theme toolbar, the demo's embed builder and the README's table. Data only:
// no widget imports it, so it costs the script-tag bundles nothing.
import { TOKENS } from './theme.js';

/** A preset: its name in the toolbar and the builder, what it is for, and the tokens it sets (the rest keep their defaults). */
export interface ThemePreset {
  title: string;
  description: string;
  /** Token name (without `--mpp-`) → value. */
  tokens: Readonly<Record<string, string>>;
}

export const THEME_PRESETS = {
  /**
   * Sets nothing, so `theme="dark"` and `theme="auto"` keep their own palette; its stylesheet lists the defaults in a
   * comment, to copy and edit.
   */
  default: {
    title: 'Default',
    description: 'The widgets’ own look, light or dark by their theme attribute.',
    tokens: {},
  },
  /** For readers who need the strongest contrast: black on white, solid borders, no tinted surfaces. */
  'high-contrast': {
    title: 'High contrast',
    description: 'Black on white, solid black borders, no tinted surfaces, darker state colours.',
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
  },
  /**
   * INA Digital Design System (IDDS), brand "INAku" (resident services). Source: the token tables of `idds_flutter`
   * 0.2 on pub.dev, an unofficial port generated from `@idds/styles` 1.6.38 (primary main #06264D, secondary 500
   * #177AB2, font Inter, body text 16px). `@idds/styles` itself is not on the public npm registry, so these were
   * not checked against it; the radius (8px) is our choice, not a verified IDDS value.
   */
  idds: {
    title: 'IDDS (INA Digital)',
    description:
      'INA Digital Design System, brand INAku: navy primary, Inter, 8px radius (see the README for the source).',
    tokens: {
      'color-primary': '#06264d',
      'color-on-primary': '#ffffff',
      'color-focus': '#4cb2e4',
      'font-family': "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      'font-size': '1rem',
      radius: '8px',
    },
  },
} as const satisfies Record<string, ThemePreset>;

export type ThemePresetName = keyof typeof THEME_PRESETS;

/** The elements a preset's stylesheet applies to. */
export const THEMED_ELEMENTS = ['mpp-service-finder', 'mpp-queue-booking', 'mpp-status-tracker'] as const;

/**
 * A preset as CSS: its tokens on every widget, under `:where()` so that any rule of the page (even one on the bare
 * tag) overrides it. Custom properties inherit into the widgets' shadow roots.
 */
export function presetCss(name: ThemePresetName): string {
  const preset: ThemePreset = THEME_PRESETS[name];
  const head = `/* mpp-widgets theme preset "${preset.title}": ${preset.description}`;
  const declarations = (entries: [string, string][], indent: string) =>
    entries.map(([token, value]) => `${indent}--mpp-${token}: ${value};`).join('\n');
  const tokens = Object.entries(preset.tokens);
  if (!tokens.length) {
    const defaults = TOKENS.map(([token, light]): [string, string] => [token, light]);
    return `${head}\n   The defaults (light), to copy into a rule of your own and edit:\n${declarations(defaults, '   ')}\n*/\n`;
  }
  return `${head} */\n:where(${THEMED_ELEMENTS.join(', ')}) {\n${declarations(tokens, '  ')}\n}\n`;
}
