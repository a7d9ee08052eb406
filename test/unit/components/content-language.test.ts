// The booking and the tracker on an English page (issue 22 item 2, issue 26's 3.1.2 finding): the booking asks for
// and lists the services in English, marking those that stayed Indonesian; the tracker marks every text of the
// API (a booking's service, agency and counter, an application's steps and notes) with lang="id".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/queue-booking/mpp-queue-booking.js';
import '../../../src/components/status-tracker/mpp-status-tracker.js';
import type { MppQueueBooking } from '../../../src/components/queue-booking/queue-booking.js';
import type { MppStatusTracker } from '../../../src/components/status-tracker/status-tracker.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { services } from '../../mocks/fixtures.js';
import { createMockApi, type MockApiOptions } from '../../mocks/handlers.js';
import { API_BASE as BASE, NIK } from '../../kit/fixtures.mjs';
import { domUi, resident } from '../../kit/resident.mjs';
import { langOf } from '../../kit/a11y.js';

const KTP = 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru';
const KIA = 'disdukcapil-penerbitan-kartu-identitas-anak';
const KTP_EN = 'Recording and Issuing a New Electronic ID Card (KTP-el)';
/** The summary row labelled `label` (the ticket's and the tracker's "Service", "Agency"). */
const row = (el: HTMLElement, label: string) =>
  qa(el, '.summary__row')
    .find((r) => text(r.querySelector('dt')) === label)!
    .querySelector('dd')!;

function mock(options: MockApiOptions = {}) {
  const api = createMockApi({ base: BASE, ...options });
  installMockFetch(api.handlers);
  return api;
}
const q = (el: HTMLElement, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const qa = (el: HTMLElement, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The element whose own text is exactly `wanted`, inside `el`'s shadow root. */
const withText = (el: HTMLElement, selector: string, wanted: string) =>
  qa(el, selector).find((n) => text(n) === wanted);
/** The booking's services, all of them (the first few show until the resident asks for the rest). */
async function allServices(el: MppQueueBooking, more: string) {
  await waitUntil(() => q(el, 'input[name="service"]'), 'no services');
  withText(el, 'button.link', more)!.click();
  await waitUntil(() => qa(el, 'input[name="service"]').length > 2, 'the other services did not show');
}

describe('content in the resident’s language: booking and tracker', () => {
  beforeEach(() => resetClients());
  afterEach(restoreFetch);

  it('lists the services in English on an English page, marking an untranslated one lang="id"', async () => {
    // The child identity card's name has no translation here: it falls back to Indonesian.
    const catalogue = services.map((s) =>
      s.id === KIA ? { ...s, translations: { en: { ...s.translations!.en!, name: undefined } } } : s,
    );
    const api = mock({ services: JSON.parse(JSON.stringify(catalogue)) });
    const el = await fixture<MppQueueBooking>(
      html`<div lang="en"><mpp-queue-booking api-base=${BASE} agency="disdukcapil"></mpp-queue-booking></div>`,
    ).then((div) => div.querySelector<MppQueueBooking>('mpp-queue-booking')!);
    await allServices(el, 'Show all services');
    const asked = api.requests.find((r) => new URL(r.url).pathname.endsWith('/services'))!;
    expect(asked.headers.get('Accept-Language')).to.equal('en');
    const label = (id: string) => q(el, `input[value="${id}"]`)!.parentElement!.querySelector('label')!;
    expect(text(label(KTP))).to.equal('Recording and Issuing a New Electronic ID Card (KTP-el)');
    expect(langOf(label(KTP))).to.equal('en');
    expect(text(label(KIA))).to.equal('Penerbitan Kartu Identitas Anak (KIA)');
    expect(label(KIA).getAttribute('lang')).to.equal('id');
    // The category (the hint) is translated, so it is not marked.
    const hint = q(el, `input[value="${KIA}"]`)!.parentElement!.querySelector('.radio__hint')!;
    expect(text(hint)).to.equal('Population Records');
    expect(langOf(hint)).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('marks nothing on an Indonesian booking page', async () => {
    mock();
    const el = await fixture<MppQueueBooking>(
      html`<mpp-queue-booking api-base=${BASE} agency="disdukcapil" lang="id"></mpp-queue-booking>`,
    );
    await allServices(el, 'Tampilkan semua layanan');
    expect(text(q(el, `input[value="${KTP}"]`)!.parentElement!.querySelector('label'))).to.equal(
      'Perekaman dan Penerbitan KTP-el Baru',
    );
    expect(qa(el, '[lang]:not(.booking)')).to.have.length(0);
  });

  it('marks an application’s service, agency, steps and notes lang="id" in an English tracker', async () => {
    mock();
    const el = await fixture<MppStatusTracker>(
      html`<mpp-status-tracker api-base=${BASE} lang="en"></mpp-status-tracker>`,
    );
    const fill = (id: string, value: string) => {
      const input = q(el, `#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    await waitUntil(() => q(el, '#code'));
    fill('code', 'PMH-2026-000123');
    fill('last4', '0003');
    await el.updateComplete;
    q(el, 'form button[type=submit]')!.click();
    await waitUntil(() => q(el, '.timeline'), 'no application');
    const steps = qa(el, '.timeline__name');
    expect(steps.length).to.be.greaterThan(1);
    for (const step of steps) expect(step.getAttribute('lang')).to.equal('id');
    // The badges beside them are the widget's own words: English.
    expect(langOf(q(el, '.timeline__step .badge')!)).to.equal('en');
    expect(text(q(el, '.timeline__step .badge'))).to.equal('Done');
    const rows = qa(el, '.summary__row');
    const service = rows.find((r) => text(r.querySelector('dt')) === 'Service')!;
    expect(langOf(service.querySelector('dd span')!)).to.equal('id');
    const agency = rows.find((r) => text(r.querySelector('dt')) === 'Agency')!;
    expect(langOf(agency.querySelector('dd span')!)).to.equal('id');
    const next = withText(el, 'p[lang]', text(q(el, 'p[lang="id"]')));
    expect(next?.getAttribute('lang')).to.equal('id');
    await expect(el).to.be.accessible();
  });

  it('names the service in English on an English ticket, unmarked, the agency still lang="id"', async () => {
    const api = mock();
    const el = await fixture<MppQueueBooking>(
      html`<mpp-queue-booking api-base=${BASE} service=${KTP} lang="en"></mpp-queue-booking>`,
    );
    await resident(domUi(el), 'en').book({ nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' });
    const sent = api.requests.find((r) => new URL(r.url).pathname.endsWith('/bookings'))!;
    expect(sent.headers.get('Accept-Language')).to.equal('en');
    const service = row(el, 'Service');
    expect(text(service)).to.equal(KTP_EN);
    expect(service.querySelector('[lang]'), 'the English name is not marked Indonesian').to.equal(null);
    expect(langOf(service)).to.equal('en');
    expect(langOf(row(el, 'Agency').querySelector('span')!)).to.equal('id');
    await expect(el).to.be.accessible();
  });

  it('marks an English ticket’s requirements lang="id" while they are untranslated, and only then', async () => {
    // The ID card's requirements have no translation here: the ticket lists them in Indonesian, marked so.
    const catalogue = services.map((s) =>
      s.id === KTP ? { ...s, translations: { en: { ...s.translations!.en!, requirements: undefined } } } : s,
    );
    mock({ services: JSON.parse(JSON.stringify(catalogue)) });
    const el = await fixture<MppQueueBooking>(
      html`<mpp-queue-booking api-base=${BASE} service=${KTP} lang="en"></mpp-queue-booking>`,
    );
    await resident(domUi(el), 'en').book({ nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' });
    /** The list under the ticket's "What to bring". */
    const bring = (ticket: HTMLElement) =>
      withText(ticket, 'h1,h2,h3,h4,h5,h6', 'What to bring')!.nextElementSibling as HTMLElement;
    const list = bring(el);
    const indonesian = services.find((s) => s.id === KTP)!.requirements;
    expect([...list.children].map(text)).to.deep.equal(indonesian.map((r) => r.replace(/\s+/g, ' ').trim()));
    /** The language a screen reader reads a list item's text in (its own mark, else what it inherits). */
    const itemLang = (li: Element) => langOf(li.querySelector('[lang]') ?? li);
    expect([...list.children].map(itemLang)).to.deep.equal(indonesian.map(() => 'id'));
    await expect(el).to.be.accessible();

    // Translated, the same list is English and left unmarked.
    resetClients();
    restoreFetch();
    mock();
    const translated = await fixture<MppQueueBooking>(
      html`<mpp-queue-booking api-base=${BASE} service=${KTP} lang="en"></mpp-queue-booking>`,
    );
    await resident(domUi(translated), 'en').book({ nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' });
    const english = services.find((s) => s.id === KTP)!.translations!.en!.requirements!;
    expect([...bring(translated).children].map(text)).to.deep.equal(english.map((r) => r.replace(/\s+/g, ' ').trim()));
    expect([...bring(translated).children].map(itemLang)).to.deep.equal(english.map(() => 'en'));
  });

  it('marks an untranslated service lang="id" on the English check-answers page, a translated one not', async () => {
    // The child identity card's name has no translation here (as in the first test): it stays Indonesian.
    const catalogue = services.map((s) =>
      s.id === KIA ? { ...s, translations: { en: { ...s.translations!.en!, name: undefined } } } : s,
    );
    mock({ services: JSON.parse(JSON.stringify(catalogue)) });
    const el = await fixture<MppQueueBooking>(
      html`<mpp-queue-booking api-base=${BASE} agency="disdukcapil" lang="en"></mpp-queue-booking>`,
    );
    await allServices(el, 'Show all services');
    const ui = domUi(el);
    const person = resident(ui, 'en');
    await person.chooseService('Penerbitan Kartu Identitas Anak (KIA)');
    await person.continue(person.words.dayQuestion);
    await person.answerUpToIdentity();
    await person.fillIdentity({ nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' });
    await ui.fill(/Family card number/, '3201010101010001');
    await person.continue(person.words.checkQuestion);
    const service = row(el, 'Service');
    expect(text(service)).to.equal('Penerbitan Kartu Identitas Anak (KIA)');
    expect(langOf(service.firstElementChild ?? service)).to.equal('id');
    expect(langOf(row(el, 'Day'))).to.equal('en');
    await expect(el).to.be.accessible();

    // Translated, the name is English and left unmarked.
    resetClients();
    restoreFetch();
    mock();
    const translated = await fixture<MppQueueBooking>(
      html`<mpp-queue-booking api-base=${BASE} agency="disdukcapil" lang="en"></mpp-queue-booking>`,
    );
    await allServices(translated, 'Show all services');
    const other = resident(domUi(translated), 'en');
    await other.chooseService(KTP_EN);
    await other.continue(other.words.dayQuestion);
    await other.answerUpToCheck({ nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' });
    const english = row(translated, 'Service');
    expect(text(english)).to.equal(KTP_EN);
    expect(english.querySelector('[lang]')).to.equal(null);
    expect(langOf(english)).to.equal('en');
  });

  it('marks an untranslated service lang="id" in an English ticket’s offer of another visit', async () => {
    const catalogue = services.map((s) =>
      s.id === KIA ? { ...s, translations: { en: { ...s.translations!.en!, name: undefined } } } : s,
    );
    mock({ services: JSON.parse(JSON.stringify(catalogue)) });
    const el = await fixture<MppQueueBooking>(
      html`<mpp-queue-booking api-base=${BASE} service=${KTP} lang="en"></mpp-queue-booking>`,
    );
    await resident(domUi(el), 'en').book({ nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' });
    // "Book a visit" in a finder on the same page, for the child identity card.
    document.dispatchEvent(
      new CustomEvent('mpp-service-book', {
        detail: { serviceId: KIA, agencyId: 'disdukcapil' },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    await waitUntil(() => q(el, '.notice--info .notice__title'), 'no offer of another visit');
    const title = q(el, '.notice--info .notice__title')!;
    expect(text(title)).to.equal('Book a visit for Penerbitan Kartu Identitas Anak (KIA)?');
    const name = title.querySelector('[lang]');
    expect(name && langOf(name), 'the service name is not marked').to.equal('id');
    expect(text(name)).to.equal('Penerbitan Kartu Identitas Anak (KIA)');
    expect(langOf(title)).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('names a booking’s service in English on an English tracker, unmarked', async () => {
    const api = mock();
    // A booking made by the resident earlier (in Indonesian): the tracker asks in English and reads English.
    const made = await fetch(`${BASE}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'tracker-en-0001' },
      body: JSON.stringify({
        serviceId: KTP,
        ...(await firstFreeSession(KTP)),
        nik: NIK,
        name: 'Siti Aminah',
        phone: '+6281234567890',
      }),
    }).then((r) => r.json());
    const el = await fixture<MppStatusTracker>(
      html`<mpp-status-tracker api-base=${BASE} lang="en"></mpp-status-tracker>`,
    );
    await waitUntil(() => q(el, '#code'));
    for (const [id, value] of [
      ['code', made.code],
      ['last4', NIK.slice(-4)],
    ]) {
      const input = q(el, `#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await el.updateComplete;
    q(el, 'form button[type=submit]')!.click();
    await waitUntil(() => qa(el, '.summary__row').length > 0, 'no booking');
    const asked = api.requests.filter((r) => new URL(r.url).pathname.endsWith('/lookup')).at(-1)!;
    expect(asked.headers.get('Accept-Language')).to.equal('en');
    const service = row(el, 'Service');
    expect(text(service)).to.equal(KTP_EN);
    expect(service.querySelector('[lang]')).to.equal(null);
    expect(langOf(service)).to.equal('en');
    expect(langOf(row(el, 'Agency').querySelector('span')!)).to.equal('id');
    await expect(el).to.be.accessible();
  });
});

/** The first day and session of `serviceId` with a free place, as the mock's availability lists them. */
async function firstFreeSession(serviceId: string) {
  const availability = await fetch(`${BASE}/services/${serviceId}/availability`).then((r) => r.json());
  for (const day of availability.days)
    for (const session of day.sessions ?? [])
      if (day.open && session.remaining > 0 && session.bookable !== false)
        return { date: day.date as string, sessionId: session.id as string };
  throw new Error('no free session');
}
