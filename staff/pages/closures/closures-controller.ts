// The closures page's state and moves: the list of closed days, a new closure (its answers, then the count of the
// bookings it would mark, then the closure), and reopening a day. A Lit ReactiveController with no DOM of its own.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MppApiError } from '../../../src/api/errors.js';
import { isCalendarDate } from '../../../src/rules/index.js';
import type { Closure, ClosureImpact, ClosuresApi } from '../calendar-api.js';
import { strings as t } from './strings.js';

export type ClosureKind = 'closure' | 'holiday' | 'cuti_bersama';
export type Step = 'form' | 'check';

/** The answers of a new closure; `scope` is an agency's id, or '' for the whole MPP. */
export interface ClosureAnswers {
  date: string;
  scope: string;
  kind: ClosureKind;
  reason: string;
}

export class ClosuresController implements ReactiveController {
  list: Closure[] = [];
  listState: 'loading' | 'ready' | 'failed' = 'loading';
  answers: ClosureAnswers = { date: '', scope: '', kind: 'closure', reason: '' };
  step: Step = 'form';
  impact?: ClosureImpact;
  errors: Record<string, string> = {};
  busy = false;
  /** What just happened, for the success notice. */
  done?: string;
  failure?: string;
  /** The closure whose reopening waits for a yes. */
  reopening?: Closure;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The API, once the shell has handed the page its client. */
    private readonly apiOf: () => ClosuresApi | undefined,
    private readonly onInvalid: () => void,
    /** The step's heading takes focus when the step changes (GOV.UK). */
    private readonly onStep: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(changes: Partial<ClosuresController>) {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  async load(): Promise<void> {
    const api = this.apiOf();
    if (!api) return;
    this.set({ listState: 'loading' });
    try {
      this.set({ list: (await api.listClosures()).items, listState: 'ready' });
    } catch (error) {
      this.set({ listState: 'failed', failure: messageOf(error) });
    }
  }

  answer<K extends keyof ClosureAnswers>(key: K, value: ClosureAnswers[K]) {
    this.answers = { ...this.answers, [key]: value };
    // A holiday or cuti bersama closes the whole MPP: choosing an agency makes it a closure.
    if (key === 'scope' && value) this.answers.kind = 'closure';
    this.set({ done: undefined });
  }

  /** Checks the answers, then asks the server how many bookings the closure would mark. */
  async check(): Promise<void> {
    const api = this.apiOf();
    if (!api || this.busy) return;
    const { date, reason } = this.answers;
    const errors: Record<string, string> = {};
    if (!isCalendarDate(date.trim())) errors['closure-date'] = t.dateRequired;
    if (reason.trim().length < 3) errors['closure-reason'] = t.reasonRequired;
    this.set({ errors, failure: undefined });
    if (Object.keys(errors).length) return this.onInvalid();
    this.set({ busy: true });
    try {
      const impact = await api.previewClosure(date.trim(), this.answers.scope || null);
      this.set({ impact, step: 'check' });
      this.onStep();
    } catch (error) {
      this.fail(error);
    } finally {
      this.set({ busy: false });
    }
  }

  back() {
    this.set({ step: 'form', impact: undefined });
    this.onStep();
  }

  /** Closes the day; its bookings are marked by the server in the same step. */
  async confirm(): Promise<void> {
    const api = this.apiOf();
    if (!api || this.busy) return;
    const { date, scope, kind, reason } = this.answers;
    this.set({ busy: true, failure: undefined });
    try {
      const made = await api.createClosure({
        date: date.trim(),
        kind,
        name: reason.trim(),
        ...(scope ? { agencyId: scope } : {}),
      });
      this.set({
        done: t.closed(made.closure.date, made.closedBookings),
        step: 'form',
        impact: undefined,
        answers: { date: '', scope, kind: 'closure', reason: '' },
      });
      this.onStep();
      await this.load();
    } catch (error) {
      this.fail(error);
      if (error instanceof MppApiError && error.status === 422) this.back();
    } finally {
      this.set({ busy: false });
    }
  }

  askReopen(closure: Closure | undefined) {
    this.set({ reopening: closure, done: undefined });
  }

  async reopen(): Promise<void> {
    const api = this.apiOf();
    const closure = this.reopening;
    if (!api || !closure || this.busy) return;
    this.set({ busy: true, failure: undefined });
    try {
      await api.deleteClosure(closure.id);
      this.set({ reopening: undefined, done: t.reopened(closure.date) });
      await this.load();
    } catch (error) {
      this.fail(error);
    } finally {
      this.set({ busy: false });
    }
  }

  private fail(error: unknown) {
    if (error instanceof MppApiError && error.status === 422) {
      const errors: Record<string, string> = {};
      for (const e of error.fieldErrors)
        errors[e.field === 'name' ? 'closure-reason' : e.field === 'kind' ? 'closure-kind-closure' : 'closure-date'] ??=
          e.message;
      this.set({ errors });
      this.onInvalid();
    } else this.set({ failure: messageOf(error) });
  }
}

const messageOf = (error: unknown) =>
  error instanceof MppApiError
    ? (error.detail ?? (error.isNetwork ? 'Tidak ada sambungan ke server.' : `Kesalahan server (${error.status}).`))
    : 'Terjadi kesalahan.';
