// The reports page against a mock that counts with the rules core: the filters (GOV.UK errors), the totals, the
// chart (hidden from screen readers, the table its text), the table, the CSV download, and the scopes. axe in
// each state.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../staff/pages/reports/staff-reports-page.js';
import type { StaffReportsPage } from '../../../staff/pages/reports/staff-reports-page.js';
import { restoreFetch } from '../../mocks/fetch.js';
import { createMockApi } from '../../mocks/handlers.js';
import { sampleFacts, sampleSurveys, staffRecordsMock } from '../../mocks/staff-records-handlers.js';
import { SURVEY_ELEMENTS, type SurveyFact } from '../../../src/rules/index.js';
import { problem } from '../../mocks/problem.js';
import { http } from 'msw';
import { API_BASE, mountPage, q, qa, shows, STAFF_ACCOUNTS, text, type } from './kit.js';

async function open(
  account = STAFF_ACCOUNTS.viewer,
  extra: Parameters<typeof mountPage>[2] = [],
  surveys = sampleSurveys(),
) {
  const records = staffRecordsMock({ base: API_BASE, agencyId: account.agencyId, surveys });
  const { el } = await mountPage<StaffReportsPage>('staff-reports-page', account, [
    ...extra,
    ...records.handlers,
    ...createMockApi({ base: API_BASE }).handlers,
  ]);
  return { el, records };
}
async function range(el: StaffReportsPage, from: string, to: string) {
  type(q<HTMLInputElement>(el, '#from'), from);
  type(q<HTMLInputElement>(el, '#to'), to);
  await el.updateComplete;
  q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
}
const total = (el: Element, label: string) =>
  text(
    qa(el, '.totals div')
      .find((d) => text(d.querySelector('dt')) === label)
      ?.querySelector('dd'),
  );

describe('staff reports page', () => {
  afterEach(() => {
    restoreFetch();
    sinon.restore();
  });

  it('shows a viewer of every agency the figures of a range: totals, a chart, the table', async () => {
    const { el, records } = await open();
    await shows(el, '#agency');
    expect(text(q(el, '#agency option'))).to.equal('Semua instansi');
    await range(el, '2026-12-01', '2026-12-05');
    await waitUntil(
      () => text(q(el, '#result-heading')) === 'Laporan Selasa, 1 Desember 2026 sampai Sabtu, 5 Desember 2026',
    );
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-heading');
    expect(records.reportQueries.at(-1)!.get('agencyId')).to.equal(null);
    expect(total(el, 'Booking')).to.equal('70');
    expect(total(el, 'Kunjungan')).to.equal('48');
    expect(qa(el, '#report tbody tr').length).to.equal(10, 'a row per day, agency and service');
    expect(text(q(el, 'tfoot')))
      .to.contain('Jumlah')
      .and.to.contain('70');
    const svg = q(el, '#report figure svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelectorAll('rect').length).to.equal(10, 'two bars per day');
    expect(text(q(el, 'figcaption'))).to.contain('Angka yang sama ada di tabel di bawah');
    await expect(el).to.be.accessible();
  });

  it('narrows to one agency, and shows an agency administrator their agency without a choice', async () => {
    const { el, records } = await open();
    await shows(el, '#agency');
    await waitUntil(() => q<HTMLSelectElement>(el, '#agency')!.options.length > 1);
    const agency = q<HTMLSelectElement>(el, '#agency')!;
    agency.value = 'kpp';
    agency.dispatchEvent(new Event('change'));
    await range(el, '2026-12-01', '2026-12-05');
    await waitUntil(() => records.reportQueries.at(-1)?.get('agencyId') === 'kpp' && q(el, '#report tbody tr'));
    await waitUntil(() => qa(el, '#report tbody tr').length === 5);
    restoreFetch();

    const admin = await open(STAFF_ACCOUNTS.agencyAdmin);
    await shows(admin.el, '#from');
    expect(q(admin.el, '#agency')).to.equal(null);
    await range(admin.el, '2026-12-01', '2026-12-05');
    await waitUntil(() => qa(admin.el, '#report tbody tr').length === 5);
    expect(qa(admin.el, '#report tbody tr td:nth-child(2)').every((td) => text(td).startsWith('KPP'))).to.equal(true);
  });

  it('says what is wrong with the dates before asking, with an error summary', async () => {
    const { el, records } = await open();
    await shows(el, '#from');
    await waitUntil(() => records.reportQueries.length === 1, 'the first report of this month');
    await range(el, 'kemarin', '2026-12-05');
    const summary = await shows(el, '.error-summary');
    expect(text(summary)).to.contain('Isi tanggal awal, misalnya 2026-12-01.');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(text(q(el, '#from-error'))).to.contain('Isi tanggal awal');
    await range(el, '2026-12-05', '2026-12-01');
    await waitUntil(() => text(q(el, '#to-error')).includes('tidak boleh sebelum'));
    expect(records.reportQueries.length).to.equal(1, 'nothing asked');
    await expect(el).to.be.accessible();
  });

  it('downloads the CSV the server writes, under its name', async () => {
    const { el } = await open();
    await shows(el, '#from');
    let saved: Blob | undefined;
    sinon.stub(URL, 'createObjectURL').callsFake((b) => ((saved = b as Blob), 'blob:laporan'));
    const clicked = sinon.stub(HTMLAnchorElement.prototype, 'click');
    type(q<HTMLInputElement>(el, '#from'), '2026-12-01');
    type(q<HTMLInputElement>(el, '#to'), '2026-12-05');
    qa<HTMLButtonElement>(el, 'button')
      .find((b) => text(b) === 'Unduh CSV')!
      .click();
    await waitUntil(() => clicked.called);
    const link = clicked.firstCall.thisValue as HTMLAnchorElement;
    expect(link.download).to.equal('laporan-mpp-2026-12-01-2026-12-05.csv');
    const bytes = new Uint8Array(await saved!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });

  it('says so when the report cannot be read', async () => {
    const { el } = await open(STAFF_ACCOUNTS.viewer, [
      http.get(`${API_BASE}/staff/reports`, () => problem(500, 'internal')),
    ]);
    const alert = await shows(el, '[role=alert]');
    expect(text(alert)).to.not.equal('');
    await expect(el).to.be.accessible();
  });
});

describe('staff reports page: the satisfaction index', () => {
  afterEach(() => {
    restoreFetch();
    sinon.restore();
  });

  const ikmSection = (el: StaffReportsPage) => shows(el, 'section[aria-labelledby="ikm-heading"]');
  const ikmRow = (section: Element, name: string) =>
    [...section.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')).startsWith(name));
  const chartValues = (section: Element) => [...section.querySelectorAll('figure .chart__value')].map((t) => text(t));
  /** The sample's two KPP answers and one of Disdukcapil's, every element "sangat baik" (4). */
  function twoAgencies(): SurveyFact[] {
    const visit = sampleFacts().find((f) => f.agencyId === 'disdukcapil' && f.status === 'done')!;
    const fours = Object.fromEntries(SURVEY_ELEMENTS.map((e) => [e, 4])) as SurveyFact['scores'];
    return [
      ...sampleSurveys(),
      { agencyId: 'disdukcapil', serviceId: visit.serviceId, date: visit.date, scores: fours },
    ];
  }

  it('shows the IKM per element as a chart and a table, the suggestions, and downloads it as CSV', async () => {
    const { el } = await open();
    await range(el, '2026-12-01', '2026-12-05');
    const section = await ikmSection(el);
    await waitUntil(() => section.querySelector('table'));
    // By hand (test/mocks/staff-records-handlers.ts): two answers of KPP, (31 + 26) ÷ 2 ÷ 9 × 25 = 79.17, grade B.
    const kpp = ikmRow(section, 'KPP')!;
    expect(text(kpp)).to.contain('79,17').and.to.contain('B (Baik)');
    expect(section.querySelector('figure svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(section.querySelectorAll('figure svg rect').length).to.equal(9, 'a bar per element');
    expect(text(section.querySelector('.suggestions'))).to.contain('Kursi ruang tunggu ditambah.');
    await expect(el).to.be.accessible();

    // The download, pressed with the keyboard: what the browser saves is the server's CSV under the server's name.
    let saved: Blob | undefined;
    sinon.stub(URL, 'createObjectURL').callsFake((b) => ((saved = b as Blob), 'blob:ikm'));
    const clicked = sinon.stub(HTMLAnchorElement.prototype, 'click');
    [...section.querySelectorAll('button')].find((b) => text(b) === 'Unduh CSV IKM')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => clicked.called, 'the download starts');
    const link = clicked.firstCall.thisValue as HTMLAnchorElement;
    expect(link.download).to.equal('ikm-mpp-2026-12-01-2026-12-05.csv');
    expect(link.href).to.equal('blob:ikm');
    const bytes = new Uint8Array(await saved!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf], 'a byte-order mark for Excel');
    const csv = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(csv[0]).to.contain('"IKM (25-100)","Mutu"');
    expect(csv.find((line) => line.includes('"kpp"') && line.includes('"Semua layanan"'))).to.contain('"79.17","B"');
  });

  it('shows an MPP administrator the whole MPP’s IKM, and charts the agency they choose', async () => {
    const { el } = await open(STAFF_ACCOUNTS.mppAdmin, [], twoAgencies());
    await range(el, '2026-12-01', '2026-12-05');
    const section = await ikmSection(el);
    await waitUntil(() => section.querySelector('table'));
    // By hand, as the regulation computes a unit's index over all its respondents: per element the mean of the three
    // answers (KPP 31 and 26, Disdukcapil 36 in total), so the means sum to (31 + 26 + 36) ÷ 3 = 31; 31 ÷ 9 × 25 =
    // 86.11, B. (The mean of the agencies' indexes, 79.17 and 100, would be 89.58, A: not the regulation's figure.)
    expect(text(section.querySelector('.ikm-overall'))).to.equal('Seluruh MPP: IKM 86,11, mutu B (Baik), 3 responden.');
    expect(text(ikmRow(section, 'Seluruh MPP')))
      .to.contain('86,11')
      .and.to.contain('B (Baik)');
    expect(text(section.querySelector('figcaption'))).to.contain('Seluruh MPP');
    // U1 (4 + 3 + 4) ÷ 3 = 3.67; U9 (3 + 2 + 4) ÷ 3 = 3.
    expect(chartValues(section)[0]).to.equal('3,67');
    expect(chartValues(section)[8]).to.equal('3,00');

    const chooser = section.querySelector<HTMLSelectElement>('#ikm-chart')!;
    expect([...chooser.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Seluruh MPP',
      'Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungpinang',
      'KPP Pratama Tanjungpinang (Direktorat Jenderal Pajak)',
    ]);
    chooser.value = 'kpp';
    chooser.dispatchEvent(new Event('change'));
    await waitUntil(() => text(section.querySelector('figcaption')).includes('KPP Pratama'));
    // KPP alone: U1 (4 + 3) ÷ 2 = 3.5; U9 (3 + 2) ÷ 2 = 2.5.
    expect(chartValues(section)[0]).to.equal('3,50');
    expect(chartValues(section)[8]).to.equal('2,50');
    await expect(el).to.be.accessible();
  });

  it('shows an agency administrator their own agency’s IKM, with nothing to choose', async () => {
    const { el } = await open(STAFF_ACCOUNTS.agencyAdmin, [], twoAgencies());
    await range(el, '2026-12-01', '2026-12-05');
    const section = await ikmSection(el);
    await waitUntil(() => section.querySelector('table'));
    // Named as the agency list names it (read beside the report).
    await waitUntil(
      () =>
        text(section.querySelector('.ikm-overall')) ===
        'KPP Pratama Tanjungpinang (Direktorat Jenderal Pajak): IKM 79,17, mutu B (Baik), 2 responden.',
      text(section.querySelector('.ikm-overall')),
    );
    expect(section.querySelector('#ikm-chart')).to.equal(null);
    expect(ikmRow(section, 'Seluruh MPP')).to.equal(undefined);
    expect(chartValues(section)[0]).to.equal('3,50');
    await expect(el).to.be.accessible();
  });
});
