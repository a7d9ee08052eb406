// Applications (permohonan): look-up by number and second factor, and the operator's step changes.
import type { Application } from '../src/api/types.js';
import { isOverdue, type MppClock, type Refusal } from '../src/rules/index.js';
import type { Catalogue } from './catalogue.js';
import { fail, refuse, tooMany } from './problems.js';
import type { AttemptCap } from './rate-limit.js';
import type { ApplicationRecord, BookingStore } from './store/types.js';

export function createApplications({
  store,
  clock,
  catalogue,
  attemptCap,
}: {
  store: BookingStore;
  clock: MppClock;
  catalogue: Catalogue;
  attemptCap: AttemptCap;
}) {
  function toApplication(record: ApplicationRecord, now: number): Application {
    const service = catalogue.getService(record.serviceId);
    return {
      ...record,
      serviceName: service.name,
      agencyId: service.agencyId,
      agencyName: service.agency.name,
      overdue: isOverdue(record, clock.dateOf(now)),
      complaints: service.complaints,
    };
  }

  async function lookup(number: string, verifier: string, now: number): Promise<Application> {
    const { value: found, wait } = await attemptCap(`application:${number}`, async () => {
      const stored = await store.application(number);
      return stored?.nikLast4 === verifier ? stored : undefined;
    });
    if (wait) tooMany(wait);
    if (!found) fail(404, 'not_found', { detail: 'Periksa kembali nomor permohonan dan 4 angka terakhir NIK.' });
    const { nikLast4: _omit, ...record } = found;
    return toApplication(record, now);
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

  return { lookup, change };
}
