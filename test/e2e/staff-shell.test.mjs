// The staff pages' shell in Chromium against the real server: served under /staff/ with the strict CSP, a wrong
// password refused in the error summary, signing in with the keyboard alone, the role's menu, signing out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appErrors, deepFocus, newPage, useDemo } from '../kit/browser.mjs';
import { COUNTER_OFFICER } from '../kit/fixtures.mjs';
import { fillSignIn, signedInPage, STAFF, STAFF_SCREENS, waitForFocus } from '../kit/staff.mjs';

const env = useDemo({ staff: [STAFF.agencyAdmin] });

describe('the staff pages', () => {
  it('are served under /staff/ with the strict CSP, and refuse a wrong password in the error summary', async () => {
    const { page, context, record } = await newPage(env.browser, STAFF_SCREENS.tablet);
    const response = await page.goto(`${env.demo.origin}/staff`);
    assert.equal(new URL(page.url()).pathname, '/staff/');
    assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
    await fillSignIn(page, { email: STAFF.agencyAdmin.email, password: 'bukan-kata-sandinya' });
    const summary = page.getByRole('alert').filter({ hasText: 'Ada masalah' });
    await summary.getByRole('link', { name: 'E-mail atau kata sandi salah.' }).waitFor();
    // GOV.UK's markup: the box has focus, with no role or label of its own, and the one alert is the wrapper inside.
    assert.equal(await page.getByRole('alert').count(), 1);
    await waitForFocus(page, { tag: 'div' });
    assert.deepEqual(
      await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const alert = el.firstElementChild;
        return [el.className, el.getAttribute('role'), el.getAttribute('aria-labelledby'), alert?.getAttribute('role')];
      }),
      ['error-summary', null, null, 'alert'],
    );
    assert.equal(await page.getByRole('navigation').count(), 0);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(appErrors(record), []);
    await context.close();
  });

  it('signs in with the keyboard alone, shows the role its menu, and signs out', async () => {
    const { page, context, record } = await newPage(env.browser, STAFF_SCREENS.counterPc);
    await page.goto(`${env.demo.origin}/staff/`);
    await page.getByRole('heading', { name: 'Masuk sebagai petugas MPP' }).waitFor();
    // Tab from the top: the skip link, the e-mail, the password, the button.
    await page.keyboard.press('Tab');
    assert.equal((await deepFocus(page)).text, 'Langsung ke isi utama');
    await page.keyboard.press('Tab');
    await page.keyboard.type(STAFF.agencyAdmin.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(STAFF.agencyAdmin.password);
    await page.keyboard.press('Enter');
    const menu = page.getByRole('navigation', { name: 'Menu petugas' });
    await menu.waitFor();
    await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
    await waitForFocus(page, { tag: 'h1' }); // the page heading takes focus
    assert.match(await page.locator('header').innerText(), /Administrator instansi · disdukcapil/);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'mpp_staff');
    assert.ok(session?.httpOnly && session.sameSite === 'Strict', 'an HttpOnly, SameSite=Strict session cookie');

    // A reload keeps the session (GET /staff/session), and signing out ends it.
    await page.reload();
    await menu.waitFor();
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByText('Anda telah keluar.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Masuk sebagai petugas MPP' }).waitFor();
    assert.deepEqual(record.violations, []);
    assert.deepEqual(appErrors(record), []);
    await context.close();
  });

  it('lets an administrator on a tablet reach and check the service form with the keyboard alone', async () => {
    const { page, context, record } = await signedInPage(
      env.browser,
      env.demo,
      STAFF.agencyAdmin,
      'layanan',
      STAFF_SCREENS.tablet,
    );
    await page.getByRole('heading', { name: 'Layanan', exact: true }).waitFor();
    await waitForFocus(page, { tag: 'h1', text: 'Layanan' });
    // From the page's heading, the first link is "Tambah layanan".
    await page.keyboard.press('Tab');
    assert.equal((await deepFocus(page)).text, 'Tambah layanan');
    await page.keyboard.press('Enter');
    await waitForFocus(page, { tag: 'h1', text: 'Tambah layanan' }); // the new page's heading takes focus
    // Sending the empty form: the error summary takes focus, and its first link takes focus to the field.
    await page.getByRole('button', { name: 'Simpan layanan' }).focus();
    await page.keyboard.press('Enter');
    await waitForFocus(page, { text: /^Layanan belum disimpan/ }); // the error summary
    await page.keyboard.press('Tab');
    assert.equal((await deepFocus(page)).text, 'Tulis nama layanan.');
    await page.keyboard.press('Enter');
    assert.equal((await deepFocus(page)).id, 'name');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 820, `no sideways scrolling on a tablet (${width}px)`);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(appErrors(record), []);
    await context.close();
  });

  it('shows a counter officer only the sections an officer may use', async () => {
    const { page, context } = await signedInPage(env.browser, env.demo, COUNTER_OFFICER);
    const links = await page.getByRole('navigation', { name: 'Menu petugas' }).getByRole('link').allInnerTexts();
    assert.ok(!links.includes('Layanan'), `an officer does not manage services: ${links}`);
    for (const section of ['Jadwal & kuota', 'Hari tutup', 'Akun staf', 'Catatan audit'])
      assert.ok(!links.includes(section), `an officer does not see ${section}: ${links}`);
    await context.close();
  });
});
