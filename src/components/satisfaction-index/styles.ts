// The published index's own styles: GOV.UK tables, the value with its bar, the grade's letter.
import { css } from 'lit';

export const indexStyles = css`
  .period {
    color: var(--_color-text-muted);
    margin: 0 0 1em;
  }
  .table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 1.5em;
  }
  .table__caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    margin-bottom: 0.5em;
  }
  .table th,
  .table td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 1em 0.5em 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .table thead th {
    font-weight: 700;
  }
  .table tbody th {
    font-weight: 400;
  }
  .table__numeric {
    text-align: end;
  }
  .value {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .value__number {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    min-width: 3.5em;
  }
  .value__bar {
    width: 8em;
    height: 1em;
  }
  .grade {
    display: inline-block;
    min-width: 1.5em;
    text-align: center;
    font-weight: 700;
    border: 2px solid currentColor;
    border-radius: 2px;
  }
  .hint {
    color: var(--_color-text-muted);
    margin: 0.25em 0 0;
  }
  .method {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  @media (max-width: 30em) {
    .value__bar {
      width: 5em;
    }
  }
`;
