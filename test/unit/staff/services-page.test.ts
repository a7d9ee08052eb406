import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../staff/pages/services/staff-services-page.js';
import type { StaffServicesPage } from '../../../staff/pages/services/staff-services-page.js';
import { restoreFetch } from '../../mocks/fetch.js';
import { staffCatalogueMock, type CatalogueScenario } from '../../mocks/staff-catalogue-handlers.js';
import { API_BASE, mountPage, q, qa, shows, STAFF_ACCOUNTS, text, type } from './kit.js';

/** A service of the KPP Pratama, the agency of the mocked agency administrator. */
const KTP = 'kpp-permintaan-kode-otorisasi-efin';

async function open(
  hash: string,
  { account = STAFF_ACCOUNTS.agencyAdmin, scenario = 'normal' as CatalogueScenario } = {},
) {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const catalogue = staffCatalogueMock({ base: API_BASE, agencyId: account.agencyId, scenario });
  const { el } = await mountPage<StaffServicesPage>(
    'staff-services-page',
    account,
    catalogue.handlers,
    hash.slice(2).split('/'),
  );
  return { el, catalogue };
}
const field = (el: Element, id: string) => q<HTMLInputElement>(el, `#${id}`)!;
const errorOf = (el: Element, id: string) => text(q(el, `#${id}-error`)).replace(/^Kesalahan:\s*/, '');
const submit = (el: Element) => q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('staff services page', () => {
  afterEach(() => {
    restoreFetch();
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('the list', () => {
    it('says it is loading while the services come', async () => {
      const { el } = await open('#/layanan', { scenario: 'slow' });
      expect(text(await shows(el, 'p[role=status]'))).to.equal('Memuat layanan…');
      await expect(el).to.be.accessible();
    });

    it('keeps focus on the heading when the list arrives (the heading is not replaced)', async () => {
      const { el } = await open('#/layanan');
      const heading = q(el, 'h1')!;
      heading.focus();
      await shows(el, 'table');
      expect(q(el, 'h1')).to.equal(heading);
      expect(focused(el)).to.equal(heading);
    });

    it('lists only the agency administrator’s services, with their standing, and filters by name', async () => {
      const { el } = await open('#/layanan');
      await shows(el, 'table');
      const rows = qa(el, 'tbody tr');
      expect(rows.length).to.be.greaterThan(1);
      expect(text(q(el, 'p[role=status]'))).to.equal(`${rows.length} dari ${rows.length} layanan`);
      expect(q(el, '#agency-filter'), 'one agency: no agency filter').to.equal(null);
      expect(text(rows[0]!.querySelector('td:nth-child(4)'))).to.equal('Terbit');
      await expect(el).to.be.accessible();
      type(field(el, 'search'), 'efin');
      await el.updateComplete;
      expect(qa(el, 'tbody tr').every((r) => /efin/i.test(text(r)))).to.equal(true);
      expect(qa(el, 'tbody tr').length).to.be.lessThan(rows.length);
    });

    it('lets an MPP administrator filter by agency', async () => {
      const { el } = await open('#/layanan', { account: STAFF_ACCOUNTS.mppAdmin });
      await shows(el, 'table');
      const all = qa(el, 'tbody tr').length;
      const filter = field(el, 'agency-filter') as unknown as HTMLSelectElement;
      filter.value = 'kpp';
      filter.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(qa(el, 'tbody tr').length).to.be.within(1, all - 1);
      expect(qa(el, 'tbody td:nth-child(2)').every((td) => text(td) === 'KPP Pratama')).to.equal(true);
    });

    it('says when there is no service yet, and how to add one', async () => {
      const { el } = await open('#/layanan', { scenario: 'empty' });
      expect(text(await shows(el, '.notice__title'))).to.equal('Belum ada layanan.');
      expect(q(el, 'a[href="#/layanan/baru"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says when the list cannot be read, and tries again', async () => {
      const { el } = await open('#/layanan', { scenario: 'failing' });
      await shows(el, '.notice--error');
      expect(text(q(el, '.notice__title'))).to.equal('Daftar layanan tidak dapat dimuat.');
      expect(text(q(el, '.notice__body'))).to.equal('Server sedang bermasalah. Coba lagi sebentar lagi.');
      await expect(el).to.be.accessible();
    });
  });

  describe('the form', () => {
    it('refuses an empty form with the rules core’s errors beside each field and in a summary, sending nothing', async () => {
      const { el, catalogue } = await open('#/layanan/baru');
      await shows(el, 'form');
      type(field(el, 'name'), 'Legalisir Akta');
      submit(el);
      const summary = await shows(el, '.error-summary');
      await waitUntil(() => focused(el) === summary, 'the summary takes focus');
      const links = qa(el, '.error-summary a').map((a) => [a.getAttribute('href'), text(a)]);
      expect(links).to.deep.include(['#category', 'Tulis kategori layanan, misalnya Kependudukan.']);
      expect(links).to.deep.include(['#requirements', 'Tulis minimal satu persyaratan.']);
      expect(links[0]![0], 'in the order of the form').to.equal('#category');
      expect(errorOf(el, 'product')).to.equal('Tulis produk layanan, misalnya Kartu Keluarga.');
      expect(field(el, 'name').value, 'what was typed stays').to.equal('Legalisir Akta');
      expect(catalogue.requests.filter((r) => r.method === 'POST')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('saves a new service, says so, and gives the page the service’s own address', async () => {
      const { el, catalogue } = await open('#/layanan/baru');
      await shows(el, 'form');
      const fill: Record<string, string> = {
        name: 'Legalisir Akta Kelahiran',
        category: 'Kependudukan',
        requirements: 'Akta asli\nFotokopi akta',
        procedure: 'Serahkan berkas\nTerima akta',
        'duration-text': 'Hari yang sama',
        product: 'Akta dilegalisir',
        counter: 'Loket 1',
      };
      for (const [id, value] of Object.entries(fill)) type(field(el, id), value);
      submit(el);
      await waitUntil(() => text(q(el, '.notice--success .notice__title')) === 'Layanan disimpan.');
      expect(text(q(el, '.notice--success .notice__body'))).to.equal('Layanan ini masih draf: warga belum melihatnya.');
      const saved = catalogue.services.get('kpp-legalisir-akta-kelahiran')!;
      expect(saved.requirements).to.deep.equal(['Akta asli', 'Fotokopi akta']);
      expect(saved.published).to.equal(false);
      expect(location.hash).to.equal('#/layanan/kpp-legalisir-akta-kelahiran');
      expect(text(q(el, 'h1'))).to.equal('Ubah layanan: Legalisir Akta Kelahiran');
      await expect(el).to.be.accessible();
    });

    it('keeps focus on the heading when the service arrives', async () => {
      const { el } = await open(`#/layanan/${KTP}`);
      const heading = q(el, 'h1')!;
      heading.focus();
      await shows(el, 'form');
      expect(focused(el)).to.equal(heading);
      expect(text(heading)).to.match(/^Ubah layanan: /);
    });

    it('edits a stored service from its revision, and publishes it', async () => {
      const { el, catalogue } = await open(`#/layanan/${KTP}`);
      await shows(el, 'form');
      expect(field(el, 'requirements').value.split('\n').length).to.be.greaterThan(1);
      type(field(el, 'product'), 'Kode EFIN');
      submit(el);
      await shows(el, '.notice--success');
      expect(catalogue.services.get(KTP)!.product).to.equal('Kode EFIN');
      expect(catalogue.services.get(KTP)!.revision).to.equal(2);
      const put = catalogue.requests.find((r) => r.method === 'PUT')!;
      expect(put.headers.get('X-CSRF-Token')).to.not.equal(null);
    });

    it('keeps what was typed and says so when someone else saved first', async () => {
      const { el, catalogue } = await open(`#/layanan/${KTP}`);
      await shows(el, 'form');
      catalogue.services.set(KTP, { ...catalogue.services.get(KTP)!, revision: 5 });
      type(field(el, 'name'), 'Nama baru saya');
      submit(el);
      await shows(el, '.error-summary');
      expect(text(q(el, '.error-summary li'))).to.match(/sudah diubah orang lain/);
      expect(field(el, 'name').value).to.equal('Nama baru saya');
      await expect(el).to.be.accessible();
    });

    it('shows the server’s field errors beside their fields', async () => {
      const { el } = await open('#/layanan/baru', { account: STAFF_ACCOUNTS.mppAdmin });
      await shows(el, 'form');
      await waitUntil(() => (field(el, 'agency') as unknown as HTMLSelectElement).options.length > 2);
      const fill: Record<string, string> = {
        id: 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru',
        name: 'Duplikat',
        category: 'Kependudukan',
        requirements: 'KTP',
        procedure: 'Datang',
        'duration-text': 'Hari yang sama',
        product: 'KTP',
        counter: 'Loket 1',
      };
      const agency = field(el, 'agency') as unknown as HTMLSelectElement;
      agency.value = 'disdukcapil';
      agency.dispatchEvent(new Event('change'));
      for (const [id, value] of Object.entries(fill)) type(field(el, id), value);
      submit(el);
      await waitUntil(() => errorOf(el, 'id') === 'Kode ini sudah dipakai layanan lain.');
      expect(qa(el, '.error-summary a').map((a) => a.getAttribute('href'))).to.deep.equal(['#id']);
    });

    it('says when the service cannot be read', async () => {
      const { el } = await open(`#/layanan/${KTP}`, { scenario: 'failing' });
      await shows(el, '.notice--error');
      expect(text(q(el, '.notice__title'))).to.equal('Layanan tidak dapat dimuat.');
      await expect(el).to.be.accessible();
    });
  });
  describe('the English translation', () => {
    const EN_FIELDS = [
      'en-name',
      'en-category',
      'en-summary',
      'en-duration',
      'en-cost',
      'en-requirements',
      'en-procedure',
      'en-product',
      'en-complaints',
      'en-notes',
    ];
    const putBody = async (catalogue: { requests: Request[] }) =>
      (await catalogue.requests
        .filter((r) => r.method === 'PUT')
        .at(-1)!
        .json()) as {
        translations?: { en?: Record<string, unknown> };
      };

    it('shows the stored English texts in an optional section, each field read as English', async () => {
      const { el } = await open(`#/layanan/${KTP}`);
      await shows(el, 'form');
      const legend = qa(el, 'legend').find((l) => /Inggris/.test(text(l)))!;
      expect(text(legend)).to.equal('Bahasa Inggris (opsional)');
      const section = legend.closest('fieldset')!;
      expect(text(section)).to.contain('Kolom yang kosong ditampilkan kepada warga dalam bahasa Indonesia.');
      for (const id of EN_FIELDS) {
        expect(field(el, id).getAttribute('lang'), id).to.equal('en');
        expect(section.contains(field(el, id)), id).to.equal(true);
        expect(text(q(el, `label[for=${id}]`)), id).to.match(/dalam bahasa Inggris$/);
      }
      expect(field(el, 'en-name').value).to.equal('Requesting an Authorisation Code / EFIN');
      expect(field(el, 'en-requirements').value).to.equal('Original electronic ID card\nTax number (NPWP) or NIK');
      expect(field(el, 'en-complaints').value.split('\n')[0]).to.equal(
        'SP4N-LAPOR! | lapor.go.id, SMS 1708, or the SP4N-LAPOR! app | https://www.lapor.go.id',
      );
      expect(field(el, 'en-summary').value, 'not translated yet').to.equal('');
      expect(text(q(el, '#en-requirements-hint'))).to.contain('Satu persyaratan per baris.');
      await expect(el).to.be.accessible();
    });

    it('saves the English texts, lists one entry per line, with the keyboard alone', async () => {
      const { el, catalogue } = await open(`#/layanan/${KTP}`);
      await shows(el, 'form');
      field(el, 'en-name').focus();
      field(el, 'en-name').select();
      await sendKeys({ type: 'EFIN Request' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(field(el, 'en-summary'));
      await sendKeys({ type: '  An  EFIN for online tax filing ' });
      field(el, 'en-requirements').focus();
      field(el, 'en-requirements').select();
      await sendKeys({ type: 'Your e-KTP' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Your NPWP' });
      await sendKeys({ press: 'Enter' });
      field(el, 'en-product').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(q(el, '.notice--success .notice__title')) === 'Layanan disimpan.');
      const en = catalogue.services.get(KTP)!.translations!.en!;
      expect(en.name).to.equal('EFIN Request');
      expect(en.summary).to.equal('An EFIN for online tax filing');
      expect(en.requirements).to.deep.equal(['Your e-KTP', 'Your NPWP']);
      expect(en.category, 'the untouched ones stay').to.equal('Taxes');
      expect(field(el, 'en-name').value).to.equal('EFIN Request');
      await expect(el).to.be.accessible();
    });

    it('leaves an emptied field untranslated, and removes the translation when every field is empty', async () => {
      const { el, catalogue } = await open(`#/layanan/${KTP}`);
      await shows(el, 'form');
      type(field(el, 'en-category'), '   ');
      submit(el);
      await shows(el, '.notice--success');
      expect((await putBody(catalogue)).translations!.en).to.not.have.property('category');
      expect(catalogue.services.get(KTP)!.translations!.en!.name).to.equal('Requesting an Authorisation Code / EFIN');
      for (const id of EN_FIELDS) type(field(el, id), '');
      submit(el);
      await waitUntil(() => catalogue.requests.filter((r) => r.method === 'PUT').length === 2);
      await shows(el, '.notice--success');
      expect((await putBody(catalogue)).translations, 'an empty translation is removed').to.deep.equal({});
      expect(catalogue.services.get(KTP)!.translations).to.equal(undefined);
    });

    it('checks English complaint addresses as the Indonesian ones, before sending', async () => {
      const { el, catalogue } = await open(`#/layanan/${KTP}`);
      await shows(el, 'form');
      type(field(el, 'en-complaints'), 'LAPOR! | Online | lapor.go.id');
      submit(el);
      await shows(el, '.error-summary');
      expect(qa(el, '.error-summary a').map((a) => [a.getAttribute('href'), text(a)])).to.deep.equal([
        ['#en-complaints', 'Alamat web harus lengkap, diawali https:// atau http://.'],
      ]);
      expect(catalogue.requests.filter((r) => r.method === 'PUT')).to.have.length(0);
    });

    it('shows the server’s refusal of an English text in the summary and beside it, keeping what was typed', async () => {
      const { el } = await open(`#/layanan/${KTP}`);
      await shows(el, 'form');
      const long = 'Requesting an authorisation code '.repeat(7);
      type(field(el, 'en-name'), long);
      type(field(el, 'product'), 'Kode EFIN');
      submit(el);
      const summary = await shows(el, '.error-summary');
      await waitUntil(() => focused(el) === summary, 'the summary takes focus');
      expect(qa(el, '.error-summary a').map((a) => [a.getAttribute('href'), text(a)])).to.deep.equal([
        ['#en-name', 'Terlalu panjang. Paling banyak 200 karakter.'],
      ]);
      expect(errorOf(el, 'en-name')).to.equal('Terlalu panjang. Paling banyak 200 karakter.');
      expect(field(el, 'en-name').value).to.equal(long);
      expect(field(el, 'product').value).to.equal('Kode EFIN');
      await expect(el).to.be.accessible();
      // The summary's link takes the keyboard to the field.
      q<HTMLAnchorElement>(el, '.error-summary a')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(focused(el)).to.equal(field(el, 'en-name'));
    });
  });
});
