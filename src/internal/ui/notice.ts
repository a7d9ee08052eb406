// A notice (info, success, warning, error) with an optional action: the widgets' state and failure messages.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export interface NoticeAction {
  label: string;
  onClick: () => void;
}

/**
 * A message box for states: error with a way on (retry), offline, slow, empty. The tone shows as a border and a
 * word in the title, never as colour alone. `live` makes screen readers announce it when it appears.
 */
export function notice(o: {
  tone: NoticeTone;
  title: unknown;
  message?: unknown;
  action?: NoticeAction;
  live?: 'polite' | 'assertive';
}): TemplateResult {
  const role = o.live === 'assertive' ? 'alert' : o.live === 'polite' ? 'status' : undefined;
  return html`
    <div class="notice notice--${o.tone}" part="notice notice-${o.tone}" role=${ifDefined(role)}>
      <p class="notice__title">${o.title}</p>
      ${o.message ? html`<div class="notice__body">${o.message}</div>` : nothing}
      ${
        o.action
          ? html`<button type="button" class="button button--secondary" @click=${o.action.onClick}>
              ${o.action.label}
            </button>`
          : nothing
      }
    </div>
  `;
}

export const noticeStyles = css`
  .notice {
    border-inline-start: 6px solid var(--_color-primary);
    background: var(--_color-surface-alt);
    padding: 0.75em 1em;
    margin: 0 0 1em;
  }
  .notice--error {
    border-color: var(--_color-error);
  }
  .notice--warning {
    border-color: var(--_color-warning);
  }
  .notice--success {
    border-color: var(--_color-success);
  }
  .notice__title {
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .notice__body {
    margin: 0 0 0.5em;
  }
  .notice__body:last-child {
    margin-bottom: 0;
  }
`;
