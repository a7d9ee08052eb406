// Applications (permohonan): look-up by number and second factor, and the operator's step changes.
import type { Application } from '../src/api/types.js';
import {
  deadlineAfterWorkingDays,
  isOverdue,
  secondFactorMatches,
  workingDaysPaused,
  type MppClock,
  type Refusal,
} from '../src/rules/index.js';
import { httpSource } from './adapters/http-source.js';
import { storeSource } from './adapters/store-source.js';
import type { ApplicationSource } from './adapters/types.js';
import type { Catalogue } from './catalogue.js';
import type { ServerConfig } from './config.js';
import { fail, ProblemError, refuse, tooMany } from './problems.js';
import type { AttemptCap } from './rate-limit.js';
import type { ApplicationRecord, BookingStore } from './store/types.js';

/** An officer's change of an application (the contract's `advanceApplication` body). */
type ChangeRequest = { action: 'advance' | 'reject' | 'pause' | 'resume'; note?: string | undefined };

/** The days from `from` on (`days` of them) on which the MPP is closed by a holiday or cuti bersama. */
async function closedDays(store: BookingStore, clock: MppClock, from: string, days: number): Promise<Set<string>> {
  const dates = Array.from({ length: Math.max(0, days) }, (_, i) => clock.addDays(from, i));
  const holidays = await Promise.all(dates.map((d) => store.holiday(d)));
  return new Set(holidays.flatMap((h) => (h ? [h.date] : [])));
}

/** The date `workingDays` working days after `from`, with the MPP's closed days. */
async function deadlineAfter(store: BookingStore, clock: MppClock, from: string, workingDays: number) {
  // Every day the count can reach: working days plus weekends, with room for a long run of holidays.
  const closed = await closedDays(store, clock, clock.addDays(from, 1), workingDays * 2 + 21);
  return deadlineAfterWorkingDays(clock, from, workingDays, (d) => closed.has(d));
}

/** The application's sources in the order they are asked: the agency systems configured, then the MPP's store. */
function applicationSources(store: BookingStore, clock: MppClock, catalogue: Catalogue, config: ServerConfig) {
  const log = (entry: Record<string, unknown>) => {
    if (config.log) console.warn(JSON.stringify({ t: new Date().toISOString(), ...entry }));
  };
  const mapping = {
    clock,
    serviceOf(id: string) {
      try {
        const service = catalogue.getService(id);
        return { counter: service.counter, agencyName: service.agency.name };
      } catch (error) {
        if (error instanceof ProblemError) return undefined;
        throw error;
      }
    },
    deadlineAfter: (received: string, workingDays: number) => deadlineAfter(store, clock, received, workingDays),
  };
  return [...config.applicationSources.map((remote) => httpSource(remote, mapping, log)), storeSource(store)];
}

export function createApplications({
  store,
  clock,
  catalogue,
  attemptCap,
  config,
  sources = applicationSources(store, clock, catalogue, config),
}: {
  store: BookingStore;
  clock: MppClock;
  catalogue: Catalogue;
  attemptCap: AttemptCap;
  config: ServerConfig;
  sources?: ApplicationSource[];
}) {
  const sourceOf = (number: string) => sources.find((s) => s.handles(number))!;

  function toApplication(record: ApplicationRecord, now: number, staleSince?: number): Application {
    const service = catalogue.getService(record.serviceId);
    return {
      kind: 'application',
      ...record,
      serviceName: service.name,
      agencyId: service.agencyId,
      agencyName: service.agency.name,
      overdue: isOverdue(record, clock.dateOf(now)),
      complaints: service.complaints,
      ...(staleSince === undefined ? {} : { asOf: clock.isoLocal(staleSince) }),
    };
  }

  async function lookup(typed: string, verifier: string, now: number): Promise<Application> {
    const source = sourceOf(typed);
    const number = source.normalise(typed);
    // An unreachable system is not a wrong guess: it gives the attempt back like a match does.
    const { value: answer, wait } = await attemptCap(`application:${number}`, async () => {
      const answer = await source.find(number, now);
      if (answer.kind === 'unavailable') return answer;
      // An application keeps only the NIK's last 4 digits: under another kind of factor nothing matches (see
      // docs/deployment.md, MPP_SECOND_FACTOR), which fails like a wrong factor.
      const { nikLast4 } = answer.kind === 'found' ? answer.application : { nikLast4: '' };
      const kept = { nikLast4, phone: '', nikBirth: '' };
      return answer.kind === 'found' && secondFactorMatches(config.secondFactor, kept, verifier) ? answer : undefined;
    });
    if (wait) tooMany(wait);
    if (!answer) fail(404, 'not_found', { detail: 'Periksa kembali nomor permohonan dan 4 angka terakhir NIK.' });
    if (answer.kind === 'unavailable')
      fail(
        503,
        'unavailable',
        { detail: 'Sistem instansi yang memegang permohonan ini sedang tidak dapat dihubungi.' },
        { 'Retry-After': String(answer.retryAfterSeconds) },
      );
    const { nikLast4: _omit, ...record } = answer.application;
    return toApplication(record, now, answer.staleSince);
  }

  /**
   * The application after an officer's action: the current step done and the next begun, a rejection, a pause
   * waiting for the resident, or the end of one (`resumed`: the pause it ends and the deadline moved on by it).
   */
  function next(
    current: ApplicationRecord,
    { action, note }: ChangeRequest,
    at: string,
    resumed?: { since: string; deadline: string | undefined },
  ): ApplicationRecord | Refusal {
    if (current.status === 'completed' || current.status === 'rejected')
      return { status: 409, code: 'application_closed' };
    if (action === 'resume') {
      if (!current.pause) return { status: 409, code: 'application_not_paused' };
      // Another officer changed the pause between the read that moved the deadline and this change.
      if (current.pause.since !== resumed?.since) return { status: 409, code: 'conflict' };
      const { pause: _ended, ...running } = current;
      return resumed.deadline ? { ...running, deadline: resumed.deadline } : running;
    }
    if (current.pause) return { status: 409, code: 'application_paused' };
    if (action === 'pause') {
      if (!note?.trim())
        return {
          status: 422,
          code: 'validation_failed',
          errors: [{ field: 'note', code: 'required', message: 'Tuliskan apa yang ditunggu dari pemohon.' }],
        };
      return { ...current, pause: { since: at, reason: note.trim() } };
    }
    const steps = current.steps.map((s) => ({ ...s }));
    const index = steps.findIndex((s) => s.status === 'current');
    if (action === 'reject') {
      const step = steps[index === -1 ? steps.length - 1 : index]!;
      Object.assign(step, { status: 'rejected', completedAt: at, ...(note ? { note } : {}) });
      return {
        ...current,
        steps,
        status: 'rejected',
        rejectionReason: note || 'Permohonan ditolak. Hubungi loket untuk keterangan.',
        nextStep: 'Ajukan permohonan baru dengan berkas yang sudah diperbaiki.',
      };
    }
    if (current.status === 'ready')
      return { ...current, steps, status: 'completed', nextStep: 'Hasil layanan sudah diambil. Terima kasih.' };
    if (index !== -1) Object.assign(steps[index]!, { status: 'done', completedAt: at });
    const following = steps.findIndex((s) => s.status === 'pending');
    if (following !== -1) {
      Object.assign(steps[following]!, { status: 'current', startedAt: at });
      return { ...current, steps, nextStep: note || `Tahap berikutnya: ${steps[following]!.name}.` };
    }
    return {
      ...current,
      steps,
      status: 'ready',
      collection: current.collection ?? {
        place: catalogue.getService(current.serviceId).counter,
        instructions: 'Bawa KTP-el asli dan tanda terima permohonan.',
      },
      nextStep: 'Hasil layanan sudah dapat diambil.',
    };
  }

  /** Refuses a change to an application that an agency's system holds: staff change it there, not here. */
  function assertChangeable(number: string): void {
    const source = sourceOf(number);
    if (!source.changeable)
      fail(409, 'application_external', {
        detail: `Permohonan ini dikelola di ${source.name}; ubah statusnya di sana.`,
      });
  }

  async function change(number: string, request: ChangeRequest, now: number): Promise<Application> {
    const at = clock.isoLocal(now);
    // Resuming moves the deadline on by the working days paused, which needs the closed days: they are read first,
    // and the change is refused if the pause they were read for is no longer the stored one.
    let resumed: { since: string; deadline: string | undefined } | undefined;
    if (request.action === 'resume') {
      const stored = await store.application(number);
      if (stored?.pause) {
        const pausedOn = stored.pause.since.slice(0, 10);
        const resumedOn = at.slice(0, 10);
        const closed = await closedDays(store, clock, pausedOn, clock.daysBetween(pausedOn, resumedOn));
        const days = workingDaysPaused(clock, pausedOn, resumedOn, (d) => closed.has(d));
        resumed = {
          since: stored.pause.since,
          deadline: stored.deadline && (await deadlineAfter(store, clock, stored.deadline, days)),
        };
      }
    }
    const result = await store.changeApplication(number, at, (current) => next(current, request, at, resumed));
    if (!result) fail(404, 'not_found');
    if ('code' in result) refuse(result);
    return toApplication(result, now);
  }

  return { lookup, change, assertChangeable };
}
