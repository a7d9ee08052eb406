/**
 * Extra booking fields a service declares (a *Nomor KK*, a vehicle plate, a choice list): what a declaration may
 * say, and whether a resident's answers meet it. The widget checks the answers with these functions before it sends
 * them, the server checks them again with the same ones, so the two never disagree.
 *
 * A field's format is one of a few named ones, never a pattern an administrator writes: a regular expression typed
 * in a staff page would run on the server for every booking (a badly written one can take seconds: ReDoS), and
 * the widget and the server would have to agree on its dialect.
 */
import type { BookingField, FieldError } from '../api/types.js';

/** What a field error about an extra field says is wrong. */
export type BookingFieldErrorKey =
  'field_required' | 'field_length' | 'field_format' | 'field_choice' | 'field_unknown';

/** The request field that holds an extra field's value, as the server names it in `errors[]`: `fields.kk`. */
export const bookingFieldPath = (id: string): string => `fields.${id}`;

// Residents type numbers as printed or chatted ("3172 0145-0990"); a plate as "bp 1234 ab".
const SEPARATORS = /[\s.\-–]/g;
const PLATE = /^[A-Z]{1,2} \d{1,4}( [A-Z]{1,3})?$/;

/** An answer as it is kept: digits without separators, a plate upper-cased with single spaces, text trimmed. */
export function normalizeFieldValue(field: BookingField, input: string): string {
  if (field.format === 'digits') return input.replace(SEPARATORS, '');
  if (field.format === 'vehicle_plate')
    return input
      .toUpperCase()
      .replace(/([A-Z])(\d)|(\d)([A-Z])/g, '$1$3 $2$4')
      .replace(/\s+/g, ' ')
      .trim();
  return input.replace(/\s+/g, ' ').trim();
}

/** What is wrong with one answer, or null; `value` is the answer as typed (empty when not given). */
export function bookingFieldError(field: BookingField, input: string): BookingFieldErrorKey | null {
  const value = normalizeFieldValue(field, input);
  if (value === '') return field.required ? 'field_required' : null;
  if (field.choices) return field.choices.some((c) => c.value === value) ? null : 'field_choice';
  if (field.format === 'digits' && !/^\d+$/.test(value)) return 'field_format';
  if (field.format === 'vehicle_plate' && !PLATE.test(value)) return 'field_format';
  // Characters as people count them (code points): an emoji is one.
  const length = [...value].length;
  if (length < (field.minLength ?? 1) || length > (field.maxLength ?? 100)) return 'field_length';
  return null;
}

/**
 * The answers to a service's extra fields, checked: the values to keep (normalised, empty optional ones left out)
 * or the errors by field. An answer to a field the service does not declare is refused (`field_unknown`): it would
 * be personal data kept for nothing.
 */
export function checkBookingFields(
  declared: readonly BookingField[] | undefined,
  answers: Readonly<Record<string, string>> | undefined,
): { ok: true; values: Record<string, string> } | { ok: false; errors: { id: string; key: BookingFieldErrorKey }[] } {
  const fields = declared ?? [];
  const given = answers ?? {};
  const errors: { id: string; key: BookingFieldErrorKey }[] = [];
  const values: Record<string, string> = {};
  for (const id of Object.keys(given)) if (!fields.some((f) => f.id === id)) errors.push({ id, key: 'field_unknown' });
  for (const field of fields) {
    const input = given[field.id] ?? '';
    const key = bookingFieldError(field, input);
    if (key) errors.push({ id: field.id, key });
    else if (input.trim()) values[field.id] = normalizeFieldValue(field, input);
  }
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

/** What each refusal says in Bahasa Indonesia, with the field's own label (the server's and the widget's words). */
export function bookingFieldMessageId(key: BookingFieldErrorKey, field: BookingField | undefined): string {
  const label = field?.label.id ?? 'Isian ini';
  switch (key) {
    case 'field_required':
      return field?.choices ? `Pilih ${label}` : `Masukkan ${label}`;
    case 'field_length':
      return lengthMessage(label, field, 'huruf', 'angka');
    case 'field_format':
      return field?.format === 'vehicle_plate'
        ? `Masukkan ${label} seperti BP 1234 AB`
        : `${label} hanya boleh berisi angka`;
    case 'field_choice':
      return `Pilih salah satu ${label} yang tersedia`;
    default:
      return 'Layanan ini tidak meminta isian ini.';
  }
}

function lengthMessage(label: string, field: BookingField | undefined, letters: string, digits: string): string {
  const unit = field?.format === 'digits' ? digits : letters;
  const min = field?.minLength ?? 1;
  const max = field?.maxLength ?? 100;
  if (min === max) return `${label} harus ${min} ${unit}`;
  return `${label} ${min} sampai ${max} ${unit}`;
}

/** A refusal's field errors, as the server answers them. */
export function bookingFieldErrors(
  declared: readonly BookingField[] | undefined,
  errors: readonly { id: string; key: BookingFieldErrorKey }[],
): FieldError[] {
  return errors.map(({ id, key }) => ({
    field: bookingFieldPath(id),
    code: key,
    message: bookingFieldMessageId(
      key,
      declared?.find((f) => f.id === id),
    ),
  }));
}

/**
 * What is wrong with a service's declarations (the staff side's check beyond the contract's schema): ids unique,
 * a length range that can be met, choices with unique values, a digits field whose lengths are digits.
 */
export function bookingFieldProblems(fields: readonly BookingField[] | undefined): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  (fields ?? []).forEach((f, i) => {
    const at = `bookingFields.${i}`;
    if (seen.has(f.id)) out.push({ field: `${at}.id`, code: 'not_allowed', message: 'Kode isian sudah dipakai.' });
    seen.add(f.id);
    if ((f.minLength ?? 1) > (f.maxLength ?? 100))
      out.push({ field: `${at}.minLength`, code: 'not_allowed', message: 'Panjang minimal melebihi maksimal.' });
    const values = new Set((f.choices ?? []).map((c) => c.value));
    if (f.choices && values.size !== f.choices.length)
      out.push({ field: `${at}.choices`, code: 'not_allowed', message: 'Nilai pilihan harus berbeda.' });
  });
  return out;
}
