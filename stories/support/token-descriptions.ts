/** What each design token is for (docs only: these words are not shipped to residents' phones). */
export const TOKEN_DESCRIPTIONS: Record<string, string> = {
  'color-primary': 'Buttons, links, selected items',
  'color-on-primary': 'Text on the primary colour',
  'color-text': 'Body text',
  'color-text-muted': 'Hints and secondary text',
  'color-surface': 'Background',
  'color-surface-alt': 'Cards and panels',
  'color-border': 'Input and card borders',
  'color-focus': 'Focus ring',
  'color-error': 'Errors',
  'color-success': 'Confirmations',
  'color-warning': 'Warnings',
  'color-highlight': 'Matched words in search results',
  'font-size': 'Base text size (never under 16px, so inputs do not zoom on iOS)',
  radius: 'Corner radius',
  space: 'Base spacing unit',
  'font-family': 'Typeface',
};
