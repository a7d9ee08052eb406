import { css, type CSSResultGroup } from 'lit';
import { hostStyles } from '../../core/theme.js';
import { errorSummaryStyles } from './error-summary.js';
import { fieldStyles } from './field.js';
import { noticeStyles } from './notice.js';
import { buttonStyles, visuallyHidden } from './shared-styles.js';
import { skeletonStyles } from './skeleton.js';

/** Headings inside a widget: sized by the widget, whatever level the host page asked for. */
const headingStyles = css`
  [part='heading'] {
    font-size: 1.375em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  [part='heading']:focus {
    outline: none;
  }
  [part='heading']:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
`;

/**
 * Key–value lists (service facts, check your answers, the ticket, a booking's state): side by side where there is
 * room, stacked where there is not — at 320px with text at 200% nothing scrolls sideways.
 */
const summaryListStyles = css`
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

/** What every widget's shadow root starts with: tokens and host reset, then the shared parts. */
export const widgetStyles: CSSResultGroup = [
  hostStyles,
  visuallyHidden,
  buttonStyles,
  fieldStyles,
  noticeStyles,
  skeletonStyles,
  errorSummaryStyles,
  headingStyles,
  summaryListStyles,
];
