// GOV.UK's summary list: key–value rows, and the rows of a booked visit. Its styles are summary-list-styles.ts,
// part of every widget's styles, so a widget that never draws a row does not carry this file.
import { html, nothing, type TemplateResult } from 'lit';
import type { Booking } from '../../api/types.js';
import { formatDate, formatTime, formatTimeRange } from '../../core/format.js';
import { langText, textLang } from '../../core/content-lang.js';
import type { Lang } from '../../core/i18n.js';

/**
 * One row of a key–value list (GOV.UK summary list) inside `<dl class="summary">`; `action` is a "Change" link of
 * "check your answers".
 */
export const summaryRow = (label: string, value: unknown, action?: TemplateResult): TemplateResult =>
  html`<div class="summary__row">
    <dt>${label}</dt>
    <dd>${value}</dd>
    ${action ? html`<dd class="summary__action">${action}</dd>` : nothing}
  </div>`;

/** The labels `bookingFacts` needs, as both the booking's and the tracker's string tables spell them. */
export interface BookingFactLabels {
  service: string;
  agency: string;
  counter: string;
  day: string;
  session: string;
  checkIn: string;
  checkInWindow: (from: string, to: string) => string;
}

/** Where and when a booked visit is: the rows the ticket and the status tracker both show. */
export function bookingFacts(b: Booking, t: BookingFactLabels, lang: Lang): TemplateResult {
  const checkIn = t.checkInWindow(formatTime(b.checkIn.opensAt, lang), formatTime(b.checkIn.closesAt, lang));
  // The agency's and counter's names are Bahasa Indonesia, the service's in the answer's `lang` unless untranslated:
  // marked so on a page in another language (src/core/content-lang.ts).
  const id = textLang(lang);
  return html`${summaryRow(t.service, langText(b.serviceName, textLang(lang, b, 'name')))}
  ${summaryRow(t.agency, langText(b.agencyName, id))} ${summaryRow(t.counter, langText(b.counter, id))}
  ${summaryRow(t.day, formatDate(b.date, lang))}
  ${summaryRow(t.session, formatTimeRange(b.session.start, b.session.end, lang))} ${summaryRow(t.checkIn, checkIn)}`;
}
