// The second half of the booking flow: the identity question, check your answers, sending the booking, and the
// ticket with its cancel and move. The element (queue-booking.ts) fetches this file once the resident starts
// answering (dist/mpp-queue-booking.finish-steps.js), so a page where nobody books never downloads it; it is
// here well before the identity question, after the day and the session. Functions of the element's state, not
// a second component: the element stays the one owner of what the resident has answered.
import { html, nothing, type TemplateResult } from 'lit';
import { cancelBooking, createBooking, rescheduleBooking } from '../../api/booking-changes.js';
import type { MppApiError } from '../../api/errors.js';
import type { Booking } from '../../api/types.js';
import { formatDate, formatTimeRange } from '../../core/format.js';
import { errorMessage } from '../../core/messages.js';
import { validationMessage, type ValidationKey } from '../../core/validation-messages.js';
import { validateEmail, validateName, validateNik, validatePhone } from '../../core/validation.js';
import { CountdownController } from '../../internal/ui/countdown.js';
import { errorSummary } from '../../internal/ui/error-summary.js';
import { textField, type TextFieldOptions } from '../../internal/ui/field.js';
import { notice } from '../../internal/ui/notice.js';
import { summaryRow } from '../../internal/ui/summary-list.js';
import { finishStrings } from './finish-strings.js';
import {
  EMPTY_IDENTITY,
  type BookingCancelledDetail,
  type BookingConfirmedDetail,
  type BookingErrors,
  type BookingStep,
  type IdentityField,
  type MppQueueBooking,
} from './queue-booking.js';
import { ticketView } from './ticket-view.js';

const stringsOf = (host: MppQueueBooking) => finishStrings.in(host.language);

/** What is wrong with the identity answers, in the resident's language; empty when nothing is. */
export function identityErrors(host: MppQueueBooking): BookingErrors {
  const out: BookingErrors = {};
  const { nik, name, phone, email } = host.identity;
  const checks: [IdentityField, { ok: boolean; key?: ValidationKey }][] = [
    ['nik', validateNik(nik)],
    ['name', validateName(name)],
    ['phone', validatePhone(phone)],
    ['email', validateEmail(email)],
  ];
  for (const [field, result] of checks) {
    if (!result.ok && result.key) out[field] = validationMessage(result.key, host.language);
  }
  return out;
}

/** The identity question's fields (its heading is the element's, so focus stays on it while this loads). */
export function identityView(host: MppQueueBooking): TemplateResult {
  const t = stringsOf(host);
  const errorPrefix = host.t.errorPrefix;
  // Each question's label is the string of the same name (`t.nik`, `t.name`…).
  const field = (id: IdentityField, more: Partial<TextFieldOptions>) =>
    textField({
      id,
      label: t[id],
      error: host.errors[id],
      value: host.identity[id],
      errorPrefix,
      onInput: (value) => (host.identity = { ...host.identity, [id]: value }),
      ...more,
    });
  return html`
    <p class="field__hint">${t.identityHint}</p>
    ${field('nik', { hint: t.nikHint, inputmode: 'numeric', autocomplete: 'off', size: 'medium' })}
    ${field('name', { hint: t.nameHint, autocomplete: 'name' })}
    ${field('phone', { hint: t.phoneHint, type: 'tel', inputmode: 'tel', autocomplete: 'tel', size: 'medium' })}
    ${field('email', { optional: t.optional, type: 'email', inputmode: 'email', autocomplete: 'email' })}
    ${host.continueButton()}
  `;
}

/** Check your answers (GOV.UK): every answer with its "Change", then the one button that sends the booking. */
export function checkView(host: MppQueueBooking): TemplateResult {
  const t = stringsOf(host);
  const lang = host.language;
  const { identity } = host;
  const session = host.availability?.days
    .find((d) => d.date === host.date)
    ?.sessions.find((s) => s.id === host.sessionId);
  const rows: [string, string, BookingStep][] = [
    [t.service, host.currentService?.name ?? host.serviceId ?? '', 'service'],
    [t.day, host.date ? formatDate(host.date, lang) : '', 'day'],
    [t.session, session ? formatTimeRange(session.start, session.end, lang) : '', 'session'],
    [t.nik, identity.nik, 'identity'],
    [t.name, identity.name, 'identity'],
    [t.phone, identity.phone, 'identity'],
    ...(identity.email.trim() ? [[t.email, identity.email, 'identity'] as [string, string, BookingStep]] : []),
  ];
  const waiting = (host.countdown?.seconds ?? 0) > 0;
  return html`
    <p class="field__hint">${t.checkHint}</p>
    <dl class="summary">
      ${rows
        .filter(([, , step]) => step !== 'service' || !host.service)
        .map(([label, value, step]) =>
          summaryRow(
            label,
            value,
            html`<button type="button" class="link" @click=${() => host.changeAnswer(step)}>
              ${t.change}<span class="visually-hidden">${` ${label}`}</span>
            </button>`,
          ),
        )}
    </dl>
    ${waiting ? notice({ tone: 'warning', title: t.failedTitle, message: t.rateLimited(host.countdown!.seconds) }) : nothing}
    <button
      type="button"
      class="button"
      aria-disabled=${host.submitting || waiting ? 'true' : 'false'}
      @click=${() => void confirm(host)}
    >
      ${host.submitting ? t.confirming : host.failure?.retry ? host.t.retry : t.confirm}
    </button>
  `;
}

/** Why the last send failed, above the question it sends the resident back to. */
export const failureNotice = (host: MppQueueBooking): TemplateResult =>
  notice({ tone: 'error', title: stringsOf(host).failedTitle, message: host.failure!.message, live: 'assertive' });

/**
 * Sends the booking. The client keeps one idempotency key for this exact booking until the server answers for
 * good, so "Try again" after a dropped connection returns the booking that exists instead of a second one.
 */
async function confirm(host: MppQueueBooking): Promise<void> {
  const client = host.client;
  const countdown = (host.countdown ??= new CountdownController(host));
  if (!client || host.submitting || countdown.seconds) return;
  const nik = validateNik(host.identity.nik);
  const phone = validatePhone(host.identity.phone);
  const name = validateName(host.identity.name);
  if (!nik.ok || !phone.ok || !name.ok) {
    host.go('identity');
    return;
  }
  const email = host.identity.email.trim();
  host.submitting = true;
  host.failure = undefined;
  try {
    const booking = await createBooking(client, {
      serviceId: host.serviceId!,
      date: host.date!,
      sessionId: host.sessionId!,
      nik: nik.value,
      name: name.value,
      phone: phone.value,
      ...(email ? { email } : {}),
    });
    showTicket(host, booking);
  } catch (error) {
    onConfirmFailed(host, error as MppApiError, countdown);
  } finally {
    host.submitting = false;
  }
}

function showTicket(host: MppQueueBooking, booking: Booking): void {
  host.booking = booking;
  // The NIK and the other answers are not needed any more: nothing personal stays in memory.
  host.identity = { ...EMPTY_IDENTITY };
  host.ticketMode = 'view';
  host.go('ticket');
  host.emit<BookingConfirmedDetail>('mpp-booking-confirmed', {
    code: booking.code,
    serviceId: booking.serviceId,
    date: booking.date,
    sessionStart: booking.session.start,
  });
}

function onConfirmFailed(host: MppQueueBooking, error: MppApiError, countdown: CountdownController): void {
  const t = stringsOf(host);
  switch (error.code) {
    case 'session_full':
      host.sessionId = undefined;
      host.go('session');
      host.failure = { message: t.sessionFull };
      return;
    case 'day_closed':
    case 'outside_window':
    case 'session_ended':
      host.date = undefined;
      host.sessionId = undefined;
      host.go('day');
      host.failure = { message: t.dayGone };
      return;
    case 'duplicate_booking':
      host.failure = { message: t.duplicate };
      return;
    case 'validation_failed': {
      const errors: BookingErrors = {};
      for (const fe of error.fieldErrors) {
        if (fe.field in EMPTY_IDENTITY) {
          const key = fe.code as ValidationKey;
          errors[fe.field as IdentityField] = validationMessage(key, host.language) ?? fe.message;
        }
      }
      host.go('identity');
      host.errors = errors;
      return;
    }
    case 'rate_limited':
      countdown.start(error.retryAfter ?? 30);
      return;
    default:
      host.failure = { message: error.isNetwork ? t.unsure : errorMessage(error, host.language), retry: true };
  }
}

/**
 * A finder on the page chose "Book a visit" while the ticket shows: offer the new booking beside the ticket, so
 * its code is not gone before the resident has kept it.
 */
export function offerAnotherVisit(host: MppQueueBooking, serviceId: string): void {
  const t = stringsOf(host);
  host.ticketMode = 'view';
  host.ticketMessage = {
    tone: 'info',
    text: t.anotherVisit(host.services?.find((s) => s.id === serviceId)?.name ?? ''),
    body: t.anotherVisitHint(host.booking!.code),
    action: { label: t.bookAgain, onClick: () => host.startWith(serviceId) },
  };
  void host.moveFocus('.notice button');
}

async function cancel(host: MppQueueBooking): Promise<void> {
  const booking = host.booking!;
  try {
    host.booking = await cancelBooking(host.client!, booking.code, { nikLast4: booking.nikMasked.slice(-4) });
    host.ticketMode = 'cancelled';
    host.emit<BookingCancelledDetail>('mpp-booking-cancelled', { code: booking.code });
    void host.moveFocus();
  } catch (error) {
    host.ticketMode = 'view';
    host.ticketMessage = { tone: 'error', text: errorMessage(error as MppApiError, host.language) };
  }
}

async function reschedule(host: MppQueueBooking): Promise<void> {
  const booking = host.booking!;
  if (!host.date || !host.sessionId) return;
  const t = stringsOf(host);
  host.submitting = true;
  try {
    host.booking = await rescheduleBooking(host.client!, booking.code, {
      nikLast4: booking.nikMasked.slice(-4),
      date: host.date,
      sessionId: host.sessionId,
    });
    host.ticketMode = 'view';
    host.ticketMessage = { tone: 'success', text: t.rescheduled };
    void host.moveFocus();
  } catch (error) {
    const e = error as MppApiError;
    const full = e.code === 'session_full';
    host.ticketMessage = { tone: 'error', text: full ? t.sessionFull : errorMessage(e, host.language) };
    if (full) void host.loadAvailability();
  } finally {
    host.submitting = false;
  }
}

/** The ticket, the cancel question, or the day and session of a move. */
export function ticket(host: MppQueueBooking): TemplateResult {
  const mode = host.ticketMode;
  if (mode === 'reschedule-day' || mode === 'reschedule-session') return rescheduleView(host);
  return ticketView({
    booking: host.booking!,
    t: stringsOf(host),
    lang: host.language,
    level: host.headingLevelAt(0),
    mode,
    message: host.ticketMessage,
    onCancel: () => {
      host.ticketMode = 'confirm-cancel';
      host.ticketMessage = undefined;
      void host.moveFocus();
    },
    onCancelConfirmed: () => void cancel(host),
    onCancelAborted: () => {
      host.ticketMode = 'view';
      void host.moveFocus();
    },
    onReschedule: () => {
      host.date = undefined;
      host.sessionId = undefined;
      host.errors = {};
      host.ticketMessage = undefined;
      host.ticketMode = 'reschedule-day';
      void host.loadAvailability();
      void host.moveFocus();
    },
    onBookAgain: () => {
      host.resetFlow();
      host.go(host.questions[0]);
    },
  });
}

function rescheduleView(host: MppQueueBooking): TemplateResult {
  const t = host.t;
  const choosingDay = host.ticketMode === 'reschedule-day';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (host.showErrors(host.unanswered(choosingDay ? 'day' : 'session'))) return;
    if (choosingDay) {
      host.ticketMode = 'reschedule-session';
      void host.moveFocus();
    } else {
      void reschedule(host);
    }
  };
  const message = host.ticketMessage;
  return html`
    ${errorSummary({ title: t.errorSummary, errors: host.errors, headingLevel: host.headingLevelAt(0), root: host.renderRoot as ShadowRoot })}
    ${message ? notice({ tone: message.tone, title: message.text, live: 'assertive' }) : nothing}
    <p class="progress" part="progress">${stringsOf(host).rescheduleTitle}</p>
    <form novalidate @submit=${onSubmit}>${choosingDay ? host.renderDay() : host.renderSession()}</form>
    <p>
      <button
        type="button"
        class="link"
        @click=${() => {
          host.ticketMode = choosingDay ? 'view' : 'reschedule-day';
          host.errors = {};
          void host.moveFocus();
        }}
      >
        ← ${t.back}
      </button>
    </p>
  `;
}
