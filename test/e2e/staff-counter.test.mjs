// The counter page and the reports in Chromium against the real server: a counter officer on a tablet checks a
// resident in and calls them with the keyboard alone, the resident's open tracker says which counter to go to, the
// officer marks the visit served; the viewer's report counts the visit. Strict CSP, no console errors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bookThroughApi } from '../kit/api.mjs';
import { appErrors, openPage, useDemo } from '../kit/browser.mjs';
import { COUNTER_OFFICER, timeBudget } from '../kit/fixtures.mjs';
import { signedInPage, STAFF, STAFF_SCREENS } from '../kit/staff.mjs';

const env = useDemo({ staff: [STAFF.viewer] });

/** Books the 09.00 session of a KPP service through the API; answers the code and the NIK. */
const bookKpp = () => bookThroughApi(env.demo.api, { name: 'Warga Loket', phone: '+6281200000001' });

describe('the counter page', () => {
  it('checks a resident in and calls them with the keyboard alone; the resident’s tracker names the counter', async () => {
    const { code, nik } = await bookKpp();
    // The resident follows their booking on the day, the tracker open on their phone.
    const resident = await openPage(env.browser, `${env.demo.origin}/tracker.html?kode=${code}`);
    const tracker = resident.page.locator('mpp-status-tracker');
    await tracker.getByLabel('4 angka terakhir NIK').fill(nik.slice(-4));
    await tracker.getByRole('button', { name: 'Cek status' }).click();
    await tracker.locator('.badge', { hasText: 'Terjadwal' }).waitFor();

    const { page, context, record } = await signedInPage(
      env.browser,
      env.demo,
      COUNTER_OFFICER,
      'loket',
      STAFF_SCREENS.tablet,
    );
    await page.getByRole('heading', { name: 'Loket 10 · KPP Pratama' }).waitFor();
    await page.getByRole('heading', { name: 'Check-in' }).waitFor();
    // Keyboard only: focus the code field, type, Enter; then Tab to the call button and press it.
    await page.getByLabel('Kode booking').focus();
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `${code} sudah check-in. Nomor antrean K-001` })
      .waitFor();
    await page.getByRole('button', { name: 'Panggil berikutnya' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Nomor K-001 dipanggil ke Loket 10.').waitFor();
    const serving = await page.locator('.facts').innerText();
    assert.match(serving, new RegExp(code));
    assert.doesNotMatch(await page.locator('main').innerText(), /Warga Loket|6281200000001|\d{16}/, 'no personal data');

    // The resident's tracker, on its next refresh: their turn, and where to go.
    await tracker
      .locator('.queue__turn', { hasText: 'Giliran Anda sekarang. Silakan ke Loket 10.' })
      .waitFor({ timeout: timeBudget(45_000) });

    await page.getByRole('button', { name: 'Selesai dilayani' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('K-001 selesai dilayani.').waitFor();
    assert.deepEqual(record.violations, []);
    assert.deepEqual(appErrors(record), []);
    await context.close();
    await resident.context.close();
  });

  // After the test above: its visit is the one the report counts.
  it('shows the viewer a report that counts the visit, as a table and a chart, and downloads it as CSV', async () => {
    const { page, context, record } = await signedInPage(env.browser, env.demo, STAFF.viewer, 'laporan');
    await page.getByRole('heading', { name: 'Laporan', exact: true }).waitFor();
    await page.getByLabel('Dari tanggal').fill('2026-12-07');
    await page.getByLabel('Sampai tanggal').fill('2026-12-07');
    await page.getByRole('button', { name: 'Tampilkan laporan' }).click();
    const table = page.getByRole('table', { name: 'Rincian per hari, instansi dan layanan' });
    const row = table.getByRole('row').filter({ hasText: 'KPP' }).first();
    await row.waitFor();
    const cells = await row.getByRole('cell').allInnerTexts();
    assert.equal(cells[5], '1', 'one visit (checked in)');
    assert.equal(cells[6], '1', 'served');
    assert.ok(await page.locator('figure svg rect').count(), 'a chart');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh CSV', exact: true }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), 'laporan-mpp-2026-12-07-2026-12-07.csv');
    assert.deepEqual(record.violations, []);
    assert.deepEqual(appErrors(record), []);
    await context.close();
  });
});
