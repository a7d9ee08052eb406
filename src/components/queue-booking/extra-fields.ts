// The questions a service adds to its booking (a Nomor KK, a vehicle plate, a choice list): drawn under the
// identity question, checked by the rules core as the server checks them, reviewed with the other answers and sent.
// Part of the second half (finish-steps.ts): a page where nobody books never downloads it.
import { html, type TemplateResult } from 'lit';
import type { BookingField, LocalText } from '../../api/types.js';
import type { Lang } from '../../core/i18n.js';
import { textField } from '../../internal/ui/field.js';
import { bookingFieldError, bookingFieldPath, normalizeFieldValue } from '../../rules/booking-fields.js';
import type { BookingErrors, BookingFlow } from './booking-flow.js';
import { radios } from './choices.js';
import { finishStrings } from './finish-strings.js';

/**
 * The answers are kept beside the identity's, under `field-<id>` (also the input's id, which the error summary
 * links to): they are personal data like the NIK, and are forgotten with it once the booking exists.
 */
export const answerKey = (id: string): string => `field-${id}`;

const answersOf = (flow: BookingFlow) => flow.identity as unknown as Record<string, string>;

/** A service's text in the resident's language; Indonesian where the service wrote no English. */
export const textIn = (text: LocalText, lang: Lang): string => (lang === 'en' && text.en) || text.id;

/** The questions of the service being booked. */
export const extraFieldsOf = (flow: BookingFlow): readonly BookingField[] => flow.currentService?.bookingFields ?? [];

/** What is wrong with the answers to the service's questions, by input id, in the resident's language. */
export function extraFieldErrors(flow: BookingFlow, lang: Lang): BookingErrors {
  const t = finishStrings.in(lang);
  const out: Record<string, string> = {};
  for (const field of extraFieldsOf(flow)) {
    const key = bookingFieldError(field, answersOf(flow)[answerKey(field.id)] ?? '');
    if (key) out[answerKey(field.id)] = t.fieldError(key, localisedField(field, lang));
  }
  return out as BookingErrors;
}

/** The field with its label in the resident's language in `label.id` (what the messages name). */
const localisedField = (field: BookingField, lang: Lang): BookingField =>
  lang === 'en' ? { ...field, label: { id: textIn(field.label, lang), en: textIn(field.label, lang) } } : field;

/** A server's field error `fields.<id>` as the input it belongs to, or undefined for another field. */
export function inputOfFieldError(flow: BookingFlow, field: string): string | undefined {
  const own = extraFieldsOf(flow).find((f) => bookingFieldPath(f.id) === field);
  return own && answerKey(own.id);
}

/** The questions, GOV.UK text inputs or radios, each with its label, hint and error. */
export function extraFieldsView(flow: BookingFlow, lang: Lang, errorPrefix: string): TemplateResult[] {
  const t = finishStrings.in(lang);
  const answers = answersOf(flow);
  const answer = (id: string, value: string) =>
    flow.set({ identity: { ...flow.identity, [answerKey(id)]: value } as BookingFlow['identity'] });
  return extraFieldsOf(flow).map((field) => {
    const id = answerKey(field.id);
    const label = textIn(field.label, lang);
    const hint = field.hint && textIn(field.hint, lang);
    if (field.choices)
      return radios({
        name: id,
        legend: html`<span class="field__label">${label}</span>`,
        hint,
        error: flow.errors[id as keyof BookingErrors],
        errorPrefix,
        choices: field.choices.map((c) => ({ value: c.value, label: textIn(c.label, lang), hint: '' })),
        value: answers[id],
        onChange: (value) => answer(field.id, value),
      }) as TemplateResult;
    return textField({
      id,
      label,
      hint,
      error: flow.errors[id as keyof BookingErrors],
      value: answers[id] ?? '',
      errorPrefix,
      onInput: (value) => answer(field.id, value),
      ...(field.required ? {} : { optional: t.optional }),
      ...(field.format === 'digits' ? { inputmode: 'numeric' as const } : {}),
      ...(field.format === 'digits' || field.format === 'vehicle_plate' ? { size: 'medium' as const } : {}),
      autocomplete: 'off',
    });
  });
}

/** Check your answers: each answered question with its answer as it will be sent (a choice by its label). */
export function extraFieldRows(flow: BookingFlow, lang: Lang): [string, string][] {
  const answers = answersOf(flow);
  return extraFieldsOf(flow).flatMap((field): [string, string][] => {
    const value = normalizeFieldValue(field, answers[answerKey(field.id)] ?? '');
    if (!value) return [];
    const choice = field.choices?.find((c) => c.value === value);
    return [[textIn(field.label, lang), choice ? textIn(choice.label, lang) : value]];
  });
}

/** The answers as the request sends them (`fields`), normalised; none when the service asks nothing. */
export function extraFieldValues(flow: BookingFlow): { fields?: Record<string, string> } {
  const answers = answersOf(flow);
  const fields: Record<string, string> = {};
  for (const field of extraFieldsOf(flow)) {
    const value = normalizeFieldValue(field, answers[answerKey(field.id)] ?? '');
    if (value) fields[field.id] = value;
  }
  return Object.keys(fields).length ? { fields } : {};
}
