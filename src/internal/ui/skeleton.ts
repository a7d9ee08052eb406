// A loading placeholder that holds the height of what replaces it.
import { css, html, type TemplateResult } from 'lit';

/**
 * A loading placeholder that reserves the height of what will replace it (`rows` bars of a list row's height), so
 * nothing below it jumps when the data arrives (CLS 0). Screen readers hear `label` once, politely. No inline
 * style: a strict `style-src` CSP refuses style attributes.
 */
export function skeleton(o: { label: string; rows: number; size?: 'tall' | 'choice' }): TemplateResult {
  return html`
    <div class="skeleton ${o.size ? `skeleton--${o.size}` : ''}" part="skeleton" role="status">
      <span class="visually-hidden">${o.label}</span>
      ${Array.from({ length: o.rows }, () => html`<div class="skeleton__row" aria-hidden="true"></div>`)}
    </div>
  `;
}

export const skeletonStyles = css`
  .skeleton__row {
    height: 2.25em;
    margin-bottom: 0.75em;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_color-surface-alt), var(--_color-border), var(--_color-surface-alt));
    background-size: 200% 100%;
    opacity: 0.35;
    animation: mpp-shimmer 1.4s ease-in-out infinite;
  }
  @keyframes mpp-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;
