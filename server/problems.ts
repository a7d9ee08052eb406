// RFC 9457 problem details with the contract's stable codes.
import type { Problem, ProblemCode } from '../src/api/types.js';
import type { Refusal } from '../src/rules/index.js';

const TITLES: Record<ProblemCode, string> = {
  bad_request: 'Permintaan tidak dapat dibaca',
  validation_failed: 'Data belum benar',
  not_found: 'Data tidak ditemukan',
  method_not_allowed: 'Metode tidak didukung untuk alamat ini',
  unauthorized: 'Tidak berwenang',
  forbidden: 'Tidak diizinkan',
  conflict: 'Data sudah ada',
  session_full: 'Sesi sudah penuh',
  duplicate_booking: 'Anda sudah memiliki booking untuk layanan ini pada hari itu',
  day_closed: 'Hari itu MPP tutup',
  outside_window: 'Tanggal di luar masa pemesanan',
  session_ended: 'Sesi sudah berakhir',
  service_not_bookable: 'Layanan ini tidak dapat dipesan secara daring',
  booking_not_active: 'Booking sudah tidak aktif',
  check_in_closed: 'Check-in tidak dibuka saat ini',
  survey_answered: 'Survei kunjungan ini sudah diisi',
  application_closed: 'Permohonan sudah selesai',
  application_external: 'Permohonan ini dikelola di sistem instansi',
  application_paused: 'Permohonan sedang dihentikan sementara',
  application_not_paused: 'Permohonan tidak sedang dihentikan',
  idempotency_key_missing: 'Header Idempotency-Key wajib ada',
  idempotency_key_reused: 'Idempotency-Key sudah dipakai untuk permintaan lain',
  rate_limited: 'Terlalu banyak permintaan',
  payload_too_large: 'Permintaan terlalu besar',
  unsupported_media_type: 'Kirim data sebagai application/json',
  internal: 'Terjadi kesalahan pada server',
  unavailable: 'Layanan sedang tidak tersedia',
  origin_not_allowed: 'Situs ini belum terdaftar pada MPP API',
};

/** What a problem adds to its type, title, status and code. */
export type ProblemExtra = Pick<Problem, 'detail' | 'errors' | 'rows'>;

/** A problem to answer, thrown from anywhere in a request and written by the app's error handler. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly extra: ProblemExtra = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

/** The body of a problem, typed by the contract. */
export function problemBody(status: number, code: ProblemCode, extra: ProblemExtra = {}): Problem {
  return { type: `https://mpp.example/problems/${code}`, title: TITLES[code], status, code, ...extra };
}

export function problemResponse(
  status: number,
  code: ProblemCode,
  extra: ProblemExtra = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(problemBody(status, code, extra)), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export function fail(status: number, code: ProblemCode, extra?: ProblemExtra, headers?: Record<string, string>): never {
  throw new ProblemError(status, code, extra, headers);
}

/** Too many requests: `429` with the seconds to wait, which the widgets count down. */
export function tooMany(wait: number): never {
  fail(429, 'rate_limited', { detail: `Coba lagi dalam ${wait} detik.` }, { 'Retry-After': String(wait) });
}

/** A refusal of the rules core as a problem. */
export function refuse(refusal: Refusal): never {
  if (refusal.status === 422) fail(422, refusal.code, { errors: refusal.errors });
  fail(refusal.status, refusal.code, refusal.detail === undefined ? {} : { detail: refusal.detail });
}

/** The body of a refusal, as stored for an idempotent replay. */
export function refusalBody(refusal: Refusal): Problem {
  return refusal.status === 422
    ? problemBody(422, refusal.code, { errors: refusal.errors })
    : problemBody(refusal.status, refusal.code, refusal.detail === undefined ? {} : { detail: refusal.detail });
}
