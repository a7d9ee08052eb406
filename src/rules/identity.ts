/**
 * Identity rules: what a NIK, a mobile number, an e-mail address and a name must be. Each check answers with the
 * normalised value or a message key (see `src/core/validation-messages.ts`), never a bare boolean, so a widget can
 * say how to fix it in the resident's language and the server can answer the same field error.
 */

export type ValidationResult<K extends string> = { ok: true; value: string } | { ok: false; key: K };

export type NikErrorKey =
  'nik_required' | 'nik_digits' | 'nik_length' | 'nik_province' | 'nik_birthdate' | 'nik_serial';
export type PhoneErrorKey = 'phone_required' | 'phone_format' | 'phone_not_mobile';

/**
 * Province codes in use (Kemendagri), including the Papua provinces formed in 2022 (93–96) and 94, which older
 * cards issued in Papua carry.
 */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75,
  76, 81, 82, 91, 92, 93, 94, 95, 96,
]);

// Residents paste NIKs and numbers as printed or as chatted: "3172 0145-0990.0003".
const SEPARATORS = /[\s.\-–()]/g;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A Nomor Induk Kependudukan: 16 digits — province (2), regency (2), district (2), birth date DDMMYY with 40 added
 * to the day for women, and a serial that is not 0000.
 */
export function validateNik(input: string): ValidationResult<NikErrorKey> {
  const value = input.replace(SEPARATORS, '');
  if (value === '') return { ok: false, key: 'nik_required' };
  if (!/^\d+$/.test(value)) return { ok: false, key: 'nik_digits' };
  if (value.length !== 16) return { ok: false, key: 'nik_length' };
  if (!PROVINCES.has(Number(value.slice(0, 2)))) return { ok: false, key: 'nik_province' };
  let day = Number(value.slice(6, 8));
  if (day > 40) day -= 40;
  const month = Number(value.slice(8, 10));
  const yy = Number(value.slice(10, 12));
  // The century is not written: a date that exists in either 19yy or 20yy is a real birth date.
  if (!isRealDate(1900 + yy, month, day) && !isRealDate(2000 + yy, month, day)) {
    return { ok: false, key: 'nik_birthdate' };
  }
  if (value.slice(12) === '0000') return { ok: false, key: 'nik_serial' };
  return { ok: true, value };
}

/** An Indonesian mobile number (`08…`, `628…`, `+628…`), normalised to `+628…`. */
export function validatePhone(input: string): ValidationResult<PhoneErrorKey> {
  const compact = input.replace(SEPARATORS, '');
  if (compact === '') return { ok: false, key: 'phone_required' };
  let national: string;
  if (/^\+62\d+$/.test(compact)) national = compact.slice(3);
  else if (/^62\d+$/.test(compact)) national = compact.slice(2);
  else if (/^0\d+$/.test(compact)) national = compact.slice(1);
  else return { ok: false, key: 'phone_format' };
  // Mobile numbers start 8 after the country code; landlines (0771…) cannot receive the SMS reminder.
  if (!national.startsWith('8')) return { ok: false, key: 'phone_not_mobile' };
  if (!/^8[1-9]\d{7,10}$/.test(national)) return { ok: false, key: 'phone_format' };
  return { ok: true, value: `+62${national}` };
}

export type EmailErrorKey = 'email_format';

/** An optional e-mail address: empty is fine; anything else needs one `@` and a dotted domain. */
export function validateEmail(input: string): ValidationResult<EmailErrorKey> {
  const value = input.trim();
  if (value === '') return { ok: true, value };
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254
    ? { ok: true, value }
    : { ok: false, key: 'email_format' };
}

export type NameErrorKey = 'name_required' | 'name_too_long';

/** A full name as on the KTP: required, at most 100 characters, spaces folded. */
export function validateName(input: string): ValidationResult<NameErrorKey> {
  const value = input.replace(/\s+/g, ' ').trim();
  if (value === '') return { ok: false, key: 'name_required' };
  // Characters as the contract's maxLength counts them (code points), not UTF-16 units: an emoji is one.
  if ([...value].length > 100) return { ok: false, key: 'name_too_long' };
  return { ok: true, value };
}
