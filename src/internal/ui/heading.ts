// A heading at the level the host page asked for, so the widget fits the page's outline.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A heading at the level the host page chose (`heading-level`), so the widget fits the page's outline. With
 * `focusable`, script can move focus to it when a step or result opens (GOV.UK: the step heading takes focus).
 */
export function heading(
  level: HeadingLevel,
  content: unknown,
  opts: { id?: string; focusable?: boolean } = {},
): TemplateResult {
  const tabindex = opts.focusable ? -1 : undefined;
  // Lit cannot bind a tag name; six static templates keep the markup safe without `unsafeStatic`.
  switch (level) {
    case 1:
      return html`<h1 part="heading" id=${ifDefined(opts.id)} tabindex=${ifDefined(tabindex)}>${content}</h1>`;
    case 2:
      return html`<h2 part="heading" id=${ifDefined(opts.id)} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 part="heading" id=${ifDefined(opts.id)} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 part="heading" id=${ifDefined(opts.id)} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 part="heading" id=${ifDefined(opts.id)} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    default:
      return html`<h6 part="heading" id=${ifDefined(opts.id)} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
}

/** The level of a heading under one at `level` (never past 6). */
export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(6, level + 1) as HeadingLevel;
