// The calendar managed in the browser, end to end on the real server: an agency administrator gives a service two
// sessions a day (and is stopped from removing a session a resident holds), closes a day for its agency, and the
// resident whose visit fell on it reads why in the tracker and follows the link to book another day; the audit log
// page lists both changes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bookThroughApi } from '../kit/api.mjs';
import { appErrors, openPage, useDemo } from '../kit/browser.mjs';
import { timeBudget } from '../kit/fixtures.mjs';
import { signedInPage, STAFF } from '../kit/staff.mjs';

const env = useDemo({ staff: [STAFF.agencyAdmin] });
const KTP = 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru';
const TUESDAY = '2026-12-08';
const WEDNESDAY = '2026-12-09';

const dayOf = async (date) =>
  (await (await fetch(`${env.demo.api}/services/${KTP}/availability?from=${date}&days=1`)).json()).days[0];

describe('the schedule and closed days in the staff pages', { timeout: timeBudget(120_000) }, () => {
  it('two sessions a day, a closed day, and the resident told why and offered another day', async () => {
    const { code, nik } = await bookThroughApi(env.demo.api, {
      serviceId: KTP,
      date: TUESDAY,
      sessionId: 's1300',
      name: 'Siti Aminah',
      phone: '+6281234567890',
    });

    const { page, context, record } = await signedInPage(env.browser, env.demo, STAFF.agencyAdmin, `jadwal/${KTP}`);
    const menu = page.getByRole('navigation', { name: 'Menu petugas' });
    for (const name of ['Jadwal & kuota', 'Hari tutup', 'Akun staf', 'Catatan audit'])
      await menu.getByRole('link', { name }).waitFor();
    await page.getByRole('heading', { name: 'Jadwal sesi dan kuota' }).waitFor();
    await page.locator('#d2-s0-start').waitFor();

    // Tuesday's 13.00 session holds the resident's booking: removing it is refused, with the date in the way.
    await page.getByRole('button', { name: 'Hapus Selasa sesi 4' }).click();
    await page.getByRole('button', { name: 'Simpan jadwal' }).click();
    await page.getByText('Perubahan ini akan membatalkan booking warga').waitFor();
    await page
      .getByText(`Sesi 13.00 pada ${TUESDAY} tidak dapat dihapus: 1 booking masih aktif.`, { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Tambah sesi Selasa' }).waitFor();
    await page.reload();
    await page.locator('#d3-s0-start').waitFor();

    // Wednesday: two sessions, 08.00–10.00 for two people and 13.00–14.00.
    for (const n of [5, 3, 2]) await page.getByRole('button', { name: `Hapus Rabu sesi ${n}` }).click();
    await page.getByLabel('Selesai (JJ:MM) (Rabu, sesi 1)').fill('10:00');
    await page.getByLabel('Kuota (orang) (Rabu, sesi 1)').fill('2');
    await page.getByRole('button', { name: 'Simpan jadwal' }).click();
    await page.getByText('Jadwal disimpan. Warga melihat sesi baru sekarang.').waitFor();
    const wednesday = await dayOf(WEDNESDAY);
    assert.deepEqual(
      wednesday.sessions.map((s) => [s.id, s.start.slice(11, 16), s.end.slice(11, 16), s.quota]),
      [
        ['s0800', '08:00', '10:00', 2],
        ['s1300', '13:00', '14:00', 10],
      ],
    );

    // Tuesday closed for the agency: the count first, then the closure.
    await menu.getByRole('link', { name: 'Hari tutup' }).click();
    await page.getByRole('heading', { name: 'Hari tutup', exact: true }).waitFor();
    await page.getByLabel('Tanggal yang ditutup').fill(TUESDAY);
    await page.getByLabel('Alasan yang dilihat warga').fill('Pemadaman listrik');
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    await page.getByRole('heading', { name: 'Periksa sebelum menutup' }).waitFor();
    await page.getByText('1 booking akan ditandai ditutup.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Tutup hari ini' }).click();
    await page.getByText(`${TUESDAY} ditutup. 1 booking ditandai ditutup.`).waitFor();
    assert.deepEqual((await dayOf(TUESDAY)).reason, { code: 'closure', name: 'Pemadaman listrik' });

    // The audit log lists both changes.
    await menu.getByRole('link', { name: 'Catatan audit' }).click();
    await page.getByRole('heading', { name: 'Catatan audit' }).waitFor();
    const log = page.getByRole('table', { name: 'Catatan audit, terbaru di atas' });
    await log.getByText('closure.create').waitFor();
    await log.getByText('schedule.replace').waitFor();
    assert.deepEqual(appErrors(record), []);
    await context.close();

    // The resident looks the booking up: closed, why, and a link to book another day of the same service.
    const resident = await openPage(env.browser, `${env.demo.origin}/tracker.html`);
    const tracker = resident.page.locator('mpp-status-tracker');
    await tracker.getByLabel('Kode booking atau nomor permohonan').fill(code);
    await tracker.getByLabel('4 angka terakhir NIK').fill(nik.slice(-4));
    await tracker.getByRole('button', { name: 'Cek status' }).click();
    await tracker.locator('.badge', { hasText: 'Ditutup' }).waitFor();
    await tracker.getByText('MPP tutup pada hari itu: Pemadaman listrik.').waitFor();
    await tracker.getByRole('link', { name: 'Silakan pilih hari lain.' }).click();
    await resident.page.waitForURL(`**/booking.html?layanan=${KTP}`);
    const booking = resident.page.locator('mpp-queue-booking');
    await booking.getByRole('heading', { name: 'Kapan Anda akan datang?' }).waitFor();
    assert.deepEqual(appErrors(resident.record), []);
    await resident.context.close();
  });
});
