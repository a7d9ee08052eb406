// A booking row as both SQL engines store it (snake_case columns), and its record: shared by the SQLite and
// PostgreSQL stores so the two answer the same record from the same row.
import type { BookingRecord, SeedData } from './types.js';

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
  name: string;
  phone: string;
  email: string | null;
  status: BookingRecord['status'];
  queue_seq: number | null;
  queue_number: string | null;
  counter_id: string | null;
  created_at: string;
  checked_in_at: string | null;
  called_at: string | null;
  updated_at: string;
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
  name: r.name,
  phone: r.phone,
  email: r.email,
  status: r.status,
  queueSeq: r.queue_seq,
  queueNumber: r.queue_number,
  counterId: r.counter_id,
  createdAt: r.created_at,
  checkedInAt: r.checked_in_at,
  calledAt: r.called_at,
  updatedAt: r.updated_at,
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
    deadline: app.deadline,
    steps: app.steps,
    rejection_reason: app.rejectionReason ?? null,
    collection: app.collection ?? null,
    next_step: app.nextStep ?? null,
    updated_at: lastStep?.completedAt ?? lastStep?.startedAt ?? app.submittedAt,
  };
}
