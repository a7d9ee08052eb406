// A service's complaint channels as a list, with links only where they are safe.
import { html, type TemplateResult } from 'lit';
import type { ComplaintChannel } from '../../api/types.js';
import { safeHref } from '../../core/url.js';

/**
 * Where to complain (a service standard's complaint channels, an application's): each channel a link when its
 * address is http(s), else plain text, so a `javascript:` address from the API never becomes a link.
 */
export function complaintChannels(channels: readonly ComplaintChannel[]): TemplateResult {
  return html`<ul>
    ${channels.map((ch) => {
      const href = ch.url ? safeHref(ch.url) : undefined;
      // A plain string, not a template: the template minifier trims a template's leading space.
      const detail = ch.detail ? ` — ${ch.detail}` : '';
      return html`<li>
        ${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${ch.name}</a>` : ch.name}${detail}
      </li>`;
    })}
  </ul>`;
}
