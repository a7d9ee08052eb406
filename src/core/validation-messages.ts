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
