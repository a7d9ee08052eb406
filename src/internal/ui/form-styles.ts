// Styles of the widgets that check a form (the booking and the tracker): an answer's error state, "(optional)",
// a narrower input. A module of its own, so that the finder does not carry them.
import { css } from 'lit';

/**
 * What a checked answer needs beyond `fieldStyles`: its error beside it, "(optional)", a narrower input. Given
 * with `errorSummaryStyles`.
 */
export const formStyles = css`
  .field--error {
    border-inline-start: 4px solid var(--_color-error);
    padding-inline-start: 0.75em;
  }
  /* The gap before "(opsional)" is a space of its text, so that it is read too (not a margin). */
  .field__optional {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .field__error {
    color: var(--_color-error);
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  /* Inline styles would be refused by a strict CSP; widths are classes (the tracker's short one is in its styles). */
  .field__input--medium {
    max-width: 22ch;
  }
  .field--error .field__input {
    border-color: var(--_color-error);
  }
`;
