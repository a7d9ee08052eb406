import {
  cancelBooking,
  createBooking,
  getAvailability,
  listServices,
  rescheduleBooking,
} from '../../api/operations.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { MppApiError } from '../../api/errors.js';
import type { Availability, Booking, ServiceSummary } from '../../api/types.js';
import { MppElement } from '../../core/base-element.js';
import { formatDate, formatTimeRange } from '../../core/format.js';
import { errorMessage } from '../../core/messages.js';
import { matchesEveryTerm } from '../../core/search.js';
import { validationMessage, type ValidationKey } from '../../core/validation-messages.js';
import { validateEmail, validateName, validateNik, validatePhone } from '../../core/validation.js';
import { errorSummary, errorSummaryStyles, focusErrorSummary } from '../../internal/ui/error-summary.js';
import { textField, type TextFieldOptions } from '../../internal/ui/field.js';
import { heading } from '../../internal/ui/heading.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import { summaryRow } from '../../internal/ui/summary-list.js';
import { widgetStyles } from '../../internal/ui/widget-styles.js';
import { CountdownController } from '../../internal/ui/countdown.js';
import { dayChoice, radios, sessionChoice } from './choices.js';
import { strings } from './strings.js';
import { bookingStyles } from './styles.js';
import { ticketView, type TicketMessage } from './ticket-view.js';

/** The questions, in order. `ticket` is the answer. */
export type BookingStep = 'service' | 'day' | 'session' | 'identity' | 'check' | 'ticket';

/** `mpp-booking-step`: a step opened. */
export interface BookingStepDetail {
  step: BookingStep;
}
/** `mpp-booking-confirmed`: no personal data, only what analytics may count. */
export interface BookingConfirmedDetail {
  code: string;
  serviceId: string;
  date: string;
  sessionStart: string;
}
/** `mpp-booking-cancelled`. */
export interface BookingCancelledDetail {
  code: string;
}

interface Identity {
  nik: string;
  name: string;
  phone: string;
  email: string;
}
type IdentityField = keyof Identity;

/** After the ticket: looking at it, confirming a cancel, choosing a new time, or cancelled. */
type TicketMode = 'view' | 'confirm-cancel' | 'reschedule-day' | 'reschedule-session' | 'cancelled';

const EMPTY_IDENTITY: Identity = { nik: '', name: '', phone: '', email: '' };

/**
 * Book a visit to a counter of the MPP, one question at a time: service, day, session, identity, check your
 * answers, confirm — then a ticket with the booking code, a QR code, a calendar file, print and share, and the
 * way to cancel or move the visit. A dropped connection never books twice: the same attempt is retried with the
 * same idempotency key.
 *
 * @tagname mpp-queue-booking
 * @summary Book a visit to an MPP counter and get a ticket.
 *
 * @attr api-base - Base URL of the MPP API (else `configure()`, else the loading script's `data-api-base`).
 * @attr lang - `id` (default) or `en`; else the nearest `[lang]`, else `<html lang>`.
 * @attr agency - Offer only this agency's services.
 * @attr service - Preselect a service (its id); the service question is skipped. Else `?layanan=` in the page URL.
 * @attr heading-level - Level of the widget's headings, 1–6 (default 2).
 * @attr theme - `light` (default), `dark`, or `auto`.
 *
 * @fires mpp-booking-step - A step opened. `detail: { step }`.
 * @fires mpp-booking-confirmed - The booking exists. `detail: { code, serviceId, date, sessionStart }`.
 * @fires mpp-booking-cancelled - The booking was cancelled. `detail: { code }`.
 *
 * @csspart heading - Every heading.
 * @csspart progress - "Langkah 2 dari 5".
 * @csspart field - A text field; `input` its input.
 * @csspart error-summary - The list of what to fix.
 * @csspart notice - State and failure messages.
 * @csspart ticket - The confirmation panel and ticket (the only part printed).
 * @csspart code - The booking code.
 * @csspart qr - The QR code.
 *
 * @cssprop --mpp-color-primary - Buttons, links and selection.
 * @cssprop --mpp-color-success - The confirmation panel.
 * @cssprop --mpp-font-family - Typeface.
 */
export class MppQueueBooking extends MppElement {
  static override properties: PropertyDeclarations = {
    service: { reflect: true },
    step: { state: true },
    services: { state: true },
    servicesError: { state: true },
    serviceFilter: { state: true },
    serviceId: { state: true },
    availability: { state: true },
    availabilityError: { state: true },
    date: { state: true },
    sessionId: { state: true },
    identity: { state: true },
    errors: { state: true },
    failure: { state: true },
    submitting: { state: true },
    booking: { state: true },
    ticketMode: { state: true },
    ticketMessage: { state: true },
  };

  static override styles = [widgetStyles, errorSummaryStyles, bookingStyles];

  /** Preselected service id; the first question is then skipped. */
  service?: string;

  private step: BookingStep = 'service';
  private services?: ServiceSummary[];
  private servicesError?: MppApiError;
  private serviceFilter = '';
  private serviceId?: string;
  private availability?: Availability;
  private availabilityError?: MppApiError;
  private date?: string;
  private sessionId?: string;
  private identity: Identity = { ...EMPTY_IDENTITY };
  private errors: Partial<Record<IdentityField | 'service' | 'day' | 'session', string>> = {};
  private failure?: { message: string; retry?: boolean };
  private submitting = false;
  private booking?: Booking;
  private ticketMode: TicketMode = 'view';
  private ticketMessage?: TicketMessage;

  /** When an answer is changed from "check your answers", the resident goes back there, not onwards. */
  private returnToCheck = false;
  private abort?: AbortController;
  private readonly countdown = new CountdownController(this);

  private get t() {
    return strings.in(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = new URLSearchParams(location.search).get('layanan');
    if (!this.service && fromUrl) this.service = fromUrl;
    this.ownerDocument.addEventListener('mpp-service-book', this.onServiceBook);
    void this.loadServices();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('mpp-service-book', this.onServiceBook);
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('service') && this.service && this.service !== this.serviceId && !this.booking) {
      this.serviceId = this.service;
      this.go('day', { focus: false });
    }
  }

  /**
   * A finder on the same page chose "Book a visit": start here with that service. Over a ticket, offer it beside
   * the ticket instead, so its code is not gone before the resident has kept it.
   */
  private readonly onServiceBook = (event: Event) => {
    const { serviceId } = (event as CustomEvent<{ serviceId: string }>).detail;
    const ticket = this.ticketMode !== 'cancelled' && this.booking;
    if (ticket) {
      const t = this.t;
      this.ticketMode = 'view';
      this.ticketMessage = {
        tone: 'info',
        text: t.anotherVisit(this.services?.find((s) => s.id === serviceId)?.name ?? ''),
        body: t.anotherVisitHint(ticket.code),
        action: { label: t.bookAgain, onClick: () => this.startWith(serviceId) },
      };
      void this.moveFocus('.notice button');
    } else this.startWith(serviceId);
    this.scrollIntoView({ block: 'start' });
  };

  private startWith(serviceId: string): void {
    this.resetFlow();
    this.serviceId = serviceId;
    this.go('day');
  }

  protected override apiConfigured(): void {
    super.apiConfigured();
    if (!this.services) void this.loadServices();
    if ((this.step === 'day' || this.step === 'session') && !this.availability) void this.loadAvailability();
  }

  private async loadServices(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.servicesError = undefined;
    try {
      const { data } = await listServices(client);
      this.services = data.items.filter((s) => s.bookable && (!this.agency || s.agencyId === this.agency));
    } catch (error) {
      this.servicesError = error as MppApiError;
    }
  }

  private get currentService(): ServiceSummary | undefined {
    return this.services?.find((s) => s.id === this.serviceId);
  }

  /** Steps the resident answers (the service question is skipped when the page chose the service). */
  private get questions(): BookingStep[] {
    return this.service ? ['day', 'session', 'identity', 'check'] : ['service', 'day', 'session', 'identity', 'check'];
  }

  /** Opens a step: its heading takes focus (GOV.UK), its data loads, and the page hears about it. */
  private go(step: BookingStep, opts: { focus?: boolean } = {}): void {
    this.step = step;
    this.errors = {};
    if (step === 'day' || step === 'session') void this.loadAvailability();
    this.emit<BookingStepDetail>('mpp-booking-step', { step });
    if (opts.focus !== false) void this.moveFocus();
  }

  /** After the next render, focus moves to `selector`: the step's heading unless said otherwise (GOV.UK). */
  private async moveFocus(selector = '#step-heading'): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async loadAvailability(): Promise<void> {
    const client = this.client;
    const serviceId = this.serviceId ?? this.booking?.serviceId;
    if (!client || !serviceId) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.availabilityError = undefined;
    if (this.availability?.serviceId !== serviceId) this.availability = undefined;
    try {
      this.availability = await getAvailability(client, serviceId, {}, { signal: abort.signal });
    } catch (error) {
      if ((error as MppApiError).code !== 'aborted') this.availabilityError = error as MppApiError;
    }
  }

  private resetFlow(): void {
    this.booking = undefined;
    this.ticketMode = 'view';
    this.ticketMessage = undefined;
    this.serviceId = this.service;
    this.date = undefined;
    this.sessionId = undefined;
    // The identity stays: a resident who changes service halfway is still the same person, and a booking made
    // has already cleared it.
    this.failure = undefined;
    this.returnToCheck = false;
  }

  /** Moves on from a step after checking its answer; shows the error summary when something is missing. */
  private next(event: Event): void {
    event.preventDefault();
    if (this.showErrors(this.step === 'identity' ? this.identityErrors() : this.unanswered(this.step))) return;
    const order = this.questions;
    // Back to "check your answers" once the changed answer is complete again: a new service or day still needs
    // its day and session, so those follow the usual order.
    const following = this.returnToCheck && this.step === 'session' ? 'check' : order[order.indexOf(this.step) + 1];
    if (following === 'check') this.returnToCheck = false;
    this.go(following);
  }

  /** The error of a choice question left unanswered (the first booking's and a move's alike). */
  private unanswered(step: BookingStep): typeof this.errors {
    const t = this.t;
    if (step === 'service' && !this.serviceId) return { service: t.serviceRequired };
    if (step === 'day' && !this.date) return { day: t.dayRequired };
    if (step === 'session' && !this.sessionId) return { session: t.sessionRequired };
    return {};
  }

  /** Shows what to fix in the error summary, which takes focus (GOV.UK); false when there is nothing. */
  private showErrors(errors: typeof this.errors): boolean {
    this.errors = errors;
    const any = Object.keys(errors).length > 0;
    if (any) void focusErrorSummary(this);
    return any;
  }

  private identityErrors(): Partial<Record<IdentityField, string>> {
    const lang = this.language;
    const out: Partial<Record<IdentityField, string>> = {};
    const checks: [IdentityField, { ok: boolean; key?: ValidationKey }][] = [
      ['nik', validateNik(this.identity.nik)],
      ['name', validateName(this.identity.name)],
      ['phone', validatePhone(this.identity.phone)],
      ['email', validateEmail(this.identity.email)],
    ];
    for (const [field, result] of checks) {
      if (!result.ok && result.key) out[field] = validationMessage(result.key, lang);
    }
    return out;
  }

  private back(): void {
    const order = this.questions;
    const previous = order[order.indexOf(this.step) - 1];
    if (previous) this.go(previous);
  }

  private changeAnswer(step: BookingStep): void {
    this.returnToCheck = true;
    this.go(step);
  }

  /**
   * Sends the booking. The client keeps one idempotency key for this exact booking until the server answers for
   * good, so "Try again" after a dropped connection returns the booking that exists instead of a second one.
   */
  private async confirm(): Promise<void> {
    const client = this.client;
    if (!client || this.submitting || this.countdown.seconds) return;
    const nik = validateNik(this.identity.nik);
    const phone = validatePhone(this.identity.phone);
    const name = validateName(this.identity.name);
    if (!nik.ok || !phone.ok || !name.ok) {
      this.go('identity');
      return;
    }
    this.submitting = true;
    this.failure = undefined;
    try {
      const booking = await createBooking(client, {
        serviceId: this.serviceId!,
        date: this.date!,
        sessionId: this.sessionId!,
        nik: nik.value,
        name: name.value,
        phone: phone.value,
        ...(this.identity.email.trim() ? { email: this.identity.email.trim() } : {}),
      });
      this.showTicket(booking);
    } catch (error) {
      this.onConfirmFailed(error as MppApiError);
    } finally {
      this.submitting = false;
    }
  }

  private showTicket(booking: Booking): void {
    this.booking = booking;
    // The NIK and the other answers are not needed any more: nothing personal stays in memory.
    this.identity = { ...EMPTY_IDENTITY };
    this.ticketMode = 'view';
    this.go('ticket');
    this.emit<BookingConfirmedDetail>('mpp-booking-confirmed', {
      code: booking.code,
      serviceId: booking.serviceId,
      date: booking.date,
      sessionStart: booking.session.start,
    });
  }

  private onConfirmFailed(error: MppApiError): void {
    const t = this.t;
    switch (error.code) {
      case 'session_full':
        this.sessionId = undefined;
        this.go('session');
        this.failure = { message: t.sessionFull };
        return;
      case 'day_closed':
      case 'outside_window':
      case 'session_ended':
        this.date = undefined;
        this.sessionId = undefined;
        this.go('day');
        this.failure = { message: t.dayGone };
        return;
      case 'duplicate_booking':
        this.failure = { message: t.duplicate };
        return;
      case 'validation_failed': {
        const errors: typeof this.errors = {};
        for (const fe of error.fieldErrors) {
          if (fe.field in EMPTY_IDENTITY) {
            const key = fe.code as ValidationKey;
            errors[fe.field as IdentityField] = validationMessage(key, this.language) ?? fe.message;
          }
        }
        this.go('identity');
        this.errors = errors;
        return;
      }
      case 'rate_limited':
        this.countdown.start(error.retryAfter ?? 30);
        return;
      default:
        this.failure = { message: error.isNetwork ? t.unsure : errorMessage(error, this.language), retry: true };
    }
  }

  private async cancelBooking(): Promise<void> {
    const booking = this.booking!;
    try {
      const cancelled = await cancelBooking(this.client!, booking.code, { nikLast4: booking.nikMasked.slice(-4) });
      this.booking = cancelled;
      this.ticketMode = 'cancelled';
      this.emit<BookingCancelledDetail>('mpp-booking-cancelled', { code: booking.code });
      void this.moveFocus();
    } catch (error) {
      this.ticketMode = 'view';
      this.ticketMessage = { tone: 'error', text: errorMessage(error as MppApiError, this.language) };
    }
  }

  private async reschedule(): Promise<void> {
    const booking = this.booking!;
    if (!this.date || !this.sessionId) return;
    this.submitting = true;
    try {
      this.booking = await rescheduleBooking(this.client!, booking.code, {
        nikLast4: booking.nikMasked.slice(-4),
        date: this.date,
        sessionId: this.sessionId,
      });
      this.ticketMode = 'view';
      this.ticketMessage = { tone: 'success', text: this.t.rescheduled };
      void this.moveFocus();
    } catch (error) {
      const e = error as MppApiError;
      this.ticketMessage = {
        tone: 'error',
        text: e.code === 'session_full' ? this.t.sessionFull : errorMessage(e, this.language),
      };
      if (e.code === 'session_full') void this.loadAvailability();
    } finally {
      this.submitting = false;
    }
  }

  override render(): TemplateResult {
    const t = this.t;
    if (!this.client) return notice({ tone: 'error', title: t.heading, message: t.notConfigured });
    return html`<div class="booking" lang=${this.language}>
      ${this.step === 'ticket' && this.booking ? this.renderTicket() : this.renderQuestion()}
    </div>`;
  }

  private renderProgress(): TemplateResult | typeof nothing {
    const order = this.questions;
    const n = order.indexOf(this.step) + 1;
    return n ? html`<p class="progress" part="progress">${this.t.progress(n, order.length)}</p>` : nothing;
  }

  private renderQuestion(): TemplateResult {
    const t = this.t;
    const first = this.questions[0] === this.step;
    return html`
      ${errorSummary({ title: t.errorSummary, errors: this.errors, headingLevel: this.headingLevelAt(0), root: this.renderRoot as ShadowRoot })}
      ${
        this.failure
          ? notice({
              tone: 'error',
              title: t.failedTitle,
              message: this.failure.message,
              live: 'assertive',
            })
          : nothing
      }
      ${this.renderProgress()}
      <form novalidate @submit=${(e: Event) => (this.step === 'check' ? e.preventDefault() : this.next(e))}>
        ${this.renderStep()}
      </form>
      ${
        first
          ? nothing
          : html`<p><button type="button" class="link" @click=${() => this.back()}>← ${t.back}</button></p>`
      }
    `;
  }

  private legend(text: string): TemplateResult {
    return heading(this.headingLevelAt(0), text, { id: 'step-heading', focusable: true });
  }

  private renderStep(): TemplateResult {
    switch (this.step) {
      case 'service':
        return this.renderService();
      case 'day':
        return this.renderDay();
      case 'session':
        return this.renderSession();
      case 'identity':
        return this.renderIdentity();
      default:
        return this.renderCheck();
    }
  }

  private continueButton(label = this.t.continue): TemplateResult {
    return html`<button type="submit" class="button" ?disabled=${this.submitting}>${label}</button>`;
  }

  private renderService(): TemplateResult {
    const t = this.t;
    if (this.servicesError) {
      return html`${this.legend(t.serviceQuestion)}
      ${notice({
        tone: 'error',
        title: t.servicesError,
        message: errorMessage(this.servicesError, this.language),
        action: { label: t.retry, onClick: () => void this.loadServices() },
      })}`;
    }
    if (!this.services)
      return html`${this.legend(t.serviceQuestion)}${skeleton({ label: t.servicesLoading, rows: 6 })}`;
    // Every service is listed; the filter only narrows it (the finder is where residents search).
    const shown = this.services.filter((s) =>
      matchesEveryTerm(this.serviceFilter, `${s.name} ${s.keywords.join(' ')} ${s.category}`),
    );
    // The question comes first (it takes focus), then the filter, then the choices it filters.
    return html`
      ${this.legend(t.serviceQuestion)}
      ${textField({
        id: 'service-filter',
        label: t.serviceFilter,
        type: 'search',
        value: this.serviceFilter,
        errorPrefix: t.errorPrefix,
        onInput: (v) => (this.serviceFilter = v),
      })}
      ${
        shown.length
          ? radios({
              name: 'service',
              // The question is the heading above the filter; the group repeats it for screen readers only.
              legend: html`<span class="visually-hidden">${t.serviceQuestion}</span>`,
              error: this.errors.service,
              errorPrefix: t.errorPrefix,
              choices: shown.map((s) => ({ value: s.id, label: s.name, hint: s.category, disabled: false })),
              value: this.serviceId,
              onChange: (v) => {
                if (v !== this.serviceId) {
                  this.date = undefined;
                  this.sessionId = undefined;
                }
                this.serviceId = v;
              },
            })
          : html`<p>${t.serviceNone}</p>`
      }
      ${this.continueButton()}
    `;
  }

  private availabilityState(question: string): TemplateResult | undefined {
    const t = this.t;
    if (this.availabilityError) {
      return html`${this.legend(question)}
      ${notice({
        tone: 'error',
        title: t.availabilityError,
        message: errorMessage(this.availabilityError, this.language),
        action: { label: t.retry, onClick: () => void this.loadAvailability() },
        live: 'assertive',
      })}`;
    }
    if (!this.availability) return html`${this.legend(question)}${skeleton({ label: t.availabilityLoading, rows: 8 })}`;
    return undefined;
  }

  private renderDay(): TemplateResult {
    const t = this.t;
    const pending = this.availabilityState(t.dayQuestion);
    if (pending) return pending;
    const serviceName = this.currentService?.name ?? this.booking?.serviceName ?? '';
    return html`
      ${radios({
        name: 'day',
        legend: this.legend(t.dayQuestion),
        hint: serviceName ? t.dayHint(serviceName) : undefined,
        error: this.errors.day,
        errorPrefix: t.errorPrefix,
        choices: this.availability!.days.map((d) => dayChoice(d, t, this.language)),
        value: this.date,
        onChange: (v) => {
          if (v !== this.date) this.sessionId = undefined;
          this.date = v;
        },
      })}
      ${this.continueButton()}
    `;
  }

  private renderSession(): TemplateResult {
    const t = this.t;
    const pending = this.availabilityState(t.sessionQuestion);
    if (pending) return pending;
    const day = this.availability!.days.find((d) => d.date === this.date);
    return html`
      ${radios({
        name: 'session',
        legend: this.legend(t.sessionQuestion),
        hint: this.date ? t.sessionHint(formatDate(this.date, this.language)) : undefined,
        error: this.errors.session,
        errorPrefix: t.errorPrefix,
        choices: (day?.sessions ?? []).map((s) => sessionChoice(s, t, this.language)),
        value: this.sessionId,
        onChange: (v) => (this.sessionId = v),
      })}
      ${this.continueButton(this.ticketMode === 'reschedule-session' && this.booking ? t.rescheduleConfirm : t.continue)}
    `;
  }

  private renderIdentity(): TemplateResult {
    const t = this.t;
    // Each question's label is the string of the same name (`t.nik`, `t.name`…).
    const field = (id: IdentityField, more: Partial<TextFieldOptions>) =>
      textField({
        id,
        label: t[id],
        error: this.errors[id],
        value: this.identity[id],
        errorPrefix: t.errorPrefix,
        onInput: (value) => (this.identity = { ...this.identity, [id]: value }),
        ...more,
      });
    return html`
      ${this.legend(t.identityQuestion)}
      <p class="field__hint">${t.identityHint}</p>
      ${field('nik', { hint: t.nikHint, inputmode: 'numeric', autocomplete: 'off', size: 'medium' })}
      ${field('name', { hint: t.nameHint, autocomplete: 'name' })}
      ${field('phone', { hint: t.phoneHint, type: 'tel', inputmode: 'tel', autocomplete: 'tel', size: 'medium' })}
      ${field('email', { optional: t.optional, type: 'email', inputmode: 'email', autocomplete: 'email' })}
      ${this.continueButton()}
    `;
  }

  private renderCheck(): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const session = this.availability?.days
      .find((d) => d.date === this.date)
      ?.sessions.find((s) => s.id === this.sessionId);
    const rows: [string, string, BookingStep][] = [
      [t.service, this.currentService?.name ?? this.serviceId ?? '', 'service'],
      [t.day, this.date ? formatDate(this.date, lang) : '', 'day'],
      [t.session, session ? formatTimeRange(session.start, session.end, lang) : '', 'session'],
      [t.nik, this.identity.nik, 'identity'],
      [t.name, this.identity.name, 'identity'],
      [t.phone, this.identity.phone, 'identity'],
      ...(this.identity.email.trim()
        ? [[t.email, this.identity.email, 'identity'] as [string, string, BookingStep]]
        : []),
    ];
    const waiting = this.countdown.seconds > 0;
    return html`
      ${this.legend(t.checkQuestion)}
      <p class="field__hint">${t.checkHint}</p>
      <dl class="summary">
        ${rows
          .filter(([, , step]) => step !== 'service' || !this.service)
          .map(([label, value, step]) =>
            summaryRow(
              label,
              value,
              html`<button type="button" class="link" @click=${() => this.changeAnswer(step)}>
                ${t.change}<span class="visually-hidden">${` ${label}`}</span>
              </button>`,
            ),
          )}
      </dl>
      ${waiting ? notice({ tone: 'warning', title: t.failedTitle, message: t.rateLimited(this.countdown.seconds) }) : nothing}
      <button
        type="button"
        class="button"
        aria-disabled=${this.submitting || waiting ? 'true' : 'false'}
        @click=${() => void this.confirm()}
      >
        ${this.submitting ? t.confirming : this.failure?.retry ? t.retry : t.confirm}
      </button>
    `;
  }

  private renderTicket(): TemplateResult {
    const t = this.t;
    const booking = this.booking!;
    const mode = this.ticketMode;
    if (mode === 'reschedule-day' || mode === 'reschedule-session') return this.renderReschedule();
    return ticketView({
      booking,
      t,
      lang: this.language,
      level: this.headingLevelAt(0),
      mode,
      message: this.ticketMessage,
      onCancel: () => {
        this.ticketMode = 'confirm-cancel';
        this.ticketMessage = undefined;
        void this.moveFocus();
      },
      onCancelConfirmed: () => void this.cancelBooking(),
      onCancelAborted: () => {
        this.ticketMode = 'view';
        void this.moveFocus();
      },
      onReschedule: () => {
        this.date = undefined;
        this.sessionId = undefined;
        this.errors = {};
        this.ticketMessage = undefined;
        this.ticketMode = 'reschedule-day';
        void this.loadAvailability();
        void this.moveFocus();
      },
      onBookAgain: () => {
        this.resetFlow();
        this.go(this.questions[0]);
      },
    });
  }

  private renderReschedule(): TemplateResult {
    const t = this.t;
    const choosingDay = this.ticketMode === 'reschedule-day';
    const onSubmit = (event: Event) => {
      event.preventDefault();
      if (this.showErrors(this.unanswered(choosingDay ? 'day' : 'session'))) return;
      if (choosingDay) {
        this.ticketMode = 'reschedule-session';
        void this.moveFocus();
      } else {
        void this.reschedule();
      }
    };
    return html`
      ${errorSummary({ title: t.errorSummary, errors: this.errors, headingLevel: this.headingLevelAt(0), root: this.renderRoot as ShadowRoot })}
      ${this.ticketMessage ? notice({ tone: this.ticketMessage.tone, title: this.ticketMessage.text, live: 'assertive' }) : nothing}
      <p class="progress" part="progress">${t.rescheduleTitle}</p>
      <form novalidate @submit=${onSubmit}>${choosingDay ? this.renderDay() : this.renderSession()}</form>
      <p>
        <button
          type="button"
          class="link"
          @click=${() => {
            this.ticketMode = choosingDay ? 'view' : 'reschedule-day';
            this.errors = {};
            void this.moveFocus();
          }}
        >
          ← ${t.back}
        </button>
      </p>
    `;
  }
}
