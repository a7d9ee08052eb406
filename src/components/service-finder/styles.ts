// The finder's own styles: results, filters and the service standard, on top of the shared widget styles.
import { css } from 'lit';

export const finderStyles = css`
  /* The height the README's snippet reserves (31.5em, 504 px: under 60% of a 390×844 phone): the search,
     the filters and the first result fit in it, so nothing below moves when they come or while the resident reads. */
  .finder {
    min-height: 31.5em;
  }
  .detail [part='heading'] {
    font-size: 1.125em;
    margin: 1.5em 0 0.5em;
  }
  .detail > [part='heading']:first-child {
    font-size: 1.375em;
    margin-top: 0;
  }
  /* The loading rows as tall as a search result (name, agency and cost, padding). */
  .skeleton--tall .skeleton__row {
    height: 6em;
  }
  .search {
    margin-bottom: 1em;
  }
  /* Side by side even on a phone: a row, not two, above the results in the first screen. */
  .filters {
    display: grid;
    gap: 0 1em;
    grid-template-columns: 1fr 1fr;
  }
  .filter {
    margin-bottom: 1em;
  }
  select.field__input {
    appearance: auto;
  }
  .count {
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .results {
    list-style: none;
    margin: 0 0 1em;
    padding: 0;
    border-top: 1px solid var(--_color-border);
  }
  .result {
    border-bottom: 1px solid var(--_color-border);
    padding: 0.75em 0;
  }
  .result__open {
    display: block;
    width: 100%;
    min-height: 2.75em;
    padding: 0.25em 0;
    text-align: start;
    font: inherit;
    font-weight: 700;
    color: var(--_color-primary);
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .result__meta {
    margin: 0.25em 0 0;
    color: var(--_color-text-muted);
  }
  mark {
    background: var(--_color-highlight);
    color: inherit;
    padding: 0 0.05em;
  }
  .more {
    width: 100%;
  }
  .back {
    margin-bottom: 1em;
  }
  .detail__agency {
    color: var(--_color-text-muted);
    margin: -0.5em 0 1em;
  }
  .detail__note {
    border-inline-start: 6px solid var(--_color-warning);
    background: var(--_color-surface-alt);
    padding: 0.5em 0.75em;
  }
  .detail__actions {
    margin: 1em 0;
  }
  .plain,
  .contacts {
    padding-inline-start: 1.25em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: 0.25em;
  }
  a {
    color: var(--_color-primary);
  }
`;
