// The catalogue managed in the browser, end to end on the real server: an agency administrator signs in, adds a
// service and publishes it, a resident finds it in the service finder; then a CSV exported from the page comes
// back with one bad row (refused, the report shown, nothing changed) and then right (applied). The service's English
// translation, typed on the same page, is what the English finder then shows, marked as English.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseCsv, toCsv } from '../../.build/src/rules/csv.js';
import { appErrors, openPage, useDemo } from '../kit/browser.mjs';
import { timeBudget } from '../kit/fixtures.mjs';
import { signedInPage, STAFF } from '../kit/staff.mjs';

const env = useDemo({ staff: [STAFF.agencyAdmin] });
const NAME = 'Legalisir Akta Kelahiran';

/** The names residents see in the catalogue (the public API the finder reads). */
const publicNames = async () => (await (await fetch(`${env.demo.api}/services`)).json()).items.map((s) => s.name);

/** The language a node's text is read in: the nearest `lang` of its first text, across shadow roots. */
const langOf = (locator) =>
  locator.evaluate((node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, (t) =>
      t.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
    );
    for (
      let at = walker.nextNode()?.parentElement ?? node;
      at;
      at = at.parentElement ?? at.getRootNode().host ?? null
    ) {
      const lang = at.getAttribute?.('lang');
      if (lang) return lang;
    }
    return null;
  });

/** The service open in the English page's finder (`en.html`), found by `search`: its heading and requirements. */
async function englishDetail(search, name) {
  const resident = await openPage(env.browser, `${env.demo.origin}/en.html`);
  const finder = resident.page.locator('mpp-service-finder');
  await finder.getByRole('searchbox', { name: 'Search services' }).fill(search);
  await finder.getByRole('button', { name }).click();
  const heading = finder.getByRole('heading', { name });
  await heading.waitFor();
  await finder.getByRole('heading', { name: 'What to bring' }).waitFor();
  const requirement = finder.locator('.detail ul:first-of-type li').first();
  const detail = {
    headingLang: await langOf(heading),
    requirement: (await requirement.innerText()).trim(),
    requirementLang: await langOf(requirement),
  };
  await resident.context.close();
  return detail;
}

describe('the catalogue in the staff pages', { timeout: timeBudget(120_000) }, () => {
  it('an agency administrator adds a service, a resident finds it, and a CSV import is all or nothing', async () => {
    const { page, context, record } = await signedInPage(env.browser, env.demo, STAFF.agencyAdmin, 'layanan');
    const menu = page.getByRole('navigation', { name: 'Menu petugas' });
    assert.deepEqual((await menu.getByRole('link').allInnerTexts()).slice(0, 3), [
      'Beranda',
      'Layanan',
      'Impor/ekspor CSV',
    ]);

    // A new service, with every part of the standard, published.
    await page.getByRole('heading', { name: 'Layanan', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Tambah layanan' }).click();
    await page.getByRole('heading', { name: 'Tambah layanan' }).waitFor();
    await page.getByLabel('Nama layanan', { exact: true }).fill(NAME);
    await page.getByLabel('Kategori', { exact: true }).fill('Kependudukan');
    await page.getByLabel('Kata kunci pencarian').fill('legalisir, akta');
    await page.getByLabel('Persyaratan', { exact: true }).fill('Akta kelahiran asli\nFotokopi akta kelahiran');
    await page.getByLabel('Prosedur', { exact: true }).fill('Serahkan berkas di loket\nTerima akta yang dilegalisir');
    await page.getByLabel('Jangka waktu penyelesaian', { exact: true }).fill('Selesai di hari yang sama');
    await page.getByLabel('Produk layanan', { exact: true }).fill('Fotokopi akta yang dilegalisir');
    await page.getByLabel('Tempat layanan').fill('Loket 2, MPP Tanjungpinang');
    await page.getByLabel('Tampilkan kepada warga').check();
    await page.getByRole('button', { name: 'Simpan layanan' }).click();
    await page.getByText('Layanan disimpan.').waitFor();
    await page.getByText('Warga sudah dapat melihat perubahan ini di pencari layanan.').waitFor();

    // A resident's service finder shows it, without a restart.
    const resident = await openPage(env.browser, `${env.demo.origin}/finder.html`);
    const finder = resident.page.locator('mpp-service-finder');
    await finder.getByRole('searchbox', { name: 'Cari layanan' }).fill('legalisir');
    await finder.getByRole('button', { name: NAME }).click();
    await finder.getByRole('heading', { name: NAME }).waitFor();
    assert.match(await finder.locator('.detail').innerText(), /Akta kelahiran asli/);
    await resident.context.close();

    // Untranslated, the English page shows it in Bahasa Indonesia, marked so.
    assert.deepEqual(await englishDetail('legalisir', NAME), {
      headingLang: 'id',
      requirement: 'Akta kelahiran asli',
      requirementLang: 'id',
    });
    // Translated on the same form (the English section, optional), the English page reads it in English.
    const EN_NAME = 'Certified Copy of a Birth Certificate';
    await page.getByLabel('Nama layanan dalam bahasa Inggris').fill(EN_NAME);
    await page.getByLabel('Persyaratan dalam bahasa Inggris').fill('Original birth certificate\nCopy of it');
    const put = page.waitForResponse((r) => r.request().method() === 'PUT' && /\/staff\/services\//.test(r.url()));
    await page.getByRole('button', { name: 'Simpan layanan' }).click();
    assert.equal((await put).status(), 200);
    await page.getByText('Layanan disimpan.').waitFor();
    assert.deepEqual(await englishDetail('birth certificate', EN_NAME), {
      headingLang: 'en',
      requirement: 'Original birth certificate',
      requirementLang: 'en',
    });

    // The CSV: exported from the page, one cell made wrong, imported: refused, reported, nothing changed.
    await menu.getByRole('link', { name: 'Impor/ekspor CSV' }).click();
    await page.getByRole('heading', { name: 'Impor dan ekspor katalog' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh CSV' }).click(),
    ]);
    const exported = await readFile(await download.path(), 'utf8');
    assert.ok(exported.startsWith('\uFEFF'), 'UTF-8 BOM for Excel');
    const parsed = parseCsv(exported);
    assert.ok(parsed.ok);
    const [header, ...rows] = parsed.records.map((r) => r.fields);
    const col = (name) => header.indexOf(name);
    const mine = rows.findIndex((r) => r[col('nama')] === NAME);
    assert.ok(mine >= 0, 'the new service is in the export');
    const before = await publicNames();

    const bad = rows.map((r) => [...r]);
    bad[0][col('nama')] = 'Nama Yang Tidak Boleh Tersimpan';
    bad[mine][col('persyaratan')] = '';
    const badFile = join(tmpdir(), `katalog-salah-${Date.now()}.csv`);
    await writeFile(badFile, toCsv([header, ...bad]));
    await page.getByLabel('Berkas CSV').setInputFiles(badFile);
    await page.getByRole('button', { name: 'Periksa dan impor' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Impor belum berhasil' });
    await summary.getByText(/Impor ditolak\. 1 kesalahan pada 1 baris\. Tidak ada yang diubah\./).waitFor();
    const report = page.getByRole('table', { name: 'Kesalahan per baris' });
    assert.deepEqual(await report.locator('tbody tr').first().locator('td').allInnerTexts(), [
      String(mine + 2),
      'persyaratan',
      'Tulis minimal satu persyaratan.',
    ]);
    assert.deepEqual(await publicNames(), before, 'nothing changed');

    // The same file put right: applied.
    const good = rows.map((r) => [...r]);
    good[mine][col('nama')] = `${NAME} (Dilegalisir)`;
    const goodFile = join(tmpdir(), `katalog-benar-${Date.now()}.csv`);
    await writeFile(goodFile, toCsv([header, ...good]));
    await page.getByLabel('Berkas CSV').setInputFiles(goodFile);
    await page.getByRole('button', { name: 'Periksa dan impor' }).click();
    await page.getByText('Impor berhasil: semua baris diterapkan.').waitFor();
    await page.getByText(`0 layanan baru, 1 diubah, ${rows.length - 1} tidak berubah.`).waitFor();
    const after = await publicNames();
    assert.ok(after.includes(`${NAME} (Dilegalisir)`));
    assert.ok(!after.includes(NAME));

    assert.deepEqual(record.violations, []);
    assert.deepEqual(appErrors(record), []);
    await context.close();
  });
});
