// The survey's state: which visit it answers for (a token, or the resident's code and second factor to get one), the
// answers, their errors, the request in flight and its outcome. The element (satisfaction-survey.ts) draws it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MppApiError } from '../../api/errors.js';
import { lookupStatus, submitSurvey } from '../../api/operations.js';
import type { MppTransport } from '../../api/transport.js';
import type { SurveyAnswer } from '../../api/types.js';
import type { Lang } from '../../core/i18n.js';
import { reportFailure } from '../../core/messages.js';
import { SecondFactor, secondFactorWords } from '../../core/second-factor.js';
import { SURVEY_ELEMENTS, SURVEY_SUGGESTION_MAX, type SurveyElement } from '../../rules/survey.js';
import { strings } from './strings.js';

/** `mpp-survey-sent`: an answer was stored. Nothing about the visit or the person. */
export type SurveySentDetail = Record<string, never>;

/** What the survey shows: the visit to prove, the questions, or how it ended. */
export type SurveyPhase = 'verify' | 'form' | 'sent' | 'answered' | 'not_served';

type Profile = NonNullable<SurveyAnswer['profile']>;

/** What the state needs from its element: the API, the language, the visit, events and focus. */
export interface SurveyHost extends ReactiveControllerHost {
  readonly client: MppTransport | undefined;
  readonly language: Lang;
  /** The right to answer, from the resident's look-up of the served visit (kept in memory only). */
  token?: string;
  /** The booking code typed (or given by the page) when the survey has no token. */
  code: string;
  emit<T>(name: `mpp-${string}`, detail: T): boolean;
  /** After the next render, focus the error summary or the heading of what is shown now. */
  moveFocus(target: 'errors' | 'heading'): void;
}

export class SurveyState implements ReactiveController {
  scores: Partial<Record<SurveyElement, number>> = {};
  profile: Profile = {};
  suggestion = '';
  /** Placed alone: the MPP's kind of second factor, as the tracker asks it (`GET /config`), and what was typed. */
  readonly factor: SecondFactor;
  /** Messages by field id (the first radio of a question, `suggestion`, `code`, `last4`: the second factor). */
  errors: Record<string, string> = {};
  /** A request is on its way (checking the visit, or sending). */
  busy = false;
  failure?: MppApiError;
  private outcome?: 'sent' | 'answered' | 'not_served';
  private abort?: AbortController;

  constructor(private readonly host: SurveyHost) {
    host.addController(this);
    this.factor = new SecondFactor(host);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  get phase(): SurveyPhase {
    return this.outcome ?? (this.host.token ? 'form' : 'verify');
  }

  private get t() {
    return strings.in(this.host.language);
  }

  /** Changes one answer (a score, a profile field, the suggestion) and draws again. */
  set(key: 'suggestion', value: string): void {
    this[key] = value;
    this.host.requestUpdate();
  }
  score(element: SurveyElement, value: number): void {
    this.scores = { ...this.scores, [element]: value };
    this.host.requestUpdate();
  }
  setProfile(field: keyof Profile, value: string): void {
    this.profile = { ...this.profile, [field]: value };
    this.host.requestUpdate();
  }

  private showErrors(errors: Record<string, string>): boolean {
    this.errors = errors;
    this.host.requestUpdate();
    if (Object.keys(errors).length) this.host.moveFocus('errors');
    return !Object.keys(errors).length;
  }

  /** Placed alone: the resident's code and second factor find the served visit and its token. */
  async verify(): Promise<void> {
    const t = this.t;
    const code = this.host.code.replace(/\s+/g, '');
    if (this.busy) return;
    // The kind was asked at the first render; if that failed (offline), ask again, and check by what is known now.
    void this.factor.ask();
    const verifier = this.factor.answer;
    const errors: Record<string, string> = {};
    if (!code) errors.code = t.codeRequired;
    if (!verifier) errors.last4 = secondFactorWords.in(this.host.language)[this.factor.kind][2];
    if (!this.showErrors(errors)) return;
    const found = await this.request((client, signal) =>
      lookupStatus(client, { code, verifier: verifier! }, { signal }),
    );
    if (!found) return;
    // The factor has done its work: it is not kept.
    this.factor.value = '';
    if (found.kind === 'booking' && found.surveyToken) this.host.token = found.surveyToken;
    else this.outcome = found.kind === 'booking' && found.status === 'done' ? 'answered' : 'not_served';
    this.host.moveFocus('heading');
  }

  /** Checks the answers (every element, the suggestion's length) and sends them once. */
  async submit(): Promise<void> {
    const t = this.t;
    if (this.busy || !this.host.token) return;
    const errors: Record<string, string> = {};
    for (const e of SURVEY_ELEMENTS) if (!this.scores[e]) errors[`${e}-1`] = t.chooseOne(t.elements[e]!.name);
    if (this.suggestion.length > SURVEY_SUGGESTION_MAX) errors.suggestion = t.suggestionTooLong(SURVEY_SUGGESTION_MAX);
    if (!this.showErrors(errors)) return;
    const body: SurveyAnswer = { token: this.host.token, scores: this.scores as SurveyAnswer['scores'] };
    if (Object.keys(this.profile).length) body.profile = this.profile;
    if (this.suggestion.trim()) body.suggestion = this.suggestion.trim();
    const sent = await this.request((client, signal) => submitSurvey(client, body, { signal }), true);
    if (!sent) return;
    this.outcome = 'sent';
    this.host.emit<SurveySentDetail>('mpp-survey-sent', {});
    this.host.moveFocus('heading');
  }

  /** One request at a time; a refusal that ends the survey becomes its outcome, any other a failure to show. */
  private async request<T>(
    send: (client: MppTransport, signal: AbortSignal) => Promise<T>,
    sending = false,
  ): Promise<T | undefined> {
    const client = this.host.client;
    if (!client) return undefined;
    const abort = (this.abort = new AbortController());
    this.busy = true;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      return await send(client, abort.signal);
    } catch (error) {
      const e = error as MppApiError;
      if (e.code === 'aborted') return undefined;
      reportFailure(this.host, e);
      if (sending && e.code === 'survey_answered') {
        this.outcome = 'answered';
        this.host.moveFocus('heading');
      } else this.failure = e;
      return undefined;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
