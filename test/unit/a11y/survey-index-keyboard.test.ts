// <mpp-satisfaction-survey> and <mpp-satisfaction-index> with the keyboard alone (issue 26): controls reached with
// focus() or Tab and operated with Enter or Space, then what a keyboard and screen-reader user notices — where
// focus lands (role, name), that it is on screen, and what the live regions say. At a phone's and a desktop's size.
// Set up as their component tests (test/unit/components/satisfaction-*.test.ts): the mocked API.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/satisfaction-index/mpp-satisfaction-index.js';
import '../../../src/components/satisfaction-survey/mpp-satisfaction-survey.js';
import type { MppSatisfactionIndex } from '../../../src/components/satisfaction-index/satisfaction-index.js';
import type { MppSatisfactionSurvey } from '../../../src/components/satisfaction-survey/satisfaction-survey.js';
import { resetClients } from '../../../src/core/clients.js';
import { SURVEY_ELEMENTS as ELEMENTS } from '../../../src/rules/survey.js';
import { bookingOnTheDay } from '../../mocks/fixtures.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi, type MockApi } from '../../mocks/handlers.js';
import { createSatisfactionMock, scoresOf } from '../../mocks/satisfaction-handlers.js';
import { API_BASE as BASE } from '../../kit/fixtures.mjs';
import {
  focusedAx,
  listenToLiveRegions,
  useViewport,
  VIEWPORTS,
  focusLandsOn,
  expectFocusOnScreen,
  focusOnErrorSummary,
} from '../../kit/a11y.js';

const slowdown = (globalThis as { MPP_CPU_SLOWDOWN?: number }).MPP_CPU_SLOWDOWN ?? 1;
const until = (check: () => unknown, message?: string) => waitUntil(check, message, { timeout: 8000 * slowdown });
const q = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => el.shadowRoot!.querySelector<T>(s);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const onScreen = expectFocusOnScreen;

const CODE = 'RSV-7KQ2M9XA';
/** A mock API with one served visit, and the survey opened with its token. */
async function survey() {
  const api: MockApi = createMockApi({ base: BASE });
  const { queue: _queue, ...booking } = bookingOnTheDay({ status: 'done' });
  api.bookings.set(CODE, { ...booking, nikLast4: '0003', nikHash: 'x' });
  installMockFetch(api.handlers);
  const token = api.survey.offer(api.bookings.get(CODE)!).surveyToken!;
  return fixture<MppSatisfactionSurvey>(
    html`<mpp-satisfaction-survey api-base=${BASE} lang="id" .token=${token}></mpp-satisfaction-survey>`,
  );
}

const index = () =>
  fixture<MppSatisfactionIndex>(
    html`<mpp-satisfaction-index api-base=${BASE} period="" agency="" lang="id"></mpp-satisfaction-index>`,
  );

for (const viewport of VIEWPORTS) {
  describe(`the survey and the index with the keyboard, ${viewport.name} (${viewport.width}×${viewport.height})`, function () {
    this.timeout(20_000 * slowdown);
    before(() => useViewport(viewport));
    beforeEach(() => resetClients());
    afterEach(() => restoreFetch());

    it('survey: sent with Enter unanswered, the summary takes focus and is heard; its link leads to the question', async () => {
      const el = await survey();
      const live = listenToLiveRegions(el);
      q(el, 'form button[type=submit]')!.focus();
      await sendKeys({ press: 'Enter' });
      await focusOnErrorSummary();
      onScreen();
      await until(() => live.heard.some((s) => s.includes('Pilih jawaban')), 'the summary was not heard');
      // Tab to the summary's first link and follow it with Enter: the question's first answer, on screen.
      await sendKeys({ press: 'Tab' });
      await focusLandsOn('link', /^Pilih jawaban/);
      await sendKeys({ press: 'Enter' });
      await focusLandsOn('radio');
      expect((await focusedAx()).element!.id).to.equal('requirements-1');
      onScreen();
      live.stop();
    });

    it('survey: answered with Space and sent with Enter, the thanks heading takes focus, on screen', async () => {
      const el = await survey();
      for (const e of ELEMENTS) {
        q(el, `#${e}-3`)!.focus();
        await sendKeys({ press: 'Space' });
      }
      expect(ELEMENTS.every((e) => q<HTMLInputElement>(el, `#${e}-3`)!.checked)).to.equal(true);
      q(el, 'form button[type=submit]')!.focus();
      await sendKeys({ press: 'Enter' });
      await focusLandsOn('heading', 'Terima kasih');
      onScreen();
    });

    it('index: "Coba lagi" with Enter, focus is not lost while it loads again; the result follows', async () => {
      installMockFetch(createSatisfactionMock({ base: BASE, scenario: 'error' }).handlers);
      const el = await index();
      await until(() => text(q(el, '[part~="notice"]')).includes('Indeks kepuasan tidak dapat dimuat'));
      installMockFetch(
        createSatisfactionMock({
          base: BASE,
          minRespondents: 1,
          answers: [{ agencyId: 'disdukcapil', serviceId: 'ktp', date: '2026-08-10', scores: scoresOf('433434433') }],
        }).handlers,
      );
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      await focusLandsOn('button', 'Coba lagi');
      onScreen();
      await sendKeys({ press: 'Enter' });
      // The button goes with the failure: focus moves to the index's heading, where reading starts again.
      await focusLandsOn('heading', 'Indeks Kepuasan Masyarakat');
      onScreen();
      await until(() => q(el, 'table, [part~="notice"]:not([part~="notice-error"])'), 'the index after trying again');
      expect((await focusedAx()).role).to.equal('heading');
    });
  });
}
