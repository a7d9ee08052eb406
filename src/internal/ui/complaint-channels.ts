// A service's complaint channels as a list, with links only where they are safe.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ComplaintChannel } from '../../api/types.js';
import { safeHref } from '../../core/url.js';

/**
 * Where to complain (a service standard's complaint channels, an application's): each channel a link when its
 * address is http(s), else plain text, so a `javascript:` address from the API never becomes a link. Links open in
 * the same tab (GOV.UK: a new tab surprises screen-reader users; Back returns, and the finder keeps its state).
 * `lang` marks them when their language differs from the widget's (src/core/content-lang.ts).
 */
export function complaintChannels(channels: readonly ComplaintChannel[], lang?: string): TemplateResult {
  return html`<ul lang=${ifDefined(lang)}>
    ${channels.map((ch) => {
      const href = ch.url ? safeHref(ch.url) : undefined;
      // A plain string, not a template: the template minifier trims a template's leading space.
      const detail = ch.detail ? ` — ${ch.detail}` : '';
      return html`<li>${href ? html`<a href=${href} rel="noopener noreferrer">${ch.name}</a>` : ch.name}${detail}</li>`;
    })}
  </ul>`;
}
