// The demo operator page in Chromium: a counter officer signs in (no shared token any more), checks a resident in,
// and is refused another agency's booking; a wrong password gets nowhere.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useDemo } from '../kit/browser.mjs';
import { COUNTER_OFFICER, newNik } from '../kit/fixtures.mjs';

const env = useDemo();

/** Books the 09.00 session of a service through the API; answers the booking code. */
async function bookVia(serviceId) {
  const res = await fetch(`${env.demo.api}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-op-${serviceId}-${Date.now()}` },
    body: JSON.stringify({
      serviceId,
      date: '2026-12-07',
      sessionId: 's0900',
      nik: newNik(),
      name: 'Warga',
      phone: '+6281200000000',
    }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()).code;
}

const serviceOf = async (agencyId) => {
  const { items } = await (await fetch(`${env.demo.api}/services`)).json();
  return items.find((s) => s.agencyId === agencyId && s.bookable).id;
};

describe('the operator page', () => {
  it('signs a counter officer in, checks their own agency’s resident in, and refuses another agency’s', async () => {
    const mine = await bookVia(await serviceOf(COUNTER_OFFICER.agencyId));
    const theirs = await bookVia(await serviceOf('disdukcapil'));
    const { page, context } = await openPage(env.browser, `${env.demo.origin}/operator.html`);
    const output = page.locator('#output');

    await page.getByLabel('E-mail').fill(COUNTER_OFFICER.email);
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await output.filter({ hasText: /^401/ }).waitFor();

    await page.getByLabel('Kata sandi').fill(COUNTER_OFFICER.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText(`Masuk sebagai ${COUNTER_OFFICER.email}`).waitFor();
    assert.equal(await page.getByLabel('Kata sandi').inputValue(), '', 'the password is not left in the form');
    const cookies = await context.cookies();
    assert.equal(cookies.length, 1);
    assert.equal(cookies[0].httpOnly, true);
    assert.equal(cookies[0].sameSite, 'Strict');

    await page.getByLabel('Kode booking').fill(mine);
    await page.getByRole('button', { name: 'Check-in' }).click();
    await output.filter({ hasText: /"status":"checked_in"/ }).waitFor();

    await page.getByLabel('Kode booking').fill(theirs);
    await page.getByRole('button', { name: 'Check-in' }).click();
    await output.filter({ hasText: /^403/ }).waitFor();

    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    await page.getByLabel('Kode booking').fill(mine);
    await page.getByRole('button', { name: 'Check-in' }).click();
    await output.filter({ hasText: /^401/ }).waitFor();
    await context.close();
  });
});
