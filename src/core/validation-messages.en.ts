// Validation messages in English, of the same shape as validation-messages.ts.
import type { ValidationMessages } from './validation-messages.js';

/** English, loaded on first use (i18n.ts). */
export const en: ValidationMessages = {
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
};
