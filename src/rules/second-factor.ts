/**
 * The second factor a resident gives with a code, as the MPP chooses it (issue 19): the last 4 digits of the NIK
 * (the default), the last 4 digits of the mobile number given when booking, or the date of birth. The server
 * announces the kind (`GET /config`) and the widgets ask in its words; both check the answer with these rules.
 */

export type SecondFactorKind = 'nik_last4' | 'phone_last4' | 'birth_date';

export const SECOND_FACTOR_KINDS: readonly SecondFactorKind[] = ['nik_last4', 'phone_last4', 'birth_date'];

export const isSecondFactorKind = (value: unknown): value is SecondFactorKind =>
  SECOND_FACTOR_KINDS.includes(value as SecondFactorKind);

/**
 * The birth date a NIK encodes (digits 7–12, DDMMYY, 40 added to the day for women) as `DDMMYY` with the day as
 * born: what a booking keeps so that the MPP may choose the date of birth without keeping the NIK.
 */
export function nikBirthOf(nik: string): string {
  const day = Number(nik.slice(6, 8));
  return `${String(day > 40 ? day - 40 : day).padStart(2, '0')}${nik.slice(8, 12)}`;
}

/** What a booking keeps that a second factor is checked against (never the NIK itself). */
export interface SecondFactorKept {
  nikLast4: string;
  phone: string;
  /** `DDMMYY` (see `nikBirthOf`); empty for a booking made before it was kept, or erased. */
  nikBirth: string;
}

/**
 * The factor as sent, in its one written form, or undefined when it cannot be one of this kind: 4 digits for the
 * last-4 kinds, a real date `YYYY-MM-DD` for the birth date.
 */
export function normaliseSecondFactor(kind: SecondFactorKind, given: string): string | undefined {
  if (kind !== 'birth_date') return /^\d{4}$/.test(given) ? given : undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(given);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? given : undefined;
}

/**
 * Whether the factor given matches what the booking keeps. A birth date is compared as the NIK writes it (day,
 * month and the year's last two digits: the NIK has no century). Anything malformed or empty never matches, so a
 * wrong factor and a wrong code fail the same way.
 */
export function secondFactorMatches(kind: SecondFactorKind, kept: SecondFactorKept, given: string): boolean {
  const value = normaliseSecondFactor(kind, given);
  if (value === undefined) return false;
  if (kind === 'nik_last4') return kept.nikLast4 !== '' && kept.nikLast4 === value;
  if (kind === 'phone_last4') return kept.phone.length >= 4 && kept.phone.slice(-4) === value;
  return (
    kept.nikBirth.length === 6 && kept.nikBirth === `${value.slice(8, 10)}${value.slice(5, 7)}${value.slice(2, 4)}`
  );
}

/**
 * A date of birth typed as the resident reads it, `DD-MM-YYYY` (also with `/`, `.` or spaces), or as filled in
 * `YYYY-MM-DD`, as `YYYY-MM-DD`; undefined when it is not a real date.
 */
export function birthDateFromInput(input: string): string | undefined {
  // A browser filling in a saved birthday (autocomplete="bday") may write it as the contract does.
  const filled = normaliseSecondFactor('birth_date', input.trim());
  if (filled) return filled;
  const m = /^\s*(\d{1,2})[-/. ]+(\d{1,2})[-/. ]+(\d{4})\s*$/.exec(input);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return normaliseSecondFactor('birth_date', iso);
}
