import { css } from 'lit';

export const bookingStyles = css`
  .ticket [part='heading'] + ul,
  .ticket ul {
    padding-inline-start: 1.5em;
  }
  .progress {
    color: var(--_color-text-muted);
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
    width: 1.75em;
    height: 1.75em;
    margin: 0.25em 0 0;
    accent-color: var(--_color-primary);
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
  .panel {
    background: var(--_color-success);
    color: var(--_color-surface);
    text-align: center;
    padding: 1.25em;
    margin-bottom: 1em;
    border-radius: var(--_radius);
  }
  .panel [part='heading'] {
    color: inherit;
    margin: 0 0 0.5em;
  }
  .panel--neutral {
    background: var(--_color-surface-alt);
    color: var(--_color-text);
    border: 2px solid var(--_color-border);
  }
  .code {
    display: inline-block;
    font-size: 1.75em;
    letter-spacing: 0.08em;
    font-family: ui-monospace, 'Roboto Mono', 'Courier New', monospace;
    overflow-wrap: anywhere;
  }
  .qr {
    display: block;
    width: 12em;
    max-width: 100%;
    height: auto;
    margin: 0 auto 1em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 1em 0;
  }
  @media print {
    .no-print,
    .progress,
    .link {
      display: none !important;
    }
    .panel {
      color: #000;
      background: none;
      border: 2px solid #000;
    }
  }
`;
