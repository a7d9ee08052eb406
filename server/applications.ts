// Applications (permohonan): look-up by number and second factor, and the operator's step changes.
import type { Application } from '../src/api/types.js';
import { deadlineAfterWorkingDays, isOverdue, type MppClock, type Refusal } from '../src/rules/index.js';
import { httpSource } from './adapters/http-source.js';
import { storeSource } from './adapters/store-source.js';
import type { ApplicationSource } from './adapters/types.js';
import type { Catalogue } from './catalogue.js';
import type { ServerConfig } from './config.js';
import { fail, ProblemError, refuse, tooMany } from './problems.js';
import type { AttemptCap } from './rate-limit.js';
import type { ApplicationRecord, BookingStore } from './store/types.js';

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
    async deadlineAfter(received: string, workingDays: number) {
      // Every day the count can reach: working days plus weekends, with room for a long run of holidays.
      const span = Array.from({ length: workingDays * 2 + 21 }, (_, i) => clock.addDays(received, i + 1));
      const closed = new Set(
        (await Promise.all(span.map((d) => store.holiday(d)))).flatMap((h) => (h ? [h.date] : [])),
      );
      return deadlineAfterWorkingDays(clock, received, workingDays, (d) => closed.has(d));
    },
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
      return answer.kind === 'found' && answer.application.nikLast4 === verifier ? answer : undefined;
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

  /** The application after an operator's action: the current step done and the next begun, or a rejection. */
  function next(
    current: ApplicationRecord,
    { action, note }: { action: 'advance' | 'reject'; note?: string | undefined },
    at: string,
  ): ApplicationRecord | Refusal {
    if (current.status === 'completed' || current.status === 'rejected')
      return { status: 409, code: 'application_closed' };
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

  async function change(
    number: string,
    request: { action: 'advance' | 'reject'; note?: string },
    now: number,
  ): Promise<Application> {
    const at = clock.isoLocal(now);
    const result = await store.changeApplication(number, at, (current) => next(current, request, at));
    if (!result) fail(404, 'not_found');
    if ('code' in result) refuse(result);
    return toApplication(result, now);
  }

  return { lookup, change, assertChangeable };
}
