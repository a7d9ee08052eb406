// The staff pages in real Chromium against the real server: the accounts a suite starts the server with, and
// signing in through the sign-in page as a person does (labels, the button, then the navigation).
import { newPage } from './browser.mjs';

/**
 * Accounts for `useDemo({ staff: Object.values(STAFF) })`: an MPP administrator, an agency administrator and a
 * viewer. (The counter officer, `COUNTER_OFFICER` in fixtures.mjs, is always there.)
 */
export const STAFF = {
  mppAdmin: { email: 'admin@mpp.test', password: 'kata-sandi-admin-e2e', agencyId: null, role: 'mpp_admin' },
  agencyAdmin: {
    email: 'admin-disdukcapil@mpp.test',
    password: 'kata-sandi-instansi-e2e',
    agencyId: 'disdukcapil',
    role: 'agency_admin',
  },
  viewer: { email: 'peninjau@mpp.test', password: 'kata-sandi-peninjau-e2e', agencyId: null, role: 'viewer' },
};

/** A counter PC's screen and a tablet's, for `newPage(browser, STAFF_SCREENS.tablet)`. */
export const STAFF_SCREENS = {
  counterPc: { viewport: { width: 1366, height: 768 } },
  tablet: { viewport: { width: 820, height: 1180 }, hasTouch: true },
};

/** Fills and sends the sign-in form on `page` (already at `/staff/`), as a person does. */
export async function fillSignIn(page, { email, password }) {
  await page.getByRole('heading', { name: 'Masuk sebagai petugas MPP' }).waitFor();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/**
 * A new page (a counter PC's screen unless `options` say otherwise) signed in as `account` at `section`
 * (`layanan` opens `#/layanan`): answers what `newPage()` does, once the staff menu shows.
 */
export async function signedInPage(browser, demo, account, section = '', options = STAFF_SCREENS.counterPc) {
  const opened = await newPage(browser, options);
  await opened.page.goto(`${demo.origin}/staff/${section ? `#/${section}` : ''}`);
  await fillSignIn(opened.page, account);
  await opened.page.getByRole('navigation', { name: 'Menu petugas' }).waitFor();
  return opened;
}
