// A remote system's record as the MPP's application: its status mapped to the timeline's steps by the source's
// configuration. What the record does not say is left out, never invented; a status the configuration does not
// know keeps the last step the record's history places it at and says, in words, that the rest is unknown.
import type { ApplicationStep } from '../../src/api/types.js';
import { isCalendarDate, type MppClock } from '../../src/rules/index.js';
import type { RemoteSourceConfig } from './remote-config.js';
import type { SourcedApplication } from './types.js';

/** A record the source cannot turn into an application (no NIK, no status, …): the system answered nonsense. */
export class UnreadableRecord extends Error {}

/** What mapping a record needs besides the record: the clock, the service's counter and a deadline when none. */
export interface MappingContext {
  clock: MppClock;
  /** The service's counter and agency name, or undefined when the MPP has no such service. */
  serviceOf(serviceId: string): { counter: string; agencyName: string } | undefined;
  /** The deadline `workingDays` after `received` (the rules core, with the MPP's closed days). */
  deadlineAfter(received: string, workingDays: number): Promise<string>;
}

const pathOf = (record: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as never)[key] : undefined), record);

export async function applicationOf(
  config: RemoteSourceConfig,
  number: string,
  record: unknown,
  { clock, serviceOf, deadlineAfter }: MappingContext,
): Promise<{ application: SourcedApplication; unknownStatus?: string }> {
  const field = (name: keyof RemoteSourceConfig['fields']) => pathOf(record, config.fields[name]);
  const instant = (value: unknown) => {
    const ms = typeof value === 'string' ? Date.parse(value) : NaN;
    return Number.isNaN(ms) ? undefined : clock.isoLocal(ms);
  };

  const nik = String(field('nik') ?? '').replace(/\D/g, '');
  if (nik.length < 4) throw new UnreadableRecord('the record has no NIK');
  const status = field('status');
  if (typeof status !== 'string' || !status) throw new UnreadableRecord('the record has no status');
  const submittedAt = instant(field('submittedAt'));
  if (!submittedAt) throw new UnreadableRecord('the record has no submission time');
  const serviceId =
    'id' in config.service ? config.service.id : config.service.map[String(pathOf(record, config.service.field))];
  const service = serviceId ? serviceOf(serviceId) : undefined;
  if (!serviceId || !service) throw new UnreadableRecord('the record names no service of this MPP');

  const rawDeadline = field('deadline');
  const deadline =
    typeof rawDeadline === 'string' && isCalendarDate(rawDeadline.slice(0, 10))
      ? rawDeadline.length > 10
        ? clock.dateOf(Date.parse(rawDeadline))
        : rawDeadline
      : config.deadlineWorkingDays !== undefined
        ? await deadlineAfter(submittedAt.slice(0, 10), config.deadlineWorkingDays)
        : undefined;
  if (deadline !== undefined && !isCalendarDate(deadline)) throw new UnreadableRecord('the deadline is not a date');

  const stepOf = (s: unknown) => config.steps.findIndex((step) => step.statuses.includes(String(s)));
  // The first time the history shows each step, in the record's order.
  const history = Array.isArray(field('history')) ? (field('history') as unknown[]) : [];
  const startedAt = new Map<number, string>();
  let lastKnown = -1;
  for (const entry of history) {
    const index = stepOf(pathOf(entry, config.fields.historyStatus));
    if (index === -1) continue;
    lastKnown = index;
    const at = instant(pathOf(entry, config.fields.historyAt));
    if (at && !startedAt.has(index)) startedAt.set(index, at);
  }

  const note = typeof field('note') === 'string' ? (field('note') as string) : undefined;
  const known = stepOf(status);
  const finished = config.ready.includes(status) || config.completed.includes(status);
  const rejected = config.rejected.includes(status);
  const paused = config.paused.includes(status);
  const unknown = known === -1 && !finished && !rejected && !paused;
  // The step the application is at: the status's own, else the last the history shows, else the first.
  const at = finished ? config.steps.length : known !== -1 ? known : Math.max(lastKnown, 0);
  // When it began to wait: the history's last entry with that status, else when it was submitted.
  const pausedSince = paused
    ? (history
        .filter((entry) => pathOf(entry, config.fields.historyStatus) === status)
        .map((entry) => instant(pathOf(entry, config.fields.historyAt)))
        .findLast(Boolean) ?? submittedAt)
    : undefined;

  const steps: ApplicationStep[] = config.steps.map((step, i) => {
    const began = startedAt.get(i) ?? (i === 0 ? submittedAt : undefined);
    const ended = i < at ? (startedAt.get(i + 1) ?? undefined) : undefined;
    const state: ApplicationStep['status'] =
      i < at ? 'done' : i === at ? (rejected ? 'rejected' : 'current') : 'pending';
    return {
      id: step.id,
      name: step.name,
      status: state,
      ...(began && state !== 'pending' ? { startedAt: began } : {}),
      ...(ended ? { completedAt: ended } : {}),
      ...(rejected && i === at && note ? { note } : {}),
    };
  });

  const application: SourcedApplication = {
    number,
    status: rejected
      ? 'rejected'
      : config.completed.includes(status)
        ? 'completed'
        : finished
          ? 'ready'
          : 'in_progress',
    serviceId,
    submittedAt,
    ...(deadline ? { deadline } : {}),
    steps,
    nikLast4: nik.slice(-4),
  };
  if (pausedSince)
    application.pause = {
      since: pausedSince,
      reason: note || `Menunggu kelengkapan dari pemohon. Tanyakan ke loket ${service.agencyName}.`,
    };
  if (rejected) application.rejectionReason = note || 'Permohonan ditolak. Hubungi loket untuk keterangan.';
  if (config.ready.includes(status))
    application.collection = { place: service.counter, instructions: 'Bawa KTP-el asli dan tanda terima permohonan.' };
  if (unknown)
    application.nextStep = `Status terbaru dari ${config.name} belum dapat dibaca oleh MPP. Tanyakan ke loket ${service.agencyName}.`;
  return unknown ? { application, unknownStatus: status } : { application };
}
