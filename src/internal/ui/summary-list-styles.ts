// The styles of the summary list (summary-list.ts), one of every widget's shared styles.
import { css } from 'lit';

/**
 * Key–value lists (service facts, check your answers, the ticket, a booking's state): side by side where there is
 * room, stacked where there is not — at 320px with text at 200% nothing scrolls sideways.
 */
export const summaryListStyles = css`
  .summary {
    margin: 0 0 1.5em;
    border-top: 1px solid var(--_color-border);
  }
  .summary__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .summary dt {
    flex: 1 1 8em;
    font-weight: 700;
  }
  .summary dd {
    flex: 3 1 12em;
    margin: 0;
    min-width: 0;
  }
  .summary dd.summary__action {
    flex: 0 0 auto;
  }
`;
