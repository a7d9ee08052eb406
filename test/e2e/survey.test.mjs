// The satisfaction survey end to end (issue 23's done-when) in Chromium against the real server: a resident is
// booked, checked in, called and served at the counter page; their tracker then offers the survey, which loads
// from its own file under the page's strict CSP, and takes one answer with the keyboard; a second tab that held the
// same offer is refused; the viewer's report computes the IKM as worked out by hand below, the MPP administrator's
// report page shows that figure and grade, and the MPP's public page (<mpp-satisfaction-index>) publishes the same
// figure for the agency.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SURVEY_ELEMENTS } from '../../.build/src/rules/survey.js';
import { bookThroughApi } from '../kit/api.mjs';
import { appErrors, openPage, useDemo } from '../kit/browser.mjs';
import { COUNTER_OFFICER } from '../kit/fixtures.mjs';
import { signedInPage, STAFF, STAFF_SCREENS } from '../kit/staff.mjs';

// One answer is published here (MPP_IKM_MIN_RESPONDENTS=1): by default a group under five answers is withheld, which
// the server suite and the component tests cover.
const env = useDemo({ staff: [STAFF.viewer, STAFF.mppAdmin], env: { MPP_IKM_MIN_RESPONDENTS: '1' } });
const DAY = '2026-12-07';

/** The answer, in the regulation's order: 4 3 3 4 3 4 4 3 2 (the answer's position on each scale, 1–4). */
const ANSWER = [4, 3, 3, 4, 3, 4, 4, 3, 2];
/** The nine SKM elements in the regulation's order, from the rules core the server runs. */
const ELEMENTS = SURVEY_ELEMENTS;
// By hand: one respondent, so each element's mean is its score; the sum 30 × 1/9 = 3.333…; × 25 = 83.33, grade B
// (76.61–88.30, "Baik"). One served visit that day: Krejcie–Morgan's minimum for 1 is 1, reached.
const HAND = { converted: 83.33, grade: 'B', respondents: 1, population: 1 };

const bookKpp = () => bookThroughApi(env.demo.api, { date: DAY, name: 'Warga Survei', phone: '+6281200000002' });

/** The resident's tracker on its own page, looked up with the code and the NIK's last 4 digits. */
async function trackerFor(code, nik) {
  const opened = await openPage(env.browser, `${env.demo.origin}/tracker.html?kode=${code}`);
  const tracker = opened.page.locator('mpp-status-tracker');
  await tracker.getByLabel('4 angka terakhir NIK').fill(nik.slice(-4));
  await tracker.getByRole('button', { name: 'Cek status' }).click();
  return { ...opened, tracker };
}

describe('the satisfaction survey after a served visit', () => {
  it('is offered once served, answered once with the keyboard, refused a second time, and counted in the IKM', async () => {
    const { code, nik } = await bookKpp();

    const counter = await signedInPage(env.browser, env.demo, COUNTER_OFFICER, 'loket', STAFF_SCREENS.tablet);
    const officer = counter.page;
    await officer.getByRole('heading', { name: 'Check-in' }).waitFor();
    await officer.getByLabel('Kode booking').fill(code);
    await officer.keyboard.press('Enter');
    await officer
      .getByRole('status')
      .filter({ hasText: `${code} sudah check-in.` })
      .waitFor();
    await officer.getByRole('button', { name: 'Panggil berikutnya' }).click();
    await officer.getByText('dipanggil ke Loket 10.').waitFor();
    await officer.getByRole('button', { name: 'Selesai dilayani' }).click();
    await officer.getByText('selesai dilayani.').waitFor();
    await counter.context.close();

    // Two tabs of the resident's, both looked up after the visit: both offer the survey.
    const first = await trackerFor(code, nik);
    const second = await trackerFor(code, nik);
    await second.tracker.getByRole('heading', { name: 'Bagaimana pelayanan kami?' }).waitFor();
    await first.tracker.getByRole('heading', { name: 'Bagaimana pelayanan kami?' }).waitFor();

    // The survey loads from its own file when asked, its heading taking focus; answered with the keyboard alone.
    const page = first.page;
    await first.tracker.getByRole('button', { name: 'Isi survei' }).focus();
    await page.keyboard.press('Enter');
    const survey = page.locator('mpp-satisfaction-survey');
    await survey.getByRole('heading', { name: 'Survei kepuasan masyarakat' }).waitFor();
    assert.ok(
      first.record.requests.some((r) => r.url.endsWith('/dist/mpp-satisfaction-survey.js')),
      'the survey came from its own file',
    );
    for (const [i, element] of ELEMENTS.entries()) {
      // Space chooses the focused radio; arrows move the choice within the group.
      await survey.locator(`#${element}-1`).focus();
      await page.keyboard.press('Space');
      for (let n = 1; n < ANSWER[i]; n++) await page.keyboard.press('ArrowDown');
    }
    await survey.getByLabel('Saran dan masukan').fill('Kursi ruang tunggu ditambah.');
    await survey.getByRole('button', { name: 'Kirim jawaban' }).focus();
    await page.keyboard.press('Enter');
    await survey.getByRole('heading', { name: 'Terima kasih' }).waitFor();

    // The second tab still holds the offer; its answer is refused, and says why.
    await second.tracker.getByRole('button', { name: 'Isi survei' }).click();
    const again = second.page.locator('mpp-satisfaction-survey');
    for (const element of ELEMENTS) await again.locator(`label[for="${element}-1"]`).click();
    await again.getByRole('button', { name: 'Kirim jawaban' }).click();
    await again.getByRole('heading', { name: 'Survei sudah diisi' }).waitFor();

    for (const tab of [first, second]) {
      assert.deepEqual(tab.record.violations, [], 'no CSP violation');
      assert.deepEqual(appErrors(tab.record), []);
      await tab.context.close();
    }

    // The viewer's report: the IKM as computed by hand.
    const viewer = await signedInPage(env.browser, env.demo, STAFF.viewer);
    const report = await viewer.page.evaluate(
      (q) => fetch(`/api/v1/staff/reports/satisfaction?${q}`).then((r) => r.json()),
      `from=${DAY}&to=${DAY}&agencyId=kpp`,
    );
    const agency = report.groups.find((g) => g.agencyId === 'kpp' && !g.serviceId);
    assert.equal(agency.converted, HAND.converted);
    assert.equal(agency.grade, HAND.grade);
    assert.equal(agency.respondents, HAND.respondents);
    assert.equal(agency.population, HAND.population);
    assert.equal(agency.sampleReached, true);
    assert.deepEqual(agency.elements, Object.fromEntries(ELEMENTS.map((e, i) => [e, ANSWER[i]])));
    assert.deepEqual(
      report.suggestions.map((s) => s.text),
      ['Kursi ruang tunggu ditambah.'],
    );
    await viewer.context.close();

    // The report page as the MPP administrator reads it: the whole MPP's IKM (this one answer is all of it) and the
    // agency's line in the table, with the figure and grade as computed by hand.
    const admin = await signedInPage(env.browser, env.demo, STAFF.mppAdmin, 'laporan');
    const reports = admin.page.locator('staff-reports-page');
    await reports.getByRole('heading', { name: 'Laporan', exact: true }).waitFor();
    await reports.getByLabel('Dari tanggal').fill(DAY);
    await reports.getByLabel('Sampai tanggal').fill(DAY);
    await reports.getByRole('button', { name: 'Tampilkan laporan' }).click();
    const figure = HAND.converted.toFixed(2).replace('.', ',');
    const overall = reports.locator('.ikm-overall').filter({ hasText: 'Seluruh MPP' });
    await overall.waitFor();
    assert.equal(
      (await overall.innerText()).replace(/\s+/g, ' ').trim(),
      `Seluruh MPP: IKM ${figure}, mutu ${HAND.grade} (Baik), ${HAND.respondents} responden.`,
    );
    const ikmTable = reports.getByRole('table', { name: 'Indeks Kepuasan Masyarakat per instansi dan layanan' });
    const kppRow = ikmTable.getByRole('row').filter({
      has: admin.page.getByRole('rowheader', {
        name: 'KPP Pratama Tanjungpinang (Direktorat Jenderal Pajak)',
        exact: true,
      }),
    });
    // Nine element means, then the IKM, the grade, respondents, served visits and the minimum sample.
    const kppCells = (await kppRow.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    assert.deepEqual(kppCells.slice(9, 12), [figure, `${HAND.grade} (Baik)`, String(HAND.respondents)]);
    assert.deepEqual(admin.record.violations, [], 'no CSP violation');
    assert.deepEqual(appErrors(admin.record), []);
    await admin.context.close();

    // The public page: the agency's published index, as computed by hand, from the element's own script.
    const pub = await openPage(env.browser, `${env.demo.origin}/kepuasan.html?periode=2026-Q4`);
    const index = pub.page.locator('mpp-satisfaction-index');
    await index.getByRole('heading', { name: 'Indeks Kepuasan Masyarakat' }).waitFor();
    // The agency's row, named by its header cell (a row's own name is all of its cells).
    const row = index.getByRole('row', { name: /^KPP Pratama/ });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());
    // 83,33 (the Indonesian decimal comma), grade B "Baik", one respondent.
    assert.deepEqual(cells, [
      HAND.converted.toFixed(2).replace('.', ','),
      `${HAND.grade} Baik`,
      String(HAND.respondents),
    ]);
    assert.equal(await row.locator('meter').getAttribute('value'), String(HAND.converted));
    assert.match(await index.getByText('Periode masih berjalan').innerText(), /Triwulan IV 2026/);
    assert.ok(
      pub.record.requests.some((r) => r.url.endsWith('/dist/mpp-satisfaction-index.js')),
      'the index came from its own file',
    );
    assert.doesNotMatch(await index.innerText(), /Kursi ruang tunggu/, 'no suggestion is published');
    assert.deepEqual(pub.record.violations, [], 'no CSP violation');
    assert.deepEqual(appErrors(pub.record), []);
    await pub.context.close();
  });
});
