import type { MppApiError } from '../api/errors.js';
import type { Lang, StringTable } from './i18n.js';
import type { EmailErrorKey, NameErrorKey, NikErrorKey, PhoneErrorKey } from './validation.js';

export type ValidationKey = NikErrorKey | PhoneErrorKey | EmailErrorKey | NameErrorKey;

/** Messages for input that does not pass validation: each says how to fix it. */
const validation: StringTable<Record<ValidationKey, string>> = {
  id: {
    nik_required: 'Masukkan NIK Anda',
    nik_digits: 'NIK hanya boleh berisi angka',
    nik_length: 'NIK harus 16 angka',
    nik_province: 'Dua angka pertama NIK bukan kode provinsi. Periksa kembali NIK pada KTP atau KK Anda',
    nik_birthdate: 'Tanggal lahir dalam NIK tidak valid. Periksa angka ke-7 sampai ke-12',
    nik_serial: 'Empat angka terakhir NIK tidak boleh 0000',
    phone_required: 'Masukkan nomor HP Anda',
    phone_format: 'Masukkan nomor HP seperti 0812 3456 7890',
    phone_not_mobile: 'Masukkan nomor HP, bukan nomor telepon rumah atau kantor',
    email_format: 'Masukkan alamat email seperti nama@contoh.id, atau kosongkan',
    name_required: 'Masukkan nama lengkap Anda sesuai KTP',
    name_too_long: 'Nama lengkap paling banyak 100 huruf',
  },
  en: {
    nik_required: 'Enter your NIK',
    nik_digits: 'NIK must contain only numbers',
    nik_length: 'NIK must be 16 digits',
    nik_province: 'The first two digits of the NIK are not a province code. Check the NIK on your KTP or KK',
    nik_birthdate: 'The date of birth in the NIK is not valid. Check digits 7 to 12',
    nik_serial: 'The last four digits of the NIK cannot be 0000',
    phone_required: 'Enter your mobile number',
    phone_format: 'Enter a mobile number like 0812 3456 7890',
    phone_not_mobile: 'Enter a mobile number, not a home or office landline',
    email_format: 'Enter an email address like name@example.id, or leave it empty',
    name_required: 'Enter your full name as on your KTP',
    name_too_long: 'Full name must be 100 characters or fewer',
  },
};

export function validationMessage(key: ValidationKey, lang: Lang): string {
  return validation[lang][key];
}

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

const errors: StringTable<Record<ErrorKey, string>> = {
  id: {
    offline: 'Tidak ada koneksi internet. Periksa jaringan Anda, lalu coba lagi.',
    timeout: 'Server terlalu lama menjawab. Coba lagi sebentar lagi.',
    not_found: 'Data tidak ditemukan.',
    rate_limited: 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
    rate_limited_wait: 'Terlalu banyak percobaan. Coba lagi dalam {seconds} detik.',
    unavailable: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
    server: 'Terjadi gangguan pada server MPP. Coba lagi sebentar lagi.',
    invalid: 'Server MPP mengirim jawaban yang tidak dapat dibaca. Coba lagi sebentar lagi.',
    rejected: 'Permintaan ditolak. Periksa kembali isian Anda.',
  },
  en: {
    offline: 'No internet connection. Check your network, then try again.',
    timeout: 'The server took too long to answer. Try again in a moment.',
    not_found: 'Nothing was found.',
    rate_limited: 'Too many attempts. Wait a moment, then try again.',
    rate_limited_wait: 'Too many attempts. Try again in {seconds} seconds.',
    unavailable: 'The service is unavailable right now. Try again in a moment.',
    server: 'Something went wrong on the MPP server. Try again in a moment.',
    invalid: 'The MPP server sent an answer that could not be read. Try again in a moment.',
    rejected: 'The request was refused. Check what you entered.',
  },
};

/** A general message for an API failure; elements add their own for the codes their flow expects. */
export function errorMessage(error: MppApiError, lang: Lang): string {
  const t = errors[lang];
  switch (error.code) {
    case 'network_error':
      return t.offline;
    case 'timeout':
      return t.timeout;
    case 'not_found':
      return t.not_found;
    case 'rate_limited':
      return error.retryAfter ? t.rate_limited_wait.replace('{seconds}', String(error.retryAfter)) : t.rate_limited;
    case 'unavailable':
      return t.unavailable;
    case 'invalid_response':
      return t.invalid;
    default:
      return error.status >= 500 ? t.server : t.rejected;
  }
}
