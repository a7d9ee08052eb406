// <mpp-queue-board> with the keyboard alone (issue 26): "Aktifkan suara" and "Coba lagi" reached with Tab and
// pressed with Enter or Space, then what a keyboard and screen-reader user notices — where focus lands (role,
// name, pressed state), that it is on screen, and what the live regions say. At a phone's and a desktop's size.
// Set up as test/unit/components/queue-board.test.ts: the mocked API and a stand-in EventSource.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/queue-board/mpp-queue-board.js';
import type { MppQueueBoard } from '../../../src/components/queue-board/queue-board.js';
import { resetClients } from '../../../src/core/clients.js';
import { createBoardMock, fakeEventSource, type BoardMock } from '../../mocks/board-handlers.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { API_BASE as BASE } from '../../kit/fixtures.mjs';
import {
  axNode,
  focusedAx,
  listenToLiveRegions,
  useViewport,
  VIEWPORTS,
  focusLandsOn,
  expectFocusOnScreen,
} from '../../kit/a11y.js';

const slowdown = (globalThis as { MPP_CPU_SLOWDOWN?: number }).MPP_CPU_SLOWDOWN ?? 1;
const until = (check: () => unknown, message?: string) => waitUntil(check, message, { timeout: 8000 * slowdown });
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: HTMLElement, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === label);

const onScreen = expectFocusOnScreen;

let realEventSource: typeof EventSource;
function serve(mock: BoardMock) {
  installMockFetch(mock.handlers);
  window.EventSource = fakeEventSource(mock).FakeEventSource as unknown as typeof EventSource;
}
const board = (sound = false) =>
  fixture<MppQueueBoard>(
    html`<mpp-queue-board api-base=${BASE} agency="disdukcapil" lang="id" ?sound=${sound}></mpp-queue-board>`,
  );

for (const viewport of VIEWPORTS) {
  describe(`<mpp-queue-board> with the keyboard, ${viewport.name} (${viewport.width}×${viewport.height})`, function () {
    this.timeout(20_000 * slowdown);
    before(() => {
      realEventSource = window.EventSource;
      return useViewport(viewport);
    });
    beforeEach(() => resetClients());
    afterEach(() => {
      restoreFetch();
      window.EventSource = realEventSource;
      sinon.restore();
    });

    it('"Aktifkan suara" with Tab and Enter, "Matikan suara" with Space: focus stays, its state and words heard', async () => {
      serve(createBoardMock({ base: BASE }));
      sinon.stub(window.speechSynthesis, 'speak');
      const el = await board(true);
      await until(() => button(el, 'Aktifkan suara'), 'the button to unlock sound');
      const live = listenToLiveRegions(el);
      // Tab from the page's start: the button is the board's first stop.
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      await focusLandsOn('button', 'Aktifkan suara');
      onScreen();
      await sendKeys({ press: 'Enter' });
      const on = await focusLandsOn('button', 'Matikan suara');
      expect((await axNode(on.element!)).checked ?? on.element!.getAttribute('aria-pressed')).to.equal('true');
      onScreen();
      await until(() => live.heard.includes('Suara panggilan aktif.'), 'sound on was not heard');
      await sendKeys({ press: 'Space' });
      const off = await focusLandsOn('button', 'Aktifkan suara');
      expect(off.element!.getAttribute('aria-pressed')).to.equal('false');
      onScreen();
      live.stop();
    });

    it('"Coba lagi" with Enter: focus is not lost while the board loads again, and is on screen', async () => {
      installMockFetch(createBoardMock({ base: BASE, scenario: 'error' }).handlers);
      const el = await board();
      const live = listenToLiveRegions(el);
      await until(() => button(el, 'Coba lagi'), 'the failure and its button');
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      await focusLandsOn('button', 'Coba lagi');
      onScreen();
      serve(createBoardMock({ base: BASE }));
      await sendKeys({ press: 'Enter' });
      // The button goes with the failure: focus moves to the board's heading, where reading starts again.
      await until(() => text(el.shadowRoot!.querySelector('[part~="notice"]')).includes('Belum ada nomor'));
      await focusLandsOn('heading', 'Panggilan antrean');
      onScreen();
      expect(live.heard.filter((s) => s.includes('Papan antrean tidak dapat dimuat'))).to.have.length(1);
      live.stop();
    });

    it('"Coba lagi" that fails again: the failure is heard again, and focus stays on screen', async () => {
      installMockFetch(createBoardMock({ base: BASE, scenario: 'error' }).handlers);
      const el = await board();
      const live = listenToLiveRegions(el);
      await until(() => button(el, 'Coba lagi'), 'the failure and its button');
      button(el, 'Coba lagi')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(
        () => live.heard.filter((s) => s.includes('Papan antrean tidak dapat dimuat')).length === 2,
        'the second failure was not heard',
      );
      expect((await focusedAx()).role).to.not.equal('body');
      onScreen();
      live.stop();
    });
  });
}
