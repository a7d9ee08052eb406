// <staff-schedule-page> (#/jadwal): an administrator edits a service's week. Mounted as the shell mounts it, over the
// mocked staff API whose every decision is the rules core's (and which refuses a change without the CSRF token);
// axe in each state, and a keyboard-only path.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../staff/pages/schedule/staff-schedule-page.js';
import type { StaffSchedulePage } from '../../../staff/pages/schedule/staff-schedule-page.js';
import { restoreFetch } from '../../mocks/fetch.js';
import { KTP_SERVICE_ID } from '../../mocks/fixtures.js';
import { createScheduleMock, type StaffMockOptions } from '../../mocks/staff-schedule-handlers.js';
import { API_BASE as BASE, mountPage, q, root, STAFF_ACCOUNTS, text } from './kit.js';

const AKTA = 'disdukcapil-penerbitan-akta-kelahiran';

async function page(options: StaffMockOptions = {}, section = ['jadwal', KTP_SERVICE_ID]) {
  const mock = createScheduleMock({ base: BASE, ...options });
  const { el } = await mountPage<StaffSchedulePage>(
    'staff-schedule-page',
    STAFF_ACCOUNTS.mppAdmin,
    mock.handlers,
    section,
  );
  const requests: Request[] = [];
  const mocked = window.fetch;
  window.fetch = (input, init) => {
    requests.push(new Request(input instanceof URL ? input.href : input, init));
    return mocked(input, init);
  };
  await waitUntil(() => q(el, '#d1-s0-start'), 'the week loads');
  return { el, mock, requests };
}

function type(el: HTMLElement, id: string, value: string) {
  const input = q<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}
const submit = (el: HTMLElement) => q<HTMLButtonElement>(el, 'button[type=submit]')!.click();

describe('<staff-schedule-page>', () => {
  afterEach(() => restoreFetch());

  it('shows the service’s week: each weekday’s sessions with their times and quotas', async () => {
    const { el } = await page();
    expect(text(q(el, 'h1'))).to.equal('Jadwal sesi dan kuota');
    expect(q<HTMLInputElement>(el, '#d1-s0-start')!.value).to.equal('08:00');
    expect(q<HTMLInputElement>(el, '#d1-s0-quota')!.value).to.equal('10');
    expect(q(el, '#d5-s3-start'), 'Friday has four sessions').to.not.equal(null);
    expect(q(el, '#d5-s4-start')).to.equal(null);
    expect(q(el, '#d6-add'), 'no weekend: the calendar closes it').to.equal(null);
    expect(text(q(el, 'label[for=d1-s0-start]'))).to.contain('Senin, sesi 1');
    await expect(el).to.be.accessible();
  });

  it('checks the week with the rules before sending, and links each error to its field', async () => {
    const { el, requests } = await page();
    type(el, 'd1-s1-start', '08:30');
    type(el, 'd2-s0-end', '07:00');
    type(el, 'd5-s2-end', '12:00');
    type(el, 'd3-s0-quota', '0');
    submit(el);
    await waitUntil(() => root(el).activeElement?.classList.contains('error-summary'), 'the summary takes focus');
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).to.have.members(['#d1-s1-start', '#d2-s0-end', '#d3-s0-quota', '#d5-s2-start']);
    expect(text(q(el, '.error-summary')))
      .to.contain('salat Jumat')
      .and.to.contain('bertumpuk');
    expect(q(el, '#d2-s0-end')!.getAttribute('aria-invalid')).to.equal('true');
    expect(requests.filter((r) => r.method === 'PUT')).to.have.length(0);
    await expect(el).to.be.accessible();
    q<HTMLAnchorElement>(el, '.error-summary a[href="#d2-s0-end"]')!.click();
    expect(root(el).activeElement?.id).to.equal('d2-s0-end');
  });

  it('saves a changed week with the CSRF token, and says residents see it now', async () => {
    const { el, requests, mock } = await page();
    type(el, 'opens-at', '07:00');
    type(el, 'd1-s0-quota', '15');
    q<HTMLButtonElement>(el, 'fieldset:nth-of-type(1) .session:nth-of-type(2) .session__remove')!.click();
    await el.updateComplete;
    submit(el);
    await waitUntil(() => q(el, '.notice--success'), 'saved');
    expect(text(q(el, '.notice--success'))).to.contain('Jadwal disimpan');
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('X-CSRF-Token')).to.not.equal(null);
    const stored = mock.weeks.get(KTP_SERVICE_ID)!;
    expect(stored.windowOpensAt).to.equal('07:00');
    expect(stored.weekdays[0]!.map((s) => `${s.id}/${s.quota}`)).to.deep.equal([
      's0800/15',
      's1000/10',
      's1300/10',
      's1400/10',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the bookings in the way when the server refuses a change that would drop them', async () => {
    const { el } = await page({
      booked: { [KTP_SERVICE_ID]: [{ date: '2026-12-14', weekday: 1, sessionId: 's1400', active: 3, holding: 3 }] },
    });
    q<HTMLButtonElement>(el, 'fieldset:nth-of-type(1) .session:nth-of-type(5) .session__remove')!.click();
    await el.updateComplete;
    submit(el);
    await waitUntil(() => q(el, '.notice--error'), 'refused');
    expect(text(q(el, '.notice--error')))
      .to.contain('Perubahan ini akan membatalkan booking warga')
      .and.to.contain('Sesi 14.00 pada 2026-12-14')
      .and.to.contain('3 booking');
    await expect(el).to.be.accessible();
  });

  it('can be used with the keyboard alone: add a session, type it, save', async () => {
    const { el, mock } = await page();
    q<HTMLButtonElement>(el, '#d5-add')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '#d5-s4-start')!.value, 'after the day’s last session').to.equal('15:00');
    q<HTMLInputElement>(el, '#d5-s4-end')!.focus();
    await sendKeys({ type: '16:00' });
    await el.updateComplete;
    q<HTMLButtonElement>(el, 'button[type=submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '.notice--success'), 'saved');
    expect(mock.weeks.get(KTP_SERVICE_ID)!.weekdays[4]!.at(-1)).to.deep.equal({
      id: 's1500',
      start: '15:00',
      end: '16:00',
      quota: 10,
    });
  });

  it('switches to another service the administrator may schedule', async () => {
    const { el, requests } = await page();
    const select = q<HTMLSelectElement>(el, '#service')!;
    expect(select.value, 'the section’s service first').to.equal(KTP_SERVICE_ID);
    select.value = AKTA;
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => requests.some((r) => r.url.includes(AKTA)));
    await waitUntil(() => q(el, '#d1-s0-start'));
    await expect(el).to.be.accessible();
  });

  it('offers to try again when the services cannot be loaded', async () => {
    const mock = createScheduleMock({ base: BASE, failWith: 500 });
    const { el } = await mountPage<StaffSchedulePage>('staff-schedule-page', STAFF_ACCOUNTS.mppAdmin, mock.handlers);
    await waitUntil(() => q(el, '.notice--error'));
    expect(text(q(el, '.notice--error'))).to.contain('Jadwal tidak dapat dimuat');
    expect(q(el, '.notice--error button')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an agency administrator chooses among its agency’s services only', async () => {
    const mock = createScheduleMock({ base: BASE });
    const { el } = await mountPage<StaffSchedulePage>('staff-schedule-page', STAFF_ACCOUNTS.agencyAdmin, mock.handlers);
    await waitUntil(() => q(el, '#d1-s0-start'));
    const options = [...root(el).querySelectorAll<HTMLOptionElement>('#service option')].map((o) => o.value);
    expect(options.length).to.be.greaterThan(0);
    expect(options.every((id) => id.startsWith('kpp-'))).to.equal(true);
  });
});
