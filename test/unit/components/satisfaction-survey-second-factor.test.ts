// Placed alone, the survey asks for the second factor the MPP chose (GET /config), as the tracker does: in its
// words in both languages, checked by that kind's rule, sent as the API takes it (a date of birth typed DD-MM-YYYY
// goes as YYYY-MM-DD). An MPP set to the phone's digits or the date of birth can open the survey.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/satisfaction-survey/mpp-satisfaction-survey.js';
import type { MppSatisfactionSurvey } from '../../../src/components/satisfaction-survey/satisfaction-survey.js';
import type { SecondFactorKind } from '../../../src/api/types.js';
import { resetClients } from '../../../src/core/clients.js';
import { bookingOnTheDay } from '../../mocks/fixtures.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi, type MockApi } from '../../mocks/handlers.js';
import { API_BASE as BASE } from '../../kit/fixtures.mjs';

const CODE = 'RSV-7KQ2M9XA';
const q = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => el.shadowRoot!.querySelector<T>(s);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

type Kind = Exclude<SecondFactorKind, 'nik_last4'>;
const WORDS: Record<
  Kind,
  { id: [string, string, string, string]; en: [string, string, string]; wrong: string; typed: [string, string] }
> = {
  phone_last4: {
    id: [
      '4 angka terakhir nomor HP',
      'Nomor HP yang diisi saat booking',
      'Masukkan 4 angka terakhir nomor HP',
      'dan 4 angka terakhir nomor HP untuk membuka survei',
    ],
    en: [
      'Last 4 digits of the mobile number',
      'Enter the last 4 digits of the mobile number',
      'and the last 4 digits of the mobile number to open the survey',
    ],
    wrong: '78a0',
    typed: ['7890', '7890'],
  },
  birth_date: {
    id: [
      'Tanggal lahir',
      'contoh: 17-08-1990',
      'Masukkan tanggal lahir yang benar, contoh: 17-08-1990',
      'dan tanggal lahir untuk membuka survei',
    ],
    en: [
      'Date of birth',
      'Enter a real date of birth, for example: 17-08-1990',
      'and the date of birth to open the survey',
    ],
    wrong: '31-02-1990',
    typed: ['05-09-1990', '1990-09-05'],
  },
};

/** An MPP that chose `kind`, with one served visit (the demo NIK: a woman born 5 September 1990; phone …7890). */
function served(kind: SecondFactorKind): MockApi {
  const api = createMockApi({ base: BASE, secondFactor: kind });
  const { queue: _queue, ...booking } = bookingOnTheDay({ status: 'done' });
  api.bookings.set(CODE, { ...booking, nikLast4: '0003', nikHash: 'x', phone: '+6281234567890', nikBirth: '050990' });
  installMockFetch(api.handlers);
  return api;
}
const lookups = (api: MockApi) => api.requests.filter((r) => r.url.endsWith('/lookup'));

async function type(el: MppSatisfactionSurvey, id: string, value: string) {
  const input = q<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}
const send = (el: MppSatisfactionSurvey) => q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();

describe('<mpp-satisfaction-survey> placed alone, second factor', () => {
  beforeEach(() => resetClients());
  afterEach(() => restoreFetch());

  for (const [kind, words] of Object.entries(WORDS) as [Kind, (typeof WORDS)[Kind]][]) {
    it(`${kind}: asks in its words in both languages, refuses a wrong answer, and opens with the right one`, async () => {
      const api = served(kind);
      const el = await fixture<MppSatisfactionSurvey>(
        html`<mpp-satisfaction-survey api-base=${BASE} lang="id"></mpp-satisfaction-survey>`,
      );
      await waitUntil(() => text(q(el, 'label[for=last4]')) === words.id[0], `label for ${kind}`);
      expect(text(q(el, '#last4-hint'))).to.contain(words.id[1]);
      expect(text(q(el, 'form')?.previousElementSibling ?? null)).to.contain(words.id[3]);
      const input = q<HTMLInputElement>(el, '#last4')!;
      expect(input.getAttribute('autocomplete')).to.equal(kind === 'birth_date' ? 'bday' : 'off');
      expect(input.getAttribute('inputmode')).to.equal(kind === 'birth_date' ? null : 'numeric');
      expect(input.maxLength).to.equal(kind === 'birth_date' ? 10 : 4);
      await expect(el).to.be.accessible();

      await type(el, 'code', CODE);
      await type(el, 'last4', words.wrong);
      send(el);
      await waitUntil(() => q(el, '.error-summary'));
      expect(text(q(el, '.error-summary'))).to.contain(words.id[2]);
      expect(lookups(api)).to.have.length(0, 'nothing is asked of the API while the answer is wrong');
      await expect(el).to.be.accessible();

      el.setAttribute('lang', 'en');
      await waitUntil(() => text(q(el, 'label[for=last4]')) === words.en[0], `English label for ${kind}`);
      expect(text(q(el, 'form')?.previousElementSibling ?? null)).to.contain(words.en[2]);
      send(el);
      await waitUntil(() => text(q(el, '.error-summary')).includes(words.en[1]), `English error for ${kind}`);
      await expect(el).to.be.accessible();

      await type(el, 'last4', words.typed[0]);
      send(el);
      await waitUntil(() => q(el, '#requirements-1'), 'the questions, once the visit is found');
      expect(el.token).to.match(/^RSV-7KQ2M9XA\.[a-f0-9]{32}$/);
      expect(await lookups(api)[0]!.clone().json()).to.deep.equal({ code: CODE, verifier: words.typed[1] });
      expect(el.shadowRoot!.innerHTML).not.to.contain(words.typed[0]);
      await expect(el).to.be.accessible();
    });
  }

  it('says which factor to check when the visit is not found, in the MPP’s words', async () => {
    served('phone_last4');
    const el = await fixture<MppSatisfactionSurvey>(
      html`<mpp-satisfaction-survey api-base=${BASE} lang="id" code=${CODE}></mpp-satisfaction-survey>`,
    );
    await waitUntil(() => text(q(el, 'label[for=last4]')) === '4 angka terakhir nomor HP');
    // The NIK's digits are no answer on this MPP.
    await type(el, 'last4', '0003');
    send(el);
    await waitUntil(() => q(el, '.notice--error'));
    expect(text(q(el, '.notice--error')))
      .to.contain('Kunjungan tidak ditemukan')
      .and.to.contain('Periksa kembali kode booking dan 4 angka terakhir nomor HP.');
    await expect(el).to.be.accessible();
  });
});
