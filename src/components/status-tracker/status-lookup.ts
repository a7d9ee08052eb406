// The status tracker's state: what the resident typed, the look-up in flight, the result, and the live queue's
// polling (paused in hidden tabs, slower after failures). The element (status-tracker.ts) draws it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lookupStatus } from '../../api/operations.js';
import { MppApiError } from '../../api/errors.js';
import type { MppTransport } from '../../api/transport.js';
import type { Application, Booking } from '../../api/types.js';
import type { Lang } from '../../core/i18n.js';
import { SecondFactor, secondFactorWords } from '../../core/second-factor.js';
import { CountdownController } from '../../internal/ui/countdown.js';
import { strings } from './strings.js';
import { reportFailure } from '../../core/messages.js';

export type ResultViews = typeof import('./views.js');
let viewsFile: Promise<ResultViews> | undefined;

/**
 * The result's views: not needed for the form, so a file of their own, fetched with the first look-up (beside its
 * answer, so they add no wait). A failed fetch is forgotten and fails as a dropped connection does.
 */
function loadViews(): Promise<ResultViews> {
  return (viewsFile ??= import('./views.js').catch(() => {
    viewsFile = undefined;
    throw new MppApiError({ status: 0, code: 'network_error' });
  }));
}

/** `mpp-status-result`: what kind of thing was found and its state; never the code's owner. */
export interface StatusResultDetail {
  kind: 'booking' | 'application';
  status: string;
}

export type LookupResult = { kind: 'booking'; data: Booking } | { kind: 'application'; data: Application };

/** A code of any system's format (the contract's `Code`): what it names, the server's answer says. */
const CODE = /^[A-Z0-9][A-Z0-9._-]{2,63}$/i;
const LIVE_STATUSES = new Set(['booked', 'checked_in', 'serving']);
const MAX_BACKOFF_S = 300;

/**
 * What the resident typed, tidied: spaces removed and typographic dashes made hyphens. Case is kept: the MPP's own
 * codes match in any case, and another system's may not.
 */
export function normaliseCode(input: string): string {
  return input.replace(/\s+/g, '').replace(/[–—]/g, '-');
}

/** What the look-up needs from its element: the API, the language, the code field, events and focus. */
export interface StatusLookupHost extends ReactiveControllerHost {
  readonly client: MppTransport | undefined;
  readonly language: Lang;
  /** The code field's value (also the element's `code` attribute). */
  code: string;
  /** Seconds between refreshes of the live queue. */
  readonly refreshInterval: number;
  emit<T>(name: `mpp-${string}`, detail: T): boolean;
  /** After the next render, focus the result's heading, the error summary, or the code field. */
  moveFocus(target: 'result' | 'errors' | 'code'): void;
}

/**
 * Looks up a booking or an application and keeps a live booking fresh: one look-up at a time, refreshed every
 * `refreshInterval` seconds while the page is visible and the visit may still change, doubling the wait after
 * each failure, and saying once (politely) when the status or the queue ahead changes.
 */
export class StatusLookup implements ReactiveController {
  errors: { code?: string; last4?: string } = {};
  /** The MPP's kind of second factor (`GET /config`, asked after the first render) and what the resident typed. */
  readonly factor: SecondFactor;
  /** The first look-up is on its way (refreshes do not show it). */
  looking = false;
  result?: LookupResult;
  failure?: MppApiError;
  /** When the result was last fetched, and whether a refresh has failed since (offline). */
  updatedAt = 0;
  stale = false;
  announcement = '';
  /** The result's views, once their file has come (with the first result). */
  views?: ResultViews;
  /** The clock the "updated … ago" line and the queue words read, ticking while the result is live. */
  now = Date.now();
  /** Seconds left before a rate-limited resident may look up again. */
  readonly countdown: CountdownController;

  private timer?: ReturnType<typeof setTimeout>;
  private ticker?: ReturnType<typeof setInterval>;
  private failures = 0;
  private abort?: AbortController;

  constructor(private readonly host: StatusLookupHost) {
    host.addController(this);
    this.countdown = new CountdownController(host);
    this.factor = new SecondFactor(host);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopPolling();
    this.abort?.abort();
  }

  /** Checks both fields; shows what to fix in the error summary (which takes focus) and answers false if any. */
  private validate(): boolean {
    const t = strings.in(this.host.language);
    const code = normaliseCode(this.host.code);
    const errors: typeof this.errors = {};
    if (!code) errors.code = t.codeRequired;
    else if (!CODE.test(code)) errors.code = t.codeFormat;
    if (!this.factor.answer) errors.last4 = secondFactorWords.in(this.host.language)[this.factor.kind][2];
    this.errors = errors;
    this.host.requestUpdate();
    if (Object.keys(errors).length) {
      this.host.moveFocus('errors');
      return false;
    }
    this.host.code = code;
    return true;
  }

  /** "Look up": a new look-up, unless one is on its way, the resident must wait, or an answer needs fixing. */
  async submit(): Promise<void> {
    if (this.countdown.seconds || this.looking) return;
    // The kind was asked at the first render; if that failed (offline), ask again, and check by what is known now.
    void this.factor.ask();
    if (!this.validate()) return;
    this.stopPolling();
    this.result = undefined;
    this.failures = 0;
    await this.lookup({ first: true });
  }

  /** One look-up. The first one shows progress and moves focus to the result; refreshes only update it. */
  async lookup({ first = false } = {}): Promise<void> {
    const client = this.host.client;
    if (!client) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    if (first) {
      this.looking = true;
      this.failure = undefined;
      this.host.requestUpdate();
    }
    const code = this.host.code;
    try {
      // The booking's service named in the page's language (where the catalogue translates it).
      const opts = { signal: abort.signal, lang: this.host.language };
      const verifier = this.factor.answer ?? '';
      const [data, views] = await Promise.all([lookupStatus(client, { code, verifier }, opts), loadViews()]);
      this.views = views;
      const next = (
        data.kind === 'application' ? { kind: data.kind, data } : { kind: 'booking', data }
      ) as LookupResult;
      this.announceChange(this.result, next);
      this.result = next;
      this.failure = undefined;
      this.stale = false;
      this.failures = 0;
      this.updatedAt = this.now = Date.now();
      if (first) {
        // The code as its system writes it (the resident may have typed it in another case).
        this.host.code = data.kind === 'application' ? data.number : data.code;
        this.host.emit<StatusResultDetail>('mpp-status-result', { kind: next.kind, status: next.data.status });
        this.host.moveFocus('result');
      }
    } catch (error) {
      const e = error as MppApiError;
      if (e.code === 'aborted') return;
      reportFailure(this.host, e);
      if (this.result && e.retryable) {
        // Keep showing what we had, with its time; try again later, less often.
        this.stale = e.isNetwork;
        this.failures++;
      } else {
        this.failure = e;
        this.result = undefined;
        // The end of the wait is heard too: the button works again.
        if (e.code === 'rate_limited')
          this.countdown.start(e.retryAfter ?? 30, () => {
            this.failure = undefined;
            this.announcement = strings.in(this.host.language).waitOver;
          });
      }
    } finally {
      if (first) this.looking = false;
      this.schedule();
      this.host.requestUpdate();
    }
  }

  /** A polite announcement when something a resident waits for changes — once per change, not once per refresh. */
  private announceChange(before: LookupResult | undefined, after: LookupResult): void {
    if (!before || before.kind !== 'booking' || after.kind !== 'booking') return;
    const t = strings.in(this.host.language);
    if (before.data.status !== after.data.status) {
      // Called: which counter to go to is what the resident needs to hear.
      this.announcement =
        after.data.status === 'serving'
          ? t.yourTurn(after.data.queue?.calledTo?.name)
          : t.announceStatus(t.bookingStatus[after.data.status]);
    } else if (
      // Before check-in the resident is in no queue: the people ahead are theirs to hear only once checked in.
      after.data.status === 'checked_in' &&
      after.data.queue &&
      before.data.queue?.ahead !== after.data.queue.ahead
    ) {
      this.announcement = t.announceAhead(after.data.queue.ahead);
    }
  }

  /** Whether the result is a visit happening today that may still change. */
  get live(): boolean {
    const r = this.result;
    return r?.kind === 'booking' && !!r.data.queue && LIVE_STATUSES.has(r.data.status);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.live || document.visibilityState === 'hidden') {
      this.stopTicker();
      return;
    }
    const seconds = Math.min(MAX_BACKOFF_S, Math.max(5, this.host.refreshInterval) * 2 ** this.failures);
    this.timer = setTimeout(() => void this.lookup(), seconds * 1000);
    this.ticker ??= setInterval(() => {
      this.now = Date.now();
      this.host.requestUpdate();
    }, 1000);
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

  /** "Look up another": back to an empty form, the code kept, focus on it. */
  reset(): void {
    this.stopPolling();
    this.result = undefined;
    this.failure = undefined;
    this.factor.value = '';
    this.host.requestUpdate();
    this.host.moveFocus('code');
  }
}
