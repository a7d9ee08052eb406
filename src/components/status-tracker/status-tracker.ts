// The status tracker element: wires the look-up (status-lookup.ts) to the page and draws the form and the result.
import { html, nothing, type PropertyDeclarations, type ReactiveElement, type TemplateResult } from 'lit';
import { MppElement } from '../../core/base-element.js';
import { formatAgo, formatTime } from '../../core/format.js';
import { errorMessage, notConnected } from '../../core/messages.js';
import { errorSummary, errorSummaryStyles, focusErrorSummary } from '../../internal/ui/error-summary.js';
import { formStyles } from '../../internal/ui/form-styles.js';
import { textField } from '../../internal/ui/field.js';
import { secondFactorField } from '../../internal/ui/second-factor-field.js';
import { heading } from '../../internal/ui/heading.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import { summaryListStyles } from '../../internal/ui/summary-list-styles.js';
import { widgetStyles } from '../../internal/ui/widget-styles.js';
import { StatusLookup, type StatusLookupHost } from './status-lookup.js';
import { strings } from './strings.js';
import { trackerStyles } from './styles.js';
import { loadElement } from '../../core/lazy-element.js';
import { lower, secondFactorWords } from '../../core/second-factor.js';
import type { SurveyOffer } from './views.js';

export type { StatusResultDetail } from './status-lookup.js';

/**
 * Where does my booking or application stand? A code of any format (`POST /lookup` answers its kind: a booking or an
 * application) and the second factor the MPP chose (`GET /config`: the last 4 digits of the NIK or of the mobile
 * number, or the date of birth), asked in its words. A booking shows its state and, on the day, the live queue, refreshed
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
 * @attr booking-page - Address of the page with `<mpp-queue-booking>`: a booking whose day the MPP closed links there
 *   (with `?layanan=` set to its service) so the resident chooses another day.
 * @attr refresh-interval - Seconds between refreshes of the live queue (default 20; doubled after each failure, up
 *   to 5 minutes).
 * @attr heading-level - Level of the widget's headings, 1–6 (default 2).
 * @attr theme - `light` (default), `dark`, or `auto`.
 * @attr {'lazy' | 'eager'} loading - Accepted like the other widgets' (`lazy` by default, `eager`); the tracker asks
 *   the API only for its small `GET /config` (to word the second factor) before the resident looks up a code, so
 *   both behave the same.
 *
 * @fires mpp-status-result - A booking or application was found. `detail: { kind, status }`.
 * @fires mpp-error - A request failed, or the widget cannot work on this page as set up: once per failure, besides what residents read. `detail: { code, retryable }` — the contract's problem code (`session_full`, `rate_limited`, `origin_not_allowed`, …) or the client's (`network_error`, `timeout`, `invalid_response`, `not_api`, `no_api_base`), and whether trying again may succeed. Never personal data; for a set-up only the webmaster can fix, the console says what to fix.
 *
 * @csspart heading - Every heading.
 * @csspart field - A text field; `input` its input.
 * @csspart error-summary - The list of what to fix.
 * @csspart notice - State messages (not found, error, offline).
 * @csspart badge - A state in words.
 * @csspart closure - Why a booking's day was closed, and where to choose another.
 * @csspart queue - The live queue.
 * @csspart queue-number - The resident's queue number.
 * @csspart timeline - The application's steps.
 *
 * @cssprop --mpp-color-primary - Buttons, links, current step.
 * @cssprop --mpp-font-family - Typeface.
 */
export class MppStatusTracker extends MppElement implements StatusLookupHost {
  static override properties: PropertyDeclarations = {
    code: { reflect: true },
    bookingPage: { attribute: 'booking-page' },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
  };

  static override styles = [widgetStyles, summaryListStyles, formStyles, errorSummaryStyles, trackerStyles];

  /** Booking code or application number to prefill. */
  code = '';
  /** Seconds between refreshes of the live queue. */
  refreshInterval = 20;
  /** The booking page, where a resident whose day was closed books another. */
  bookingPage?: string;

  /** What the resident typed, the look-up in flight, its result and the live queue's refreshes. */
  private readonly lookup = new StatusLookup(this);

  /** The satisfaction survey under a served booking. */
  private survey: SurveyOffer = 'offered';

  private get t() {
    return strings.in(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = new URLSearchParams(location.search).get('kode');
    if (!this.code && fromUrl) this.code = fromUrl;
  }

  /** @internal */
  moveFocus(target: 'result' | 'errors' | 'code'): void {
    // Focus waits for the render of the state that asked for it.
    this.requestUpdate();
    if (target === 'errors') {
      void focusErrorSummary(this);
      return;
    }
    const selector = target === 'result' ? '#result-heading' : '#code';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  override render(): TemplateResult {
    const t = this.t;
    if (!this.client) return notice({ tone: 'error', title: t.heading, message: notConnected(this) });
    return html`<div class="tracker" lang=${this.language}>
      ${this.lookup.result ? this.renderResult() : this.renderForm()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.lookup.announcement}</div>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const lookup = this.lookup;
    return html`
      ${errorSummary({ title: t.errorSummary, errors: lookup.errors, headingLevel: this.headingLevelAt(0), root: this.renderRoot as ShadowRoot })}
      ${heading(this.headingLevelAt(0), t.heading)} ${this.renderFailure()}
      <form
        class="lookup"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          this.survey = 'offered';
          void lookup.submit();
        }}
      >
        ${textField({
          id: 'code',
          label: t.code,
          hint: t.codeHint,
          error: lookup.errors.code,
          value: this.code,
          autocomplete: 'off',
          required: true,
          errorPrefix: t.errorPrefix,
          onInput: (v) => (this.code = v),
        })}
        ${secondFactorField(lookup.factor, {
          lang: this.language,
          error: lookup.errors.last4,
          required: true,
          errorPrefix: t.errorPrefix,
        })}
        <button
          type="submit"
          class="button"
          aria-disabled=${lookup.looking || lookup.countdown.seconds ? 'true' : 'false'}
        >
          ${t.submit}
        </button>
      </form>
      ${lookup.looking ? skeleton({ label: t.looking, rows: 4 }) : nothing}
    `;
  }

  /** Loads the survey's own file and opens it in place; its heading takes focus, as the button it replaces had. */
  private async openSurvey(): Promise<void> {
    if (this.survey === 'loading') return;
    this.survey = 'loading';
    this.requestUpdate();
    try {
      await loadElement('mpp-satisfaction-survey');
      this.survey = 'open';
      this.requestUpdate();
      await this.updateComplete;
      const survey = this.renderRoot.querySelector('mpp-satisfaction-survey') as ReactiveElement | null;
      await survey?.updateComplete;
      survey?.shadowRoot?.querySelector<HTMLElement>('#survey-heading')?.focus();
    } catch {
      this.survey = 'failed';
    }
    this.requestUpdate();
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const t = this.t;
    const lookup = this.lookup;
    const f = lookup.failure;
    if (!f) return nothing;
    if (f.code === 'not_found')
      return notice({
        tone: 'error',
        title: t.notFoundTitle,
        message: t.notFoundBody(lower(secondFactorWords.in(this.language)[this.lookup.factor.kind][0])),
        live: 'assertive',
      });
    if (f.code === 'rate_limited') {
      // The alert says how long, once; the seconds tick visibly below it, not in the resident's ears.
      return html`<div role="alert">
          ${notice({
            tone: 'warning',
            title: t.waitTitle,
            message: html`<span class="visually-hidden">${t.wait(lookup.countdown.from)}</span>`,
          })}
        </div>
        <p class="countdown" aria-live="off">${t.wait(lookup.countdown.seconds)}</p>`;
    }
    return notice({
      tone: 'error',
      title: t.errorTitle,
      message: errorMessage(f, this),
      action: f.retryable ? { label: t.retry, onClick: () => void lookup.lookup({ first: true }) } : undefined,
      live: 'assertive',
    });
  }

  private renderResult(): TemplateResult {
    const t = this.t;
    const lookup = this.lookup;
    const r = lookup.result!;
    const { applicationView, bookingView } = lookup.views!;
    const context = {
      t,
      lang: this.language,
      level: this.headingLevelAt(0),
      bookingPage: this.bookingPage,
      survey: this.survey,
      apiBase: this.client?.baseUrl,
      openSurvey: () => void this.openSurvey(),
      now: lookup.now,
    };
    return html`
      ${
        lookup.stale
          ? notice({
              tone: 'warning',
              title: t.offlineTitle,
              message: t.offlineBody(formatTime(new Date(lookup.updatedAt), this.language)),
            })
          : nothing
      }
      <div class="result">
        ${
          r.kind === 'booking'
            ? bookingView(r.data, context, formatAgo(lookup.updatedAt, this.language, lookup.now))
            : applicationView(r.data, context)
        }
      </div>
      <p><button type="button" class="link" @click=${() => lookup.reset()}>${t.another}</button></p>
    `;
  }
}
