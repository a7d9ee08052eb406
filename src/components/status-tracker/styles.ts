// The tracker's own styles: badges, the live queue, the application's timeline, on top of the shared widget styles.
import { css } from 'lit';

// Headings take their size, margin and focus style from the shared widget styles; here only the result's.
export const trackerStyles = css`
  /* As tall as the README's snippet reserves for the tracker from the first paint (27em: the form at 320px,
     where its hints wrap most), so nothing below moves when it arrives. On the inner box, which page CSS cannot
     reach: a page's '* { all: unset }' would unset it on the host. Wider than a phone, the form's lines no longer
     wrap (330 px from 480 px across): it holds 21em, not a box with empty space under its button. A minimum only:
     in a narrow column of a wide screen the form is as tall as it needs. */
  .tracker {
    min-height: 27em;
  }
  @media (min-width: 40em) {
    .tracker {
      min-height: 21em;
    }
  }
  .result [part='heading'] {
    font-size: 1.125em;
    margin-top: 1.25em;
  }
  .result > [part='heading']:first-child {
    /* No letter-spacing of its own: it would override the reader's, inherited (WCAG 1.4.12). */
    font-size: 1.375em;
    margin-top: 0;
    font-family: ui-monospace, 'Roboto Mono', monospace;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border: 2px solid currentColor;
    border-radius: 1em;
    font-weight: 700;
  }
  .badge--info {
    color: var(--_color-primary);
  }
  .badge--success {
    color: var(--_color-success);
  }
  .badge--warning {
    color: var(--_color-warning);
  }
  .badge--error {
    color: var(--_color-error);
  }
  .badge--neutral {
    color: var(--_color-text-muted);
    border-style: dashed;
  }
  .queue {
    background: var(--_color-surface-alt);
    padding: 1em;
    border-radius: var(--_radius);
  }
  .queue__number strong {
    font-size: 1.5em;
  }
  .queue__ahead,
  .queue__turn {
    font-size: 1.25em;
    font-weight: 700;
  }
  .counters {
    width: 100%;
    border-collapse: collapse;
    margin: 0.5em 0;
  }
  .counters th,
  .counters td {
    text-align: start;
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_color-border);
  }
  .updated {
    color: var(--_color-text-muted);
    margin: 0;
  }
  .deadline--overdue {
    border-inline-start: 6px solid var(--_color-warning);
    padding-inline-start: 0.75em;
  }
  .rejection {
    border-inline-start: 6px solid var(--_color-error);
    padding-inline-start: 0.75em;
  }
  .timeline {
    list-style: none;
    margin: 0 0 1em;
    padding: 0;
  }
  .timeline__step {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
    padding: 0 0 1em 1.75em;
    border-inline-start: 3px solid var(--_color-border);
    margin-inline-start: 0.5em;
  }
  .timeline__step::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.6em;
    top: 0.3em;
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    background: var(--_color-surface);
    border: 3px solid var(--_color-border);
  }
  .timeline__step--done::before {
    background: var(--_color-success);
    border-color: var(--_color-success);
  }
  .timeline__step--current::before {
    border-color: var(--_color-primary);
  }
  .timeline__step--rejected::before {
    background: var(--_color-error);
    border-color: var(--_color-error);
  }
  .timeline__name {
    font-weight: 700;
  }
  .timeline__date,
  .timeline__note {
    color: var(--_color-text-muted);
    flex-basis: 100%;
  }
  .lookup {
    max-width: 32em;
  }
  /* The second factor's field (the field part's widths are classes, see internal/ui/field.ts). */
  .field__input--short {
    max-width: 7ch;
  }
`;
