import { getAvailability, listServices } from '../../api/operations.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { MppApiError } from '../../api/errors.js';
import type { Availability, Booking, ServiceSummary } from '../../api/types.js';
import { MppElement } from '../../core/base-element.js';
import { formatDate } from '../../core/format.js';
import { loadEnglish } from '../../core/i18n.js';
import { errorMessage } from '../../core/messages.js';
import { matchesEveryTerm } from '../../core/search.js';
import { errorSummary, errorSummaryStyles, focusErrorSummary } from '../../internal/ui/error-summary.js';
import { textField } from '../../internal/ui/field.js';
import { heading } from '../../internal/ui/heading.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import { widgetStyles } from '../../internal/ui/widget-styles.js';
import type { CountdownController } from '../../internal/ui/countdown.js';
import { dayChoice, radios, sessionChoice, type Choice } from './choices.js';
import { strings } from './strings.js';
import { bookingStyles } from './styles.js';
import type { TicketMessage } from './ticket-view.js';

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

/** What the identity question asks. */
export interface Identity {
  nik: string;
  name: string;
  phone: string;
  email: string;
}
export type IdentityField = keyof Identity;
/** Nothing answered yet: the identity at the start, and after a booking, which clears it. */
export const EMPTY_IDENTITY: Identity = { nik: '', name: '', phone: '', email: '' };
/** What to fix, by question; shown in the error summary and beside each question. */
export type BookingErrors = Partial<Record<IdentityField | 'service' | 'day' | 'session', string>>;

/** After the ticket: looking at it, confirming a cancel, choosing a new time, or cancelled. */
export type TicketMode = 'view' | 'confirm-cancel' | 'reschedule-day' | 'reschedule-session' | 'cancelled';

type FinishSteps = typeof import('./finish-steps.js');

// The second half of the flow, one download per page however many booking widgets it holds.
let finishSteps: Promise<FinishSteps> | undefined;
let fetchFinishSteps = (): Promise<FinishSteps> => import('./finish-steps.js');

/**
 * For stories and tests: how the second half is fetched, to show it slow or failing. Unused by the bundles, so
 * they leave it out.
 * @internal
 */
export function setFinishStepsFetch(fetch: () => Promise<FinishSteps>): void {
  fetchFinishSteps = fetch;
  finishSteps = undefined;
}

/**
 * Book a visit to a counter of the MPP, one question at a time: service, day, session, identity, check your
 * answers, confirm — then a ticket with the booking code, a QR code, a calendar file, print and share, and the
 * way to cancel or move the visit. A dropped connection never books twice: the same attempt is retried with the
 * same idempotency key. The questions from the identity on, and the ticket, come in a second file fetched once the
 * resident starts answering (`mpp-queue-booking.finish-steps.js` beside the script: keep the files of `dist/`
 * together).
 *
 * @tagname mpp-queue-booking
 * @summary Book a visit to an MPP counter and get a ticket.
 *
 * @attr api-base - Base URL of the MPP API (else `configure()`, else the loading script's `data-api-base`).
 * @attr {'id' | 'en'} lang - `id` (default) or `en`; else the nearest `[lang]`, else `<html lang>`.
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
    finish: { state: true },
    finishFailed: { state: true },
  };

  static override styles = [widgetStyles, errorSummaryStyles, bookingStyles];

  /** Preselected service id; the first question is then skipped. */
  service?: string;

  // The state below is shared with finish-steps.ts (the flow's second half), hence not `private`; `@internal`
  // keeps it out of the public types and the docs, and lets the minifier rename it.

  /** @internal */ step: BookingStep = 'service';
  /** @internal */ services?: ServiceSummary[];
  private servicesError?: MppApiError;
  private serviceFilter = '';
  /** @internal */ serviceId?: string;
  /** @internal */ availability?: Availability;
  private availabilityError?: MppApiError;
  /** @internal */ date?: string;
  /** @internal */ sessionId?: string;
  /** @internal */ identity: Identity = { ...EMPTY_IDENTITY };
  /** @internal */ errors: BookingErrors = {};
  /** @internal Why the last send failed; `retry` when sending again is the way on. */
  failure?: { message: string; retry?: boolean };
  /** @internal */ submitting = false;
  /** @internal */ booking?: Booking;
  /** @internal */ ticketMode: TicketMode = 'view';
  /** @internal */ ticketMessage?: TicketMessage;
  /** @internal Made by finish-steps.ts when a send is refused with 429. */
  countdown?: CountdownController;
  /** The flow's second half once loaded; `finishFailed` when its file could not be fetched. */
  private finish?: FinishSteps;
  private finishFailed = false;

  /** When an answer is changed from "check your answers", the resident goes back there, not onwards. */
  private returnToCheck = false;
  private abort?: AbortController;

  /** @internal */
  get t() {
    return strings.in(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = new URLSearchParams(location.search).get('layanan');
    if (!this.service && fromUrl) this.service = fromUrl;
    this.ownerDocument.addEventListener('mpp-service-book', this.onServiceBook);
    // The first touch, click or Tab into the widget fetches the second half: by the identity question it is here.
    for (const type of ['focusin', 'pointerdown']) this.addEventListener(type, this.loadFinish, { once: true });
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
   * Fetches the flow's second half (identity, check answers, sending, the ticket), once per page. A failed fetch
   * shows where the identity question would be, with "Try again"; nothing the resident chose is lost.
   */
  private readonly loadFinish = (): void => {
    if (this.finish) return;
    this.finishFailed = false;
    finishSteps ??= fetchFinishSteps();
    finishSteps.then(
      async (steps) => {
        // Its strings are a table of their own: on an English page, fetch their English first.
        if (this.language === 'en') await loadEnglish();
        this.finish = steps;
      },
      () => {
        finishSteps = undefined;
        this.finishFailed = true;
      },
    );
  };

  /** A finder on the same page chose "Book a visit": start here with that service (beside a ticket, offer it). */
  private readonly onServiceBook = (event: Event) => {
    // Taken here: the finder need not tell the resident that nothing on the page books.
    event.preventDefault();
    const { serviceId } = (event as CustomEvent<{ serviceId: string }>).detail;
    // A ticket means the second half is loaded: it made the booking.
    if (this.booking && this.ticketMode !== 'cancelled') this.finish!.offerAnotherVisit(this, serviceId);
    else this.startWith(serviceId);
    this.scrollIntoView({ block: 'start' });
  };

  /** @internal */
  startWith(serviceId: string): void {
    this.loadFinish();
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

  /** @internal */
  get currentService(): ServiceSummary | undefined {
    return this.services?.find((s) => s.id === this.serviceId);
  }

  /** @internal Steps the resident answers (the service question is skipped when the page chose the service). */
  get questions(): BookingStep[] {
    return this.service ? ['day', 'session', 'identity', 'check'] : ['service', 'day', 'session', 'identity', 'check'];
  }

  /** @internal Opens a step: its heading takes focus (GOV.UK), its data loads, and the page hears about it. */
  go(step: BookingStep, opts: { focus?: boolean } = {}): void {
    this.step = step;
    this.errors = {};
    if (step === 'day' || step === 'session') void this.loadAvailability();
    this.emit<BookingStepDetail>('mpp-booking-step', { step });
    if (opts.focus !== false) void this.moveFocus();
  }

  /** @internal After the next render, focus moves to `selector`: the step's heading unless said otherwise (GOV.UK). */
  async moveFocus(selector = '#step-heading'): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** @internal */
  async loadAvailability(): Promise<void> {
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

  /** @internal */
  resetFlow(): void {
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
    this.loadFinish();
    const errors = this.step === 'identity' ? this.finish!.identityErrors(this) : this.unanswered(this.step);
    if (this.showErrors(errors)) return;
    const order = this.questions;
    // Back to "check your answers" once the changed answer is complete again: a new service or day still needs
    // its day and session, so those follow the usual order.
    const following = this.returnToCheck && this.step === 'session' ? 'check' : order[order.indexOf(this.step) + 1];
    if (following === 'check') this.returnToCheck = false;
    this.go(following);
  }

  /** @internal The error of a choice question left unanswered (the first booking's and a move's alike). */
  unanswered(step: BookingStep): BookingErrors {
    const t = this.t;
    if (step === 'service' && !this.serviceId) return { service: t.serviceRequired };
    if (step === 'day' && !this.date) return { day: t.dayRequired };
    if (step === 'session' && !this.sessionId) return { session: t.sessionRequired };
    return {};
  }

  /** @internal Shows what to fix in the error summary, which takes focus (GOV.UK); false when there is nothing. */
  showErrors(errors: BookingErrors): boolean {
    this.errors = errors;
    const any = Object.keys(errors).length > 0;
    if (any) void focusErrorSummary(this);
    return any;
  }

  private back(): void {
    const order = this.questions;
    const previous = order[order.indexOf(this.step) - 1];
    if (previous) this.go(previous);
  }

  /** @internal */
  changeAnswer(step: BookingStep): void {
    this.returnToCheck = true;
    this.go(step);
  }

  override render(): TemplateResult {
    const t = this.t;
    if (!this.client) return notice({ tone: 'error', title: t.heading, message: t.notConfigured });
    return html`<div class="booking" lang=${this.language}>
      ${this.step === 'ticket' && this.booking ? this.finish!.ticket(this) : this.renderQuestion()}
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
      ${this.failure ? this.finish!.failureNotice(this) : nothing} ${this.renderProgress()}
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
      default:
        return this.renderFinishStep();
    }
  }

  /**
   * The identity and check questions: the heading is drawn here, so it holds focus while the second half loads
   * and then stays the same element under the questions that replace the placeholder.
   */
  private renderFinishStep(): TemplateResult {
    const t = this.t;
    const identity = this.step === 'identity';
    const finish = this.finish;
    if (!finish && !this.finishFailed) this.loadFinish();
    return html`${this.legend(identity ? t.identityQuestion : t.checkQuestion)}
    ${
      finish
        ? identity
          ? finish.identityView(this)
          : finish.checkView(this)
        : this.finishFailed
          ? notice({
              tone: 'error',
              title: t.finishError,
              message: t.finishErrorBody,
              action: { label: t.retry, onClick: this.loadFinish },
              live: 'assertive',
            })
          : skeleton({ label: t.finishLoading, rows: 5, size: 'tall' })
    }`;
  }

  /** @internal */
  continueButton(label = this.t.continue): TemplateResult {
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
      return html`${this.legend(t.serviceQuestion)}${skeleton({ label: t.servicesLoading, rows: 12, size: 'tall' })}`;
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

  /**
   * The day or session question: its radios, or while the schedule loads the same fieldset with rows of a
   * choice's height in their place (`count` of them), so nothing below moves when the choices come (CLS 0).
   */
  private choiceQuestion(
    o: { name: 'day' | 'session'; question: string; hint?: string; value?: string; count: number },
    choices: (availability: Availability) => Choice[],
    onChange: (value: string) => void,
    button = this.continueButton(),
  ): TemplateResult {
    const t = this.t;
    if (this.availabilityError) {
      return html`${this.legend(o.question)}
      ${notice({
        tone: 'error',
        title: t.availabilityError,
        message: errorMessage(this.availabilityError, this.language),
        action: { label: t.retry, onClick: () => void this.loadAvailability() },
        live: 'assertive',
      })}`;
    }
    const availability = this.availability;
    return html`
      ${radios({
        name: o.name,
        legend: this.legend(o.question),
        hint: o.hint,
        error: this.errors[o.name],
        errorPrefix: t.errorPrefix,
        choices: availability ? choices(availability) : [],
        placeholder: availability
          ? undefined
          : skeleton({ label: t.availabilityLoading, rows: o.count, size: 'choice' }),
        value: o.value,
        onChange,
      })}
      ${button}
    `;
  }

  /** @internal */
  renderDay(): TemplateResult {
    const t = this.t;
    // The service the page chose is named on the page already: waiting for the catalogue to name it again would
    // push the choices down as they show. One chosen here or in a finder is named.
    const named = this.serviceId !== this.service;
    const serviceName = named ? (this.currentService?.name ?? this.booking?.serviceName ?? '') : '';
    return this.choiceQuestion(
      {
        name: 'day',
        question: t.dayQuestion,
        hint: t.dayHint(serviceName),
        value: this.date,
        // The booking window: today and the 7 days after it.
        count: 8,
      },
      (a) => a.days.map((d) => dayChoice(d, t, this.language)),
      (v) => {
        if (v !== this.date) this.sessionId = undefined;
        this.date = v;
      },
    );
  }

  /** @internal */
  renderSession(): TemplateResult {
    const t = this.t;
    return this.choiceQuestion(
      {
        name: 'session',
        question: t.sessionQuestion,
        hint: this.date ? t.sessionHint(formatDate(this.date, this.language)) : undefined,
        value: this.sessionId,
        count: 5,
      },
      (a) => (a.days.find((d) => d.date === this.date)?.sessions ?? []).map((s) => sessionChoice(s, t, this.language)),
      (v) => (this.sessionId = v),
      this.continueButton(this.ticketMode === 'reschedule-session' && this.booking ? t.rescheduleConfirm : t.continue),
    );
  }
}
