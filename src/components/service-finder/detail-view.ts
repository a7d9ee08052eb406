// The service standard of one service (requirements, procedure, cost, hours, complaints, legal basis) as a view.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Agency, ServiceDetail, TranslatableField } from '../../api/types.js';
import { costLang, langText, textLang } from '../../core/content-lang.js';
import { formatCost, formatHhmm, formatWeekdays } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { complaintChannels } from '../../internal/ui/complaint-channels.js';
import { heading, subLevel, type HeadingLevel } from '../../internal/ui/heading.js';
import { summaryRow } from '../../internal/ui/summary-list.js';
import type { FinderStrings } from './strings.js';

export interface DetailViewOptions {
  service: ServiceDetail;
  t: FinderStrings;
  lang: Lang;
  level: HeadingLevel;
  /** Where "Book a visit" goes: a safe link, or undefined to emit `mpp-service-book` instead. */
  bookingHref?: string;
  onBook: () => void;
  /** "Book a visit" was pressed and nothing on the page took it: say where to book instead. */
  bookUntaken?: boolean;
}

function hours(agency: Agency, t: FinderStrings, lang: Lang): TemplateResult {
  const line = (h: Agency['hours'][number]) => {
    const span = `${formatWeekdays(h.weekdays, lang)}: ${formatHhmm(h.open, lang)}–${formatHhmm(h.close, lang)} WIB`;
    const rest =
      h.breakStart && h.breakEnd
        ? ` (${t.break} ${formatHhmm(h.breakStart, lang)}–${formatHhmm(h.breakEnd, lang)})`
        : '';
    return span + rest;
  };
  return html`<ul class="plain">
    ${agency.hours.map((h) => html`<li>${line(h)}</li>`)}
  </ul>`;
}

/** Every public part of a service standard, in the order residents ask about it. */
export function detailView(o: DetailViewOptions): TemplateResult {
  const { service: s, t, lang, level } = o;
  const agency = s.agency;
  // Each text from the API in its own language: Indonesian ones on an English page are marked (WCAG 3.1.2).
  const of = (field?: TranslatableField) => textLang(lang, field && s, field);
  const contact = [agency.contact.phone, agency.contact.whatsapp, agency.contact.email].filter(Boolean).join(' · ');
  return html`
    <article class="detail" part="detail" aria-labelledby="detail-heading">
      <p class="detail__agency" lang=${ifDefined(of())}>${agency.name}</p>
      ${s.confidence === 'typical' ? html`<p class="detail__note" part="note">${t.typicalNote}</p>` : nothing}
      <dl class="summary">
        ${summaryRow(t.cost, langText(formatCost(s.cost, lang), costLang(s, lang)))}
        ${summaryRow(t.duration, langText(s.duration.text, of('duration')))}
        ${summaryRow(t.product, langText(s.product, of('product')))} ${summaryRow(t.where, langText(s.counter, of()))}
      </dl>
      <div class="detail__actions">
        ${
          s.bookable
            ? o.bookingHref
              ? html`<a class="button" part="book-button" href=${o.bookingHref}>${t.book}</a>`
              : html`<button type="button" class="button" part="book-button" @click=${o.onBook}>${t.book}</button>
                  ${o.bookUntaken ? html`<p>${t.bookUntaken}</p>` : nothing}`
            : html`<p>${t.notBookable}</p>`
        }
      </div>
      ${heading(subLevel(level), t.requirements)}
      <ul lang=${ifDefined(of('requirements'))}>
        ${s.requirements.map((r) => html`<li>${r}</li>`)}
      </ul>
      ${heading(subLevel(level), t.procedure)}
      <ol lang=${ifDefined(of('procedure'))}>
        ${s.procedure.map((p) => html`<li>${p}</li>`)}
      </ol>
      ${heading(subLevel(level), t.hours)} ${hours(agency, t, lang)}
      ${contact ? html`<p><strong>${t.contact}:</strong> ${contact}</p>` : nothing}
      ${heading(subLevel(level), t.complaints)} ${complaintChannels(s.complaints, of('complaints'))}
      ${
        s.legalBasis.length
          ? html`${heading(subLevel(level), t.legalBasis)}
              <ul lang=${ifDefined(of())}>
                ${s.legalBasis.map((b) => html`<li>${b}</li>`)}
              </ul>`
          : nothing
      }
    </article>
  `;
}
