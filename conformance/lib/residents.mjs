// Made-up residents for the kit's bookings: each with a NIK that passes the contract's rules (a province code in
// use, a real birth date DDMMYY with 40 added to the day for women, a serial other than 0000), a mobile number and
// a name. Random, so runs against the same implementation never meet each other's bookings.
import { randomInt } from 'node:crypto';

/** Province codes in use (Kemendagri), a few of the many: any of them is accepted by a conforming implementation. */
export const PROVINCES = [
  '11',
  '12',
  '13',
  '14',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '61',
  '64',
  '71',
  '73',
];

const pad = (n, width) => String(n).padStart(width, '0');

/** A NIK that follows every rule the contract names for it. */
export function newNik() {
  const province = PROVINCES[randomInt(PROVINCES.length)];
  const regency = pad(randomInt(1, 72), 2);
  const district = pad(randomInt(1, 40), 2);
  const month = randomInt(1, 13);
  const day = randomInt(1, 29) + (randomInt(2) ? 40 : 0); // 1–28: a real day in every month
  const year = pad(randomInt(0, 100), 2);
  const serial = pad(randomInt(1, 10000), 4);
  return `${province}${regency}${district}${pad(day, 2)}${pad(month, 2)}${year}${serial}`;
}

/** A resident the kit books for: NIK, name, mobile number. */
export function newResident() {
  return {
    nik: newNik(),
    name: 'Uji Kesesuaian',
    phone: `+62812${pad(randomInt(0, 100_000_000), 8)}`,
  };
}

/** A key for Idempotency-Key: visible ASCII, 8–128 characters. */
export const newKey = () => `conformance-${Date.now().toString(36)}-${randomInt(2 ** 47).toString(36)}`;
