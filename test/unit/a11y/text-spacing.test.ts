// WCAG 1.4.12 Text spacing: a reader's own spacing (a bookmarklet, an extension) reaches the widgets' text, and
// with the spacing of the criterion injected into the shadow roots nothing is cut off. At a phone's width.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/service-finder/mpp-service-finder.js';
import '../../../src/components/queue-booking/mpp-queue-booking.js';
import '../../../src/components/status-tracker/mpp-status-tracker.js';
import '../../../src/components/queue-board/mpp-queue-board.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi } from '../../mocks/handlers.js';
import { createBoardMock, fakeEventSource } from '../../mocks/board-handlers.js';
import { KTP_SERVICE_ID } from '../../mocks/fixtures.js';
import { API_BASE as BASE, NIK } from '../../kit/fixtures.mjs';
import { domUi, resident } from '../../kit/resident.mjs';
import { useViewport } from '../../kit/a11y.js';

// What the usual text-spacing bookmarklet sets (WCAG 1.4.12's figures).
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

const widgets = {
  'mpp-service-finder': (el: HTMLElement) => el.shadowRoot!.querySelector('.results'),
  'mpp-queue-booking': (el: HTMLElement) => el.shadowRoot!.querySelector('input[name=day]'),
  'mpp-status-tracker': (el: HTMLElement) => el.shadowRoot!.querySelector('#code'),
};

describe('text spacing (WCAG 1.4.12), 360 px wide', () => {
  before(() => useViewport({ width: 360, height: 640 }));
  beforeEach(() => {
    resetClients();
    installMockFetch(createMockApi({ base: BASE }).handlers);
  });
  afterEach(restoreFetch);

  for (const [tag, ready] of Object.entries(widgets)) {
    it(`${tag}: a page's spacing reaches the text, and injected into the shadow root it cuts nothing off`, async () => {
      const page = document.createElement('style');
      page.textContent = SPACING;
      document.head.append(page);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement(tag);
        el.setAttribute('api-base', BASE);
        if (tag === 'mpp-queue-booking') el.setAttribute('service', KTP_SERVICE_ID);
        wrapper.append(el);
        await waitUntil(() => ready(el), `${tag} did not render`, { timeout: 5000 });
        const label = el.shadowRoot!.querySelector<HTMLElement>('[part=heading]')!;
        const style = getComputedStyle(label);
        // Inherited from the host, where the page's 0.12em became a length of the host's text size.
        const host = parseFloat(getComputedStyle(el).fontSize);
        expect(parseFloat(style.letterSpacing)).to.be.closeTo(0.12 * host, 0.05);
        expect(parseFloat(style.wordSpacing)).to.be.closeTo(0.16 * host, 0.05);
        // The same spacing inside the shadow root, as a tester injects it.
        const inner = new CSSStyleSheet();
        inner.replaceSync(SPACING);
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, inner];
        await new Promise(requestAnimationFrame);
        const cut = [
          ...el.shadowRoot!.querySelectorAll<HTMLElement>(
            'button, label, legend, input, select, p, h1, h2, h3, [part=heading]',
          ),
        ]
          .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden'))
          .filter(
            (e) => e.scrollWidth > e.clientWidth + 1 || (e.tagName !== 'INPUT' && e.scrollHeight > e.clientHeight + 1),
          )
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.trim().slice(0, 30)}`);
        expect(cut).to.deep.equal([]);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      } finally {
        page.remove();
      }
    });
  }
});

/** With the bookmarklet's spacing on the page, what `reach` finds (a spaced-out code) is spaced as the reader asked. */
async function expectPageSpacing(
  tag: string,
  attrs: Record<string, string>,
  reach: (el: HTMLElement) => Promise<HTMLElement>,
) {
  const page = document.createElement('style');
  page.textContent = SPACING;
  document.head.append(page);
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries({ 'api-base': BASE, ...attrs })) el.setAttribute(name, value);
    wrapper.append(el);
    const code = await reach(el);
    // Inherited from the host, where the page's 0.12em became a length of the host's text size.
    const host = parseFloat(getComputedStyle(el).fontSize);
    expect(parseFloat(getComputedStyle(code).letterSpacing), 'letter-spacing').to.be.closeTo(0.12 * host, 0.05);
    expect(parseFloat(getComputedStyle(code).wordSpacing), 'word-spacing').to.be.closeTo(0.16 * host, 0.05);
  } finally {
    page.remove();
  }
}

describe('text spacing (WCAG 1.4.12): the codes set in their own spacing', () => {
  before(() => useViewport({ width: 360, height: 640 }));
  beforeEach(() => resetClients());
  afterEach(restoreFetch);

  it('the ticket’s booking code takes the reader’s spacing', async () => {
    installMockFetch(createMockApi({ base: BASE }).handlers);
    await expectPageSpacing('mpp-queue-booking', { service: KTP_SERVICE_ID }, async (el) => {
      await resident(domUi(el)).book({ nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' });
      return el.shadowRoot!.querySelector<HTMLElement>('.code')!;
    });
  });

  it('the tracker’s application code takes the reader’s spacing', async () => {
    installMockFetch(createMockApi({ base: BASE }).handlers);
    await expectPageSpacing('mpp-status-tracker', {}, async (el) => {
      const q = (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
      await waitUntil(() => q('#code'), 'no form');
      for (const [id, value] of [
        ['code', 'PMH-2026-000123'],
        ['last4', '0003'],
      ]) {
        const input = q(`#${id}`) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      q('form button[type=submit]')!.click();
      await waitUntil(() => q(".result > [part='heading']:first-child"), 'no application', { timeout: 5000 });
      return q(".result > [part='heading']:first-child")!;
    });
  });

  it('the board’s called number takes the reader’s spacing', async () => {
    const real = window.EventSource;
    const mock = createBoardMock({ base: BASE });
    installMockFetch(mock.handlers);
    window.EventSource = fakeEventSource(mock).FakeEventSource as unknown as typeof EventSource;
    try {
      await expectPageSpacing('mpp-queue-board', { agency: 'disdukcapil', lang: 'id' }, async (el) => {
        await waitUntil(() => el.shadowRoot!.querySelector('[part="status"]'), 'no board', { timeout: 5000 });
        const call = mock.call('disdukcapil', 'loket-1');
        const number = () => el.shadowRoot!.querySelector<HTMLElement>('[data-counter="loket-1"] .counter__number');
        await waitUntil(() => number()?.textContent?.includes(call.queueNumber), 'the call never showed', {
          timeout: 5000,
        });
        return number()!;
      });
    } finally {
      window.EventSource = real;
    }
  });
});
