// The satisfaction survey element: wires its state (survey-state.ts) to the page and draws the phase it is in.
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { MppElement } from '../../core/base-element.js';
import { errorMessage, notConnected } from '../../core/messages.js';
import { lower, secondFactorWords } from '../../core/second-factor.js';
import { errorSummary, errorSummaryStyles, focusErrorSummary } from '../../internal/ui/error-summary.js';
import { textField } from '../../internal/ui/field.js';
import { formStyles } from '../../internal/ui/form-styles.js';
import { heading, subLevel } from '../../internal/ui/heading.js';
import { secondFactorField } from '../../internal/ui/second-factor-field.js';
import { notice } from '../../internal/ui/notice.js';
import { widgetStyles } from '../../internal/ui/widget-styles.js';
import { SURVEY_ELEMENTS, SURVEY_PROFILE, SURVEY_SUGGESTION_MAX } from '../../rules/survey.js';
import { strings } from './strings.js';
import { SurveyState, type SurveyHost } from './survey-state.js';
import { surveyStyles } from './styles.js';
import { radioQuestion, suggestionField } from './views.js';

export type { SurveySentDetail } from './survey-state.js';

/**
 * The public satisfaction survey (Survei Kepuasan Masyarakat) of PermenPANRB 14/2017 after a served visit: the
 * nine elements on the regulation's four-point scale, the optional respondent profile (sex, education,
 * occupation, age) and a suggestion. One answer per visit, stored without the booking or the person.
 *
 * Which visit it answers for: `<mpp-status-tracker>` opens it with the token of the resident's own look-up of a
 * served booking. Placed alone, it asks for the booking code and the second factor the MPP chose first (`GET
 * /config`: the last 4 digits of the NIK or of the mobile number, or the date of birth, in the tracker's words;
 * the same look-up, rate limited and capped like the tracker's); the factor is dropped once the token comes, and
 * the token is kept in memory only.
 *
 * @tagname mpp-satisfaction-survey
 * @summary The SKM survey after a served visit: nine questions, an optional profile, a suggestion; once per visit.
 *
 * @attr api-base - Base URL of the MPP API (else `configure()`, else the loading script's `data-api-base`).
 * @attr {'id' | 'en'} lang - `id` (default) or `en`; else the nearest `[lang]`, else `<html lang>`.
 * @attr code - Prefill the booking code (placed alone). The second factor is never read from an attribute or a URL.
 * @attr heading-level - Level of the widget's headings, 1–6 (default 2).
 * @attr theme - `light` (default), `dark`, or `auto`.
 * @prop {string | undefined} token - The survey token of a served visit (`Booking.surveyToken`), as the tracker
 *   hands it over; skips the code and second-factor step. Never put it in a URL or storage.
 *
 * @fires mpp-survey-sent - The answer was stored. `detail: {}` — nothing about the visit or the person.
 * @fires mpp-error - A request failed. `detail: { code, retryable }` (`survey_answered` for a visit answered before).
 *
 * @csspart heading - Every heading.
 * @csspart question - A question's fieldset.
 * @csspart field - A text field or the suggestion; `input` its input.
 * @csspart error-summary - The list of what to fix.
 * @csspart notice - State messages (sent, answered, not open yet, failure).
 *
 * @cssprop --mpp-color-primary - Buttons, links, radios.
 * @cssprop --mpp-font-family - Typeface.
 */
export class MppSatisfactionSurvey extends MppElement implements SurveyHost {
  static override properties: PropertyDeclarations = {
    code: { reflect: true },
    token: { attribute: false },
  };

  static override styles = [widgetStyles, formStyles, errorSummaryStyles, surveyStyles];

  /** Booking code to prefill when the survey is placed alone. */
  code = '';
  /** The survey token of a served visit, from the resident's look-up. */
  token?: string;

  private readonly state = new SurveyState(this);

  private get t() {
    return strings.in(this.language);
  }

  /** @internal */
  moveFocus(target: 'errors' | 'heading'): void {
    this.requestUpdate();
    if (target === 'errors') {
      void focusErrorSummary(this);
      return;
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#survey-heading')?.focus());
  }

  override render(): TemplateResult {
    const t = this.t;
    if (!this.client) return notice({ tone: 'error', title: t.heading, message: notConnected(this) });
    const phase = this.state.phase;
    const level = this.headingLevelAt(0);
    const title = (text: string) => heading(level, text, { id: 'survey-heading', focusable: true });
    const ended = (tone: 'success' | 'info', head: string, body: string) =>
      html`${title(head)}${notice({ tone, title: head, message: body })}`;
    return html`<div class="survey" lang=${this.language}>
      ${
        phase === 'sent'
          ? html`<div class="panel">
              ${title(t.sentTitle)}
              <p>${t.sentBody}</p>
            </div>`
          : phase === 'answered'
            ? ended('info', t.answeredTitle, t.answeredBody)
            : phase === 'not_served'
              ? ended('info', t.notServedTitle, t.notServedBody)
              : html`${errorSummary({
                  title: t.errorSummary,
                  errors: this.state.errors,
                  headingLevel: level,
                  root: this.renderRoot as ShadowRoot,
                })}
                ${title(t.heading)} ${this.renderFailure()}
                ${phase === 'verify' ? this.renderVerify() : this.renderForm()}`
      }
      <div class="visually-hidden" role="status" aria-live="polite">
        ${this.state.busy ? (phase === 'verify' ? t.checking : t.sending) : ''}
      </div>
    </div>`;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const t = this.t;
    const f = this.state.failure;
    if (!f) return nothing;
    if (f.code === 'not_found')
      return notice({
        tone: 'error',
        title: t.notFoundTitle,
        message: t.notFoundBody(this.factorName),
        live: 'assertive',
      });
    const retry = () => void (this.state.phase === 'verify' ? this.state.verify() : this.state.submit());
    return notice({
      tone: 'error',
      title: this.state.phase === 'form' ? t.failedTitle : t.notFoundTitle,
      message: html`${errorMessage(f, this)} ${this.state.phase === 'form' ? t.failedBody : ''}`,
      action: f.retryable || f.isNetwork ? { label: t.retry, onClick: retry } : undefined,
      live: 'assertive',
    });
  }

  private submitButton(label: string): TemplateResult {
    return html`<button type="submit" class="button" aria-disabled=${this.state.busy ? 'true' : 'false'}>
      ${label}
    </button>`;
  }

  /** The MPP's second factor inside a sentence ("4 angka terakhir nomor HP", "tanggal lahir"). */
  private get factorName(): string {
    return lower(secondFactorWords.in(this.language)[this.state.factor.kind][0]);
  }

  private renderVerify(): TemplateResult {
    const t = this.t;
    const s = this.state;
    return html`<p>${t.verifyIntro(this.factorName)}</p>
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          void s.verify();
        }}
      >
        ${textField({
          id: 'code',
          label: t.code,
          hint: t.codeHint,
          error: s.errors.code,
          value: this.code,
          autocomplete: 'off',
          errorPrefix: t.errorPrefix,
          onInput: (v) => (this.code = v),
        })}
        ${secondFactorField(s.factor, { lang: this.language, error: s.errors.last4, errorPrefix: t.errorPrefix })}
        ${this.submitButton(t.verify)}
      </form>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const s = this.state;
    return html`<p>${t.intro}</p>
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          void s.submit();
        }}
      >
        ${SURVEY_ELEMENTS.map((e, i) => {
          const q = t.elements[e]!;
          return radioQuestion({
            name: e,
            legend: html`<span class="question__name">${t.elementCount(i + 1)} · ${q.name}</span>${q.question}`,
            options: q.options,
            values: [1, 2, 3, 4],
            value: s.scores[e],
            error: s.errors[`${e}-1`],
            errorPrefix: t.errorPrefix,
            onChange: (v) => s.score(e, Number(v)),
          });
        })}
        ${heading(subLevel(this.headingLevelAt(0)), t.profileHeading)}
        <p class="field__hint">${t.profileHint}</p>
        ${(Object.keys(SURVEY_PROFILE) as (keyof typeof SURVEY_PROFILE)[]).map((field) =>
          radioQuestion({
            name: field,
            legend: html`${t.profile[field]!.label}<span class="field__optional">${` ${t.optional}`}</span>`,
            options: t.profile[field]!.options,
            values: SURVEY_PROFILE[field],
            value: s.profile[field],
            errorPrefix: t.errorPrefix,
            onChange: (v) => s.setProfile(field, v),
          }),
        )}
        ${suggestionField({
          label: t.suggestion,
          hint: t.suggestionHint(SURVEY_SUGGESTION_MAX),
          optional: t.optional,
          value: s.suggestion,
          max: SURVEY_SUGGESTION_MAX,
          left: t.charactersLeft,
          error: s.errors.suggestion,
          errorPrefix: t.errorPrefix,
          onInput: (v) => s.set('suggestion', v),
        })}
        ${this.submitButton(t.submit)}
      </form>`;
  }
}
