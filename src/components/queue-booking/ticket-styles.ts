// The ticket's styles: they come with the flow's second half, and join the element's own when a ticket first
// shows, so a page where nobody books never downloads them.
import { adoptStyles, css, type ReactiveElement } from 'lit';
import { summaryListStyles } from '../../internal/ui/summary-list-styles.js';

const ticketStyles = css`
  .ticket [part='heading'] + ul,
  .ticket ul {
    padding-inline-start: 1.5em;
  }
  /* The cancel buttons: only the ticket has them. */
  .button--warning {
    /* The surface colour reads on the error colour in both themes (white on dark red, near-black on pink). */
    color: var(--_color-surface);
    background: var(--_color-error);
    border-color: var(--_color-error);
  }
  .panel {
    background: var(--_color-success);
    color: var(--_color-surface);
    text-align: center;
    padding: 1.25em;
    margin-bottom: 1em;
    border-radius: var(--_radius);
    border: 2px solid transparent; /* drawn in forced colours, where the background is not */
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
    /* No letter-spacing of its own: it would override the reader's, inherited (WCAG 1.4.12). */
    display: inline-block;
    font-size: 1.75em;
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

const styled = new WeakSet<ShadowRoot>();

/** Adds the ticket's styles (and the summary list's, for the check and the ticket) to the shadow root of the element that shows it, once, before the ticket renders. */
export function useTicketStyles(root: ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  const element = root.host.constructor as typeof ReactiveElement;
  adoptStyles(root, [...element.elementStyles, summaryListStyles, ticketStyles]);
}
