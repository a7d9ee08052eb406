import { lookupApplication, lookupBooking } from '../../api/operations.js';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { MppApiError } from '../../api/errors.js';
import type { Application, Booking } from '../../api/types.js';
import { MppElement } from '../../core/base-element.js';
import { formatAgo, formatTime } from '../../core/format.js';
import { errorMessage } from '../../core/messages.js';
import { errorSummary, errorSummaryStyles, focusErrorSummary } from '../../internal/ui/error-summary.js';
import { textField } from '../../internal/ui/field.js';
import { CountdownController } from '../../internal/ui/countdown.js';
import { heading } from '../../internal/ui/heading.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import { widgetStyles } from '../../internal/ui/widget-styles.js';
import { strings } from './strings.js';
import { trackerStyles } from './styles.js';
import { applicationView, bookingView } from './views.js';

/** `mpp-status-result`: what kind of thing was found and its state; never the code's owner. */
export interface StatusResultDetail {
  kind: 'booking' | 'application';
  status: string;
}

type Result = { kind: 'booking'; data: Booking } | { kind: 'application'; data: Application };

const BOOKING_CODE = /^RSV-[2-9A-HJ-NP-Z]{8}$/;
const APPLICATION_NUMBER = /^PMH-\d{4}-\d{6}$/;
const LIVE_STATUSES = new Set(['booked', 'checked_in', 'serving']);
const MAX_BACKOFF_S = 300;

/** What the resident typed, tidied: upper case, spaces and look-alike separators removed. */
function normaliseCode(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, '').replace(/[–—_]/g, '-');
}

/**
 * Where does my booking or application stand? A code (booking `RSV-…` or application `PMH-…`; the kind follows from
 * the format) and the last 4 digits of the NIK. A booking shows its state and, on the day, the live queue, refreshed
 * while the page is visible; an application shows its steps with dates and its deadline.
 *
 * @tagname mpp-status-tracker
 * @summary Look up a booking (with the live queue) or an application (with its steps).
 *
 * @attr api-base - Base URL of the MPP API (else `configure()`, else the loading script's `data-api-base`).
 * @attr {'id' | 'en'} lang - `id` (default) or `en`; else the nearest `[lang]`, else `<html lang>`.
 * @attr code - Prefill the code; else `?kode=` in the page URL. The second factor is never read from or written to
 *   a URL.
 * @attr agency - Accepted like on the other widgets, but not a filter: codes are unique across the MPP, and residents
 *   paste codes from any agency's page.
 * @attr refresh-interval - Seconds between refreshes of the live queue (default 20; doubled after each failure, up
 *   to 5 minutes).
 * @attr heading-level - Level of the widget's headings, 1–6 (default 2).
 * @attr theme - `light` (default), `dark`, or `auto`.
 *
 * @fires mpp-status-result - A booking or application was found. `detail: { kind, status }`.
 *
 * @csspart heading - Every heading.
 * @csspart field - A text field; `input` its input.
 * @csspart error-summary - The list of what to fix.
 * @csspart notice - State messages (not found, error, offline).
 * @csspart badge - A state in words.
 * @csspart queue - The live queue.
 * @csspart queue-number - The resident's queue number.
 * @csspart timeline - The application's steps.
 *
 * @cssprop --mpp-color-primary - Buttons, links, current step.
 * @cssprop --mpp-font-family - Typeface.
 */
export class MppStatusTracker extends MppElement {
  static override properties: PropertyDeclarations = {
    code: { reflect: true },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    last4: { state: true },
    errors: { state: true },
    looking: { state: true },
    result: { state: true },
    failure: { state: true },
    updatedAt: { state: true },
    stale: { state: true },
    announcement: { state: true },
    now: { state: true },
  };

  static override styles = [widgetStyles, errorSummaryStyles, trackerStyles];

  /** Booking code or application number to prefill. */
  code = '';
  /** Seconds between refreshes of the live queue. */
  refreshInterval = 20;

  private last4 = '';
  private errors: { code?: string; last4?: string } = {};
  private looking = false;
  private result?: Result;
  private failure?: MppApiError;
  private updatedAt = 0;
  private stale = false;
  private announcement = '';
  private now = Date.now();

  private timer?: ReturnType<typeof setTimeout>;
  private ticker?: ReturnType<typeof setInterval>;
  private failures = 0;
  private abort?: AbortController;
  /** Seconds left before a rate-limited resident may look up again. */
  private readonly countdown = new CountdownController(this);

  private get t() {
    return strings.in(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = new URLSearchParams(location.search).get('kode');
    if (!this.code && fromUrl) this.code = fromUrl;
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopPolling();
    this.abort?.abort();
  }

  private validate(): boolean {
    const t = this.t;
    const code = normaliseCode(this.code);
    const errors: typeof this.errors = {};
    if (!code) errors.code = t.codeRequired;
    else if (!BOOKING_CODE.test(code) && !APPLICATION_NUMBER.test(code)) errors.code = t.codeFormat;
    if (!/^\d{4}$/.test(this.last4.trim())) errors.last4 = t.last4Format;
    this.errors = errors;
    if (Object.keys(errors).length) {
      void focusErrorSummary(this);
      return false;
    }
    this.code = code;
    return true;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.countdown.seconds || this.looking || !this.validate()) return;
    this.stopPolling();
    this.result = undefined;
    this.failures = 0;
    await this.lookup({ first: true });
  }

  /** One look-up. The first one shows progress and moves focus to the result; refreshes only update it. */
  private async lookup({ first = false } = {}): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    if (first) {
      this.looking = true;
      this.failure = undefined;
    }
    try {
      const opts = { signal: abort.signal };
      const last4 = this.last4.trim();
      const next: Result = BOOKING_CODE.test(this.code)
        ? { kind: 'booking', data: await lookupBooking(client, { code: this.code, nikLast4: last4 }, opts) }
        : { kind: 'application', data: await lookupApplication(client, { number: this.code, verifier: last4 }, opts) };
      this.announceChange(this.result, next);
      this.result = next;
      this.failure = undefined;
      this.stale = false;
      this.failures = 0;
      this.updatedAt = Date.now();
      if (first) {
        this.emit<StatusResultDetail>('mpp-status-result', { kind: next.kind, status: next.data.status });
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
      }
    } catch (error) {
      const e = error as MppApiError;
      if (e.code === 'aborted') return;
      if (this.result && e.retryable) {
        // Keep showing what we had, with its time; try again later, less often.
        this.stale = e.isNetwork;
        this.failures++;
      } else {
        this.failure = e;
        this.result = undefined;
        if (e.code === 'rate_limited') this.countdown.start(e.retryAfter ?? 30, () => (this.failure = undefined));
      }
    } finally {
      if (first) this.looking = false;
      this.schedule();
    }
  }

  /** A polite announcement when something a resident waits for changes — once per change, not once per refresh. */
  private announceChange(before: Result | undefined, after: Result): void {
    if (!before || before.kind !== 'booking' || after.kind !== 'booking') return;
    const t = this.t;
    if (before.data.status !== after.data.status) {
      this.announcement = t.announceStatus(t.bookingStatus[after.data.status]);
    } else if (after.data.queue && before.data.queue?.ahead !== after.data.queue.ahead) {
      this.announcement = t.announceAhead(after.data.queue.ahead);
    }
  }

  /** Whether the result is a visit happening today that may still change. */
  private get live(): boolean {
    const r = this.result;
    return r?.kind === 'booking' && !!r.data.queue && LIVE_STATUSES.has(r.data.status);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.live || document.visibilityState === 'hidden') {
      this.stopTicker();
      return;
    }
    const seconds = Math.min(MAX_BACKOFF_S, Math.max(5, this.refreshInterval) * 2 ** this.failures);
    this.timer = setTimeout(() => void this.lookup(), seconds * 1000);
    this.ticker ??= setInterval(() => (this.now = Date.now()), 1000);
  }

  private stopTicker(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private stopPolling(): void {
    clearTimeout(this.timer);
    this.stopTicker();
  }

  /** Hidden tabs cost the resident's data and battery: pause, and refresh at once on return. */
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.stopPolling();
    else if (this.live) void this.lookup();
  };

  private reset(): void {
    this.stopPolling();
    this.result = undefined;
    this.failure = undefined;
    this.last4 = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#code')?.focus());
  }

  override render(): TemplateResult {
    const t = this.t;
    if (!this.client) return notice({ tone: 'error', title: t.heading, message: t.notConfigured });
    return html`<div class="tracker" lang=${this.language}>
      ${this.result ? this.renderResult() : this.renderForm()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    return html`
      ${errorSummary({ title: t.errorSummary, errors: this.errors, headingLevel: this.headingLevelAt(0), root: this.renderRoot as ShadowRoot })}
      ${heading(this.headingLevelAt(0), t.heading)} ${this.renderFailure()}
      <form class="lookup" novalidate @submit=${(e: Event) => void this.submit(e)}>
        ${textField({
          id: 'code',
          label: t.code,
          hint: t.codeHint,
          error: this.errors.code,
          value: this.code,
          autocomplete: 'off',
          errorPrefix: t.errorPrefix,
          onInput: (v) => (this.code = v),
        })}
        ${textField({
          id: 'last4',
          label: t.last4,
          hint: t.last4Hint,
          error: this.errors.last4,
          value: this.last4,
          inputmode: 'numeric',
          autocomplete: 'off',
          size: 'short',
          maxlength: 4,
          errorPrefix: t.errorPrefix,
          onInput: (v) => (this.last4 = v),
        })}
        <button type="submit" class="button" aria-disabled=${this.looking || this.countdown.seconds ? 'true' : 'false'}>
          ${t.submit}
        </button>
      </form>
      ${this.looking ? skeleton({ label: t.looking, rows: 4 }) : nothing}
    `;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const t = this.t;
    const f = this.failure;
    if (!f) return nothing;
    if (f.code === 'not_found')
      return notice({ tone: 'error', title: t.notFoundTitle, message: t.notFoundBody, live: 'assertive' });
    if (f.code === 'rate_limited') {
      // The countdown is read once when it appears; the seconds tick visibly, not in the resident's ears.
      return html`<div role="alert">${notice({ tone: 'warning', title: t.waitTitle })}</div>
        <p class="countdown" aria-live="off">${t.wait(this.countdown.seconds)}</p>`;
    }
    return notice({
      tone: 'error',
      title: t.errorTitle,
      message: errorMessage(f, this.language),
      action: f.retryable ? { label: t.retry, onClick: () => void this.lookup({ first: true }) } : undefined,
      live: 'assertive',
    });
  }

  private renderResult(): TemplateResult {
    const t = this.t;
    const r = this.result!;
    const context = { t, lang: this.language, level: this.headingLevelAt(0) };
    return html`
      ${
        this.stale
          ? notice({
              tone: 'warning',
              title: t.offlineTitle,
              message: t.offlineBody(formatTime(new Date(this.updatedAt), this.language)),
            })
          : nothing
      }
      <div class="result">
        ${
          r.kind === 'booking'
            ? bookingView(r.data, context, formatAgo(this.updatedAt, this.language, this.now))
            : applicationView(r.data, context)
        }
      </div>
      <p><button type="button" class="link" @click=${() => this.reset()}>${t.another}</button></p>
    `;
  }
}
