// What a booking keeps so that the MPP may choose the date of birth as the second factor (issue 19): the birth date
// its NIK encodes, `DDMMYY` (src/rules/second-factor.ts). The NIK itself is only kept as a keyed hash, so the date
// cannot be read back from it; bookings made before this column have it empty and never match a birth date (their
// residents use the code with staff's help, or wait for them to expire). Erased with the name and phone.
export const SECOND_FACTOR_MIGRATION = `
  ALTER TABLE bookings ADD COLUMN nik_birth TEXT NOT NULL DEFAULT '';
`;
