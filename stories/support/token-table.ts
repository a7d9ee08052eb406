import { createElement, type ReactElement } from 'react';
import { TOKENS } from '../../src/core/theme.js';
import { TOKEN_DESCRIPTIONS } from './token-descriptions.js';

const swatch = (value: string) =>
  value.startsWith('#')
    ? createElement('span', {
        style: {
          display: 'inline-block',
          width: 16,
          height: 16,
          background: value,
          border: '1px solid #888',
          marginRight: 6,
          verticalAlign: 'middle',
        },
      })
    : null;

/** The tokens of src/core/theme.ts as a table, so the docs can never disagree with the code. */
export function TokenTable(): ReactElement {
  const cell = (content: unknown) => createElement('td', null, content as string);
  return createElement(
    'table',
    null,
    createElement(
      'thead',
      null,
      createElement(
        'tr',
        null,
        ...['Custom property', 'Light', 'Dark', 'Use'].map((h) => createElement('th', { key: h }, h)),
      ),
    ),
    createElement(
      'tbody',
      null,
      ...TOKENS.map(([name, light, dark]) =>
        createElement(
          'tr',
          { key: name },
          cell(createElement('code', null, `--mpp-${name}`)),
          cell([swatch(light), light]),
          cell(dark ? [swatch(dark), dark] : '—'),
          cell(TOKEN_DESCRIPTIONS[name] ?? ''),
        ),
      ),
    ),
  );
}
