// A service's own booking questions (a Nomor KK, a vehicle plate, a choice list) in <mpp-queue-booking>: asked
// under the identity, checked as the server checks them, reviewed, sent, and the server's refusal put on them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/components/queue-booking/mpp-queue-booking.js';
import type { MppQueueBooking } from '../../../src/components/queue-booking/queue-booking.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi } from '../../mocks/handlers.js';
import { API_BASE as BASE, NIK, timeBudget } from '../../kit/fixtures.mjs';
import { domUi, resident, WORDS } from '../../kit/resident.mjs';
import { axNode } from '../../kit/a11y.js';

const KIA = 'disdukcapil-penerbitan-kartu-identitas-anak';
const STNK = 'samsat-perpanjangan-stnk-5-tahunan-dan-penggantian';
const IDENTITY = { nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' };

function mock(...overrides: Parameters<typeof installMockFetch>[0]) {
  const api = createMockApi({ base: BASE });
  installMockFetch([...overrides, ...api.handlers]);
  return api;
}

async function booking(service: string, lang: 'id' | 'en' = 'id') {
  const el = await fixture<MppQueueBooking>(
    html`<mpp-queue-booking api-base=${BASE} service=${service} lang=${lang}></mpp-queue-booking>`,
  );
  await el.updateComplete;
  return el;
}

const q = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => el.shadowRoot!.querySelector<T>(s);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The step's question, without its "Langkah n dari m" caption. */
const headingText = (el: HTMLElement) =>
  text(q(el, '#step-heading'))
    .replace(text(q(el, '#step-heading .progress')), '')
    .trim();
const focused = (el: HTMLElement) => el.shadowRoot!.activeElement;

describe('<mpp-queue-booking> with a service’s own questions', () => {
  beforeEach(() => resetClients());
  afterEach(() => restoreFetch());

  it('asks for the Nomor KK under the identity, says what is wrong, reviews it and sends it', async function () {
    this.timeout(timeBudget(30_000)); // a whole booking, with accessibility audits
    const api = mock();
    const el = await booking(KIA);
    const person = resident(domUi(el));
    const ui = domUi(el);
    await person.answerUpToIdentity();
    await person.fillIdentity(IDENTITY);
    await waitUntil(() => q(el, '#field-nomor_kk'), 'the KK question never showed');
    expect(text(q(el, 'label[for=field-nomor_kk]'))).to.equal('Nomor KK');
    expect(text(q(el, '#field-nomor_kk-hint'))).to.contain('Kartu Keluarga');
    expect(q(el, '#field-nomor_kk')!.getAttribute('inputmode')).to.equal('numeric');
    await expect(el).to.be.accessible();

    // Left empty: the error summary says so and leads to the field.
    await ui.click(WORDS.id.continue);
    await waitUntil(() => q(el, '.error-summary'), 'no error summary');
    expect(text(q(el, '.error-summary'))).to.contain('Masukkan Nomor KK');
    q<HTMLAnchorElement>(el, '.error-summary a[href="#field-nomor_kk"]')!.click();
    expect(focused(el)?.id).to.equal('field-nomor_kk');
    await ui.fill('Nomor KK', '2172');
    await ui.click(WORDS.id.continue);
    await waitUntil(() => /harus 16 angka/.test(text(q(el, '#field-nomor_kk-error'))), 'the length was never said');
    expect(q(el, '#field-nomor_kk')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    await ui.fill('Nomor KK', '2172 0101 0185 0001');
    await person.continue(WORDS.id.checkQuestion);
    expect(text(q(el, '.summary')))
      .to.contain('Nomor KK')
      .and.to.contain('2172010101850001');
    await expect(el).to.be.accessible();
    await person.send();
    const sent = api.requests.find((r) => r.url.endsWith('/bookings'))!;
    expect((await sent.clone().json()).fields).to.deep.equal({ nomor_kk: '2172010101850001' });
    expect(text(q(el, '.ticket'))).not.to.contain('2172010101850001');
  });

  it('asks a plate and a choice in English, and reviews the choice by its words', async function () {
    this.timeout(timeBudget(30_000)); // a whole booking, with accessibility audits
    const api = mock();
    const el = await booking(STNK, 'en');
    const person = resident(domUi(el), 'en');
    const ui = domUi(el);
    await person.answerUpToIdentity();
    await person.fillIdentity(IDENTITY);
    await waitUntil(() => q(el, '#field-nomor_polisi'), 'the plate question never showed');
    expect(text(q(el, 'label[for=field-nomor_polisi]'))).to.equal('Vehicle registration plate');
    expect(text(q(el, 'fieldset legend'))).to.equal('Type of vehicle');
    await ui.fill('Vehicle registration plate', '1234');
    await ui.click(WORDS.en.continue);
    await waitUntil(() => q(el, '.error-summary'), 'no error summary');
    expect(text(q(el, '.error-summary')))
      .to.contain('Enter Vehicle registration plate like BP 1234 AB')
      .and.to.contain('Select Type of vehicle');
    await expect(el).to.be.accessible();
    await ui.fill('Vehicle registration plate', 'bp 1234 ab');
    await ui.check('Motorcycle');
    await person.continue(WORDS.en.checkQuestion);
    expect(text(q(el, '.summary')))
      .to.contain('BP 1234 AB')
      .and.to.contain('Motorcycle');
    await person.send();
    const sent = api.requests.find((r) => r.url.endsWith('/bookings'))!;
    expect((await sent.clone().json()).fields).to.deep.equal({ nomor_polisi: 'BP 1234 AB', jenis_kendaraan: 'roda-2' });
  });

  it('puts the server’s refusal of a field on that field, back at the identity question', async function () {
    this.timeout(timeBudget(30_000)); // a whole booking, with accessibility audits
    mock(
      http.post(`${BASE}/bookings`, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'x',
            status: 422,
            code: 'validation_failed',
            errors: [{ field: 'fields.nomor_kk', code: 'field_format', message: 'Nomor KK tidak dikenal Disdukcapil' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await booking(KIA);
    const person = resident(domUi(el));
    await person.answerUpToIdentity();
    await person.fillIdentity(IDENTITY);
    await domUi(el).fill('Nomor KK', '2172010101850001');
    await person.continue(WORDS.id.checkQuestion);
    await domUi(el).click(WORDS.id.send);
    await waitUntil(() => q(el, '#field-nomor_kk-error'), 'the field error never showed');
    expect(headingText(el)).to.equal(WORDS.id.identityQuestion);
    // The answer meets the rule the widget knows: the server's own words are shown.
    expect(text(q(el, '#field-nomor_kk-error'))).to.contain('Nomor KK tidak dikenal Disdukcapil');
    expect(q<HTMLInputElement>(el, '#field-nomor_kk')!.value).to.equal('2172010101850001');
  });
});

describe('<mpp-queue-booking> cancelling with a reason', () => {
  beforeEach(() => resetClients());
  afterEach(() => restoreFetch());

  it('asks why, optionally, and sends the reason and the words with the cancel', async function () {
    this.timeout(timeBudget(30_000)); // a whole booking, with accessibility audits
    const api = mock();
    const el = await booking('disdukcapil-perekaman-dan-penerbitan-ktp-el-baru');
    const ui = domUi(el);
    await resident(ui).book(IDENTITY);
    await ui.click('Batalkan booking');
    await waitUntil(() => q(el, 'input[name=cancel-reason]'), 'the reasons never showed');
    expect(text(q(el, 'fieldset legend'))).to.equal('Mengapa Anda membatalkan? (opsional)');
    expect(q(el, '#cancel-note')!.getAttribute('maxlength')).to.equal('200');
    // Read with its space, as seen: "Keterangan (opsional)", not "Keterangan(opsional)" (the gap was a margin).
    expect((await axNode(q(el, '#cancel-note')!)).name).to.equal('Keterangan (opsional)');
    await expect(el).to.be.accessible();
    await ui.check('Tidak bisa datang pada jadwal itu');
    await ui.fill('Keterangan', '  Ada  rapat ');
    await ui.click('Ya, batalkan');
    await waitUntil(() => /Booking dibatalkan/.test(text(q(el, '#step-heading'))), 'never cancelled');
    const sent = api.requests.find((r) => r.url.endsWith('/cancel'))!;
    expect(await sent.clone().json()).to.deep.equal({
      nikLast4: NIK.slice(-4),
      reason: { code: 'schedule_conflict', text: 'Ada rapat' },
    });
  });

  it('cancels without a reason when none is given, as before; asks in English', async function () {
    this.timeout(timeBudget(30_000)); // a whole booking, with accessibility audits
    const api = mock();
    const el = await booking('disdukcapil-perekaman-dan-penerbitan-ktp-el-baru', 'en');
    const ui = domUi(el);
    await resident(ui, 'en').book(IDENTITY);
    await ui.click('Cancel booking');
    await waitUntil(() => q(el, 'input[name=cancel-reason]'), 'the reasons never showed');
    expect(text(q(el, 'fieldset legend'))).to.equal('Why are you cancelling? (optional)');
    expect(text(q(el, 'label[for=cancel-note]'))).to.contain('Details');
    await ui.click('Yes, cancel');
    await waitUntil(() => /cancelled/i.test(text(q(el, '#step-heading'))), 'never cancelled');
    const sent = api.requests.find((r) => r.url.endsWith('/cancel'))!;
    expect(await sent.clone().json()).to.deep.equal({ nikLast4: NIK.slice(-4) });
  });
});
