// The second factor as the MPP chooses it: what each kind accepts, and that only the right answer opens a booking.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  birthDateFromInput,
  isSecondFactorKind,
  nikBirthOf,
  normaliseSecondFactor,
  secondFactorMatches,
} from '../../src/rules/index.js';

// A woman born 17 August 1990 (day 17 + 40 = 57), serial 0003.
const NIK = '3172015708900003';
const kept = { nikLast4: '0003', phone: '+6281234567788', nikBirth: nikBirthOf(NIK) };

describe('second factor', () => {
  it('reads the birth date a NIK encodes, taking back the 40 added for women', () => {
    assert.equal(nikBirthOf(NIK), '170890');
    assert.equal(nikBirthOf('3172011708900003'), '170890');
  });

  it('knows the three kinds and nothing else', () => {
    for (const kind of ['nik_last4', 'phone_last4', 'birth_date']) assert.ok(isSecondFactorKind(kind));
    assert.ok(!isSecondFactorKind('nik'));
    assert.ok(!isSecondFactorKind(undefined));
  });

  const cases: [Parameters<typeof secondFactorMatches>[0], string, boolean][] = [
    ['nik_last4', '0003', true],
    ['nik_last4', '7788', false],
    ['nik_last4', '003', false],
    ['phone_last4', '7788', true],
    ['phone_last4', '0003', false],
    ['birth_date', '1990-08-17', true],
    // The NIK has no century: 2090 reads the same as 1990.
    ['birth_date', '2090-08-17', true],
    ['birth_date', '1990-08-18', false],
    ['birth_date', '1990-02-30', false],
    ['birth_date', '17-08-1990', false],
    ['birth_date', '0003', false],
  ];
  for (const [kind, given, expected] of cases) {
    it(`${kind}: "${given}" ${expected ? 'opens' : 'does not open'} the booking`, () => {
      assert.equal(secondFactorMatches(kind, kept, given), expected);
    });
  }

  it('never matches what was not kept (an older booking, or one erased)', () => {
    const empty = { nikLast4: '', phone: '', nikBirth: '' };
    assert.ok(!secondFactorMatches('nik_last4', empty, '0000'));
    assert.ok(!secondFactorMatches('phone_last4', empty, '0000'));
    assert.ok(!secondFactorMatches('birth_date', empty, '2000-01-01'));
  });

  it('normalises by kind', () => {
    assert.equal(normaliseSecondFactor('phone_last4', '7788'), '7788');
    assert.equal(normaliseSecondFactor('phone_last4', '77a8'), undefined);
    assert.equal(normaliseSecondFactor('birth_date', '1990-08-17'), '1990-08-17');
  });

  it('reads a birth date as the resident types it, DD-MM-YYYY', () => {
    assert.equal(birthDateFromInput('17-08-1990'), '1990-08-17');
    assert.equal(birthDateFromInput(' 7/8/1990 '), '1990-08-07');
    assert.equal(birthDateFromInput('17.08.1990'), '1990-08-17');
    assert.equal(birthDateFromInput('31-02-1990'), undefined);
    assert.equal(birthDateFromInput('1990-08-17'), '1990-08-17', 'as a browser fills in a saved birthday');
    assert.equal(birthDateFromInput('1990-02-30'), undefined);
    assert.equal(birthDateFromInput(''), undefined);
  });
});
