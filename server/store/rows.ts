// A booking row as both SQL engines store it (snake_case columns), and its record: shared by the SQLite and
// PostgreSQL stores so the two answer the same record from the same row.
import type { BookingRecord } from './types.js';

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
