import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateEmail, validateName, validateNik, validatePhone } from '../../../src/core/validation.js';

describe('validateNik', () => {
  const valid: [string, string][] = [
    ['3172014509900003', '3172014509900003'], // Jakarta, woman born 5 Sep 1990
    ['2172010101850001', '2172010101850001'], // Kepulauan Riau, man born 1 Jan 1985
    ['2172 0101 0185 0001', '2172010101850001'], // pasted with spaces
    ['2172-0101.0185-0001', '2172010101850001'],
    ['2172016902000001', '2172016902000001'], // woman born 29 Feb 2000
    ['9471010101900001', '9471010101900001'], // Papua, older card
    ['9671010101900001', '9671010101900001'], // Papua Barat Daya
  ];
  for (const [input, value] of valid) {
    it(`accepts ${input}`, () => {
      expect(validateNik(input)).to.deep.equal({ ok: true, value });
    });
  }

  const invalid: [string, string][] = [
    ['', 'nik_required'],
    ['   ', 'nik_required'],
    ['3172O14509900003', 'nik_digits'], // letter O for zero
    ['317201450990000', 'nik_length'],
    ['31720145099000031', 'nik_length'],
    ['0072014509900003', 'nik_province'],
    ['2072014509900003', 'nik_province'],
    ['9972014509900003', 'nik_province'],
    ['3172013209900003', 'nik_birthdate'], // day 32
    ['3172017209900003', 'nik_birthdate'], // day 72 (woman, 32)
    ['3172010013900003', 'nik_birthdate'], // month 13
    ['3172010000900003', 'nik_birthdate'], // month 0
    ['3172013002900003', 'nik_birthdate'], // 30 Feb
    ['3172012902010003', 'nik_birthdate'], // 29 Feb in 1901 and 2001
    ['3172010101900000', 'nik_serial'],
  ];
  for (const [input, key] of invalid) {
    it(`refuses ${JSON.stringify(input)} with ${key}`, () => {
      expect(validateNik(input)).to.deep.equal({ ok: false, key });
    });
  }

  it('accepts every well-formed NIK and refuses every length but 16 (property)', () => {
    const day = fc.integer({ min: 1, max: 28 });
    fc.assert(
      fc.property(
        fc.constantFrom(11, 21, 31, 36, 51, 64, 76, 82, 96),
        fc.integer({ min: 1, max: 9999 }),
        day,
        fc.boolean(),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 9999 }),
        (province, region, d, woman, month, yy, serial) => {
          const pad = (n: number, w: number) => String(n).padStart(w, '0');
          const nik = `${province}${pad(region, 4)}${pad(woman ? d + 40 : d, 2)}${pad(month, 2)}${pad(yy, 2)}${pad(serial, 4)}`;
          return validateNik(nik).ok === true;
        },
      ),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,30}$/), (digits) => {
        const result = validateNik(digits);
        return digits.length === 16 || (!result.ok && result.key === 'nik_length');
      }),
    );
  });
});

describe('validatePhone', () => {
  const valid: [string, string][] = [
    ['081234567890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['0812 3456 789', '+628123456789'],
    ['6281234567890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['(+62) 812-3456-7890', '+6281234567890'],
    ['0895123456', '+62895123456'],
  ];
  for (const [input, value] of valid) {
    it(`normalises ${input} to ${value}`, () => {
      expect(validatePhone(input)).to.deep.equal({ ok: true, value });
    });
  }

  const invalid: [string, string][] = [
    ['', 'phone_required'],
    ['0771 4440123', 'phone_not_mobile'], // Tanjungpinang landline
    ['+62 771 444 0123', 'phone_not_mobile'],
    ['0812345', 'phone_format'], // too short
    ['08123456789012', 'phone_format'], // too long
    ['0801234567', 'phone_format'], // 080 is not a mobile prefix
    ['+6581234567', 'phone_format'], // Singapore
    ['08l2345678', 'phone_format'], // letter l
    ['nomor saya 0812', 'phone_format'],
  ];
  for (const [input, key] of invalid) {
    it(`refuses ${JSON.stringify(input)} with ${key}`, () => {
      expect(validatePhone(input)).to.deep.equal({ ok: false, key });
    });
  }

  it('gives the same number for every way of writing it (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^8[1-9]\d{7,10}$/), (national) => {
        const expected = { ok: true, value: `+62${national}` };
        return [
          `0${national}`,
          `62${national}`,
          `+62${national}`,
          `0${national.slice(0, 3)} ${national.slice(3)}`,
        ].every((written) => JSON.stringify(validatePhone(written)) === JSON.stringify(expected));
      }),
    );
  });
});

describe('validateName and validateEmail', () => {
  it('folds spaces in names and requires one', () => {
    expect(validateName('  Siti   Aminah ')).to.deep.equal({ ok: true, value: 'Siti Aminah' });
    expect(validateName('   ')).to.deep.equal({ ok: false, key: 'name_required' });
    expect(validateName('a'.repeat(101))).to.deep.equal({ ok: false, key: 'name_too_long' });
  });
  it('counts a name in characters as the contract does, so 100 emoji or letters with marks still fit', () => {
    // Each is two UTF-16 units: counted in units, 60 of them were refused though the contract allows 100.
    expect(validateName('😀'.repeat(100)).ok).to.equal(true);
    expect(validateName('😀'.repeat(101))).to.deep.equal({ ok: false, key: 'name_too_long' });
  });
  it('accepts an empty or plausible e-mail and refuses the rest', () => {
    expect(validateEmail('')).to.deep.equal({ ok: true, value: '' });
    expect(validateEmail(' siti@contoh.id ')).to.deep.equal({ ok: true, value: 'siti@contoh.id' });
    expect(validateEmail('siti@contoh')).to.deep.equal({ ok: false, key: 'email_format' });
    expect(validateEmail('siti contoh.id')).to.deep.equal({ ok: false, key: 'email_format' });
  });
});
