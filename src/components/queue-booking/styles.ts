// The booking element's own styles: the questions (progress, radios). The ticket's are in ticket-styles.ts.
import { css } from 'lit';

export const bookingStyles = css`
  /* The height the README's snippet reserves (31.5em, 504 px: under 60% of a 390×844 phone): the service
     question with its first services fits in it, so nothing below moves when they come. */
  .booking {
    min-height: 31.5em;
  }
  .progress {
    display: block;
    color: var(--_color-text-muted);
    font-size: 0.75em;
    font-weight: 400;
    margin: 0 0 0.25em;
  }
  fieldset {
    border: 0;
    margin: 0 0 1.5em;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    max-width: 100%;
  }
  .radio {
    display: grid;
    grid-template-columns: 2.75em 1fr;
    align-items: start;
    margin-bottom: 0.5em;
  }
  .radio input {
    font: inherit; /* a form control's own 13.33px would make 1.75em only 23 px */
    width: 1.75em;
    height: 1.75em;
    margin: 0.25em 0 0;
    accent-color: var(--_color-primary);
  }
  /* A long list's agencies: each legend a heading-sized line above its services. */
  .radios__group legend {
    font-weight: 700;
    font-size: 1.1875em;
    margin: 0.5em 0;
  }
  .radio label {
    font-weight: 700;
    padding: 0.25em 0;
    cursor: pointer;
  }
  .radio__hint {
    grid-column: 2;
    color: var(--_color-text-muted);
  }
  .radio--disabled label {
    color: var(--_color-text-muted);
    font-weight: 400;
    cursor: not-allowed;
  }
  /* The skeleton's rows as tall as a radio choice with its hint (label, hint, the gap below): the choices of a
     question, or the next questions, loading. */
  .skeleton--choice .skeleton__row {
    height: 3.5em;
    margin-bottom: 0.5em;
  }
`;
