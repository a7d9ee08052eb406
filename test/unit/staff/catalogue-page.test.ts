import { expect, waitUntil } from '@open-wc/testing';
import '../../../staff/pages/catalogue/staff-catalogue-page.js';
import type { StaffCataloguePage } from '../../../staff/pages/catalogue/staff-catalogue-page.js';
import { CATALOGUE_COLUMNS, catalogueToCsv } from '../../../src/rules/index.js';
import { restoreFetch } from '../../mocks/fetch.js';
import { seededServices, staffCatalogueMock } from '../../mocks/staff-catalogue-handlers.js';
import { API_BASE, mountPage, q, qa, shows, STAFF_ACCOUNTS, text } from './kit.js';

async function open(account = STAFF_ACCOUNTS.agencyAdmin) {
  const catalogue = staffCatalogueMock({ base: API_BASE, agencyId: account.agencyId });
  const { el } = await mountPage<StaffCataloguePage>('staff-catalogue-page', account, catalogue.handlers);
  return { el, catalogue };
}

/** Chooses a file in the page's file input, as a person picking it does. */
function choose(el: Element, content: BlobPart, name = 'katalog.csv') {
  const input = q<HTMLInputElement>(el, '#file')!;
  const files = new DataTransfer();
  files.items.add(new File([content], name, { type: 'text/csv' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}
const send = (el: Element) => q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
const kpp = () => seededServices().filter((s) => s.agencyId === 'kpp');
const rowsOf = (services: ReturnType<typeof seededServices>) =>
  services.map(({ revision: _r, updatedAt: _u, ...s }) => s);

describe('staff catalogue page (CSV)', () => {
  afterEach(restoreFetch);

  it('offers the export and explains every column, axe-clean', async () => {
    const { el } = await open();
    expect(q<HTMLAnchorElement>(el, 'a[download]')!.href).to.equal(`${API_BASE}/staff/catalogue/export`);
    expect(qa(el, 'dl.columns dt').map(text)).to.deep.equal(CATALOGUE_COLUMNS.map((c) => c.header));
    await expect(el).to.be.accessible();
  });

  it('lets an MPP administrator export one agency', async () => {
    const { el } = await open(STAFF_ACCOUNTS.mppAdmin);
    const agency = await shows<HTMLSelectElement>(el, '#export-agency');
    await waitUntil(() => agency.options.length > 2);
    agency.value = 'kpp';
    agency.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(q<HTMLAnchorElement>(el, 'a[download]')!.href).to.equal(`${API_BASE}/staff/catalogue/export?agencyId=kpp`);
  });

  it('asks for a file before sending', async () => {
    const { el, catalogue } = await open();
    send(el);
    await shows(el, '.error-summary');
    expect(text(q(el, '.error-summary a'))).to.equal('Pilih berkas CSV yang akan diimpor.');
    expect(catalogue.requests.some((r) => r.method === 'POST')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('refuses a file that is not UTF-8 (Excel’s plain CSV) and says how to save it', async () => {
    const { el } = await open();
    choose(el, new Uint8Array([0x69, 0x64, 0x0a, 0x41, 0x6b, 0x74, 0xe9, 0x0a])); // "Akté" in Windows-1252
    send(el);
    await shows(el, '.error-summary');
    expect(text(q(el, '#file-error'))).to.contain('CSV UTF-8');
  });

  it('shows the row-by-row report of a refused import, and says nothing was changed', async () => {
    const { el, catalogue } = await open();
    const rows = rowsOf(kpp());
    rows[1] = { ...rows[1]!, requirements: [] };
    choose(el, catalogueToCsv(rows));
    send(el);
    const summary = await shows(el, '.error-summary');
    expect(text(summary)).to.contain('Impor ditolak. 1 kesalahan pada 1 baris. Tidak ada yang diubah.');
    expect(qa(el, '.report tbody tr').map((r) => [...r.querySelectorAll('td')].map(text))).to.deep.equal([
      ['3', 'persyaratan', 'Tulis minimal satu persyaratan.'],
    ]);
    expect(catalogue.services.get(rows[1]!.id)!.requirements.length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('applies a good file and says what changed', async () => {
    const { el, catalogue } = await open();
    const rows = rowsOf(kpp());
    rows[0] = { ...rows[0]!, name: 'Nama dari impor' };
    choose(el, catalogueToCsv(rows));
    send(el);
    await shows(el, '.notice--success');
    expect(text(q(el, '.notice__body'))).to.equal(`0 layanan baru, 1 diubah, ${rows.length - 1} tidak berubah.`);
    expect(catalogue.services.get(rows[0]!.id)!.name).to.equal('Nama dari impor');
    await expect(el).to.be.accessible();
  });
});
