// The finder on an English page (issue 22 item 2, issue 26's 3.1.2 finding): it asks the API for English, shows
// the English catalogue from name to requirement, finds a service by its English or its Indonesian name, and marks
// every text that stayed Indonesian with lang="id" — and marks nothing on an Indonesian page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/service-finder/mpp-service-finder.js';
import type { MppServiceFinder } from '../../../../src/components/service-finder/service-finder.js';
import { resetClients } from '../../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../../mocks/fetch.js';
import { createMockApi, type MockApiOptions } from '../../../mocks/handlers.js';
import { services } from '../../../mocks/fixtures.js';
import { API_BASE as BASE } from '../../../kit/fixtures.mjs';
import { langOf } from '../../../kit/a11y.js';

const KTP = 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru';

function mock(options: MockApiOptions = {}) {
  const api = createMockApi({ base: BASE, ...options });
  installMockFetch(api.handlers);
  return api;
}

async function finder(lang: string, attrs: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('mpp-service-finder') as MppServiceFinder;
  el.setAttribute('api-base', BASE);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const q = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const qa = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ready = (el: HTMLElement) => waitUntil(() => q(el, '.results, .notice'), 'results did not render');
async function search(el: MppServiceFinder, value: string) {
  const input = q(el, '#search') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}
async function open(el: MppServiceFinder, id: string) {
  qa(el, '.result__open')
    .find((b) => b.dataset.service === id)!
    .click();
  await waitUntil(() => q(el, '.detail'), 'the service did not open');
}

describe('<mpp-service-finder> content in the resident’s language', () => {
  beforeEach(() => resetClients());
  afterEach(restoreFetch);

  it('asks for English on an English page and reads English from name to requirement', async () => {
    const api = mock();
    const el = await finder('en', { query: 'electronic id card' });
    await ready(el);
    const asked = api.requests.filter((r) => new URL(r.url).pathname.endsWith('/services'));
    expect(asked[0]!.headers.get('Accept-Language')).to.equal('en');
    expect(qa(el, '.result__open').map(text)).to.include('Recording and Issuing a New Electronic ID Card (KTP-el)');
    await open(el, KTP);
    expect(text(q(el, '#detail-heading'))).to.equal('Recording and Issuing a New Electronic ID Card (KTP-el)');
    const requirements = qa(el, '.detail ul')[0]!;
    expect(text(requirements.querySelector('li:nth-child(2)'))).to.equal('Family Card');
    expect(langOf(requirements)).to.equal('en');
    expect(langOf(q(el, '.detail ol li')!)).to.equal('en');
    // Never translated: the agency's name, where the service is given, and the legal basis stay Indonesian.
    expect(q(el, '.detail__agency')!.getAttribute('lang')).to.equal('id');
    const legal = qa(el, '.detail ul').at(-1)!;
    expect(text(legal)).to.contain('UU 23/2006');
    expect(legal.getAttribute('lang')).to.equal('id');
    await expect(el).to.be.accessible();
  });

  it('finds a service on an English page by its English name and by its Indonesian one', async () => {
    mock();
    const el = await finder('en');
    await ready(el);
    await search(el, 'family card');
    await waitUntil(() => qa(el, '.result__open').some((b) => b.dataset.service?.includes('kartu-keluarga')));
    await search(el, 'Perekaman KTP-el');
    await waitUntil(() => qa(el, '.result__open')[0]?.dataset.service === KTP, 'the Indonesian name did not find it');
    expect(text(qa(el, '.result__open')[0]!)).to.equal('Recording and Issuing a New Electronic ID Card (KTP-el)');
  });

  it('marks with lang="id" every text without a translation, and only those', async () => {
    const { translations, ...ktp } = services.find((s) => s.id === KTP)!;
    // Only the name and the requirements are translated.
    const partly = { ...ktp, translations: { en: { name: translations!.en!.name, requirements: ['Family Card'] } } };
    mock({ services: [partly] });
    const el = await finder('en');
    await ready(el);
    const button = qa(el, '.result__open')[0]!;
    expect(button.getAttribute('lang')).to.equal(null, 'the English name is in the page’s language');
    const meta = q(el, '.result__meta')!;
    expect(text(meta)).to.contain('Selesai di hari yang sama');
    expect(langOf([...meta.querySelectorAll('span')].find((s) => text(s).startsWith('Selesai'))!)).to.equal('id');
    await open(el, KTP);
    const [requirements] = qa(el, '.detail ul');
    expect(text(requirements!)).to.equal('Family Card');
    expect(requirements!.getAttribute('lang')).to.equal(null);
    const procedure = q(el, '.detail ol')!;
    expect(text(procedure)).to.contain('Ambil nomor antrean');
    expect(procedure.getAttribute('lang')).to.equal('id');
    const product = qa(el, '.summary__row').find(
      (r) => text(r).startsWith('What you receive') || text(r).includes('KTP-el'),
    )!;
    expect(langOf(product.querySelector('dd span')!)).to.equal('id');
    // The heading the widget wrote is English; the fallback texts in it are not.
    expect(langOf(q(el, '.detail h3, .detail h4')!)).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('marks nothing on an Indonesian page, and asks for Bahasa Indonesia', async () => {
    const api = mock();
    const el = await finder('id', { query: 'ktp' });
    await ready(el);
    expect(api.requests[0]!.headers.get('Accept-Language')).to.equal('id');
    await open(el, KTP);
    expect(text(q(el, '#detail-heading'))).to.equal('Perekaman dan Penerbitan KTP-el Baru');
    expect(qa(el, '.detail [lang]')).to.have.length(0);
  });

  it('reads the catalogue again when the page switches to English', async () => {
    mock();
    const el = await finder('id', { query: 'ktp-el baru' });
    await ready(el);
    await open(el, KTP);
    expect(text(q(el, '.detail ul li:nth-child(2)'))).to.equal('Kartu Keluarga');
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(
      () => text(q(el, '.detail ul li:nth-child(2)')) === 'Family Card',
      'the standard stayed Indonesian',
    );
    expect(text(q(el, '#detail-heading'))).to.equal('Recording and Issuing a New Electronic ID Card (KTP-el)');
  });
});
