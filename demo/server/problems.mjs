// RFC 9457 problem details with the contract's stable codes.

const TITLES = {
  bad_request: 'Permintaan tidak dapat dibaca',
  validation_failed: 'Data belum benar',
  not_found: 'Data tidak ditemukan',
  unauthorized: 'Tidak berwenang',
  session_full: 'Sesi sudah penuh',
  duplicate_booking: 'Anda sudah memiliki booking untuk layanan ini pada hari itu',
  day_closed: 'Hari itu MPP tutup',
  outside_window: 'Tanggal di luar masa pemesanan',
  session_ended: 'Sesi sudah berakhir',
  service_not_bookable: 'Layanan ini tidak dapat dipesan secara daring',
  booking_not_active: 'Booking sudah tidak aktif',
  check_in_closed: 'Check-in tidak dibuka saat ini',
  application_closed: 'Permohonan sudah selesai',
  idempotency_key_missing: 'Header Idempotency-Key wajib ada',
  idempotency_key_reused: 'Idempotency-Key sudah dipakai untuk permintaan lain',
  rate_limited: 'Terlalu banyak permintaan',
  payload_too_large: 'Permintaan terlalu besar',
  unsupported_media_type: 'Kirim data sebagai application/json',
  internal: 'Terjadi kesalahan pada server',
  unavailable: 'Layanan sedang tidak tersedia',
};

export class ProblemError extends Error {
  constructor(status, code, extra = {}, headers = {}) {
    super(code);
    this.status = status;
    this.code = code;
    this.extra = extra;
    this.headers = headers;
  }
}

export function problemResponse(status, code, extra = {}, headers = {}) {
  const body = { type: `https://mpp.example/problems/${code}`, title: TITLES[code] ?? code, status, code, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export const fail = (status, code, extra, headers) => {
  throw new ProblemError(status, code, extra, headers);
};
