import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/satisfaction-survey/mpp-satisfaction-survey.js';
import type { MppSatisfactionSurvey } from '../../../src/components/satisfaction-survey/satisfaction-survey.js';
import { resetClients } from '../../../src/core/clients.js';
import { loadEnglish } from '../../../src/core/i18n.js';
import { SURVEY_ELEMENTS as ELEMENTS } from '../../../src/rules/survey.js';
import { bookingOnTheDay } from '../../mocks/fixtures.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi, type MockApi, type Scenario } from '../../mocks/handlers.js';
import { API_BASE as BASE } from '../../kit/fixtures.mjs';
import { axNode } from '../../kit/a11y.js';

const CODE = 'RSV-7KQ2M9XA';
const root = (el: HTMLElement) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => root(el).querySelector<T>(s);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A mock API with one served visit (code RSV-7KQ2M9XA, NIK digits 0003). */
function served(scenario: Scenario = 'normal', status: 'done' | 'checked_in' = 'done'): MockApi {
  const api = createMockApi({ base: BASE, scenario });
  const { queue: _queue, ...booking } = bookingOnTheDay({ status });
  api.bookings.set(CODE, { ...booking, nikLast4: '0003', nikHash: 'x' });
  installMockFetch(api.handlers);
  return api;
}
const tokenOf = (api: MockApi) => api.survey.offer(api.bookings.get(CODE)!).surveyToken!;

async function survey(attrs: { token?: string; lang?: string } = {}) {
  return fixture<MppSatisfactionSurvey>(
    html`<mpp-satisfaction-survey
      api-base=${BASE}
      lang=${attrs.lang ?? 'id'}
      .token=${attrs.token}
    ></mpp-satisfaction-survey>`,
  );
}

function choose(el: MppSatisfactionSurvey, id: string) {
  q<HTMLInputElement>(el, `#${id}`)!.click();
}
function type(el: MppSatisfactionSurvey, id: string, value: string) {
  const input = q<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}
const send = (el: MppSatisfactionSurvey) => q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();

describe('<mpp-satisfaction-survey>', () => {
  beforeEach(() => resetClients());
  afterEach(() => restoreFetch());

  it("asks the nine SKM questions in the regulation's words, then the optional profile, as radio groups", async () => {
    const api = served();
    const el = await survey({ token: tokenOf(api) });
    const legends = [...root(el).querySelectorAll('fieldset legend')].map(text);
    expect(legends).to.have.length(13);
    expect(legends[0]).to.contain('Pertanyaan 1 dari 9').and.to.contain('kesesuaian persyaratan pelayanan');
    expect(legends[3]).to.contain('kewajaran biaya/tarif');
    expect(text(q(el, 'label[for="cost-4"]'))).to.equal('Gratis');
    expect(text(q(el, 'label[for="complaints-4"]'))).to.equal('Dikelola dengan baik');
    // The profile's legends and the suggestion's label read "(opsional)" after a space, as seen.
    expect(legends[9]).to.equal('Jenis kelamin (opsional)');
    const profile = [...root(el).querySelectorAll('fieldset')][9];
    expect((await axNode(profile)).name).to.equal('Jenis kelamin (opsional)');
    expect((await axNode(q(el, '#suggestion')!)).name).to.equal('Saran dan masukan (opsional)');
    await expect(el).to.be.accessible();
  });

  it('checks every question and links the error summary to each', async () => {
    const api = served();
    const el = await survey({ token: tokenOf(api) });
    choose(el, 'requirements-4');
    send(el);
    await el.updateComplete;
    const summary = q(el, '.error-summary')!;
    await waitUntil(() => root(el).activeElement === summary);
    expect(summary.querySelectorAll('a')).to.have.length(8);
    expect(text(summary)).to.contain('Pilih jawaban untuk sistem, mekanisme, dan prosedur');
    expect(q(el, '#procedure-1')!.closest('fieldset')!.getAttribute('aria-describedby')).to.equal('procedure-error');
    (summary.querySelector('a') as HTMLAnchorElement).click();
    expect(root(el).activeElement?.id).to.equal('procedure-1');
    expect(api.requests.filter((r) => r.url.endsWith('/surveys'))).to.have.length(0);
  });

  it('sends the answers once with the optional profile and the suggestion, then thanks the resident', async () => {
    const api = served();
    const el = await survey({ token: tokenOf(api) });
    ELEMENTS.forEach((e, i) => choose(el, `${e}-${(i % 4) + 1}`));
    choose(el, 'sex-2');
    choose(el, 'age-3');
    type(el, 'suggestion', '  Antrean lebih cepat.  ');
    await el.updateComplete;
    const sent = oneEvent(el, 'mpp-survey-sent');
    send(el);
    expect((await sent).detail).to.deep.equal({});
    await waitUntil(() => text(q(el, '#survey-heading')) === 'Terima kasih');
    await waitUntil(() => root(el).activeElement === q(el, '#survey-heading'));
    expect(api.survey.answers).to.have.length(1);
    expect(api.survey.answers[0].scores).to.deep.equal({
      requirements: 1,
      procedure: 2,
      time: 3,
      cost: 4,
      product: 1,
      competence: 2,
      conduct: 3,
      complaints: 4,
      facilities: 1,
    });
    const body = await api.requests
      .find((r) => r.url.endsWith('/surveys'))!
      .clone()
      .json();
    expect(body.profile).to.deep.equal({ sex: 'female', age: '30-39' });
    expect(body.suggestion).to.equal('Antrean lebih cepat.');
    expect(JSON.stringify(body)).not.to.contain('0003');
    await expect(el).to.be.accessible();
  });

  it('says so when the visit was answered before (409 survey_answered)', async () => {
    const api = served();
    const token = tokenOf(api);
    const first = await survey({ token });
    ELEMENTS.forEach((e) => choose(first, `${e}-3`));
    send(first);
    await waitUntil(() => text(q(first, '#survey-heading')) === 'Terima kasih');

    const second = await survey({ token });
    ELEMENTS.forEach((e) => choose(second, `${e}-1`));
    const failed = oneEvent(second, 'mpp-error');
    send(second);
    expect((await failed).detail).to.deep.equal({ code: 'survey_answered', retryable: false });
    await waitUntil(() => text(q(second, '#survey-heading')) === 'Survei sudah diisi');
    expect(api.survey.answers).to.have.length(1);
    await expect(second).to.be.accessible();
  });

  it('keeps the answers after a network failure and sends them again', async () => {
    const api = served('offline-after-first');
    const el = await survey({ token: tokenOf(api) });
    ELEMENTS.forEach((e) => choose(el, `${e}-4`));
    // The mock's first request would pass: spend it, so the survey meets the dropped network.
    await fetch(`${BASE}/agencies`).catch(() => undefined);
    send(el);
    await waitUntil(() => text(q(el, '.notice')).includes('Jawaban belum terkirim'));
    expect(text(q(el, '.notice'))).to.contain('Tidak ada koneksi internet');
    expect(q<HTMLInputElement>(el, '#time-4')!.checked).to.equal(true);
    await expect(el).to.be.accessible();
    const healthy = createMockApi({ base: BASE });
    healthy.bookings.set(CODE, api.bookings.get(CODE)!);
    installMockFetch(healthy.handlers);
    q<HTMLButtonElement>(el, '.notice button')!.click();
    await waitUntil(() => text(q(el, '#survey-heading')) === 'Terima kasih');
  });

  it('placed alone, opens with the booking code and NIK digits, which it then forgets', async () => {
    served();
    const el = await survey();
    expect(text(q(el, 'form'))).to.contain('Kode booking');
    await expect(el).to.be.accessible();
    type(el, 'code', CODE);
    type(el, 'last4', '0003');
    await el.updateComplete;
    send(el);
    await waitUntil(() => q(el, '#requirements-1'));
    expect(el.token).to.match(/^RSV-7KQ2M9XA\.[a-f0-9]{32}$/);
    expect(el.shadowRoot!.innerHTML).not.to.contain('0003');
    expect(el.getAttribute('token')).to.equal(null);
  });

  it('placed alone, says the survey is not open before the visit is served, and checks its fields', async () => {
    served('normal', 'checked_in');
    const el = await survey();
    send(el);
    await el.updateComplete;
    expect(text(q(el, '.error-summary')))
      .to.contain('Masukkan kode booking')
      .and.to.contain('4 angka terakhir NIK');
    type(el, 'code', CODE);
    type(el, 'last4', '0003');
    await el.updateComplete;
    send(el);
    await waitUntil(() => text(q(el, '#survey-heading')) === 'Survei belum dapat diisi');
    await expect(el).to.be.accessible();
  });

  it("speaks English, and counts the suggestion's characters, refusing one too long", async () => {
    await loadEnglish();
    const api = served();
    const el = await survey({ token: tokenOf(api), lang: 'en' });
    await waitUntil(() => text(q(el, '#survey-heading')) === 'Public satisfaction survey');
    expect(text(q(el, 'label[for="cost-4"]'))).to.equal('Free');
    ELEMENTS.forEach((e) => choose(el, `${e}-2`));
    type(el, 'suggestion', 'x'.repeat(1005));
    await el.updateComplete;
    expect(text(q(el, '#suggestion-count'))).to.equal('5 characters too many');
    send(el);
    await el.updateComplete;
    expect(text(q(el, '.error-summary'))).to.contain('Suggestions must be 1000 characters or fewer');
    expect(api.survey.answers).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is answered with the keyboard alone: arrows choose within a question, Tab moves on', async () => {
    const api = served();
    const el = await survey({ token: tokenOf(api) });
    q<HTMLInputElement>(el, '#requirements-1')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    expect(q<HTMLInputElement>(el, '#requirements-2')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('name')).to.equal('procedure');
  });
});
