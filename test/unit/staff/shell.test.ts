import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { restoreFetch } from '../../mocks/fetch.js';
import { staffCatalogueMock } from '../../mocks/staff-catalogue-handlers.js';
import { routesFor } from '../../../staff/core/routes.js';
import { waitInWords } from '../../../staff/core/errors.js';
import { axNodes, axTree, errorSummaryAx } from '../../kit/a11y.js';
import {
  API_BASE,
  mountShell,
  q,
  qa,
  shows,
  STAFF_ACCOUNTS,
  STAFF_PASSWORD,
  STAFF_THROTTLED_PASSWORD,
  text,
  type,
} from './kit.js';
import type { MppStaffApp } from '../../../staff/app/mpp-staff-app.js';

const signIn = (el: MppStaffApp) => shows(el, 'staff-sign-in');
/** Focus inside the shell, down through shadow roots. */
const focused = () => {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node as HTMLElement | null;
};

async function submit(form: Element, email: string, password: string) {
  type(q<HTMLInputElement>(form, '#email'), email);
  type(q<HTMLInputElement>(form, '#password'), password);
  q<HTMLButtonElement>(form, 'button[type=submit]')!.click();
}

describe('staff shell', () => {
  afterEach(() => {
    restoreFetch();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the sign-in page to someone not signed in, axe-clean', async () => {
    const { el } = await mountShell();
    const form = await signIn(el);
    await shows(form, 'h1');
    expect(text(q(form, 'h1'))).to.equal('Masuk sebagai petugas MPP');
    expect(q(el, 'nav')).to.equal(null);
    expect(document.title).to.equal('Masuk — Petugas MPP');
    await expect(el).to.be.accessible();
  });

  it('lists what is missing in an error summary that takes focus, each linked to its field', async () => {
    const { el, session } = await mountShell();
    const form = await signIn(el);
    await submit(form, '', '');
    const summary = await shows(form, '.error-summary');
    expect(qa(form, '.error-summary a').map((a) => [a.getAttribute('href'), text(a)])).to.deep.equal([
      ['#email', 'Masukkan alamat e-mail Anda.'],
      ['#password', 'Masukkan kata sandi Anda.'],
    ]);
    await waitUntil(() => focused() === summary, 'the summary takes focus');
    // GOV.UK's (and the widgets'): the box takes focus, with no role or label of its own; the one alert is inside it.
    expect(await errorSummaryAx(summary)).to.deep.equal({
      focused: true,
      role: 'generic',
      labelledBy: null,
      alerts: 1,
      first: { role: 'heading', name: 'Ada masalah' },
    });
    expect(axNodes(await axTree(form)).filter((n) => n.role === 'alert')).to.have.length(1);
    expect(q(form, '#email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(session.state.logins, 'nothing was sent').to.equal(0);
    qa(form, '.error-summary a')[1]!.click();
    expect(focused()?.id).to.equal('password');
    await expect(el).to.be.accessible();
  });

  it('says the e-mail or password is wrong after a 401, and keeps the e-mail typed', async () => {
    const { el } = await mountShell();
    const form = await signIn(el);
    await submit(form, 'admin-kpp@mpp.test', 'salah-sekali-ini');
    await waitUntil(() => text(q(form, '.error-summary')).includes('E-mail atau kata sandi salah.'));
    expect(q<HTMLInputElement>(form, '#email')!.value).to.equal('admin-kpp@mpp.test');
    await expect(el).to.be.accessible();
  });

  it('says in words how long to wait after a 429', async () => {
    const { el } = await mountShell();
    const form = await signIn(el);
    await submit(form, 'admin-kpp@mpp.test', STAFF_THROTTLED_PASSWORD);
    await waitUntil(() => q(form, '.error-summary'));
    expect(text(q(form, '.error-summary li'))).to.equal(
      'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 1 menit 30 detik.',
    );
  });

  it('says waits as people do', () => {
    expect([1, 45, 60, 90, 900, 3600, 3960].map(waitInWords)).to.deep.equal([
      '1 detik',
      '45 detik',
      '1 menit',
      '1 menit 30 detik',
      '15 menit',
      '1 jam',
      '1 jam 6 menit',
    ]);
  });

  it('signs in, shows the navigation of the role and moves focus to the page heading', async () => {
    const { el } = await mountShell();
    const form = await signIn(el);
    await submit(form, STAFF_ACCOUNTS.agencyAdmin.email, STAFF_PASSWORD);
    const nav = await shows(el, 'nav');
    expect(nav.getAttribute('aria-label')).to.equal('Menu petugas');
    expect(qa(el, 'nav a').map(text)).to.deep.equal(routesFor('agency_admin').map((r) => r.label));
    const page = await shows(el, 'main > :not(p)');
    await waitUntil(() => focused()?.tagName === 'H1', 'the page heading takes focus');
    expect(text(q(page, 'h1'))).to.equal('Selamat datang, Budi Santoso');
    expect(text(q(el, 'header'))).to.contain('Administrator instansi · kpp');
    expect(location.hash).to.equal('#/beranda');
    await expect(el).to.be.accessible();
  });

  it('shows each role only the sections it may use', async () => {
    for (const account of Object.values(STAFF_ACCOUNTS)) {
      const { el } = await mountShell({ signedIn: account });
      await shows(el, 'nav');
      expect(qa(el, 'nav a').map(text), account.role).to.deep.equal(routesFor(account.role).map((r) => r.label));
      restoreFetch();
    }
  });

  it('opens the section a bookmark names, and falls back to the first allowed one for an unknown one', async () => {
    const { el } = await mountShell({ signedIn: STAFF_ACCOUNTS.officer, hash: '#/tidak-ada' });
    await shows(el, 'main staff-home-page');
    expect(location.hash).to.equal('#/beranda');
    expect(q(el, 'nav a[aria-current=page]')?.textContent?.trim()).to.equal('Beranda');
  });

  it('signs out with the CSRF token and shows the sign-in page again', async () => {
    const { el, session } = await mountShell({ signedIn: STAFF_ACCOUNTS.mppAdmin });
    await shows(el, 'nav');
    q<HTMLButtonElement>(el, 'header button')!.click();
    const form = await signIn(el);
    expect(session.state.logouts, 'the mock refuses a log-out without the token').to.equal(1);
    await waitUntil(() => text(q(form, '.notice')) === 'Anda telah keluar.');
    expect(q(el, 'nav')).to.equal(null);
  });

  it('goes back to the sign-in page when the server says the session ended', async () => {
    const { el, session } = await mountShell({ signedIn: STAFF_ACCOUNTS.viewer });
    await shows(el, 'nav');
    session.state.signedIn = null; // expired on the server
    q<HTMLButtonElement>(el, 'header button')!.click();
    const form = await signIn(el);
    await waitUntil(() => text(q(form, '.notice')) === 'Sesi Anda telah berakhir. Silakan masuk lagi.');
  });

  it('offers to try again when the server cannot be reached', async () => {
    let reachable = false;
    const { el } = await mountShell({
      handlers: [http.get(`${API_BASE}/staff/session`, () => (reachable ? undefined : HttpResponse.error()))],
    });
    const retry = await shows<HTMLButtonElement>(el, '.notice button');
    expect(text(q(el, '.notice__title'))).to.equal(
      'Tidak dapat terhubung ke server. Periksa jaringan, lalu coba lagi.',
    );
    await expect(el).to.be.accessible();
    reachable = true;
    retry.click();
    await shows(el, 'staff-sign-in');
  });
});

describe('staff shell, when the session ends under a page', () => {
  afterEach(() => {
    restoreFetch();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('gives the same page back after signing in again, with what was typed in it', async () => {
    let expired = false;
    const catalogue = staffCatalogueMock({ base: API_BASE, agencyId: STAFF_ACCOUNTS.agencyAdmin.agencyId });
    const { el, session } = await mountShell({
      signedIn: STAFF_ACCOUNTS.agencyAdmin,
      hash: '#/layanan/kpp-permintaan-kode-otorisasi-efin',
      handlers: [
        http.put(`${API_BASE}/staff/services/:id`, () =>
          expired ? HttpResponse.json({ code: 'unauthorized' }, { status: 401 }) : undefined,
        ),
        ...catalogue.handlers,
      ],
    });
    const page = await shows(el, 'main staff-services-page');
    await shows(page, 'form');
    type(q<HTMLInputElement>(page, '#name'), 'Nama yang sedang diketik');
    expired = true;
    session.state.signedIn = null;
    q<HTMLButtonElement>(page, 'form button[type=submit]')!.click();
    const form = await signIn(el);
    await waitUntil(() => text(q(form, '.notice')) === 'Sesi Anda telah berakhir. Silakan masuk lagi.');
    expired = false;
    await submit(form, STAFF_ACCOUNTS.agencyAdmin.email, STAFF_PASSWORD);
    const back = await shows(el, 'main staff-services-page');
    expect(back).to.equal(page, 'the same page');
    expect(q<HTMLInputElement>(back, '#name')!.value).to.equal('Nama yang sedang diketik');
    q<HTMLButtonElement>(back, 'form button[type=submit]')!.click();
    await shows(back, '.notice--success');
    expect(catalogue.services.get('kpp-permintaan-kode-otorisasi-efin')!.name).to.equal('Nama yang sedang diketik');
  });

  it('does not give another account the page that was open', async () => {
    const { el, session } = await mountShell({
      signedIn: STAFF_ACCOUNTS.agencyAdmin,
      hash: '#/layanan',
      handlers: staffCatalogueMock({ base: API_BASE, agencyId: 'kpp' }).handlers,
    });
    const page = await shows(el, 'main staff-services-page');
    session.state.signedIn = null;
    q<HTMLButtonElement>(el, 'header button')!.click(); // the server answers 401: the session ended
    const form = await signIn(el);
    await submit(form, STAFF_ACCOUNTS.mppAdmin.email, STAFF_PASSWORD);
    const next = await shows(el, 'main staff-services-page');
    expect(next).to.not.equal(page);
  });
});
