// The styles every widget's shadow root starts with: tokens, reset, and the shared parts.
import { css, type CSSResultGroup } from 'lit';
import { hostStyles } from '../../core/theme.js';
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
 * What every widget's shadow root starts with: tokens and host reset, then the shared parts. The error summary's
 * styles come with the error summary, to the widgets that have a form to check (`errorSummaryStyles`); the summary
 * list's with the widgets that show one (`summaryListStyles`: the booking adopts them with its second half).
 */
export const widgetStyles: CSSResultGroup = [
  hostStyles,
  visuallyHidden,
  buttonStyles,
  fieldStyles,
  noticeStyles,
  skeletonStyles,
  headingStyles,
];
