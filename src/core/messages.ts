// General messages for API failures, in the resident's language; elements add their own for their flows.
import type { MppApiError } from '../api/errors.js';
import { localised, type Lang } from './i18n.js';

type ErrorKey =
  | 'offline'
  | 'timeout'
  | 'not_found'
  | 'rate_limited'
  | 'rate_limited_wait'
  | 'unavailable'
  | 'server'
  | 'invalid'
  | 'rejected';

export type ErrorMessages = Record<ErrorKey, string>;

const id: ErrorMessages = {
  offline: 'Tidak ada koneksi internet. Periksa jaringan Anda, lalu coba lagi.',
  timeout: 'Server terlalu lama menjawab. Coba lagi sebentar lagi.',
  not_found: 'Data tidak ditemukan.',
  rate_limited: 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
  rate_limited_wait: 'Terlalu banyak percobaan. Coba lagi dalam {seconds} detik.',
  unavailable: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
  server: 'Terjadi gangguan pada server MPP. Coba lagi sebentar lagi.',
  invalid: 'Server MPP mengirim jawaban yang tidak dapat dibaca. Coba lagi sebentar lagi.',
  rejected: 'Permintaan ditolak. Periksa kembali isian Anda.',
};

const errors = localised(id, () => import('./messages.en.js').then((m) => m.en));

/** A general message for an API failure; elements add their own for the codes their flow expects. */
export function errorMessage(error: MppApiError, lang: Lang): string {
  const t = errors.in(lang);
  switch (error.code) {
    case 'network_error':
      return t.offline;
    case 'timeout':
    case 'not_found':
    case 'unavailable':
      return t[error.code];
    case 'rate_limited':
      return error.retryAfter ? t.rate_limited_wait.replace('{seconds}', String(error.retryAfter)) : t.rate_limited;
    case 'invalid_response':
      return t.invalid;
    default:
      return error.status >= 500 ? t.server : t.rejected;
  }
}
