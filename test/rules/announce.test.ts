// The board's spoken call: numbers in Indonesian and English words, written out by hand here, and whole sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callAnnouncement, numberWordsEn, numberWordsId, spokenText } from '../../src/rules/announce.js';

describe('numbers in Indonesian words', () => {
  const cases: [number, string][] = [
    [0, 'nol'],
    [1, 'satu'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [215, 'dua ratus lima belas'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [2026, 'dua ribu dua puluh enam'],
    [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'],
    [999999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
  ];
  for (const [n, words] of cases) it(`${n}: ${words}`, () => assert.equal(numberWordsId(n), words));
  it('reads what it cannot count digit by digit', () =>
    assert.equal(numberWordsId(1234567), 'satu dua tiga empat lima enam tujuh'));
});

describe('numbers in English words', () => {
  const cases: [number, string][] = [
    [0, 'zero'],
    [12, 'twelve'],
    [20, 'twenty'],
    [42, 'forty-two'],
    [100, 'one hundred'],
    [105, 'one hundred five'],
    [2026, 'two thousand twenty-six'],
  ];
  for (const [n, words] of cases) it(`${n}: ${words}`, () => assert.equal(numberWordsEn(n), words));
});

describe('a call read aloud', () => {
  it('drops leading zeros and the hyphen of a queue number', () => {
    assert.equal(spokenText('A-012', 'id'), 'A dua belas');
    assert.equal(spokenText('D-001', 'en'), 'D one');
  });
  it('says the sentence of the issue in Bahasa Indonesia', () => {
    assert.equal(callAnnouncement('A-012', 'Loket 3', 'id'), 'Nomor antrean A dua belas, silakan ke loket tiga.');
  });
  it('says it in English', () => {
    assert.equal(callAnnouncement('A-012', 'Loket 3', 'en'), 'Queue number A twelve, please go to counter three.');
  });
  it('reads a counter with a letter, and a counter with no number as named', () => {
    assert.equal(
      callAnnouncement('B-120', 'Loket 1B', 'id'),
      'Nomor antrean B seratus dua puluh, silakan ke loket satu B.',
    );
    assert.equal(
      callAnnouncement('C-007', 'Meja Informasi', 'id'),
      'Nomor antrean C tujuh, silakan ke Meja Informasi.',
    );
  });
});
