// The booking flow's second half: the identity question, check your answers, sending the booking, and the ticket
// with its cancel and move. Fetched once the resident starts answering (see queue-booking.ts), so a page where
// nobody books never downloads it. Views of the flow's state and the requests that change a booking; the flow
// (booking-flow.ts) holds the state and its moves, the element only draws.
import { html, nothing, type TemplateResult } from 'lit';
import { cancelBooking, createBooking, rescheduleBooking } from '../../api/booking-changes.js';
import { getConfig } from '../../api/operations.js';
import type { MppApiError } from '../../api/errors.js';
import type { Booking, CancelReason } from '../../api/types.js';
import { formatDate, formatTimeRange } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { errorMessage, reportFailure } from '../../core/messages.js';
import { validationMessage, type ValidationKey } from '../../core/validation-messages.js';
import { validateEmail, validateName, validateNik, validatePhone } from '../../core/validation.js';
import { nikBirthOf, normaliseSecondFactor } from '../../rules/second-factor.js';
import { CountdownController } from '../../internal/ui/countdown.js';
import { errorSummary } from '../../internal/ui/error-summary.js';
import { textField, type TextFieldOptions } from '../../internal/ui/field.js';
import type { HeadingLevel } from '../../internal/ui/heading.js';
import { notice } from '../../internal/ui/notice.js';
import { summaryRow } from '../../internal/ui/summary-list.js';
import { langText, textLang } from '../../core/content-lang.js';
import {
  EMPTY_IDENTITY,
  type BookingCancelledDetail,
  type BookingConfirmedDetail,
  type BookingErrors,
  type BookingFlow,
  type BookingStep,
  type IdentityField,
  type TicketMessage,
} from './booking-flow.js';
import { finishStrings } from './finish-strings.js';
import type { BookingStrings } from './strings.js';
import { useTicketStyles } from './ticket-styles.js';
import { ticketView } from './ticket-view.js';
import {
  extraFieldErrors,
  extraFieldRows,
  extraFieldsView,
  extraFieldValues,
  inputOfFieldError,
} from './extra-fields.js';

/** What the element lends the second half's views: the flow, the language, and the first half's own pieces. */
export interface BookingView {
  flow: BookingFlow;
  lang: Lang;
  level: HeadingLevel;
  /** The first half's strings (continue, back, retry, the error summary's title). */
  t: BookingStrings;
  root: ShadowRoot;
  continueButton(label?: string): TemplateResult;
  /** The day and session questions, drawn for a move as for a booking. */
  dayQuestion(): TemplateResult;
  /** `button`: the label of its button ("Lanjutkan" unless given). */
  sessionQuestion(button?: string): TemplateResult;
}

const stringsOf = (lang: Lang) => finishStrings.in(lang);

/** What is wrong with the identity answers and the service's own questions, in the resident's language. */
export function identityErrors(flow: BookingFlow): BookingErrors {
  const lang = flow.host.language;
  const out: BookingErrors = {};
  const { nik, name, phone, email } = flow.identity;
  const checks: [IdentityField, { ok: boolean; key?: ValidationKey }][] = [
    ['nik', validateNik(nik)],
    ['name', validateName(name)],
    ['phone', validatePhone(phone)],
    ['email', validateEmail(email)],
  ];
  for (const [field, result] of checks) {
    if (!result.ok && result.key) out[field] = validationMessage(result.key, lang);
  }
  return { ...out, ...extraFieldErrors(flow, lang) };
}

/** The identity question's fields (its heading is the element's, so focus stays on it while this loads). */
export function identityView(v: BookingView): TemplateResult {
  const t = stringsOf(v.lang);
  const { flow } = v;
  // Each question's label is the string of the same name (`t.nik`, `t.name`…).
  const field = (id: IdentityField, more: Partial<TextFieldOptions>) =>
    textField({
      id,
      label: t[id],
      error: flow.errors[id],
      value: flow.identity[id],
      errorPrefix: v.t.errorPrefix,
      onInput: (value) => flow.set({ identity: { ...flow.identity, [id]: value } }),
      required: !more.optional,
      ...more,
    });
  return html`
    <p class="field__hint">${t.identityHint}</p>
    ${field('nik', { hint: t.nikHint, inputmode: 'numeric', autocomplete: 'off', size: 'medium' })}
    ${field('name', { hint: t.nameHint, autocomplete: 'name' })}
    ${field('phone', { hint: t.phoneHint, type: 'tel', inputmode: 'tel', autocomplete: 'tel', size: 'medium' })}
    ${field('email', { optional: t.optional, type: 'email', inputmode: 'email', autocomplete: 'email' })}
    ${extraFieldsView(flow, v.lang, v.t.errorPrefix)} ${v.continueButton()}
  `;
}

type Question = Exclude<BookingStep, 'ticket'>;

/** Check your answers (GOV.UK): every answer with its "Change", then the one button that sends the booking. */
export function checkView(v: BookingView): TemplateResult {
  const { flow, lang } = v;
  useTicketStyles(v.root); // the summary list's styles come with them
  const t = stringsOf(lang);
  const { identity } = flow;
  const session = flow.availability?.days
    .find((d) => d.date === flow.date)
    ?.sessions.find((s) => s.id === flow.sessionId);
  const service = flow.currentService;
  // An untranslated service name on a page in another language is marked lang="id" (3.1.2, content-lang.ts).
  const rows: [string, unknown, Question][] = [
    [t.service, service ? langText(service.name, textLang(lang, service, 'name')) : flow.serviceId, 'service'],
    [t.day, flow.date ? formatDate(flow.date, lang) : '', 'day'],
    [t.session, session ? formatTimeRange(session.start, session.end, lang) : '', 'session'],
    [t.nik, identity.nik, 'identity'],
    [t.name, identity.name, 'identity'],
    [t.phone, identity.phone, 'identity'],
    ...(identity.email.trim() ? [[t.email, identity.email, 'identity'] as [string, string, Question]] : []),
    ...extraFieldRows(flow, lang).map(([label, value]): [string, string, Question] => [label, value, 'identity']),
  ];
  const waiting = (flow.countdown?.seconds ?? 0) > 0;
  return html`
    <p class="field__hint">${t.checkHint}</p>
    <dl class="summary">
      ${rows
        .filter(([, , step]) => flow.questions.includes(step))
        .map(([label, value, step]) =>
          summaryRow(
            label,
            value,
            html`<button type="button" class="link" @click=${() => flow.send({ type: 'change', step })}>
              ${t.change}<span class="visually-hidden">${` ${label}`}</span>
            </button>`,
          ),
        )}
    </dl>
    ${waiting ? notice({ tone: 'warning', title: t.failedTitle, message: t.rateLimited(flow.countdown!.seconds) }) : nothing}
    <p class="visually-hidden" role="status">
      ${
        // The wait is heard once when it starts and once when it ends, not at every tick of the line above.
        flow.countdown?.from ? (waiting ? t.rateLimited(flow.countdown.from) : t.sendAgainNow) : ''
      }
    </p>
    <button
      type="button"
      class="button"
      aria-disabled=${flow.submitting || waiting ? 'true' : 'false'}
      @click=${() => void sendBooking(flow)}
    >
      ${flow.submitting ? t.confirming : flow.failure?.retry ? v.t.retry : t.confirm}
    </button>
  `;
}

/** The booking exists: the ticket shows, and the answers that identify the resident are forgotten. */
export function booked(flow: BookingFlow, booking: Booking): void {
  flow.booking = booking;
  // The NIK, the service's own questions and the other answers are not needed any more: nothing personal stays.
  flow.identity = { ...EMPTY_IDENTITY };
  if (!flow.send({ type: 'booked' })) return;
  flow.host.emit<BookingConfirmedDetail>('mpp-booking-confirmed', {
    code: booking.code,
    serviceId: booking.serviceId,
    date: booking.date,
    sessionStart: booking.session.start,
  });
}

/** The booking changed on the server (cancelled or moved): the ticket shows it, with `message` above. */
export function changed(
  flow: BookingFlow,
  event: 'cancelled' | 'moved' | 'ticket',
  booking: Booking | undefined,
  message?: TicketMessage,
  opts: { focus?: boolean } = {},
): void {
  if (booking) flow.booking = booking;
  flow.ticketMessage = message;
  flow.send({ type: event }, opts);
  if (event === 'cancelled') flow.host.emit<BookingCancelledDetail>('mpp-booking-cancelled', { code: booking!.code });
}

/** Why the last send failed, above the question it sends the resident back to. */
export const failureNotice = (v: BookingView): TemplateResult =>
  notice({ tone: 'error', title: stringsOf(v.lang).failedTitle, message: v.flow.failure!.message, live: 'assertive' });

/**
 * Sends the booking. The client keeps one idempotency key for this exact booking until the server answers for
 * good, so "Try again" after a dropped connection returns the booking that exists instead of a second one.
 */
async function sendBooking(flow: BookingFlow): Promise<void> {
  const client = flow.host.client;
  const countdown = (flow.countdown ??= new CountdownController(flow.host));
  if (!client || flow.submitting || countdown.seconds) return;
  const nik = validateNik(flow.identity.nik);
  const phone = validatePhone(flow.identity.phone);
  const name = validateName(flow.identity.name);
  if (!nik.ok || !phone.ok || !name.ok || Object.keys(extraFieldErrors(flow, 'id')).length) {
    flow.send({ type: 'refused', step: 'identity' });
    return;
  }
  const email = flow.identity.email.trim();
  flow.set({ submitting: true, failure: undefined });
  // What the MPP asks to change a booking, learnt beside the booking (not after it), so the ticket does not wait.
  const kind = getConfig(client).then(
    (c) => c.secondFactor,
    () => undefined,
  );
  try {
    const booking = await createBooking(
      client,
      {
        serviceId: flow.serviceId!,
        date: flow.date!,
        sessionId: flow.sessionId!,
        nik: nik.value,
        name: name.value,
        phone: phone.value,
        ...(email ? { email } : {}),
        ...extraFieldValues(flow),
      },
      { lang: flow.host.language },
    );
    factors.set(flow, factorFor(await kind, nik.value, phone.value));
    booked(flow, booking);
  } catch (error) {
    reportFailure(flow.host, error as MppApiError);
    onSendFailed(flow, error as MppApiError, countdown);
  } finally {
    flow.set({ submitting: false });
    // A message above the focused button pushes it down: bring it back on screen (a phone's is short).
    await flow.host.updateComplete;
    flow.host.renderRoot.querySelector(':focus')?.scrollIntoView({ block: 'nearest' });
  }
}

/** Where a refused booking sends the resident, and what they are told there. */
function onSendFailed(flow: BookingFlow, error: MppApiError, countdown: CountdownController): void {
  const lang = flow.host.language;
  const t = stringsOf(lang);
  switch (error.code) {
    case 'session_full':
      flow.sessionId = undefined;
      flow.send({ type: 'refused', step: 'session' });
      flow.set({ failure: { message: t.sessionFull } });
      return;
    case 'day_closed':
    case 'outside_window':
    case 'session_ended':
      flow.date = flow.sessionId = undefined;
      flow.send({ type: 'refused', step: 'day' });
      flow.set({ failure: { message: t.dayGone } });
      return;
    case 'duplicate_booking':
      flow.set({ failure: { message: t.duplicate } });
      return;
    case 'validation_failed': {
      const errors: BookingErrors = {};
      for (const fe of error.fieldErrors) {
        if (fe.field in EMPTY_IDENTITY) {
          const key = fe.code as ValidationKey;
          errors[fe.field as IdentityField] = validationMessage(key, lang) ?? fe.message;
        }
        // A service's own question: the message in the resident's language when the rule is known, else the server's.
        const input = inputOfFieldError(flow, fe.field);
        if (input)
          (errors as Record<string, string>)[input] =
            extraFieldErrors(flow, lang)[input as IdentityField] ?? fe.message;
      }
      flow.send({ type: 'refused', step: 'identity' });
      flow.set({ errors });
      return;
    }
    case 'rate_limited':
      countdown.start(error.retryAfter ?? 30);
      return;
    default:
      flow.set({ failure: { message: error.isNetwork ? t.unsure : errorMessage(error, flow.host), retry: true } });
  }
}

/**
 * A finder on the page chose "Book a visit" while the ticket shows: offer the new booking beside the ticket, so
 * its code is not gone before the resident has kept it.
 */
export function offerAnotherVisit(flow: BookingFlow, serviceId: string): void {
  const lang = flow.host.language;
  const t = stringsOf(lang);
  const service = flow.services?.find((s) => s.id === serviceId);
  // The name inside the widget's sentence, marked lang="id" when untranslated (3.1.2); mark-id.ts is not used here:
  // a second importer would split it into a file of its own in the booking's build.
  const [before, after] = t.anotherVisit('\n').split('\n');
  changed(
    flow,
    'ticket',
    undefined,
    {
      tone: 'info',
      text: service
        ? html`${before}${langText(service.name, textLang(lang, service, 'name'))}${after}`
        : t.anotherVisit(''),
      body: t.anotherVisitHint(flow.booking!.code),
      action: { label: t.bookAgain, onClick: () => flow.startWith(serviceId) },
    },
    { focus: false },
  );
  flow.host.moveFocus('.notice button');
}

/**
 * The second factor of each booking widget's booking, in memory only (never stored or in an event): the resident
 * just gave it, so cancelling or moving does not ask again. Undefined for the NIK's digits (the default) or when the
 * MPP's kind could not be learnt: the ticket's NIK digits are sent as `nikLast4`, as a v1 client does.
 */
const factors = new WeakMap<BookingFlow, string | undefined>();

/** The answer of the MPP's kind from the identity just sent; a birth date as the NIK writes it, in a real year. */
function factorFor(kind: string | undefined, nik: string, phone: string): string | undefined {
  if (kind === 'phone_last4') return phone.slice(-4);
  if (kind !== 'birth_date') return undefined;
  const [dd, mm, yy] = nikBirthOf(nik).match(/../g)!;
  // The server compares day, month and the year's last two digits; a 29 February needs a leap year to be a date.
  return ['19', '20'].map((c) => `${c}${yy}-${mm}-${dd}`).find((d) => normaliseSecondFactor('birth_date', d));
}

/** The second factor a change of this widget's booking sends. */
const factorOf = (flow: BookingFlow) => {
  const factor = factors.get(flow);
  return factor ? { secondFactor: factor } : { nikLast4: flow.booking!.nikMasked.slice(-4) };
};

/** The cancel question's answers so far, per booking widget: forgotten once the booking is cancelled. */
const reasons = new WeakMap<BookingFlow, { code?: CancelReason['code']; text: string }>();
const reasonOf = (flow: BookingFlow) => reasons.get(flow) ?? { text: '' };

async function cancel(flow: BookingFlow): Promise<void> {
  const booking = flow.booking!;
  const { code, text } = reasonOf(flow);
  // A note alone says why too: it is "another reason".
  const note = text.replace(/\s+/g, ' ').trim();
  const reason = code || note ? { reason: { code: code ?? 'other', ...(note ? { text: note } : {}) } } : {};
  try {
    const cancelled = await cancelBooking(
      flow.host.client!,
      booking.code,
      { ...factorOf(flow), ...reason },
      { lang: flow.host.language },
    );
    reasons.delete(flow);
    changed(flow, 'cancelled', cancelled);
  } catch (error) {
    const text = errorMessage(error as MppApiError, flow.host);
    changed(flow, 'ticket', undefined, { tone: 'error', text }, { focus: false });
  }
}

async function reschedule(flow: BookingFlow): Promise<void> {
  const booking = flow.booking!;
  if (!flow.date || !flow.sessionId) return;
  const t = stringsOf(flow.host.language);
  flow.set({ submitting: true });
  try {
    const moved = await rescheduleBooking(
      flow.host.client!,
      booking.code,
      {
        ...factorOf(flow),
        date: flow.date,
        sessionId: flow.sessionId,
      },
      { lang: flow.host.language },
    );
    changed(flow, 'moved', moved, { tone: 'success', text: t.rescheduled });
  } catch (error) {
    const e = error as MppApiError;
    reportFailure(flow.host, e);
    const full = e.code === 'session_full';
    flow.set({ ticketMessage: { tone: 'error', text: full ? t.sessionFull : errorMessage(e, flow.host) } });
    if (full) void flow.loadAvailability();
  } finally {
    flow.set({ submitting: false });
    // A message above the focused button pushes it down: bring it back on screen (a phone's is short).
    await flow.host.updateComplete;
    flow.host.renderRoot.querySelector(':focus')?.scrollIntoView({ block: 'nearest' });
  }
}

/** The ticket, the cancel question, or the day and session of a move. */
export function ticket(v: BookingView): TemplateResult {
  const { flow } = v;
  const mode = flow.ticketMode;
  useTicketStyles(v.root);
  if (mode === 'reschedule-day' || mode === 'reschedule-session') return rescheduleView(v);
  return ticketView({
    booking: flow.booking!,
    t: stringsOf(v.lang),
    lang: v.lang,
    level: v.level,
    mode,
    message: flow.ticketMessage,
    onCancel: () => flow.send({ type: 'cancel' }),
    onCancelConfirmed: () => void cancel(flow),
    reason: reasonOf(flow),
    onReason: (reason) => {
      reasons.set(flow, reason);
      flow.host.requestUpdate();
    },
    onCancelAborted: () => flow.send({ type: 'back' }),
    onReschedule: () => flow.send({ type: 'reschedule' }),
    onBookAgain: () => flow.send({ type: 'book-again' }),
  });
}

function rescheduleView(v: BookingView): TemplateResult {
  const { flow, t } = v;
  const choosingDay = flow.ticketMode === 'reschedule-day';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (choosingDay) flow.next();
    else if (!flow.showErrors(flow.unanswered('session'))) void reschedule(flow);
  };
  const message = flow.ticketMessage;
  return html`
    ${errorSummary({ title: t.errorSummary, errors: flow.errors, headingLevel: v.level, root: v.root })}
    ${message ? notice({ tone: message.tone, title: message.text, live: 'assertive' }) : nothing}
    <p class="progress" part="progress">${stringsOf(v.lang).rescheduleTitle}</p>
    <form novalidate @submit=${onSubmit}>
      ${choosingDay ? v.dayQuestion() : v.sessionQuestion(stringsOf(v.lang).rescheduleConfirm)}
    </form>
    <p>
      <button type="button" class="link" @click=${() => flow.send({ type: 'back' })}>
        <span aria-hidden="true">←</span> ${t.back}
      </button>
    </p>
  `;
}
