// End to end in Chromium against the reference server (issue 22 item 4): a day whose places are all taken and the
// day whose booking window opens later are shown as such in the day question, BEFORE the resident picks: "Penuh"
// with the next day that has places, "Belum dibuka" with when it opens. The server's clock is the kit's Monday
// 08.50 (MPP_FAKE_NOW); the agency's administrator gives the service one place a day and an opening hour of 10.00,
// and Tuesday's one place is booked through the API first.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { openPage, useDemo } from '../kit/browser.mjs';
import { newNik } from '../kit/fixtures.mjs';
import { STAFF } from '../kit/staff.mjs';

const env = useDemo({ staff: [STAFF.agencyAdmin] });
const KTP = 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru';
const TUESDAY = '2026-12-08';

/** A staff call as the agency's administrator: signed in, its session cookie and CSRF token on the call. */
async function asAgencyAdmin(method, path, body) {
  const login = await fetch(`${env.demo.api}/staff/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ email: STAFF.agencyAdmin.email, password: STAFF.agencyAdmin.password }),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const { csrfToken } = await login.json();
  const res = await fetch(`${env.demo.api}${path}`, {
    method,
    headers: {
      Cookie: login.headers.get('set-cookie').split(';')[0],
      'X-CSRF-Token': csrfToken,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 200, await res.clone().text());
  return res.json();
}

/** The day radio of `date` in the booking: its accessible name, its hint, and whether it can be chosen. */
async function day(booking, date) {
  const radio = booking.locator(`input[name=day][value="${date}"]`);
  await radio.waitFor({ state: 'attached' });
  const label = booking.locator(`label[for="${await radio.getAttribute('id')}"]`);
  const hintId = await radio.getAttribute('aria-describedby');
  return {
    name: (await label.innerText()).replace(/\s+/g, ' ').trim(),
    hint: (await booking.locator(`[id="${hintId}"]`).innerText()).trim(),
    disabled: await radio.isDisabled(),
    radio,
  };
}

describe('full and not-yet-open days, shown before the choice', () => {
  before(async () => {
    await asAgencyAdmin('PUT', `/staff/services/${KTP}/schedule`, {
      windowOpensAt: '10:00',
      weekdays: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, sessions: [{ start: '14:00', end: '15:00', quota: 1 }] })),
    });
    // Tuesday's one place, taken through the API by another resident.
    const res = await fetch(`${env.demo.api}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({
        serviceId: KTP,
        date: TUESDAY,
        sessionId: 's1400',
        nik: newNik(),
        name: 'Budi Santoso',
        phone: '+6281234567001',
      }),
    });
    assert.equal(res.status, 201, await res.clone().text());
  });

  it('Tuesday says "Penuh" and names Wednesday; the window\'s last day says "Belum dibuka" and when it opens', async () => {
    const { page, context } = await openPage(env.browser, `${env.demo.origin}/booking.html?layanan=${KTP}`);
    const booking = page.locator('mpp-queue-booking');
    await booking.getByRole('heading', { name: /Kapan Anda akan datang?/ }).waitFor();

    // Before any choice: the full day is named so, with the next day that has places, and cannot be chosen.
    const tuesday = await day(booking, TUESDAY);
    assert.equal(tuesday.name, 'Selasa, 8 Desember 2026 Penuh');
    assert.equal(tuesday.hint, 'Hari terdekat yang masih ada tempat: Rabu, 9 Desember 2026');
    assert.equal(tuesday.disabled, true);
    // What a screen reader says on it: the date and "Penuh", with a space between.
    await assert.doesNotReject(
      booking.getByRole('radio', { name: 'Selasa, 8 Desember 2026 Penuh', exact: true }).waitFor(),
    );

    // The window's last day (a week on) opens at 10.00 today: not open yet, and when.
    const lastDay = await day(booking, '2026-12-14');
    assert.equal(lastDay.name, 'Senin, 14 Desember 2026 Belum dibuka');
    assert.equal(lastDay.hint, 'Dibuka Senin 10.00 WIB');
    assert.equal(lastDay.disabled, true);

    // Wednesday, the day named, can be chosen.
    const wednesday = await day(booking, '2026-12-09');
    assert.equal(wednesday.name, 'Rabu, 9 Desember 2026');
    assert.equal(wednesday.hint, '1 tempat tersisa');
    assert.equal(wednesday.disabled, false);
    await context.close();
  });
});
