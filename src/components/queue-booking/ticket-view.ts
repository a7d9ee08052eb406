// The ticket (GOV.UK confirmation panel), the cancel question and the cancelled panel; calendar, print and share.
import { html, nothing, type TemplateResult } from 'lit';
import type { Booking, CancelReason } from '../../api/types.js';
import { textField } from '../../internal/ui/field.js';
import { radios } from './choices.js';
import { formatDate, formatTime, formatTimeRange } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { langText, textLang } from '../../core/content-lang.js';
import { heading, subLevel, type HeadingLevel } from '../../internal/ui/heading.js';
import { notice } from '../../internal/ui/notice.js';
import { bookingFacts, summaryRow } from '../../internal/ui/summary-list.js';
import { calendarFile, download } from './calendar-file.js';
import { qrCode } from './qr-code.js';
import type { TicketMessage } from './booking-flow.js';
import type { FinishStrings } from './finish-strings.js';

export interface TicketViewOptions {
  booking: Booking;
  t: FinishStrings;
  lang: Lang;
  level: HeadingLevel;
  mode: 'view' | 'confirm-cancel' | 'cancelled';
  message?: TicketMessage;
  onCancel: () => void;
  onCancelConfirmed: () => void;
  /** The reason chosen in the cancel question so far, and how the question changes it (optional to answer). */
  reason: { code?: CancelReason['code']; text: string };
  onReason: (reason: { code?: CancelReason['code']; text: string }) => void;
  onCancelAborted: () => void;
  onReschedule: () => void;
  onBookAgain: () => void;
}

// While printing, only the ticket shows: the rest of the host page is hidden by a sheet that exists for the
// print alone. A constructed sheet, not a <style> element, so a strict style-src CSP does not refuse it.
let printSheet: CSSStyleSheet | undefined;
function printTicket(): void {
  printSheet ??= new CSSStyleSheet();
  printSheet.replaceSync(
    '@media print{body *{visibility:hidden!important}mpp-queue-booking{visibility:visible!important;position:absolute;inset:0 auto auto 0;width:100%}}',
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  const done = () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

function share(booking: Booking, t: FinishStrings, lang: Lang): void {
  // The code, the service and the time: never the NIK, the name or the phone number.
  const when = `${formatDate(booking.date, lang)}, ${formatTimeRange(booking.session.start, booking.session.end, lang)}`;
  const text = t.shareText(booking.code, booking.serviceName, when);
  if (navigator.share) {
    navigator.share({ title: t.bookedTitle, text }).catch(() => undefined);
  } else {
    window.open(`https://wa.me/?text=${encodeURIComponent(text)}`, '_blank', 'noopener');
  }
}

function addToCalendar(booking: Booking, t: FinishStrings, lang: Lang): void {
  const window_ = t.checkInWindow(
    formatTime(booking.checkIn.opensAt, lang),
    formatTime(booking.checkIn.closesAt, lang),
  );
  const text = calendarFile({
    uid: `${booking.code}@mpp-widgets`,
    start: booking.session.start,
    end: booking.session.end,
    title: t.calendarTitle(booking.serviceName),
    location: `${booking.counter}, ${booking.agencyName}`,
    description: `${t.code}: ${booking.code}\n${t.checkIn}: ${window_}`,
  });
  download(text, `${booking.code}.ics`, 'text/calendar');
}

/** The confirmation panel and the ticket (GOV.UK confirmation pattern), and the cancel confirmation. */
export function ticketView(o: TicketViewOptions): TemplateResult {
  const { booking: b, t, lang, level } = o;
  if (o.mode === 'cancelled') {
    return html`<div class="panel panel--neutral" part="ticket">
        ${heading(level, t.cancelledTitle, { id: 'step-heading', focusable: true })}
        <p>${t.cancelledBody(b.code)}</p>
      </div>
      <button type="button" class="button" @click=${o.onBookAgain}>${t.bookAgain}</button>`;
  }
  if (o.mode === 'confirm-cancel') {
    return html`${heading(level, t.cancelQuestion(b.code), { id: 'step-heading', focusable: true })}
      <p>${t.cancelHint}</p>
      ${radios({
        name: 'cancel-reason',
        legend: html`<span class="field__label">${t.cancelReasonQuestion}</span>`,
        errorPrefix: '',
        choices: Object.entries(t.cancelReasons).map(([value, label]) => ({ value, label, hint: '' })),
        value: o.reason.code,
        onChange: (code) => o.onReason({ ...o.reason, code: code as CancelReason['code'] }),
      })}
      ${textField({
        id: 'cancel-note',
        label: t.cancelNote,
        hint: t.cancelNoteHint,
        optional: t.optional,
        value: o.reason.text,
        maxlength: 200,
        errorPrefix: '',
        onInput: (text) => o.onReason({ ...o.reason, text }),
      })}
      <div class="actions">
        <button type="button" class="button button--warning" @click=${o.onCancelConfirmed}>${t.cancelYes}</button>
        <button type="button" class="button button--secondary" @click=${o.onCancelAborted}>${t.cancelNo}</button>
      </div>`;
  }
  // A move's confirmation is the panel's heading, heard as it takes focus; other messages stand above the ticket.
  const moved = o.message?.tone === 'success';
  return html`
    ${
      o.message && !moved
        ? notice({
            tone: o.message.tone,
            title: o.message.text,
            message: o.message.body,
            action: o.message.action,
            live: 'polite',
          })
        : nothing
    }
    <div class="ticket" part="ticket">
      <div class="panel">
        ${heading(level, moved ? o.message!.text : t.bookedTitle, { id: 'step-heading', focusable: true })}
        <p class="panel__body">${t.code}<br /><strong class="code" part="code">${b.code}</strong></p>
      </div>
      <p>${t.bookedBody}</p>
      ${qrCode(b.qr, t.qrLabel(b.code))}
      <dl class="summary">
        ${bookingFacts(b, t, lang)}
        ${summaryRow(
          t.nikMasked,
          // Twelve stars are read as twelve "star": a screen reader hears the digits it ends with.
          html`<span aria-hidden="true">${b.nikMasked}</span
            ><span class="visually-hidden">${t.nikEnding(b.nikMasked.slice(-4))}</span>`,
        )}
      </dl>
      ${
        b.requirements?.length
          ? html`${heading(subLevel(level), t.bring)}
              <!-- \`?? nothing\` is what ifDefined does; importing the directive here grew the first file. -->
              <ul>
                ${b.requirements.map((r) => html`<li>${langText(r, textLang(lang, b, 'requirements'))}</li>`)}
              </ul>`
          : nothing
      }
    </div>
    <div class="actions no-print">
      <button type="button" class="button" @click=${() => addToCalendar(b, t, lang)}>
        ${t.addToCalendar} ${t.calendarFile}
      </button>
      <button type="button" class="button button--secondary" @click=${printTicket}>${t.print}</button>
      <button type="button" class="button button--secondary" @click=${() => share(b, t, lang)}>
        <!-- Without Web Share (typed as always there, it is not) it opens WhatsApp's page in a new tab: said
          before it is pressed (GOV.UK). The space is in the text: Chromium's name left a lone one out. -->
        ${(navigator.share as unknown) ? t.share : `${t.share} ${t.newTab}`}
      </button>
      <button type="button" class="button button--secondary" @click=${o.onReschedule}>${t.reschedule}</button>
      <button type="button" class="button button--warning" @click=${o.onCancel}>${t.cancel}</button>
    </div>
  `;
}
