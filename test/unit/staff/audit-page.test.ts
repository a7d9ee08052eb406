// <staff-audit-page> (#/audit): the audit log read by date range, actor and action (the server filters), with the
// state before and after — mounted as the shell mounts it; axe in each state.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../staff/pages/audit/staff-audit-page.js';
import type { StaffAuditPage } from '../../../staff/pages/audit/staff-audit-page.js';
import { restoreFetch } from '../../mocks/fetch.js';
import { createAdminMock } from '../../mocks/staff-admin-handlers.js';
import { API_BASE as BASE, mountPage, q, qa, STAFF_ACCOUNTS, text, type } from './kit.js';

async function page(who: 'mpp' | 'agency' = 'mpp', failWith?: 500) {
  const as = who === 'mpp' ? STAFF_ACCOUNTS.mppAdmin : STAFF_ACCOUNTS.agencyAdmin;
  const { el } = await mountPage<StaffAuditPage>(
    'staff-audit-page',
    as,
    createAdminMock({ base: BASE, as, failWith }).handlers,
  );
  await waitUntil(() => q(el, 'table, .notice--error'), 'the log loads');
  return el;
}
const rows = (el: HTMLElement) => qa(el, 'tbody tr').map((r) => text(r));
const filter = (el: HTMLElement) => q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();

describe('<staff-audit-page>', () => {
  afterEach(() => restoreFetch());

  it('lists every action newest first, with who, when, what, before and after', async () => {
    const el = await page();
    expect(rows(el)).to.have.length(6);
    expect(rows(el)[0]).to.contain('2026-12-07 09:00').and.to.contain('staff.create');
    const checkIn = rows(el).find((r) => r.includes('booking.check_in'))!;
    expect(checkIn).to.contain('status: booked').and.to.contain('queueNumber: K-001');
    await expect(el).to.be.accessible();
  });

  it('narrows by date range, actor and kind of action', async () => {
    const el = await page();
    type(q(el, '#audit-from'), '2026-12-07');
    type(q(el, '#audit-to'), '2026-12-07');
    filter(el);
    await waitUntil(() => rows(el).length === 3);
    type(q(el, '#audit-actor'), 'petugas-kpp@mpp.test');
    filter(el);
    await waitUntil(() => rows(el).length === 2);
    const action = q<HTMLSelectElement>(el, '#audit-action')!;
    action.value = 'queue.';
    action.dispatchEvent(new Event('change'));
    filter(el);
    await waitUntil(() => rows(el).length === 1);
    expect(rows(el)[0]).to.contain('queue.call_next');
    type(q(el, '#audit-actor'), 'tidak-ada@mpp.test');
    filter(el);
    // The status line stays in the page (its text changes, so it is heard): wait for its words.
    await waitUntil(() => text(q(el, 'p[role=status]')) === 'Tidak ada catatan yang cocok.');
    await expect(el).to.be.accessible();
  });

  it('checks the dates before asking, and links the error to its field', async () => {
    const el = await page();
    type(q(el, '#audit-from'), '7 Desember');
    filter(el);
    await waitUntil(() => q(el, '.error-summary'));
    expect(qa(el, '.error-summary a').map((a) => a.getAttribute('href'))).to.deep.equal(['#audit-from']);
    await expect(el).to.be.accessible();
  });

  it('an agency administrator reads its agency’s entries only', async () => {
    const el = await page('agency');
    expect(rows(el)).to.have.length(3);
    expect(rows(el).every((r) => r.includes('kpp'))).to.equal(true);
  });

  it('offers to try again when the log cannot be loaded', async () => {
    const el = await page('mpp', 500);
    expect(text(q(el, '.notice--error'))).to.contain('tidak dapat dimuat');
    await expect(el).to.be.accessible();
  });
});
