// The second factor's words in English, of the same shape as second-factor.ts; built into the `.en.js` file.
import type { SecondFactorWords } from './second-factor.js';

export const en: SecondFactorWords = {
  nik_last4: [
    'Last 4 digits of the NIK',
    "The applicant's NIK, to make sure this is yours",
    'Enter the last 4 digits of the NIK',
  ],
  phone_last4: [
    'Last 4 digits of the mobile number',
    'The number given when booking, to make sure this is yours',
    'Enter the last 4 digits of the mobile number',
  ],
  birth_date: [
    'Date of birth',
    'Day-month-year as on the KTP, for example: 17-08-1990',
    'Enter a real date of birth, for example: 17-08-1990',
  ],
};
