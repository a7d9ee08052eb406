// The board's styles: type large enough to read across a hall, sized from the element's own width (container
// units), two columns on a landscape screen and one on a portrait one, colours only from the `--mpp-*` tokens.
import { css } from 'lit';

export const boardStyles = css`
  :host {
    container-type: inline-size;
  }
  .board {
    display: grid;
    gap: 1.5em;
    padding: clamp(0.75em, 2cqi, 2.5em);
    min-height: 20em;
  }
  .board__header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
    justify-content: space-between;
  }
  .board__header [part='heading'] {
    font-size: clamp(1.5em, 3.2cqi, 4em);
    margin: 0;
  }
  .board__tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .pill {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 700;
    font-size: clamp(1em, 1.6cqi, 2em);
  }
  .pill__dot {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_color-success);
  }
  .pill--reconnecting .pill__dot {
    background: var(--_color-warning);
  }
  .main {
    display: grid;
    gap: 1.5em;
    grid-template-columns: 2fr 1fr;
    align-items: start;
  }
  @container (max-width: 60em) {
    .main {
      grid-template-columns: 1fr;
    }
  }
  .counters {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
  }
  .counter {
    display: grid;
    gap: 0.25em;
    padding: 0.75em 1em;
    border: 3px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .counter__name {
    font-weight: 700;
    font-size: clamp(1.25em, 2.6cqi, 3.5em);
  }
  .counter__agency {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .counter__number {
    /* No letter-spacing of its own: it would override the reader's, inherited (WCAG 1.4.12). */
    font-family: ui-monospace, 'Roboto Mono', monospace;
    font-weight: 800;
    font-size: clamp(2.5em, 7cqi, 10em);
    line-height: 1.1;
    color: var(--_color-primary);
  }
  .counter__idle {
    font-size: clamp(1.125em, 2cqi, 2.5em);
    color: var(--_color-text-muted);
  }
  .recent [part='heading'] {
    font-size: clamp(1.25em, 2.6cqi, 3.5em);
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .recent__list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .recent__item {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    padding: 0.5em 0.75em;
    border-bottom: 2px solid var(--_color-border);
    font-size: clamp(1.25em, 2.4cqi, 3.25em);
  }
  .recent__item--latest {
    background: var(--_color-highlight);
    font-weight: 700;
  }
  .recent__number {
    font-family: ui-monospace, 'Roboto Mono', monospace;
    font-weight: 700;
  }
  .board .notice {
    font-size: clamp(1em, 1.8cqi, 2.25em);
    margin: 0;
  }
  .button[aria-pressed] {
    font-size: clamp(1em, 1.5cqi, 1.75em);
    margin: 0;
  }
`;
