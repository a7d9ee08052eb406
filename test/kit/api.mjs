// Setup steps through the MPP API rather than the widgets: a booking made as a resident's request arrives, for the
// tests whose subject is what comes after it (the counter, the hall's board, the survey, the schedule).
import assert from 'node:assert/strict';
import { COUNTER_OFFICER, newNik } from './fixtures.mjs';

/** The first bookable service of an agency in the server's catalogue. */
export async function bookableServiceOf(api, agencyId = COUNTER_OFFICER.agencyId) {
  const { items } = await (await fetch(`${api}/services`)).json();
  return items.find((s) => s.agencyId === agencyId && s.bookable).id;
}

/**
 * Books a visit through `POST /bookings` with a new NIK; answers `{ code, nik }`. By default a service of the
 * counter officer's agency, Monday 7 December 2026 at 09.00 (the demo server's day).
 */
export async function bookThroughApi(
  api,
  { serviceId, date = '2026-12-07', sessionId = 's0900', name = 'Warga', phone = '+6281200000000' } = {},
) {
  const nik = newNik();
  const res = await fetch(`${api}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${nik}` },
    body: JSON.stringify({ serviceId: serviceId ?? (await bookableServiceOf(api)), date, sessionId, nik, name, phone }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  return { code: (await res.json()).code, nik };
}
