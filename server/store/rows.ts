// A booking row as both SQL engines store it (snake_case columns), and its record: shared by the SQLite and
// PostgreSQL stores so the two answer the same record from the same row.
import { ACTIVE_STATUSES, CLOSABLE_STATUSES, PLACE_HOLDING_STATUSES, type Refusal } from '../../src/rules/index.js';
import type { CancelReason } from '../../src/api/types.js';
import type { ApplicationRecord, BookingRecord, ClosureKind, ClosureRecord, SeedData } from './types.js';

/** A list of statuses as an SQL literal, `('booked', 'checked_in')`: constants of the rules, never input. */
const sqlList = (statuses: readonly string[]) => `(${statuses.map((s) => `'${s}'`).join(', ')})`;
/** The statuses of a booking that is still on, and of one that still holds its place, for `status IN …`. */
export const ACTIVE_SQL = sqlList(ACTIVE_STATUSES);
export const HOLDS_PLACE_SQL = sqlList(PLACE_HOLDING_STATUSES);

export interface BookingRow {
  code: string;
  service_id: string;
  agency_id: string;
  date: string;
  session_id: string;
  session_start: string;
  session_end: string;
  nik_hash: string;
  nik_last4: string;
  nik_birth: string;
  name: string;
  phone: string;
  email: string | null;
  /** JSON of the answers to the service's extra fields; null when none (or erased). */
  extra_fields: string | null;
  cancel_reason: string | null;
  cancel_note: string | null;
  status: BookingRecord['status'];
  queue_seq: number | null;
  queue_number: string | null;
  counter_id: string | null;
  created_at: string;
  checked_in_at: string | null;
  called_at: string | null;
  updated_at: string;
  closure_kind: ClosureKind | null;
  closure_name: string | null;
}

/** The record of a stored booking row. */
export const toRecord = (r: BookingRow): BookingRecord => ({
  code: r.code,
  serviceId: r.service_id,
  agencyId: r.agency_id,
  date: r.date,
  sessionId: r.session_id,
  sessionStart: r.session_start,
  sessionEnd: r.session_end,
  nikHash: r.nik_hash,
  nikLast4: r.nik_last4,
  nikBirth: r.nik_birth ?? '',
  name: r.name,
  phone: r.phone,
  email: r.email,
  fields: r.extra_fields ? (JSON.parse(r.extra_fields) as Record<string, string>) : null,
  cancelReason: r.cancel_reason
    ? ({ code: r.cancel_reason, ...(r.cancel_note ? { text: r.cancel_note } : {}) } as CancelReason)
    : null,
  status: r.status,
  queueSeq: r.queue_seq,
  queueNumber: r.queue_number,
  counterId: r.counter_id,
  createdAt: r.created_at,
  checkedInAt: r.checked_in_at,
  calledAt: r.called_at,
  updatedAt: r.updated_at,
  closure: r.closure_kind ? { kind: r.closure_kind, name: r.closure_name ?? '' } : null,
});

/**
 * A seeded application as both engines store it; `steps` and `collection` as objects (PostgreSQL's JSONB takes
 * them as they are, SQLite's TEXT columns stringify them). Updated when its last step moved.
 */
export function seedApplicationRow(app: SeedData['applications'][number]) {
  const lastStep = app.steps.findLast((step) => step.startedAt);
  return {
    number: app.number,
    service_id: app.serviceId,
    nik_hash: app.nikHash,
    nik_last4: app.nikLast4,
    status: app.status,
    submitted_at: app.submittedAt,
    deadline: app.deadline ?? null,
    steps: app.steps,
    rejection_reason: app.rejectionReason ?? null,
    collection: app.collection ?? null,
    next_step: app.nextStep ?? null,
    paused_since: app.pause?.since ?? null,
    pause_reason: app.pause?.reason ?? null,
    updated_at: lastStep?.completedAt ?? lastStep?.startedAt ?? app.submittedAt,
  };
}

/** An application row with its JSON columns read (PostgreSQL's JSONB arrives so; SQLite's TEXT is parsed first). */
export interface ApplicationRow {
  number: string;
  service_id: string;
  nik_hash: string;
  nik_last4: string;
  status: ApplicationRecord['status'];
  submitted_at: string;
  deadline: string | null;
  steps: ApplicationRecord['steps'];
  rejection_reason: string | null;
  collection: ApplicationRecord['collection'] | null;
  next_step: string | null;
  paused_since: string | null;
  pause_reason: string | null;
  updated_at: string;
}

/** The application a row holds, with the last digits of its NIK for the second factor. */
export const toApplication = (r: ApplicationRow): ApplicationRecord & { nikLast4: string } => ({
  number: r.number,
  status: r.status,
  serviceId: r.service_id,
  submittedAt: r.submitted_at,
  ...(r.deadline ? { deadline: r.deadline } : {}),
  steps: r.steps,
  ...(r.rejection_reason ? { rejectionReason: r.rejection_reason } : {}),
  ...(r.collection ? { collection: r.collection } : {}),
  ...(r.next_step ? { nextStep: r.next_step } : {}),
  ...(r.paused_since ? { pause: { since: r.paused_since, reason: r.pause_reason ?? '' } } : {}),
  nikLast4: r.nik_last4,
});

/** Whether a change of an application was refused (a refusal) rather than made (the changed application). */
export const isRefusal = (value: ApplicationRecord | Refusal): value is Refusal =>
  'code' in value && 'status' in value && typeof value.status === 'number';

/** A closure row as both engines store it. */
export interface ClosureRow {
  id: string;
  date: string;
  agency_id: string | null;
  kind: ClosureKind;
  name: string;
  created_at: string | null;
  created_by: string | null;
}

export const toClosure = (r: ClosureRow): ClosureRecord => ({
  id: r.id,
  date: r.date,
  agencyId: r.agency_id,
  kind: r.kind,
  name: r.name,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/** The statuses a closure marks `closed`. */
export const CLOSABLE_SQL = sqlList(CLOSABLE_STATUSES);

/** The columns an application change writes, in the order both engines' UPDATE statements take them. */
export const applicationChange = (next: ApplicationRecord) => [
  next.status,
  JSON.stringify(next.steps),
  next.rejectionReason ?? null,
  next.collection ? JSON.stringify(next.collection) : null,
  next.nextStep ?? null,
  next.deadline ?? null,
  next.pause?.since ?? null,
  next.pause?.reason ?? null,
];
