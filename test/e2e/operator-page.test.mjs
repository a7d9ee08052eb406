// The demo operator page in Chromium: a counter officer signs in (no shared token any more), checks a resident in,
// and is refused another agency's booking; a wrong password gets nowhere.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bookableServiceOf, bookThroughApi } from '../kit/api.mjs';
import { openPage, useDemo } from '../kit/browser.mjs';
import { COUNTER_OFFICER } from '../kit/fixtures.mjs';

const env = useDemo();

/** Books the 09.00 session of a service through the API; answers the booking code. */
const bookVia = async (serviceId) => (await bookThroughApi(env.demo.api, { serviceId })).code;

describe('the operator page', () => {
  it('signs a counter officer in, checks their own agency’s resident in, and refuses another agency’s', async () => {
    const mine = await bookVia(await bookableServiceOf(env.demo.api, COUNTER_OFFICER.agencyId));
    const theirs = await bookVia(await bookableServiceOf(env.demo.api, 'disdukcapil'));
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
