import { expect, fixture, html, oneEvent, waitUntil as wait } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/satisfaction-index/mpp-satisfaction-index.js';
import type { MppSatisfactionIndex } from '../../../src/components/satisfaction-index/satisfaction-index.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createSatisfactionMock, scoresOf, type SatisfactionMockOptions } from '../../mocks/satisfaction-handlers.js';
import { API_BASE as BASE } from '../../kit/fixtures.mjs';

/** Waits for what a person would see; the timeout only bounds a failing test on a busy machine. */
const waitUntil = <T>(check: () => T, message?: string) => wait(check, message, { timeout: 8000 });

const root = (el: HTMLElement) => el.shadowRoot!;
const q = (el: HTMLElement, s: string) => root(el).querySelector<HTMLElement>(s);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const row = (el: HTMLElement, agency: string) => text(q(el, `tr[data-agency="${agency}"]`));

// Two answers for Disdukcapil in the third quarter, by hand: 4 3 3 4 3 4 4 3 3 and 3 3 3 3 3 3 3 3 2; element means
// 3.5 3 3 3.5 3 3.5 3.5 3 2.5 sum 28.5, ÷ 9 × 25 = 79.17, B "Baik"; facilities 2.5 × 25 = 62.50. One answer for Samsat:
// below the two this MPP needs to publish, so withheld, and the MPP's line with it (the only one withheld).
const Q3 = '2026-08-10';
const DATA: SatisfactionMockOptions = {
  base: BASE,
  minRespondents: 2,
  answers: [
    { agencyId: 'disdukcapil', serviceId: 'ktp', date: Q3, scores: scoresOf('433434433') },
    { agencyId: 'disdukcapil', serviceId: 'ktp', date: Q3, scores: scoresOf('333333332') },
    { agencyId: 'samsat', serviceId: 'pkb', date: Q3, scores: scoresOf('111111111') },
    // December (the running quarter): a third agency, so the year's MPP line is published.
    { agencyId: 'kpp', serviceId: 'npwp', date: '2026-12-01', scores: scoresOf('444444444') },
  ],
  served: [{ agencyId: 'disdukcapil', serviceId: 'ktp', date: Q3, count: 3 }],
};

let requests: string[] = [];
function serve(options: SatisfactionMockOptions) {
  const mock = createSatisfactionMock(options);
  requests = [];
  installMockFetch(mock.handlers);
  const fetch = window.fetch;
  window.fetch = (input, init) => {
    requests.push(String(input instanceof Request ? input.url : input));
    return fetch(input, init);
  };
}

const index = (attrs: { period?: string; agency?: string; lang?: string } = {}) =>
  fixture<MppSatisfactionIndex>(
    html`<mpp-satisfaction-index
      api-base=${BASE}
      period=${attrs.period ?? ''}
      agency=${attrs.agency ?? ''}
      lang=${attrs.lang ?? 'id'}
    ></mpp-satisfaction-index>`,
  );

describe('<mpp-satisfaction-index>', function () {
  this.timeout(30_000);
  beforeEach(() => resetClients());
  afterEach(() => restoreFetch());

  it("shows the last complete quarter: each agency's index with its grade in words, small groups withheld", async () => {
    serve(DATA);
    const el = await index();
    await waitUntil(() => q(el, 'table'), 'the table');
    expect(
      requests.every((u) => !u.includes('period=')),
      'no period asked: the server chooses',
    ).to.equal(true);
    expect(text(q(el, '.period'))).to.equal('Triwulan III 2026');
    expect(row(el, 'disdukcapil')).to.contain('79,17').and.to.contain('B Baik').and.to.contain('2');
    expect(q(el, 'tr[data-agency="disdukcapil"] meter')!.getAttribute('value')).to.equal('79.17');
    expect(row(el, 'samsat')).to.contain('Tidak diterbitkan').and.not.to.contain('25,00');
    expect(row(el, 'dpmptsp')).to.contain('Belum ada jawaban');
    // The whole MPP's line is withheld with Samsat alone withheld (it could be subtracted out), and says why.
    expect(text(q(el, '[part="summary"]')))
      .to.contain('Tidak diterbitkan')
      .and.to.contain('kurang dari 2 responden');
    expect(q(el, '[part="elements"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("shows one agency's index, sample and nine elements with `agency`, and reads again for a new `period`", async () => {
    serve(DATA);
    const el = await index({ agency: 'disdukcapil', period: '2026-Q3' });
    await waitUntil(() => q(el, '[part="elements"]'), 'the elements');
    const summary = text(q(el, '[part="summary"]'));
    expect(summary).to.contain('79,17').and.to.contain('B Baik');
    expect(summary).to.contain('2 dari minimum 3 (3 kunjungan dilayani)').and.to.contain('belum tercapai');
    expect(text(q(el, '[part="elements"]'))).to.contain('U9 Sarana dan prasarana 62,50');
    expect(q(el, '[part="table"]'), 'one agency: no table of agencies').to.equal(null);
    await expect(el).to.be.accessible();

    el.agency = undefined;
    el.period = '2026';
    await waitUntil(() => text(q(el, '.period')).startsWith('Tahun 2026'), 'the year');
    expect(text(q(el, '.period'))).to.contain('Periode masih berjalan');
    expect(requests.some((u) => u.endsWith('period=2026'))).to.equal(true);
    // Samsat and KPP both withheld now: the MPP's four answers are published (102 ÷ 4 ÷ 9 × 25 = 70.83, C).
    await waitUntil(() => text(q(el, '[part="summary"]')).includes('70,83'));
    expect(text(q(el, '[part="summary"]'))).to.contain('C Kurang Baik');
    expect(text(q(el, '[part="elements"]'))).to.contain('Seluruh MPP');
    await expect(el).to.be.accessible();
  });

  it("follows a `period` a page sets right after placing the element, before it has drawn (the demo's ?periode=)", async () => {
    serve(DATA);
    const el = document.createElement('mpp-satisfaction-index') as MppSatisfactionIndex;
    el.setAttribute('api-base', BASE);
    document.body.append(el);
    // Connected and already reading the default quarter; the page's script sets the period in the same task.
    el.setAttribute('period', '2026');
    try {
      await waitUntil(() => text(q(el, '.period')).startsWith('Tahun 2026'), 'the year asked, not the default quarter');
      expect(requests.some((u) => u.endsWith('period=2026'))).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('says when no resident has answered yet', async () => {
    serve({ base: BASE });
    const el = await index();
    await waitUntil(() => text(q(el, '[part~="notice"]')).includes('Belum ada jawaban survei untuk periode ini'));
    expect(q(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tells a failure, and Try again works from the keyboard', async () => {
    serve({ base: BASE, scenario: 'error' });
    const failed = index();
    const el = await failed;
    await oneEvent(el, 'mpp-error').catch(() => undefined);
    await waitUntil(() => text(q(el, '[part~="notice"]')).includes('Indeks kepuasan tidak dapat dimuat'));
    await expect(el).to.be.accessible();
    serve(DATA);
    q(el, '[part~="notice"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, 'table'), 'the table after trying again');
  });

  it('speaks English: headings, grade words and numbers in its way', async () => {
    serve(DATA);
    const el = await index({ lang: 'en', period: '2026-Q3', agency: 'disdukcapil' });
    await waitUntil(() => q(el, '[part="elements"]'));
    expect(text(q(el, 'h2'))).to.equal('Public Satisfaction Index');
    expect(text(q(el, '.period'))).to.equal('Quarter 3, 2026');
    expect(text(q(el, '[part="summary"]')))
      .to.contain('79.17')
      .and.to.contain('B Good');
    expect(text(q(el, '[part="elements"]'))).to.contain('U9 Facilities 62.50');
    await expect(el).to.be.accessible();
  });
});
