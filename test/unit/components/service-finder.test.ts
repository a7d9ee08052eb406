import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/service-finder/mpp-service-finder.js';
import { MppServiceFinder } from '../../../src/components/service-finder/service-finder.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi, type MockApiOptions } from '../../mocks/handlers.js';
import { services } from '../../mocks/fixtures.js';
import { poison } from '../../mocks/hostile.js';
import { API_BASE as BASE } from '../../kit/fixtures.mjs';

const KTP = 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru';

function mock(options: MockApiOptions = {}) {
  const api = createMockApi({ base: BASE, ...options });
  installMockFetch(api.handlers);
  return api;
}

/** A finder with `attrs` written as `name=value;name2=value2` (values may contain `=`). */
async function finder(attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('mpp-service-finder');
  el.setAttribute('api-base', BASE);
  for (const pair of attrs.split(';').filter(Boolean)) {
    const at = pair.indexOf('=');
    el.setAttribute(at === -1 ? pair : pair.slice(0, at), at === -1 ? '' : pair.slice(at + 1));
  }
  wrapper.append(el);
  // A test's second finder sits under the first, often more than a screen down, where a finder waits until the
  // resident scrolls near it (loading below the fold): scroll to it, as the resident would.
  el.scrollIntoView();
  await el.updateComplete;
  return el;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => root(el).querySelector<T>(selector);
const qa = (el: HTMLElement, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const ready = (el: HTMLElement) => waitUntil(() => q(el, '.results, .notice'), 'results did not render');
/** Text as a reader sees it: runs of white space (from template formatting) read as one space. */
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (el: HTMLElement) => qa(el, '.result__open').map(text);

/** A finder with `attrs`, its first result opened, up to its "Ambil antrean" (a button, or a link). */
async function firstServiceOpened(attrs: string) {
  const el = await finder(attrs);
  await ready(el);
  qa(el, '.result__open')[0].click();
  await waitUntil(() => q(el, '[part="book-button"]'), 'no "Ambil antrean"');
  return el;
}

async function type(el: MppServiceFinder, text: string) {
  const input = q<HTMLInputElement>(el, '#search')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<mpp-service-finder>', () => {
  beforeEach(() => {
    resetClients();
    document.documentElement.removeAttribute('lang');
  });
  afterEach(restoreFetch);

  it('reserves its height with a skeleton while loading, then lists the catalogue', async () => {
    mock({ delayMs: 100 });
    const el = await finder();
    const loading = q(el, '.skeleton')!;
    expect(loading.getAttribute('role')).to.equal('status');
    const reserved = el.getBoundingClientRect().height;
    await expect(el).to.be.accessible();
    await ready(el);
    expect(q(el, '.count')!.textContent).to.equal('67 layanan ditemukan');
    // Before the resident acts, the first result only: it fits the height held from the first paint.
    expect(qa(el, '.result')).to.have.length(1);
    expect(el.getBoundingClientRect().height).to.equal(reserved);
    expect(text(q(el, '.more'))).to.equal('Tampilkan 20 layanan lagi');
    q<HTMLButtonElement>(el, '.more')!.click();
    await el.updateComplete;
    expect(qa(el, '.result')).to.have.length(21);
    await expect(el).to.be.accessible();
  });

  it('finds services as the resident types, highlights the words, and announces the count after a pause', async () => {
    mock();
    const el = await finder();
    await ready(el);
    await type(el, 'akta lahir');
    expect(names(el)[0]).to.equal('Penerbitan Akta Kelahiran');
    expect(qa(el, '.result__open')[0].querySelector('mark')!.textContent).to.equal('Akta');
    const status = q(el, '[role="status"][aria-live="polite"]')!;
    expect(status.textContent).to.equal('');
    await waitUntil(() => status.textContent === '1 layanan ditemukan', 'count not announced', { timeout: 2000 });
    expect(root(el).activeElement).to.equal(null); // nothing stole focus (the test typed without focusing)
    await expect(el).to.be.accessible();
  });

  it('limits itself to one agency and hides the agency filter', async () => {
    mock();
    const el = await finder('agency=polresta');
    await ready(el);
    expect(names(el)).to.deep.equal(['Penerbitan SKCK Baru']);
    expect(text(q(el, '.more'))).to.equal('Tampilkan 3 layanan lagi');
    q<HTMLButtonElement>(el, '.more')!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal([
      'Penerbitan SKCK Baru',
      'Perpanjangan SKCK',
      'Perpanjangan SIM A',
      'Perpanjangan SIM C',
    ]);
    expect(q(el, '#agency')).to.equal(null);
  });

  it('filters by agency and category, with counts for the current search', async () => {
    mock();
    const el = await finder();
    await ready(el);
    await type(el, 'sim');
    const option = qa(el, '#agency option').find((o) => o.getAttribute('value') === 'polresta')!;
    expect(text(option)).to.equal('Polresta (2)');
    const category = q<HTMLSelectElement>(el, '#category')!;
    category.value = 'Kependudukan';
    category.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    expect(q(el, '.notice')!.textContent).to.contain('Tidak ada layanan untuk “sim”');
    q<HTMLButtonElement>(el, '.link')!.click();
    await el.updateComplete;
    // SIM A and SIM C, and PBG "melalui SIMBG" (a word that starts with what was typed).
    expect(names(el)).to.have.length(3);
  });

  it('suggests other words and lists agency contacts when nothing matches', async () => {
    mock();
    const el = await finder();
    await ready(el);
    await type(el, 'zzzzzz');
    expect(q(el, '.notice')!.textContent).to.contain('Coba kata lain');
    expect(qa(el, '.contacts li').length).to.equal(25);
    await expect(el).to.be.accessible();
  });

  it('opens a service with its whole standard, focuses its heading and emits mpp-service-select', async () => {
    mock();
    const el = await finder('query=ktp');
    await ready(el);
    const selected = oneEvent(el, 'mpp-service-select');
    qa(el, '.result__open')
      .find((b) => b.dataset.service === KTP)!
      .click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ serviceId: KTP, agencyId: 'disdukcapil' });
    expect(event.bubbles && event.composed).to.equal(true);
    // The heading shows and takes focus at once; the standard follows under it.
    await waitUntil(() => q(el, '.detail'), 'detail did not open');
    expect(root(el).activeElement?.id).to.equal('detail-heading');
    const service = services.find((s) => s.id === KTP)!;
    const detailText = text(q(el, '.detail'));
    for (const part of [
      'Persyaratan',
      'Prosedur',
      'Waktu penyelesaian',
      'Biaya',
      'Produk layanan',
      'Pengaduan',
      'Dasar hukum',
      'SP4N-LAPOR!',
      'Gratis',
    ]) {
      expect(detailText).to.contain(part);
    }
    expect(qa(el, '.detail ul')[0].querySelectorAll('li').length).to.equal(service.requirements.length);
    expect(qa(el, '.detail ol li').length).to.equal(service.procedure.length);
    expect(detailText).to.contain('Senin–Kamis: 08.00–15.00 WIB');
    await expect(el).to.be.accessible();
  });

  it('comes back to the same results, query and scroll position, with focus on the service it opened', async () => {
    mock();
    const el = await finder();
    await ready(el);
    await type(el, 'paspor');
    const before = names(el);
    document.body.style.minHeight = '3000px'; // room to scroll, as on a long agency page
    window.scrollTo(0, 250);
    qa(el, '.result__open')[1].click();
    await waitUntil(() => q(el, '#detail-heading'));
    q<HTMLButtonElement>(el, '.back')!.click();
    await waitUntil(() => q(el, '.results'));
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '#search')!.value).to.equal('paspor');
    expect(names(el)).to.deep.equal(before);
    expect(root(el).activeElement).to.equal(qa(el, '.result__open')[1]);
    expect(window.scrollY).to.equal(250);
    document.body.style.minHeight = '';
  });

  it('emits mpp-service-book without a booking-url, and links to it with one', async () => {
    mock();
    const el = await firstServiceOpened('query=skck');
    const booked = oneEvent(el, 'mpp-service-book');
    q<HTMLButtonElement>(el, 'button[part="book-button"]')!.click();
    expect((await booked).detail).to.deep.equal({ serviceId: 'polresta-penerbitan-skck-baru', agencyId: 'polresta' });

    const linked = await firstServiceOpened('query=skck;booking-url=/antrean?layanan={service}');
    expect(q<HTMLAnchorElement>(linked, 'a[part="book-button"]')!.href).to.equal(
      `${location.origin}/antrean?layanan=polresta-penerbitan-skck-baru`,
    );
  });

  it('says so when nothing on the page takes "Ambil antrean", and stays quiet when something does', async () => {
    mock();
    const el = await firstServiceOpened('query=skck');
    // No booking-url, no booking element, nobody listening: the button must not be dead.
    q<HTMLButtonElement>(el, 'button[part="book-button"]')!.click();
    await el.updateComplete;
    expect(text(q(el, '.detail__actions'))).to.contain('Antrean daring belum tersedia di halaman ini');
    await expect(el).to.be.accessible();

    // A page (or a booking element) that takes the visit cancels the event.
    const take = (e: Event) => e.preventDefault();
    document.addEventListener('mpp-service-book', take);
    try {
      const taken = await firstServiceOpened('query=skck');
      q<HTMLButtonElement>(taken, 'button[part="book-button"]')!.click();
      await taken.updateComplete;
      expect(text(q(taken, '.detail__actions'))).to.not.contain('Antrean daring belum tersedia');
    } finally {
      document.removeEventListener('mpp-service-book', take);
    }
  });

  it('says when a service is served at the counter only', async () => {
    mock();
    const el = await finder('query=konsultasi perbaikan data');
    await ready(el);
    qa(el, '.result__open')[0].click();
    await waitUntil(() => q(el, '.detail'));
    expect(q(el, '[part="book-button"]')).to.equal(null);
    expect(q(el, '.detail')!.textContent).to.contain('tanpa antrean daring');
    expect(q(el, '.detail__note')!.textContent).to.contain('belum dikonfirmasi'); // a `typical` entry
  });

  it('shows a server error with a retry that works', async () => {
    mock({ scenario: 'server-error' });
    const told: unknown[] = [];
    const record = (e: Event) => told.push((e as CustomEvent).detail);
    document.addEventListener('mpp-error', record);
    const el = await finder();
    await waitUntil(() => q(el, '.notice--error'), 'no error shown', { timeout: 4000 });
    expect(q(el, '.notice--error')!.textContent).to.contain('gangguan pada server MPP');
    expect(told).to.deep.equal([{ code: 'internal', retryable: true }]);
    document.removeEventListener('mpp-error', record);
    await expect(el).to.be.accessible();
    mock();
    qa(el, '.notice--error button')[0].click();
    await waitUntil(() => q(el, '.results'), 'retry did not load');
  });

  it('says the resident is offline when nothing is cached', async () => {
    mock({ scenario: 'offline' });
    const el = await finder();
    await waitUntil(() => q(el, '.notice--error'), 'no error shown', { timeout: 4000 });
    expect(q(el, '.notice--error')!.textContent).to.contain('Tidak ada koneksi internet');
  });

  it('keeps working offline from the cached catalogue, with a notice', async () => {
    mock();
    const first = await finder();
    await ready(first);
    mock({ scenario: 'offline' });
    const second = await finder();
    await waitUntil(() => q(second, '.notice--warning'), 'no offline notice', { timeout: 4000 });
    expect(q(second, '.notice--warning')!.textContent).to.contain('Anda sedang offline');
    expect(qa(second, '.result').length).to.equal(1);
    await expect(second).to.be.accessible();
  });

  it('says the network seems slow when loading takes long', async () => {
    const original = MppServiceFinder.slowAfterMs;
    MppServiceFinder.slowAfterMs = 50;
    try {
      mock({ delayMs: 400 });
      const el = await finder();
      await waitUntil(() => q(el, '.notice--info'), 'no slow notice');
      expect(q(el, '.notice--info')!.textContent).to.contain('Masih memuat');
      expect(q(el, '.skeleton')).to.not.equal(null);
      await ready(el);
      await waitUntil(() => q(el, '.results'));
      expect(q(el, '.notice--info')).to.equal(null);
    } finally {
      MppServiceFinder.slowAfterMs = original;
    }
  });

  it('speaks English when asked, and places its heading at heading-level', async () => {
    mock();
    document.documentElement.lang = 'en';
    const el = await finder('heading-level=3');
    await ready(el);
    expect(q(el, 'h3')!.textContent).to.equal('Find an MPP service');
    expect(q(el, '.count')!.textContent).to.equal('67 services found');
  });

  it('keeps the search and the open service in the URL with sync-url', async () => {
    mock();
    const start = location.href;
    history.replaceState(null, '', '?q=skck');
    try {
      const el = await finder('sync-url');
      await ready(el);
      expect(q<HTMLInputElement>(el, '#search')!.value).to.equal('skck');
      qa(el, '.result__open')[0].click();
      await waitUntil(() => q(el, '.detail'));
      expect(new URL(location.href).searchParams.get('layanan')).to.equal('polresta-penerbitan-skck-baru');
      history.back();
      await waitUntil(() => q(el, '.results'), 'Back did not close the service');
      expect(new URL(location.href).searchParams.get('layanan')).to.equal(null);
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('renders script-bearing API data in every text field as text, and runs nothing', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const poisoned = services.slice(0, 5).map((s) => ({
      ...poison(s, `${hostile} KTP`),
      complaints: [{ name: hostile, detail: hostile, url: 'javascript:window.__pwned=1' }],
    }));
    mock({ services: poisoned });
    const el = await finder('query=ktp');
    await ready(el);
    qa(el, '.result__open')[0].click();
    await waitUntil(() => q(el, '.detail'));
    expect(q(el, 'img, script')).to.equal(null);
    expect(text(q(el, '.detail')))
      .to.contain('<img src=x')
      .and.to.contain('<script>');
    expect(qa(el, 'a').every((a) => !(a as HTMLAnchorElement).href.startsWith('javascript:'))).to.equal(true);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('can be used with the keyboard alone', async () => {
    mock();
    const el = await finder();
    await ready(el);
    q<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ type: 'skck' });
    await el.updateComplete;
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' }); // agency, category, first result
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Penerbitan SKCK Baru');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.id === 'detail-heading', 'heading did not take focus');
  });
});
