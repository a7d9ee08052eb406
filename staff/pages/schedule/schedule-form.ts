// The schedule page's state and moves: the service's week as a draft of text the administrator types, checked by the
// rules core (the same `scheduleErrors` the server runs) before it is sent, and the server's refusals mapped back to
// the fields. A Lit ReactiveController with no DOM of its own.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MppApiError } from '../../../src/api/errors.js';
import { scheduleErrors } from '../../../src/rules/index.js';
import type { ScheduleApi, ServiceSchedule, ServiceScheduleChange } from '../calendar-api.js';

/** A session as typed: text, until it is sent. */
export interface DraftSession {
  start: string;
  end: string;
  quota: string;
}

/** The week being edited: `days[0]` is Monday … `days[6]` Sunday. */
export interface Draft {
  opensAt: string;
  days: DraftSession[][];
}

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

/** The id of a session's input, which the error summary links to: `d1-s0-start` (Monday's first session). */
export const fieldId = (weekday: number, index: number, field: keyof DraftSession) => `d${weekday}-s${index}-${field}`;

/** A field error's path (`weekdays/0/sessions/1/end`, `windowOpensAt`) as the id of its input. */
export function fieldOfPath(path: string): string {
  const session = /^weekdays[/.](\d+)[/.]sessions[/.](\d+)[/.](start|end|quota)$/.exec(path);
  if (session) return fieldId(Number(session[1]) + 1, Number(session[2]), session[3] as keyof DraftSession);
  if (path === 'windowOpensAt') return 'opens-at';
  const day = /^weekdays[/.](\d+)/.exec(path);
  return day ? `d${Number(day[1]) + 1}-add` : 'opens-at';
}

const draftOf = (s: ServiceSchedule): Draft => ({
  opensAt: s.windowOpensAt ?? '',
  days: [1, 2, 3, 4, 5, 6, 7].map(
    (d) =>
      s.weekdays
        .find((w) => w.weekday === d)
        ?.sessions.map((x) => ({ start: x.start, end: x.end, quota: String(x.quota) })) ?? [],
  ),
});

/** The draft as the contract's change: every weekday in order, quotas as numbers (`NaN` when not one). */
export const changeOf = (draft: Draft): ServiceScheduleChange => ({
  windowOpensAt: draft.opensAt.trim() || null,
  weekdays: draft.days.map((sessions, i) => ({
    weekday: i + 1,
    sessions: sessions.map((s) => ({
      start: s.start.trim(),
      end: s.end.trim(),
      quota: /^\d+$/.test(s.quota.trim()) ? Number(s.quota.trim()) : Number.NaN,
    })),
  })),
});

export class ScheduleForm implements ReactiveController {
  serviceId = '';
  state: LoadState = 'idle';
  schedule?: ServiceSchedule;
  draft: Draft = { opensAt: '', days: [[], [], [], [], [], [], []] };
  /** Messages by field id, shown beside each field and in the error summary. */
  errors: Record<string, string> = {};
  /** The server's refusal of a change that would drop bookings, one line per session and date. */
  conflicts: string[] = [];
  /** A failure to load or save that is not about a field (network, server). */
  failure?: string;
  saving = false;
  saved = false;
  private loads = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The API, once the shell has handed the page its client. */
    private readonly apiOf: () => ScheduleApi | undefined,
    /** Called after a submit that found errors (the page focuses the error summary). */
    private readonly onInvalid: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Loads a service's week; a later load replaces an earlier one still in flight. */
  async load(serviceId: string): Promise<void> {
    const api = this.apiOf();
    if (!api || !serviceId) return;
    const load = ++this.loads;
    Object.assign(this, { serviceId, state: 'loading', errors: {}, conflicts: [], failure: undefined, saved: false });
    this.host.requestUpdate();
    try {
      const schedule = await api.getSchedule(serviceId);
      if (load !== this.loads) return;
      Object.assign(this, { schedule, draft: draftOf(schedule), state: 'ready' });
    } catch (error) {
      if (load !== this.loads) return;
      Object.assign(this, { state: 'failed', failure: messageOf(error) });
    }
    this.host.requestUpdate();
  }

  private edit(change: (draft: Draft) => void) {
    change(this.draft);
    this.saved = false;
    this.host.requestUpdate();
  }

  setOpensAt(value: string) {
    this.edit((d) => (d.opensAt = value));
  }
  setField(weekday: number, index: number, field: keyof DraftSession, value: string) {
    this.edit((d) => (d.days[weekday - 1]![index]![field] = value));
  }
  /** A new session after the day's last one (an hour long, the quota of the one before). */
  addSession(weekday: number) {
    this.edit((d) => {
      const day = d.days[weekday - 1]!;
      const last = day.at(-1);
      day.push({ start: last?.end ?? '08:00', end: '', quota: last?.quota ?? '10' });
    });
  }
  removeSession(weekday: number, index: number) {
    this.edit((d) => d.days[weekday - 1]!.splice(index, 1));
  }

  /** Checks the week with the rules core, then sends it; the server's refusals land on the fields. */
  async save(): Promise<void> {
    const api = this.apiOf();
    if (!api || this.saving) return;
    const change = changeOf(this.draft);
    this.errors = errorsOf(scheduleErrors(change));
    this.conflicts = [];
    this.failure = undefined;
    if (Object.keys(this.errors).length) {
      this.host.requestUpdate();
      this.onInvalid();
      return;
    }
    this.saving = true;
    this.host.requestUpdate();
    try {
      const schedule = await api.replaceSchedule(this.serviceId, change);
      Object.assign(this, { schedule, draft: draftOf(schedule), saved: true });
    } catch (error) {
      if (error instanceof MppApiError && error.status === 422) {
        this.errors = errorsOf(error.fieldErrors);
        this.onInvalid();
      } else if (error instanceof MppApiError && error.code === 'conflict') {
        this.conflicts = error.fieldErrors.map((e) => e.message);
      } else this.failure = messageOf(error);
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }
}

const errorsOf = (errors: readonly { field: string; message: string }[]) => {
  const out: Record<string, string> = {};
  for (const e of errors) out[fieldOfPath(e.field)] ??= e.message;
  return out;
};

const messageOf = (error: unknown) =>
  error instanceof MppApiError
    ? (error.detail ?? (error.isNetwork ? 'Tidak ada sambungan ke server.' : `Kesalahan server (${error.status}).`))
    : 'Terjadi kesalahan.';
