// The booking element: wires the booking flow (booking-flow.ts) to the page and draws its first half (service,
// day, session); the second half's views come with finish-steps.ts once the resident starts.
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Availability } from '../../api/types.js';
import { MppElement } from '../../core/base-element.js';
import { formatDate } from '../../core/format.js';
import { loadEnglish } from '../../core/i18n.js';
import { errorMessage, notConnected } from '../../core/messages.js';
import { errorSummary, errorSummaryStyles } from '../../internal/ui/error-summary.js';
import { formStyles } from '../../internal/ui/form-styles.js';
import { heading } from '../../internal/ui/heading.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import { widgetStyles } from '../../internal/ui/widget-styles.js';
import { BookingFlow, type BookingFlowHost, type ScheduleChoices } from './booking-flow.js';
import { radios, type Choice } from './choices.js';
import type { BookingView } from './finish-steps.js';
import { loadFinishSteps, type FinishSteps } from './second-half.js';
import { serviceQuestion } from './service-question.js';
import { strings } from './strings.js';
import { bookingStyles } from './styles.js';

export type { BookingCancelledDetail, BookingConfirmedDetail, BookingStep, BookingStepDetail } from './booking-flow.js';

export { setFinishStepsFetch } from './second-half.js';

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
 * @attr {'lazy' | 'eager'} loading - `lazy` (default): more than a screen below the viewport, the widget asks for its
 *   data only when the resident scrolls within a screen of it. `eager`: at once, wherever it is.
 *
 * @fires mpp-booking-step - A step opened. `detail: { step }`.
 * @fires mpp-booking-confirmed - The booking exists. `detail: { code, serviceId, date, sessionStart }`.
 * @fires mpp-booking-cancelled - The booking was cancelled. `detail: { code }`.
 * @fires mpp-error - A request failed, or the widget cannot work on this page as set up: once per failure, besides what residents read. `detail: { code, retryable }` — the contract's problem code (`session_full`, `rate_limited`, `origin_not_allowed`, …) or the client's (`network_error`, `timeout`, `invalid_response`, `not_api`, `no_api_base`), and whether trying again may succeed. Never personal data; for a set-up only the webmaster can fix, the console says what to fix.
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
export class MppQueueBooking extends MppElement implements BookingFlowHost {
  static override properties: PropertyDeclarations = {
    service: { reflect: true },
  };

  static override styles = [widgetStyles, formStyles, errorSummaryStyles, bookingStyles];

  /** Preselected service id; the first question is then skipped. */
  service?: string;

  /** What the resident has answered, the step, and the requests in flight. */
  private readonly flow = new BookingFlow<FinishSteps>(this, async () => {
    const steps = await loadFinishSteps();
    // Its strings are a table of their own: on an English page, fetch their English first.
    if (this.language === 'en') await loadEnglish();
    return steps;
  });

  private readonly loadSecondHalf = () => this.flow.loadSecondHalf();

  private get t() {
    return strings.in(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = new URLSearchParams(location.search).get('layanan');
    if (!this.service && fromUrl) this.service = fromUrl;
    this.ownerDocument.addEventListener('mpp-service-book', this.onServiceBook);
    // The first touch, click or Tab into the widget fetches the second half: by the identity question it is here.
    for (const type of ['focusin', 'pointerdown']) this.addEventListener(type, this.loadSecondHalf, { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('mpp-service-book', this.onServiceBook);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const flow = this.flow;
    if (changed.has('service') && this.service && this.service !== flow.serviceId && !flow.booking) {
      flow.send({ type: 'start', serviceId: this.service }, { focus: false });
    }
  }

  /** A finder on the same page chose "Book a visit": start here with that service (beside a ticket, offer it). */
  private readonly onServiceBook = (event: Event) => {
    // Taken here: the finder need not tell the resident that nothing on the page books.
    event.preventDefault();
    const { serviceId } = (event as CustomEvent<{ serviceId: string }>).detail;
    const flow = this.flow;
    // A ticket means the second half is loaded: it made the booking.
    if (flow.booking && flow.ticketMode !== 'cancelled') flow.secondHalf!.offerAnotherVisit(flow, serviceId);
    else flow.startWith(serviceId);
    this.scrollIntoView({ block: 'start' });
  };

  protected override apiConfigured(): void {
    super.apiConfigured();
    this.flow.apiConfigured();
  }

  /** @internal After the next render, focus moves to the step's heading (GOV.UK) or `target` (`.error-summary`, …). */
  moveFocus(target = 'heading'): void {
    // Focus waits for the render of the state that asked for it.
    this.requestUpdate();
    const selector = target === 'heading' ? '#step-heading' : target;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  override render(): TemplateResult {
    const t = this.t;
    if (!this.client) return notice({ tone: 'error', title: t.heading, message: notConnected(this) });
    const flow = this.flow;
    return html`<div class="booking" lang=${this.language}>
      ${flow.step === 'ticket' && flow.booking ? flow.secondHalf!.ticket(this.view()) : this.renderQuestion()}
    </div>`;
  }

  /** What the second half's views are given: the flow, and the pieces of the first half they draw too. */
  private view(): BookingView {
    return {
      flow: this.flow,
      lang: this.language,
      level: this.headingLevelAt(0),
      t: this.t,
      root: this.renderRoot as ShadowRoot,
      continueButton: (label) => this.continueButton(label),
      dayQuestion: () => this.renderDay(),
      sessionQuestion: (button) => this.renderSession(button),
    };
  }

  private renderQuestion(): TemplateResult {
    const t = this.t;
    const flow = this.flow;
    const first = flow.questions[0] === flow.step;
    return html`
      ${errorSummary({ title: t.errorSummary, errors: flow.errors, headingLevel: this.headingLevelAt(0), root: this.renderRoot as ShadowRoot })}
      ${flow.failure ? flow.secondHalf!.failureNotice(this.view()) : nothing}
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          // "Check your answers" sends with its own button, never by a submit.
          if (flow.step !== 'check') flow.next();
        }}
      >
        ${this.renderStep()}
      </form>
      ${
        first
          ? nothing
          : html`<p>
              <button type="button" class="link" @click=${() => flow.send({ type: 'back' })}>
                <span aria-hidden="true">←</span> ${t.back}
              </button>
            </p>`
      }
    `;
  }

  /** The step's heading, with "Langkah 2 dari 5" as its caption (GOV.UK): heard when the heading takes focus. */
  private legend(text: string): TemplateResult {
    const order = this.flow.questions;
    const n = order.indexOf(this.flow.step) + 1;
    return heading(
      this.headingLevelAt(0),
      html`${n ? html`<span class="progress" part="progress">${this.t.progress(n, order.length)}</span>` : nothing}
      ${text}`,
      { id: 'step-heading', focusable: true },
    );
  }

  private renderStep(): TemplateResult {
    switch (this.flow.step) {
      case 'service':
        return serviceQuestion({
          flow: this.flow,
          t: this.t,
          lang: this.language,
          legend: (text) => this.legend(text),
          continueButton: () => this.continueButton(),
        });
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
    const flow = this.flow;
    const identity = flow.step === 'identity';
    const finish = flow.secondHalf;
    if (!finish && !flow.secondHalfFailed) flow.loadSecondHalf();
    return html`${this.legend(identity ? t.identityQuestion : t.checkQuestion)}
    ${
      finish
        ? identity
          ? finish.identityView(this.view())
          : finish.checkView(this.view())
        : flow.secondHalfFailed
          ? notice({
              tone: 'error',
              title: t.finishError,
              message: t.finishErrorBody,
              action: { label: t.retry, onClick: this.loadSecondHalf },
              live: 'assertive',
            })
          : skeleton({ label: t.finishLoading, rows: 8, size: 'choice' })
    }`;
  }

  private continueButton(label = this.t.continue): TemplateResult {
    return html`<button type="submit" class="button" ?disabled=${this.flow.submitting}>${label}</button>`;
  }

  /**
   * The day or session question: its radios, or while the schedule loads the same fieldset with rows of a
   * choice's height in their place (`count` of them), so nothing below moves when the choices come (CLS 0).
   */
  private choiceQuestion(
    o: { name: 'day' | 'session'; question: string; hint?: string; value?: string; count: number },
    choices: (availability: Availability, schedule: ScheduleChoices) => Choice[],
    button = this.continueButton(),
  ): TemplateResult {
    const t = this.t;
    const flow = this.flow;
    if (flow.availabilityError) {
      return html`${this.legend(o.question)}
      ${notice({
        tone: 'error',
        title: t.availabilityError,
        message: errorMessage(flow.availabilityError, this),
        action: { label: t.retry, onClick: () => void flow.loadAvailability() },
        live: 'assertive',
      })}`;
    }
    // The choices come with their file (schedule-choices.ts), fetched beside the schedule: one waits for both.
    const availability = flow.availability;
    const schedule = flow.schedule;
    return html`
      ${radios({
        name: o.name,
        legend: this.legend(o.question),
        hint: o.hint,
        error: flow.errors[o.name],
        errorPrefix: t.errorPrefix,
        choices: availability && schedule ? choices(availability, schedule) : [],
        placeholder:
          availability && schedule
            ? undefined
            : skeleton({ label: t.availabilityLoading, rows: o.count, size: 'choice' }),
        value: o.value,
        onChange: (v) => flow.choose(o.name, v),
      })}
      ${button}
    `;
  }

  private renderDay(): TemplateResult {
    const t = this.t;
    const flow = this.flow;
    // The service the page chose is named on the page already: waiting for the catalogue to name it again would
    // push the choices down as they show. One chosen here or in a finder is named.
    const named = flow.serviceId !== this.service;
    const serviceName = named ? (flow.currentService?.name ?? flow.booking?.serviceName ?? '') : '';
    return this.choiceQuestion(
      {
        name: 'day',
        question: t.dayQuestion,
        // Which days can be booked, the list itself shows (closed, full or not yet open are marked): a sentence
        // naming the window would go wrong when an MPP sets another one.
        hint: serviceName ? t.dayHint(serviceName) : undefined,
        value: flow.date,
        // The booking window: today and the 7 days after it.
        count: 8,
      },
      (a, s) =>
        a.days.map((d) => s.dayChoice(d, a.days, s.scheduleStrings.in(this.language), this.language, flow.openingIn)),
    );
  }

  private renderSession(button?: string): TemplateResult {
    const t = this.t;
    const flow = this.flow;
    return this.choiceQuestion(
      {
        name: 'session',
        question: t.sessionQuestion,
        hint: flow.date ? t.sessionHint(formatDate(flow.date, this.language)) : undefined,
        value: flow.sessionId,
        count: 5,
      },
      (a, c) =>
        (a.days.find((d) => d.date === flow.date)?.sessions ?? []).map((s) =>
          c.sessionChoice(s, c.scheduleStrings.in(this.language), this.language),
        ),
      this.continueButton(button),
    );
  }
}
