// The person's-data page: the GOV.UK form (NIK and name or phone), the bookings found, the downloads, and the
// erasure behind a warning and a confirmation. The NIK never reaches the address bar and is forgotten after the
// erasure. axe in each state.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../staff/pages/privacy/staff-privacy-page.js';
import type { StaffPrivacyPage } from '../../../staff/pages/privacy/staff-privacy-page.js';
import { restoreFetch } from '../../mocks/fetch.js';
import { PERSON_NIK, personWithTwoBookings, staffRecordsMock } from '../../mocks/staff-records-handlers.js';
import { API_BASE, mountPage, q, qa, shows, STAFF_ACCOUNTS, text, type } from './kit.js';

const NIK = PERSON_NIK;

async function open() {
  const records = staffRecordsMock({
    base: API_BASE,
    people: personWithTwoBookings(),
  });
  const { el } = await mountPage<StaffPrivacyPage>('staff-privacy-page', STAFF_ACCOUNTS.mppAdmin, records.handlers);
  return { el, records };
}
const press = (el: Element, label: string) =>
  qa<HTMLButtonElement>(el, 'button')
    .find((b) => text(b) === label)!
    .click();

describe('staff personal-data page', () => {
  const start = location.href;
  afterEach(() => {
    restoreFetch();
    sinon.restore();
  });

  it('asks for the NIK and a name or phone, with an error summary', async () => {
    const { el } = await open();
    await shows(el, '#nik');
    await expect(el).to.be.accessible();
    press(el, 'Cari data');
    const summary = await shows(el, '.error-summary');
    expect(text(summary)).to.contain('NIK harus 16 angka.').and.to.contain('Isi nama atau nomor HP');
    await waitUntil(() => el.shadowRoot!.activeElement === summary);
    expect(q(el, '#nik')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('finds the person’s bookings, with their data, and never puts the NIK in the address', async () => {
    const { el } = await open();
    type(q<HTMLInputElement>(el, '#nik'), NIK);
    type(q<HTMLInputElement>(el, '#name'), 'dewi lestari');
    press(el, 'Cari data');
    await waitUntil(() => qa(el, 'tbody tr').length === 2);
    expect(text(q(el, 'tbody')))
      .to.contain('RSV-7KQ2M9XA')
      .and.to.contain('+6281311112222');
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-heading');
    expect(location.href).to.equal(start);
    expect(location.href).not.to.contain(NIK);
    await expect(el).to.be.accessible();
  });

  it('says so when nobody matches', async () => {
    const { el } = await open();
    type(q<HTMLInputElement>(el, '#nik'), NIK);
    type(q<HTMLInputElement>(el, '#phone'), '0812 0000 0000');
    press(el, 'Cari data');
    await waitUntil(() => text(q(el, 'section')).includes('Tidak ada booking'));
  });

  it('downloads what was found as JSON', async () => {
    const { el } = await open();
    type(q<HTMLInputElement>(el, '#nik'), NIK);
    type(q<HTMLInputElement>(el, '#name'), 'Dewi Lestari');
    press(el, 'Cari data');
    await waitUntil(() => qa(el, 'tbody tr').length === 2);
    let saved: Blob | undefined;
    sinon.stub(URL, 'createObjectURL').callsFake((b) => ((saved = b as Blob), 'blob:data'));
    const clicked = sinon.stub(HTMLAnchorElement.prototype, 'click');
    press(el, 'Unduh JSON');
    expect((clicked.firstCall.thisValue as HTMLAnchorElement).download).to.equal('data-pribadi-booking.json');
    expect(JSON.parse(await saved!.text()).items.length).to.equal(2);
  });

  it('erases after a warning and a confirmation of the identity check, then forgets the person', async () => {
    const { el, records } = await open();
    type(q<HTMLInputElement>(el, '#nik'), NIK);
    type(q<HTMLInputElement>(el, '#phone'), '0813-1111-2222');
    press(el, 'Cari data');
    await waitUntil(() => qa(el, 'tbody tr').length === 2);
    press(el, 'Hapus data pribadi');
    const heading = await shows(el, '#confirm-heading');
    await waitUntil(() => el.shadowRoot!.activeElement === heading);
    expect(text(q(el, '.warning'))).to.contain('dihapus permanen');
    await expect(el).to.be.accessible();
    press(el, 'Hapus permanen');
    await shows(el, '#confirm-error');
    expect(records.people.get(NIK)!.length).to.equal(2, 'nothing erased without the confirmation');
    const box = q<HTMLInputElement>(el, '#confirm')!;
    box.click();
    press(el, 'Hapus permanen');
    await waitUntil(() => text(q(el, '#result-heading')) === 'Data pribadi 2 booking telah dihapus');
    expect(records.people.get(NIK)).to.deep.equal([]);
    expect(q<HTMLInputElement>(el, '#nik')!.value, 'the NIK is forgotten').to.equal('');
    await expect(el).to.be.accessible();
  });
});
