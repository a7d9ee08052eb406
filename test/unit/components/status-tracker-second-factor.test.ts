// The tracker asks for the second factor the MPP chose (GET /config), in its words in both languages, checks it by
// that kind's rule, and sends it as the API takes it (a date of birth typed DD-MM-YYYY goes as YYYY-MM-DD).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/components/status-tracker/mpp-status-tracker.js';
import type { MppStatusTracker } from '../../../src/components/status-tracker/status-tracker.js';
import type { SecondFactorKind } from '../../../src/api/types.js';
import { resetClients } from '../../../src/core/clients.js';
import { bookingOnTheDay } from '../../mocks/fixtures.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi } from '../../mocks/handlers.js';
import { API_BASE as BASE } from '../../kit/fixtures.mjs';

const CODE = 'RSV-7KQ2M9XA';
const q = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => el.shadowRoot!.querySelector<T>(s);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const WORDS: Record<SecondFactorKind, { id: [string, string, string]; en: [string, string]; typed: [string, string] }> =
  {
    nik_last4: {
      id: ['4 angka terakhir NIK', 'NIK pemohon', 'Masukkan 4 angka terakhir NIK'],
      en: ['Last 4 digits of the NIK', 'Enter the last 4 digits of the NIK'],
      typed: ['0003', '0003'],
    },
    phone_last4: {
      id: ['4 angka terakhir nomor HP', 'Nomor HP yang diisi saat booking', 'Masukkan 4 angka terakhir nomor HP'],
      en: ['Last 4 digits of the mobile number', 'Enter the last 4 digits of the mobile number'],
      typed: ['7890', '7890'],
    },
    birth_date: {
      id: ['Tanggal lahir', 'contoh: 17-08-1990', 'Masukkan tanggal lahir yang benar, contoh: 17-08-1990'],
      en: ['Date of birth', 'Enter a real date of birth, for example: 17-08-1990'],
      typed: ['17-08-1990', '1990-08-17'],
    },
  };

/** The API of an MPP that chose `kind`; its look-up answers a booking and keeps what was sent. */
function serve(kind: SecondFactorKind) {
  const sent: unknown[] = [];
  installMockFetch([
    http.post(`${BASE}/lookup`, async ({ request }) => {
      sent.push(await request.json());
      return HttpResponse.json(bookingOnTheDay());
    }),
    ...createMockApi({ base: BASE, secondFactor: kind }).handlers,
  ]);
  return sent;
}

async function type(el: MppStatusTracker, id: string, value: string) {
  const input = q<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<mpp-status-tracker> second factor', () => {
  beforeEach(() => resetClients());
  afterEach(() => restoreFetch());

  for (const [kind, words] of Object.entries(WORDS) as [SecondFactorKind, (typeof WORDS)[SecondFactorKind]][]) {
    it(`${kind}: asks in its words, refuses a wrong answer saying what to fix, and sends the right one`, async () => {
      const sent = serve(kind);
      const el = await fixture<MppStatusTracker>(html`<mpp-status-tracker api-base=${BASE}></mpp-status-tracker>`);
      await waitUntil(() => text(q(el, 'label[for=last4]')) === words.id[0], `label for ${kind}`);
      expect(text(q(el, '#last4-hint'))).to.contain(words.id[1]);
      const input = q<HTMLInputElement>(el, '#last4')!;
      expect(input.getAttribute('autocomplete')).to.equal(kind === 'birth_date' ? 'bday' : 'off');
      expect(input.getAttribute('inputmode')).to.equal(kind === 'birth_date' ? null : 'numeric');
      await expect(el).to.be.accessible();

      await type(el, 'code', CODE);
      await type(el, 'last4', kind === 'birth_date' ? '31-02-1990' : '12a4');
      q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
      await waitUntil(() => q(el, '.error-summary'));
      expect(text(q(el, '.error-summary'))).to.contain(words.id[2]);
      expect(sent).to.deep.equal([], 'nothing is asked of the API while the answer is wrong');
      await expect(el).to.be.accessible();

      el.setAttribute('lang', 'en');
      await waitUntil(() => text(q(el, 'label[for=last4]')) === words.en[0], `English label for ${kind}`);
      // What to fix is worded when it is checked: checked again, in English.
      q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
      await waitUntil(() => text(q(el, '.error-summary')).includes(words.en[1]), `English error for ${kind}`);
      await expect(el).to.be.accessible();

      await type(el, 'last4', words.typed[0]);
      q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
      await waitUntil(() => q(el, '#result-heading'));
      expect(sent).to.deep.equal([{ code: CODE, verifier: words.typed[1] }]);
    });
  }

  it('says which factor to check when nothing is found, in the MPP’s words', async () => {
    installMockFetch(createMockApi({ base: BASE, secondFactor: 'phone_last4' }).handlers);
    const el = await fixture<MppStatusTracker>(html`<mpp-status-tracker api-base=${BASE}></mpp-status-tracker>`);
    await waitUntil(() => text(q(el, 'label[for=last4]')) === '4 angka terakhir nomor HP');
    await type(el, 'code', 'RSV-ZZZZZZZZ');
    await type(el, 'last4', '7890');
    q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
    await waitUntil(() => q(el, '.notice--error'));
    expect(text(q(el, '.notice--error'))).to.contain('Periksa kembali kode dan 4 angka terakhir nomor HP.');
    await expect(el).to.be.accessible();
  });
});
