// What the hall's board says aloud when a number is called: the number and the counter in words, as an announcer
// would read them ("Nomor antrean A dua belas, silakan ke loket tiga"), so speech synthesis never reads "A-012" as
// "A minus nol satu dua". Pure: the board (src/components/queue-board) passes the result to `speechSynthesis`.

const ID_UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A whole number 0–999,999 in Indonesian words: 11 *sebelas*, 12 *dua belas*, 100 *seratus*, 1000 *seribu*,
 * 2026 *dua ribu dua puluh enam*. Larger or fractional numbers are read digit by digit.
 */
export function numberWordsId(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return digitsId(String(n));
  if (n < 10) return ID_UNITS[n]!;
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${ID_UNITS[n - 10]} belas`;
  const joined = (head: string, rest: number) => (rest ? `${head} ${numberWordsId(rest)}` : head);
  if (n < 100) return joined(`${ID_UNITS[Math.floor(n / 10)]} puluh`, n % 10);
  if (n < 1000) {
    const h = Math.floor(n / 100);
    return joined(h === 1 ? 'seratus' : `${ID_UNITS[h]} ratus`, n % 100);
  }
  const k = Math.floor(n / 1000);
  return joined(k === 1 ? 'seribu' : `${numberWordsId(k)} ribu`, n % 1000);
}

/** A whole number 0–999,999 in English words: 12 *twelve*, 105 *one hundred five*, 2026 *two thousand twenty-six*. */
export function numberWordsEn(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return [...String(n)].map((d) => EN_UNITS[+d] ?? d).join(' ');
  if (n < 20) return EN_UNITS[n]!;
  if (n < 100) return EN_TENS[Math.floor(n / 10)]! + (n % 10 ? `-${EN_UNITS[n % 10]}` : '');
  const joined = (head: string, rest: number) => (rest ? `${head} ${numberWordsEn(rest)}` : head);
  if (n < 1000) return joined(`${EN_UNITS[Math.floor(n / 100)]} hundred`, n % 100);
  return joined(`${numberWordsEn(Math.floor(n / 1000))} thousand`, n % 1000);
}

const digitsId = (s: string) => [...s].map((d) => ID_UNITS[+d] ?? d).join(' ');

/**
 * Text as it should be spoken: each run of digits becomes words (leading zeros dropped: `012` is twelve),
 * hyphens and other separators become spaces. `A-012` → `A dua belas`; `Loket 1B` → `Loket satu B`.
 */
export function spokenText(text: string, lang: 'id' | 'en'): string {
  const words = lang === 'en' ? numberWordsEn : numberWordsId;
  return text
    .replace(/\d+/g, (digits) => ` ${words(Number(digits))} `)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The announcement of a call: "Nomor antrean A dua belas, silakan ke loket tiga." in Bahasa Indonesia,
 * "Queue number A twelve, please go to counter three." in English. A counter named with a number ("Loket 3") is
 * read as the counter word and the number; any other name as it is written.
 */
export function callAnnouncement(queueNumber: string, counterName: string, lang: 'id' | 'en'): string {
  const number = spokenText(queueNumber, lang);
  const counted = /^\s*(loket|counter)\s+(.+)$/i.exec(counterName);
  const word = lang === 'en' ? 'counter' : 'loket';
  const counter = counted ? `${word} ${spokenText(counted[2]!, lang)}` : spokenText(counterName, lang);
  return lang === 'en'
    ? `Queue number ${number}, please go to ${counter}.`
    : `Nomor antrean ${number}, silakan ke ${counter}.`;
}
