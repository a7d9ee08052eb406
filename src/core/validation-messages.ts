// What to tell a resident about a NIK, name, phone or email that does not pass, by validation key.
import { localised, type Lang } from './i18n.js';
import type { EmailErrorKey, NameErrorKey, NikErrorKey, PhoneErrorKey } from './validation.js';

export type ValidationKey = NikErrorKey | PhoneErrorKey | EmailErrorKey | NameErrorKey;

/** Messages for input that does not pass validation: each says how to fix it. */
export type ValidationMessages = Record<ValidationKey, string>;

const id: ValidationMessages = {
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
};

const validation = localised(id, () => import('./validation-messages.en.js').then((m) => m.en));

export function validationMessage(key: ValidationKey, lang: Lang): string {
  return validation.in(lang)[key];
}
