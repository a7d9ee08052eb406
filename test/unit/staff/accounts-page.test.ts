// <staff-accounts-page> (#/akun): list, create, change role or standing, reset a password — mounted as the shell
// mounts it, over a mocked accounts API with the server's rules of who may give which role and the CSRF rule; axe
// in each state, and a keyboard-only path.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../staff/pages/accounts/staff-accounts-page.js';
import type { StaffAccountsPage } from '../../../staff/pages/accounts/staff-accounts-page.js';
import { restoreFetch } from '../../mocks/fetch.js';
import { createAdminMock } from '../../mocks/staff-admin-handlers.js';
import { API_BASE as BASE, mountPage, q, qa, STAFF_ACCOUNTS, text, type } from './kit.js';

async function page(who: 'mpp' | 'agency' = 'mpp', failWith?: 500) {
  const as = who === 'mpp' ? STAFF_ACCOUNTS.mppAdmin : STAFF_ACCOUNTS.agencyAdmin;
  const mock = createAdminMock({ base: BASE, as, failWith });
  const { el } = await mountPage<StaffAccountsPage>('staff-accounts-page', as, mock.handlers, ['akun']);
  await waitUntil(() => q(el, 'table, .notice--error'), 'the accounts load');
  return { el, mock };
}
const rows = (el: HTMLElement) => qa(el, 'tbody tr').map((r) => text(r));
const editButton = (el: HTMLElement, email: string) =>
  qa<HTMLButtonElement>(el, 'tbody button').find((b) => text(b).includes(email))!;

describe('<staff-accounts-page>', () => {
  afterEach(() => restoreFetch());

  it('lists the accounts with their roles, agencies and standing', async () => {
    const { el } = await page();
    expect(rows(el)).to.have.length(4);
    expect(rows(el).find((r) => r.includes('petugas-kpp@mpp.test')))
      .to.contain('Petugas loket')
      .and.to.contain('Aktif');
    await expect(el).to.be.accessible();
  });

  it('checks a new account before sending and links each error to its field', async () => {
    const { el, mock } = await page();
    q<HTMLButtonElement>(el, '.button')!.click();
    await waitUntil(() => q(el, '#account-email'));
    type(q(el, '#account-email'), 'bukan-email');
    type(q(el, '#account-password'), 'pendek');
    q<HTMLSelectElement>(el, '#account-role')!.value = 'officer';
    q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
    await waitUntil(() => q(el, '.error-summary'));
    const links = qa(el, '.error-summary a').map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#account-email', '#account-name', '#account-agency', '#account-password']);
    expect(mock.accounts).to.have.length(4, 'nothing sent');
    await expect(el).to.be.accessible();
  });

  it('creates an officer of an agency, with the keyboard alone', async () => {
    const { el, mock } = await page();
    q<HTMLButtonElement>(el, '.button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '#account-email'));
    q(el, '#account-email')!.focus();
    await sendKeys({ type: 'petugas-baru@mpp.test' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Petugas Baru' });
    const role = q<HTMLSelectElement>(el, '#account-role')!;
    role.value = 'officer';
    role.dispatchEvent(new Event('change'));
    const agency = q<HTMLSelectElement>(el, '#account-agency')!;
    agency.value = 'disdukcapil';
    agency.dispatchEvent(new Event('change'));
    q(el, '#account-password')!.focus();
    await sendKeys({ type: 'kata-sandi-panjang-sekali' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '.notice--success'));
    expect(text(q(el, '.notice--success'))).to.contain('petugas-baru@mpp.test');
    expect(mock.accounts.find((a) => a.email === 'petugas-baru@mpp.test')).to.include({
      role: 'officer',
      agencyId: 'disdukcapil',
    });
    await waitUntil(() => rows(el).length === 5);
    await expect(el).to.be.accessible();
  });

  it('disables an account and resets its password', async () => {
    const { el, mock } = await page();
    editButton(el, 'petugas-kpp@mpp.test').click();
    await waitUntil(() => q(el, '#account-disabled'));
    expect(q(el, '#account-email'), 'an e-mail is not changed').to.equal(null);
    q<HTMLInputElement>(el, '#account-disabled')!.click();
    type(q(el, '#account-password'), 'kata-sandi-baru-panjang');
    q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
    await waitUntil(() => q(el, '.notice--success'));
    expect(mock.accounts.find((a) => a.email === 'petugas-kpp@mpp.test')!.disabled).to.equal(true);
    await waitUntil(() => rows(el).some((r) => r.includes('petugas-kpp@mpp.test') && r.includes('Nonaktif')));
  });

  it('an agency administrator sees its agency’s accounts, gives no MPP administrator, and changes not its own role', async () => {
    const { el } = await page('agency');
    expect(rows(el).every((r) => !r.includes('admin@mpp.test') || r.includes('admin-kpp'))).to.equal(true);
    q<HTMLButtonElement>(el, '.button')!.click();
    await waitUntil(() => q(el, '#account-role'));
    const roles = qa<HTMLOptionElement>(el, '#account-role option').map((o) => o.value);
    expect(roles).to.deep.equal(['agency_admin', 'officer', 'viewer']);
    expect(q(el, '#account-agency'), 'its agency, not a choice').to.equal(null);
    q<HTMLButtonElement>(el, 'form .button--secondary')!.click();
    await el.updateComplete;
    editButton(el, 'admin-kpp@mpp.test').click();
    await waitUntil(() => q(el, '#account-name'));
    expect(q(el, '#account-role')).to.equal(null);
    expect(text(q(el, 'form'))).to.contain('diubah oleh administrator lain');
    await expect(el).to.be.accessible();
  });

  it('offers to try again when the accounts cannot be loaded', async () => {
    const { el } = await page('mpp', 500);
    expect(text(q(el, '.notice--error'))).to.contain('Akun tidak dapat dimuat');
    await expect(el).to.be.accessible();
  });
});
