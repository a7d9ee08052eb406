// What a screen-reader and keyboard user meets in <mpp-service-finder>, beyond what axe sees (issue 26): focus
// after each action and whether it is on screen, names in Chromium's accessibility tree, text live regions receive.
// Each runs at a phone's and a desktop's size.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/components/service-finder/mpp-service-finder.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi } from '../../mocks/handlers.js';
import { API_BASE as BASE } from '../../kit/fixtures.mjs';
import {
  axNode,
  axText,
  axTree,
  emulateMedia,
  focusedAx,
  focusedInViewport,
  listenToLiveRegions,
  useViewport,
  VIEWPORTS,
} from '../../kit/a11y.js';

const KTP = 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru';

/** The catalogue; details of `failing` services fail as a dropped connection does, others wait for `detailGate`. */
function mock(o: { failing?: string[]; detailGate?: Promise<void> } = {}) {
  const api = createMockApi({ base: BASE });
  installMockFetch([
    http.get(`${BASE}/services/:id`, async ({ params }) => {
      await o.detailGate;
      if (o.failing?.includes(params.id as string)) return HttpResponse.error();
      return undefined; // on to the mock API
    }),
    ...api.handlers,
  ]);
}

async function finder(attrs: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('mpp-service-finder');
  el.setAttribute('api-base', BASE);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrapper.append(el);
  el.scrollIntoView();
  await waitUntil(() => el.shadowRoot!.querySelector('.results'), 'results did not render');
  return el as HTMLElement & { updateComplete: Promise<boolean> };
}

const q = (el: HTMLElement, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const qa = (el: HTMLElement, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

async function type(el: HTMLElement, text: string) {
  const input = q(el, '#search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

for (const viewport of VIEWPORTS) {
  describe(`<mpp-service-finder> beyond axe, ${viewport.name} (${viewport.width}×${viewport.height})`, () => {
    before(() => useViewport(viewport));
    beforeEach(() => {
      resetClients();
      document.documentElement.removeAttribute('lang');
    });
    afterEach(restoreFetch);

    it('keeps focus on the service’s heading while its standard loads, and there when loading fails', async () => {
      let release!: () => void;
      mock({ failing: [KTP], detailGate: new Promise<void>((r) => (release = r)) });
      const el = await finder({ query: 'ktp' });
      const live = listenToLiveRegions(el);
      qa(el, '.result__open')
        .find((b) => b.dataset.service === KTP)!
        .click();
      await waitUntil(
        async () => (await focusedAx()).role === 'heading',
        'focus did not reach a heading while loading',
      );
      const loading = await focusedAx();
      expect(loading.name).to.equal('Perekaman dan Penerbitan KTP-el Baru');
      expect(focusedInViewport()).to.equal(true);
      release();
      // The client tries a dropped connection again before it gives up: a bound, not a wait.
      await waitUntil(() => q(el, '[role="alert"]'), 'no error', { timeout: 8000 });
      await el.updateComplete;
      const failed = await focusedAx();
      expect([failed.role, failed.name]).to.deep.equal(['heading', 'Perekaman dan Penerbitan KTP-el Baru']);
      expect(live.heard.join(' | ')).to.contain('Standar pelayanan tidak dapat dimuat');
      // "Coba lagi" by the keyboard (a click() would leave focus on the heading): the button goes as the service
      // loads again, and focus returns to the heading, never to <body>.
      const retry = q(el, '[role="alert"] button') as HTMLButtonElement;
      retry.focus();
      expect((await focusedAx()).name).to.equal('Coba lagi');
      await sendKeys({ press: 'Enter' });
      await waitUntil(async () => (await focusedAx()).role === 'heading', 'focus lost after "Coba lagi"');
      expect((await focusedAx()).name).to.equal('Perekaman dan Penerbitan KTP-el Baru');
      expect(focusedInViewport()).to.equal(true);
      live.stop();
    });

    it('moves focus to the first new result after "Tampilkan 20 layanan lagi", on screen, and says how many show', async () => {
      mock();
      const el = await finder();
      const live = listenToLiveRegions(el);
      const more = q(el, '.more')!;
      expect((await axNode(more)).name).to.equal('Tampilkan 20 layanan lagi');
      const before = qa(el, '.result__open').length;
      more.click();
      await waitUntil(() => qa(el, '.result__open').length > before, 'no more results');
      await el.updateComplete;
      const focused = await focusedAx();
      expect(focused.element).to.equal(qa(el, '.result__open')[before]);
      expect(focused.role).to.equal('button');
      expect(focusedInViewport()).to.equal(true);
      await waitUntil(() => live.heard.length > 0, 'the new results were not announced');
      expect(live.heard).to.deep.equal([`${before + 20} dari 67 layanan ditampilkan`]);
      live.stop();
    });

    it('announces the count again when a new search finds as many', async () => {
      mock();
      const el = await finder();
      const live = listenToLiveRegions(el);
      await type(el, 'ktp');
      await waitUntil(() => live.heard.length === 1, 'first count not announced', { timeout: 3000 });
      const first = live.heard[0];
      await type(el, 'sim');
      await waitUntil(() => live.heard.length === 2, 'the same count was not announced again', { timeout: 3000 });
      expect(live.heard[1].trim()).to.equal(first.trim());
      live.stop();
    });

    it('lets a screen reader read the total, with the live region present and empty before the first search', async () => {
      mock();
      const el = await finder();
      const tree = await axTree(q(el, '.finder')!);
      expect(axText(tree)).to.contain('67 layanan ditemukan');
      const status = (await axTree(q(el, '.finder > [role="status"]')!)) as { live?: string; role: string };
      expect([status.role, status.live]).to.deep.equal(['status', 'polite']);
      expect(axText(status as never)).to.equal('');
    });

    it('names "Kembali ke hasil pencarian" without the arrow, and opens no link in a new tab unannounced', async () => {
      mock();
      const el = await finder({ query: 'ktp' });
      qa(el, '.result__open')[0].click();
      await waitUntil(() => q(el, '.back'), 'no back button');
      expect((await axNode(q(el, '.back')!)).name).to.equal('Kembali ke hasil pencarian');
      await waitUntil(() => q(el, '.detail a[href]'), 'no complaint link');
      const surprising = qa(el, 'a[target=_blank]').filter((a) => !/tab baru/.test(a.textContent!));
      expect(surprising.map((a) => a.textContent)).to.deep.equal([]);
    });

    it('stops the loading shimmer under reduced motion', async () => {
      mock();
      await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      try {
        const el = await finder({ query: 'ktp' });
        let release!: () => void;
        restoreFetch();
        mock({ detailGate: new Promise<void>((r) => (release = r)) });
        qa(el, '.result__open')[0].click();
        await waitUntil(() => q(el, '.skeleton__row'), 'no skeleton');
        const row = q(el, '.skeleton__row')!;
        await waitUntil(() => row.getAnimations().length === 0, 'the shimmer keeps running');
        release();
      } finally {
        await emulateMedia([]);
      }
    });
  });
}
