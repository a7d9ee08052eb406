// The booking's first question on a whole-MPP page: the demo catalogue's 54 bookable services of 25 agencies, on a
// phone-sized screen. Grouped by agency when long, one GOV.UK radio group when short; found by the filter or by
// scrolling; answered and booked with the keyboard alone.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../../src/components/queue-booking/mpp-queue-booking.js';
import type { MppQueueBooking } from '../../../../src/components/queue-booking/queue-booking.js';
import { resetClients } from '../../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../../mocks/fetch.js';
import { agencies, services } from '../../../mocks/fixtures.js';
import { createMockApi } from '../../../mocks/handlers.js';
import { API_BASE as BASE, NIK, timeBudget } from '../../../kit/fixtures.mjs';

const root = (el: HTMLElement) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => root(el).querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => [...root(el).querySelectorAll<T>(s)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
/** The step's question, without its "Langkah n dari m" caption. */
const heading = (el: HTMLElement) =>
  text(q(el, '#step-heading'))
    .replace(text(q(el, '#step-heading .progress')), '')
    .trim();
const said = (el: HTMLElement) => text(q(el, 'p[role=status]'));
/** Waits until the filter's count is said (once typing pauses, as a screen reader hears it) and answers it. */
async function countSaid(el: HTMLElement) {
  await waitUntil(() => said(el), 'the count was not said', {
    timeout: 8000 * ((globalThis as { MPP_CPU_SLOWDOWN?: number }).MPP_CPU_SLOWDOWN ?? 1),
  });
  return said(el);
}

const bookable = services.filter((s) => s.bookable);
/** The agencies that give a bookable service, in the order the catalogue first names them. */
const bookableAgencies = [...new Set(bookable.map((s) => s.agencyId))].map((id) => agencies.find((a) => a.id === id)!);

async function booking(agency?: string) {
  installMockFetch(createMockApi({ base: BASE }).handlers);
  const el = await fixture<MppQueueBooking>(
    agency
      ? html`<mpp-queue-booking api-base=${BASE} agency=${agency}></mpp-queue-booking>`
      : html`<mpp-queue-booking api-base=${BASE}></mpp-queue-booking>`,
  );
  await waitUntil(() => q(el, 'input[name=service]'), 'the services did not come');
  return el;
}

/** "Tampilkan semua layanan", pressed with the keyboard from the filter. */
async function showAll(el: MppQueueBooking) {
  const more = qa<HTMLButtonElement>(el, 'button').find((b) => text(b) === 'Tampilkan semua layanan')!;
  more.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** Presses Tab until `target` has focus (at most `max` times); returns how many presses it took. */
async function tabTo(el: MppQueueBooking, target: () => Element | null | undefined, max = 25) {
  for (let presses = 1; presses <= max; presses++) {
    await sendKeys({ press: 'Tab' });
    if (target() && focused(el) === target()) return presses;
  }
  throw new Error(`never reached by Tab in ${max} presses`);
}

describe('<mpp-queue-booking> on a whole-MPP page: choosing among many services', function () {
  // 54 radios in 25 groups, audited by axe, on a machine shared with other suites: a bound on a stuck test.
  this.timeout(timeBudget(30_000));
  before(() => setViewport({ width: 390, height: 844 }));
  beforeEach(() => resetClients());
  afterEach(() => restoreFetch());

  it('groups the whole list by agency, each a fieldset with the agency’s name as its legend, one radio name', async () => {
    expect(bookable.length, 'the demo catalogue').to.equal(54);
    const el = await booking();
    // The first screen: two services, no groups yet (the list is short).
    expect(qa(el, 'input[name=service]')).to.have.length(2);
    expect(qa(el, 'fieldset fieldset')).to.have.length(0);
    await showAll(el);
    const groups = qa<HTMLFieldSetElement>(el, 'fieldset.radios fieldset');
    expect(groups.map((g) => text(g.querySelector('legend')))).to.deep.equal(bookableAgencies.map((a) => a.name));
    // Every service sits in its agency's group, and every radio answers the one question.
    for (const [i, group] of groups.entries()) {
      const inside = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((r) => r.value);
      expect(inside).to.deep.equal(bookable.filter((s) => s.agencyId === bookableAgencies[i].id).map((s) => s.id));
    }
    const radios = qa<HTMLInputElement>(el, 'input[type=radio]');
    expect(radios).to.have.length(54);
    expect(new Set(radios.map((r) => r.name))).to.deep.equal(new Set(['service']));
    // Focus went to the first service that came (the third), and nothing scrolls sideways on the phone.
    await waitUntil(() => focused(el) === radios[2], 'focus did not move to the next service');
    expect(el.scrollWidth).to.be.at.most(390);
    await expect(el).to.be.accessible();
  });

  it('walks the groups with the arrow keys as one list: the next agency’s first service follows the last', async () => {
    const el = await booking();
    await showAll(el);
    const first = bookableAgencies[0];
    const inFirst = bookable.filter((s) => s.agencyId === first.id).length;
    await waitUntil(() => focused(el)?.id === 'service-2');
    // From the third service down to the last of the first agency, then one more.
    for (let i = 2; i < inFirst; i++) await sendKeys({ press: 'ArrowDown' });
    const now = focused(el) as HTMLInputElement;
    expect(now.checked).to.equal(true);
    expect(text(now.closest('fieldset')!.querySelector('legend'))).to.equal(bookableAgencies[1].name);
  });

  it('filters across the groups and says how many services match', async () => {
    const el = await booking();
    await showAll(el);
    const filter = q<HTMLInputElement>(el, '#service-filter')!;
    filter.focus();
    await sendKeys({ type: 'skck' });
    await el.updateComplete;
    // Both SKCK services (Polresta) and the court's certificate residents also call "SKCK pengadilan" (PN): few
    // enough to be one plain list again.
    expect(qa(el, 'input[name=service]')).to.have.length(3);
    expect(qa(el, 'fieldset fieldset')).to.have.length(0);
    expect(await countSaid(el)).to.equal('3 layanan');
    // A word that matches services of many agencies keeps them grouped.
    filter.select();
    await sendKeys({ type: 'izin' });
    await el.updateComplete;
    const matching = qa(el, 'input[name=service]').length;
    expect(await countSaid(el)).to.equal(`${matching} layanan`);
    if (matching >= 11) expect(qa(el, 'fieldset fieldset').length).to.be.greaterThan(1);
    filter.select();
    await sendKeys({ type: 'zzzz' });
    await el.updateComplete;
    expect(qa(el, 'input[name=service]')).to.have.length(0);
    expect(await countSaid(el)).to.equal('0 layanan');
    expect(text(q(el, 'form'))).to.contain('Tidak ada layanan yang cocok. Coba kata lain.');
    await expect(el).to.be.accessible();
  });

  it('keeps a short list (one agency’s page) one GOV.UK radio group, without agency fieldsets', async () => {
    const el = await booking('dpmptsp');
    await showAll(el);
    expect(qa(el, 'input[name=service]')).to.have.length(bookable.filter((s) => s.agencyId === 'dpmptsp').length);
    expect(qa(el, 'fieldset fieldset')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('lets a resident find and book a service with the keyboard alone, in a few keystrokes', async () => {
    const el = await booking();
    // From the top of the page: Tab into the filter, type, Tab to the first match, Space, Enter.
    let keys = await tabTo(el, () => q(el, '#service-filter'));
    await sendKeys({ type: 'paspor' });
    keys += 'paspor'.length;
    await el.updateComplete;
    expect(await countSaid(el)).to.match(/^\d+ layanan$/);
    keys += await tabTo(el, () => q(el, 'input[name=service]'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    keys += 2;
    expect(keys, 'keystrokes to choose the service').to.be.at.most(12);
    await waitUntil(() => heading(el) === 'Kapan Anda akan datang?', 'the day question did not open', {
      timeout: 5000,
    });
    expect(text(q(el, '#day-hint'))).to.match(/paspor/i);
    // The day, the session: Tab to the first that can be taken, Space, Enter.
    await waitUntil(() => q(el, 'input[name=day]:not([disabled])'));
    await tabTo(el, () => q(el, 'input[name=day]:not([disabled])'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, 'input[name=session]:not([disabled])'), 'no session question');
    await tabTo(el, () => q(el, 'input[name=session]:not([disabled])'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '#nik'), 'no identity question');
    await tabTo(el, () => q(el, '#nik'));
    await sendKeys({ type: NIK });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Siti Aminah' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '081234567890' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el) === 'Periksa jawaban Anda', 'no check of the answers');
    const send = () => qa(el, 'button').find((b) => /Kirim booking/.test(text(b)));
    await tabTo(el, send);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '.code'), 'no ticket');
    expect(el.scrollWidth).to.be.at.most(390);
    await expect(el).to.be.accessible();
  });
});
