// The extra booking fields' rules (src/rules/booking-fields.ts), which the widget and the server both apply.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BookingField } from '../../src/api/types.js';
import {
  bookingFieldError,
  bookingFieldErrors,
  bookingFieldProblems,
  checkBookingFields,
  normalizeFieldValue,
} from '../../src/rules/index.js';

const KK: BookingField = {
  id: 'nomor_kk',
  label: { id: 'Nomor KK', en: 'Family card number' },
  required: true,
  format: 'digits',
  minLength: 16,
  maxLength: 16,
};
const PLATE: BookingField = { id: 'plat', label: { id: 'Nomor polisi' }, required: true, format: 'vehicle_plate' };
const KIND: BookingField = {
  id: 'jenis',
  label: { id: 'Jenis kendaraan' },
  required: false,
  choices: [
    { value: 'roda-2', label: { id: 'Sepeda motor' } },
    { value: 'roda-4', label: { id: 'Mobil' } },
  ],
};
const NOTE: BookingField = { id: 'catatan', label: { id: 'Catatan' }, required: false, maxLength: 5 };

describe('extra booking fields', () => {
  it('reads digits as printed and a plate as typed, and folds the spaces of a text', () => {
    assert.equal(normalizeFieldValue(KK, '2172 0101-0185.0001'), '2172010101850001');
    assert.equal(normalizeFieldValue(PLATE, ' bp1234ab '), 'BP 1234 AB');
    assert.equal(normalizeFieldValue(PLATE, 'b  1 a'), 'B 1 A');
    assert.equal(normalizeFieldValue(NOTE, '  a \t b '), 'a b');
  });

  it('says what is wrong with one answer: missing, length, format, choice', () => {
    assert.equal(bookingFieldError(KK, ''), 'field_required');
    assert.equal(bookingFieldError(KK, '2172'), 'field_length');
    assert.equal(bookingFieldError(KK, '2172O10101850001'), 'field_format');
    assert.equal(bookingFieldError(KK, '2172010101850001'), null);
    assert.equal(bookingFieldError(PLATE, '1234'), 'field_format');
    assert.equal(bookingFieldError(PLATE, 'BP 1234'), null);
    assert.equal(bookingFieldError(KIND, ''), null, 'an optional choice may be left');
    assert.equal(bookingFieldError(KIND, 'truk'), 'field_choice');
    assert.equal(bookingFieldError(NOTE, '😀😀😀😀😀'), null, 'five emoji are five characters');
    assert.equal(bookingFieldError(NOTE, 'abcdef'), 'field_length');
  });

  it('checks a request’s answers against the declarations, refusing answers nobody asked for', () => {
    assert.deepEqual(checkBookingFields([KK, KIND], { nomor_kk: '2172 0101 0185 0001' }), {
      ok: true,
      values: { nomor_kk: '2172010101850001' },
    });
    const refused = checkBookingFields([KK], { nik_ibu: '1' });
    assert.deepEqual(refused, {
      ok: false,
      errors: [
        { id: 'nik_ibu', key: 'field_unknown' },
        { id: 'nomor_kk', key: 'field_required' },
      ],
    });
    assert.deepEqual(checkBookingFields(undefined, undefined), { ok: true, values: {} });
  });

  it('words each refusal with the field’s own label, as the server answers it', () => {
    const words = (field: BookingField, key: Parameters<typeof bookingFieldErrors>[1][number]['key']) =>
      bookingFieldErrors([field], [{ id: field.id, key }])[0];
    assert.deepEqual(words(KK, 'field_length'), {
      field: 'fields.nomor_kk',
      code: 'field_length',
      message: 'Nomor KK harus 16 angka',
    });
    assert.equal(words(KK, 'field_required').message, 'Masukkan Nomor KK');
    assert.equal(words(KIND, 'field_required').message, 'Pilih Jenis kendaraan');
    assert.equal(words(PLATE, 'field_format').message, 'Masukkan Nomor polisi seperti BP 1234 AB');
    assert.equal(words(NOTE, 'field_length').message, 'Catatan 1 sampai 5 huruf');
  });

  it('refuses declarations that cannot work: the same id twice, an impossible length, the same choice twice', () => {
    assert.deepEqual(bookingFieldProblems([KK, PLATE, KIND]), []);
    const problems = bookingFieldProblems([
      KK,
      { ...KK, minLength: 20 },
      { ...KIND, choices: [KIND.choices![0]!, KIND.choices![0]!] },
    ]);
    assert.deepEqual(
      problems.map((p) => p.field),
      ['bookingFields.1.id', 'bookingFields.1.minLength', 'bookingFields.2.choices'],
    );
  });
});
