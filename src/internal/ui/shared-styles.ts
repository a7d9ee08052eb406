// Styles shared by the widgets: text for screen readers only, buttons, and links that look like buttons.
import { css } from 'lit';

/** Text that only screen readers read. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/**
 * Buttons and links that look like buttons. At least 44px tall (WCAG 2.2 asks 24px; thumbs on cheap phones ask
 * more), styled against the `* { all: unset }` and `button { … !important }` that host pages leak in through
 * inheritance only — shadow DOM keeps their selectors out.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.25em;
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    text-decoration: none;
    color: var(--_color-on-primary);
    background: var(--_color-primary);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .button--secondary {
    color: var(--_color-primary);
    background: var(--_color-surface);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .link {
    font: inherit;
    color: var(--_color-primary);
    background: none;
    border: 0;
    padding: 0.25em 0;
    min-height: 1.5em;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
`;
