// <staff-closures-page> (#/hari-tutup): administrators close and reopen days, seeing how many bookings a closure
// marks before it is made. Mounted as the shell mounts it, over the mocked staff API (the CSRF rule included); axe
// in each state, and a keyboard-only path.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../staff/pages/closures/staff-closures-page.js';
import type { StaffClosuresPage } from '../../../staff/pages/closures/staff-closures-page.js';
import { restoreFetch } from '../../mocks/fetch.js';
import { agencies } from '../../mocks/fixtures.js';
import { createScheduleMock, type StaffMockOptions } from '../../mocks/staff-schedule-handlers.js';
import { API_BASE as BASE, mountPage, q, root, STAFF_ACCOUNTS, text } from './kit.js';

const NOW = Date.parse('2026-12-07T08:00:00+07:00');
const CAPIL = agencies.find((a) => a.id === 'disdukcapil')!;
const rows = (el: HTMLElement) => [...root(el).querySelectorAll('tbody tr')].map((r) => text(r));

async function page(who: 'mpp' | 'agency', options: StaffMockOptions = {}) {
  const mock = createScheduleMock({ base: BASE, now: () => NOW, ...options });
  const account = who === 'mpp' ? STAFF_ACCOUNTS.mppAdmin : STAFF_ACCOUNTS.agencyAdmin;
  const { el } = await mountPage<StaffClosuresPage>('staff-closures-page', account, mock.handlers, ['hari-tutup']);
  await waitUntil(() => q(el, 'table'), 'the list loads');
  await waitUntil(() => who === 'agency' || q(el, '#closure-scope option + option'), 'the agencies load');
  return { el, mock };
}

function type(el: HTMLElement, id: string, value: string) {
  const input = q<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}
function choose(el: HTMLElement, id: string, value: string) {
  const select = q<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}
const next = (el: HTMLElement) => q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();

describe('<staff-closures-page>', () => {
  afterEach(() => restoreFetch());

  it('lists the closed days ahead: the seeded holidays of the whole MPP', async () => {
    const { el } = await page('mpp');
    expect(
      rows(el).some((r) => r.startsWith('2026-12-25') && r.includes('Seluruh MPP') && r.includes('Libur nasional')),
    ).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('checks the answers and links each error to its field', async () => {
    const { el } = await page('mpp');
    type(el, 'closure-date', '24-12-2026');
    next(el);
    await waitUntil(() => root(el).activeElement?.classList.contains('error-summary'));
    const links = [...root(el).querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#closure-date', '#closure-reason']);
    expect(q(el, '#closure-date')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('says how many bookings a closure marks before it is made, then closes the day', async () => {
    const { el, mock } = await page('mpp', { closable: { '2026-12-09': { disdukcapil: 4, dinkes: 2 } } });
    type(el, 'closure-date', '2026-12-09');
    choose(el, 'closure-scope', 'disdukcapil');
    await el.updateComplete;
    expect(q(el, '#closure-kind-holiday'), 'a holiday is for the whole MPP only').to.equal(null);
    type(el, 'closure-reason', 'Pemadaman listrik');
    next(el);
    await waitUntil(() => q(el, '#closure-confirm'));
    expect(root(el).activeElement?.id, 'the check page’s heading takes focus').to.equal('form-heading');
    expect(text(q(el, '.summary')))
      .to.contain('2026-12-09')
      .and.to.contain(CAPIL.name)
      .and.to.contain('Pemadaman listrik');
    expect(text(q(el, '.notice--warning'))).to.contain('4 booking akan ditandai ditutup');
    expect(
      mock.closures.some((c) => c.date === '2026-12-09'),
      'nothing changed yet',
    ).to.equal(false);
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '#closure-confirm')!.click();
    await waitUntil(() => q(el, '.notice--success'));
    expect(text(q(el, '.notice--success'))).to.equal('2026-12-09 ditutup. 4 booking ditandai ditutup.');
    expect(mock.closures.find((c) => c.date === '2026-12-09')).to.include({ agencyId: 'disdukcapil', kind: 'closure' });
    await waitUntil(() => rows(el).some((r) => r.startsWith('2026-12-09')));
    await expect(el).to.be.accessible();
  });

  it('closes a day of cuti bersama for the whole MPP, using the keyboard alone', async () => {
    const { el, mock } = await page('mpp');
    q<HTMLInputElement>(el, '#closure-date')!.focus();
    await sendKeys({ type: '2026-12-31' });
    await sendKeys({ press: 'Tab' }); // the scope: the whole MPP already
    await sendKeys({ press: 'Tab' }); // the kind: Penutupan
    await sendKeys({ press: 'ArrowDown' }); // Libur nasional
    await sendKeys({ press: 'ArrowDown' }); // Cuti bersama
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Cuti bersama akhir tahun' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '#closure-confirm'));
    q<HTMLButtonElement>(el, '#closure-confirm')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '.notice--success'));
    expect(mock.closures.find((c) => c.date === '2026-12-31')).to.include({ agencyId: null, kind: 'cuti_bersama' });
  });

  it('says so when the day is closed already, and offers no second closure', async () => {
    const { el } = await page('mpp');
    type(el, 'closure-date', '2026-12-25');
    type(el, 'closure-reason', 'Natal');
    next(el);
    await waitUntil(() => q(el, '.notice--error'));
    expect(text(q(el, '.notice--error'))).to.contain('sudah ditutup');
    expect(q(el, '#closure-confirm')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an agency administrator closes only its agency, and reopens only its own days after a yes', async () => {
    const { el, mock } = await page('agency');
    expect(q(el, '#closure-scope'), 'no choice of scope').to.equal(null);
    expect(q(el, '#closure-kind-holiday')).to.equal(null);
    const holiday = [...root(el).querySelectorAll('tbody tr')].find((r) => text(r).startsWith('2026-12-25'))!;
    expect(holiday.querySelector('button'), 'the MPP’s holiday is not the agency’s to reopen').to.equal(null);
    type(el, 'closure-date', '2026-12-10');
    type(el, 'closure-reason', 'Rapat kerja');
    next(el);
    await waitUntil(() => q(el, '#closure-confirm'));
    expect(text(q(el, '.notice--info'))).to.contain('Tidak ada booking');
    q<HTMLButtonElement>(el, '#closure-confirm')!.click();
    await waitUntil(() => rows(el).some((r) => r.startsWith('2026-12-10')));
    const mine = [...root(el).querySelectorAll('tbody tr')].find((r) => text(r).startsWith('2026-12-10'))!;
    mine.querySelector('button')!.click();
    await waitUntil(() => q(el, '#reopen-yes'));
    expect(text(q(el, '.notice--warning'))).to.contain('tetap ditutup');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '#reopen-yes')!.click();
    await waitUntil(() => !rows(el).some((r) => r.startsWith('2026-12-10')));
    expect(text(q(el, '.notice--success'))).to.contain('dibuka kembali');
    expect(mock.closures.some((c) => c.date === '2026-12-10')).to.equal(false);
  });

  it('offers to try again when the list cannot be loaded', async () => {
    const mock = createScheduleMock({ base: BASE, failWith: 500 });
    const { el } = await mountPage<StaffClosuresPage>('staff-closures-page', STAFF_ACCOUNTS.mppAdmin, mock.handlers);
    await waitUntil(() => q(el, '.notice--error'));
    expect(text(q(el, '.notice--error'))).to.contain('Hari tutup tidak dapat dimuat');
    await expect(el).to.be.accessible();
  });
});
