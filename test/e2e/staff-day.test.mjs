// An MPP's day, end to end on the real server in Chromium (issue 18's "done when"): the MPP administrator creates
// an agency administrator and a counter officer; the agency administrator adds a service with two sessions a day,
// closes a day, and imports the catalogue's spreadsheet — refused with one bad row, nothing changed, then applied; a
// resident books the new service through the widget; the officer checks the resident in and calls them, and the
// resident's open tracker names the counter; the audit log lists every step, and the report counts the visit.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseCsv, toCsv } from '../../.build/src/rules/csv.js';
import { appErrors, openPage, useDemo } from '../kit/browser.mjs';
import { newNik, timeBudget } from '../kit/fixtures.mjs';
import { playwrightUi, resident } from '../kit/resident.mjs';
import { signedInPage, STAFF, STAFF_SCREENS } from '../kit/staff.mjs';

const env = useDemo({ staff: [STAFF.mppAdmin] });
const NAME = 'Legalisir Kartu Keluarga';
const TUESDAY = '2026-12-08';
const agencyAdmin = {
  email: 'kepala-disdukcapil@mpp.test',
  password: 'kata-sandi-kepala-e2e',
  name: 'Kepala Disdukcapil',
};
const officer = { email: 'loket-disdukcapil@mpp.test', password: 'kata-sandi-loket-e2e', name: 'Petugas Loket' };

/** The MPP administrator's accounts page: a new account of `role` in Disdukcapil. */
async function createAccount(page, account, role) {
  await page.getByRole('button', { name: 'Buat akun baru' }).click();
  await page.getByRole('heading', { name: 'Akun baru' }).waitFor();
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Nama').fill(account.name);
  await page.getByLabel('Peran').selectOption({ label: role });
  await page
    .getByLabel('Instansi')
    .selectOption({ label: 'Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungpinang' });
  await page.getByLabel('Kata sandi').fill(account.password);
  await page.getByRole('button', { name: 'Buat akun' }).click();
  await page.getByText(`Akun ${account.email} dibuat.`).waitFor();
}

/** Fills session `n` of `day` (Senin, Selasa, …) on the schedule page. */
async function session(page, day, n, start, end, quota) {
  await page.getByLabel(`Mulai (JJ:MM) (${day}, sesi ${n})`).fill(start);
  await page.getByLabel(`Selesai (JJ:MM) (${day}, sesi ${n})`).fill(end);
  await page.getByLabel(`Kuota (orang) (${day}, sesi ${n})`).fill(String(quota));
}

describe('an MPP’s day in the staff pages', { timeout: timeBudget(240_000) }, () => {
  it('accounts, a new service with two sessions a day, a closed day, the spreadsheet, a visit, the audit and the report', async () => {
    // The MPP administrator makes the agency's administrator and counter officer.
    const admin = await signedInPage(env.browser, env.demo, STAFF.mppAdmin, 'akun');
    await admin.page.getByRole('heading', { name: 'Akun staf' }).waitFor();
    await createAccount(admin.page, agencyAdmin, 'Administrator instansi');
    await createAccount(admin.page, officer, 'Petugas loket');

    // The agency administrator adds the service, published and bookable online.
    const agency = await signedInPage(env.browser, env.demo, agencyAdmin, 'layanan');
    const { page } = agency;
    const menu = page.getByRole('navigation', { name: 'Menu petugas' });
    await page.getByRole('link', { name: 'Tambah layanan' }).click();
    await page.getByRole('heading', { name: 'Tambah layanan' }).waitFor();
    await page.getByLabel('Nama layanan', { exact: true }).fill(NAME);
    await page.getByLabel('Kategori', { exact: true }).fill('Kependudukan');
    await page.getByLabel('Kata kunci pencarian').fill('legalisir, kk');
    await page.getByLabel('Persyaratan', { exact: true }).fill('Kartu Keluarga asli\nFotokopi Kartu Keluarga');
    await page
      .getByLabel('Prosedur', { exact: true })
      .fill('Serahkan berkas di loket\nTerima fotokopi yang dilegalisir');
    await page.getByLabel('Jangka waktu penyelesaian', { exact: true }).fill('Selesai di hari yang sama');
    await page.getByLabel('Produk layanan', { exact: true }).fill('Fotokopi Kartu Keluarga yang dilegalisir');
    await page.getByLabel('Tempat layanan').fill('Loket 1, MPP Tanjungpinang');
    await page.getByLabel('Warga dapat memesan kunjungan secara daring').check();
    await page.getByLabel('Tampilkan kepada warga').check();
    await page.getByRole('button', { name: 'Simpan layanan' }).click();
    await page.getByText('Layanan disimpan.').waitFor();
    const { items } = await (await fetch(`${env.demo.api}/services`)).json();
    const serviceId = items.find((s) => s.name === NAME)?.id;
    assert.ok(serviceId, 'residents see the new service');

    // Two sessions a day, Monday and Tuesday.
    await page.goto(`${env.demo.origin}/staff/#/jadwal/${serviceId}`);
    await page.getByRole('heading', { name: 'Jadwal sesi dan kuota' }).waitFor();
    for (const day of ['Senin', 'Selasa']) {
      await page.getByRole('button', { name: `Tambah sesi ${day}` }).click();
      await page.getByRole('button', { name: `Tambah sesi ${day}` }).click();
      await session(page, day, 1, '09:00', '10:00', 5);
      await session(page, day, 2, '13:00', '14:00', 5);
    }
    await page.getByRole('button', { name: 'Simpan jadwal' }).click();
    await page.getByText('Jadwal disimpan. Warga melihat sesi baru sekarang.').waitFor();
    const monday = (await (await fetch(`${env.demo.api}/services/${serviceId}/availability?days=1`)).json()).days[0];
    assert.deepEqual(
      monday.sessions.map((s) => `${s.start.slice(11, 16)}–${s.end.slice(11, 16)}`),
      ['09:00–10:00', '13:00–14:00'],
    );

    // Tuesday closed for the agency.
    await menu.getByRole('link', { name: 'Hari tutup' }).click();
    await page.getByRole('heading', { name: 'Hari tutup', exact: true }).waitFor();
    await page.getByLabel('Tanggal yang ditutup').fill(TUESDAY);
    await page.getByLabel('Alasan yang dilihat warga').fill('Rapat koordinasi pelayanan');
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    await page.getByRole('heading', { name: 'Periksa sebelum menutup' }).waitFor();
    await page.getByRole('button', { name: 'Tutup hari ini' }).click();
    await page.getByText(`${TUESDAY} ditutup.`, { exact: false }).waitFor();
    const tuesday = (
      await (await fetch(`${env.demo.api}/services/${serviceId}/availability?from=${TUESDAY}&days=1`)).json()
    ).days[0];
    assert.equal(tuesday.open, false);

    // The spreadsheet: one bad row refused with nothing changed, then the file put right and applied.
    await menu.getByRole('link', { name: 'Impor/ekspor CSV' }).click();
    await page.getByRole('heading', { name: 'Impor dan ekspor katalog' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh CSV' }).click(),
    ]);
    const parsed = parseCsv(await readFile(await download.path(), 'utf8'));
    assert.ok(parsed.ok);
    const [header, ...rows] = parsed.records.map((r) => r.fields);
    const col = (name) => header.indexOf(name);
    const mine = rows.findIndex((r) => r[col('nama')] === NAME);
    const bad = rows.map((r) => [...r]);
    bad[mine][col('persyaratan')] = '';
    bad[mine][col('nama')] = 'Nama yang tidak boleh tersimpan';
    const badFile = join(tmpdir(), `hari-mpp-salah-${Date.now()}.csv`);
    await writeFile(badFile, toCsv([header, ...bad]));
    await page.getByLabel('Berkas CSV').setInputFiles(badFile);
    await page.getByRole('button', { name: 'Periksa dan impor' }).click();
    await page.getByText(/Impor ditolak\. 1 kesalahan pada 1 baris\. Tidak ada yang diubah\./).waitFor();
    const names = async () => (await (await fetch(`${env.demo.api}/services`)).json()).items.map((s) => s.name);
    assert.ok((await names()).includes(NAME), 'nothing changed');
    const good = rows.map((r) => [...r]);
    good[mine][col('waktu_penyelesaian')] = 'Selesai dalam 1 jam';
    const goodFile = join(tmpdir(), `hari-mpp-benar-${Date.now()}.csv`);
    await writeFile(goodFile, toCsv([header, ...good]));
    await page.getByLabel('Berkas CSV').setInputFiles(goodFile);
    await page.getByRole('button', { name: 'Periksa dan impor' }).click();
    await page.getByText('Impor berhasil: semua baris diterapkan.').waitFor();
    assert.deepEqual(appErrors(agency.record), []);

    // A resident books the new service through the widget, and keeps the tracker open.
    const nik = newNik();
    const booker = await openPage(env.browser, `${env.demo.origin}/booking.html?layanan=${serviceId}`);
    const booking = booker.page.locator('mpp-queue-booking');
    await resident(playwrightUi(booking)).book({
      day: /Senin, 7 Desember 2026/,
      session: /09\.00–10\.00 WIB/,
      nik,
      name: 'Siti Aminah',
      phone: '0812 3456 7890',
    });
    const code = (await booking.locator('[part=code]').innerText()).trim();
    await booker.context.close();
    const phone = await openPage(env.browser, `${env.demo.origin}/tracker.html?kode=${code}`);
    const tracker = phone.page.locator('mpp-status-tracker');
    await tracker.getByLabel('4 angka terakhir NIK').fill(nik.slice(-4));
    await tracker.getByRole('button', { name: 'Cek status' }).click();
    await tracker.locator('.badge', { hasText: 'Terjadwal' }).waitFor();

    // The counter officer checks the resident in and calls them; the tracker names the counter.
    const counter = await signedInPage(env.browser, env.demo, officer, 'loket', STAFF_SCREENS.tablet);
    await counter.page.getByRole('heading', { name: 'Check-in' }).waitFor();
    await counter.page.getByLabel('Kode booking').fill(code);
    await counter.page.getByLabel('Kode booking').press('Enter');
    await counter.page
      .getByRole('status')
      .filter({ hasText: `${code} sudah check-in.` })
      .waitFor();
    await counter.page.getByRole('button', { name: 'Panggil berikutnya' }).click();
    await counter.page.getByText(/dipanggil ke Loket 1\./).waitFor();
    await tracker
      .locator('.queue__turn', { hasText: 'Giliran Anda sekarang. Silakan ke Loket 1.' })
      .waitFor({ timeout: timeBudget(45_000) });
    await counter.page.getByRole('button', { name: 'Selesai dilayani' }).click();
    await counter.page.getByText(/selesai dilayani\./).waitFor();
    assert.deepEqual(appErrors(counter.record), []);
    assert.deepEqual(appErrors(phone.record), []);

    // The audit log lists every step, without the resident's personal data.
    await admin.page.goto(`${env.demo.origin}/staff/#/audit`);
    await admin.page.getByRole('heading', { name: 'Catatan audit' }).waitFor();
    const log = admin.page.getByRole('table', { name: 'Catatan audit, terbaru di atas' });
    for (const action of [
      'staff.create',
      'service.create',
      'schedule.replace',
      'closure.create',
      'catalogue.import',
      'booking.check_in',
      'queue.call_next',
      'booking.served',
    ])
      await log.getByText(action, { exact: true }).first().waitFor();
    assert.doesNotMatch(await log.innerText(), new RegExp(`${nik}|Siti Aminah|81234567890`));

    // The report counts the visit.
    await admin.page.goto(`${env.demo.origin}/staff/#/laporan`);
    await admin.page.getByRole('heading', { name: 'Laporan', exact: true }).waitFor();
    await admin.page.getByLabel('Dari tanggal').fill('2026-12-07');
    await admin.page.getByLabel('Sampai tanggal').fill('2026-12-07');
    await admin.page.getByRole('button', { name: 'Tampilkan laporan' }).click();
    const table = admin.page.getByRole('table', { name: 'Rincian per hari, instansi dan layanan' });
    const row = table.getByRole('row').filter({ hasText: NAME }).first();
    await row.waitFor();
    const cells = await row.getByRole('cell').allInnerTexts();
    assert.equal(cells[5], '1', 'one visit (checked in)');
    assert.equal(cells[6], '1', 'served');
    assert.deepEqual(appErrors(admin.record), []);
    for (const opened of [admin, agency, counter, phone]) await opened.context.close();
  });
});
