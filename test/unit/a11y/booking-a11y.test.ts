// What a screen-reader and keyboard user meets in <mpp-queue-booking>, beyond what axe sees (issue 26): focus after
// each action and whether it is on screen, names and states in Chromium's accessibility tree, text live regions
// receive. The key ones run at a phone's and a desktop's size.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import '../../../src/components/queue-booking/mpp-queue-booking.js';
import type { MppQueueBooking } from '../../../src/components/queue-booking/queue-booking.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { KTP_SERVICE_ID } from '../../mocks/fixtures.js';
import { createMockApi } from '../../mocks/handlers.js';
import { API_BASE as BASE, NIK } from '../../kit/fixtures.mjs';
import { domUi, resident, WORDS } from '../../kit/resident.mjs';
import {
  axNode,
  axText,
  axTree,
  emulateMedia,
  errorSummaryAx,
  focusedAx,
  focusedInViewport,
  listenToLiveRegions,
  useViewport,
  VIEWPORTS,
} from '../../kit/a11y.js';

function mock(...overrides: Parameters<typeof installMockFetch>[0]) {
  const api = createMockApi({ base: BASE });
  installMockFetch([...overrides, ...api.handlers]);
  return api;
}

const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title: code, status, code },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );

async function booking(service: string | null = KTP_SERVICE_ID) {
  const el = await fixture<MppQueueBooking>(
    service
      ? html`<mpp-queue-booking api-base=${BASE} service=${service}></mpp-queue-booking>`
      : html`<mpp-queue-booking api-base=${BASE}></mpp-queue-booking>`,
  );
  await el.updateComplete;
  return el;
}

const q = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const person = (el: MppQueueBooking) => resident(domUi(el));
const IDENTITY = { nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' };

async function send(el: MppQueueBooking) {
  // As a keyboard user sends it: focus on the button, then Enter.
  await waitUntil(() => qa(el, 'button').find((b) => /Kirim booking/.test(b.textContent!)), 'no send button');
  const button = qa<HTMLButtonElement>(el, 'button').find((b) => /Kirim booking/.test(b.textContent!))!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await waitUntil(() => !/Mengirim booking/.test(q(el, '.booking')!.textContent!), 'never answered', {
    timeout: 5000, // the client's own retries back off for a second or two
  });
  await el.updateComplete;
}

for (const viewport of VIEWPORTS) {
  describe(`<mpp-queue-booking> beyond axe, ${viewport.name} (${viewport.width}×${viewport.height})`, () => {
    before(() => useViewport(viewport));
    beforeEach(() => resetClients());
    afterEach(restoreFetch);

    it('announces a 429’s wait once, keeps the focused button on screen, and announces the end of the wait', async () => {
      mock(http.post(`${BASE}/bookings`, () => problem(429, 'rate_limited', { 'Retry-After': '2' })));
      const el = await booking();
      await person(el).answerUpToCheck(IDENTITY);
      const live = listenToLiveRegions(el);
      await send(el);
      await waitUntil(() => live.heard.length > 0, 'the wait was not announced');
      expect(live.heard[0]).to.match(/Terlalu banyak percobaan.*dalam [12] detik/);
      expect((await focusedAx()).role).to.equal('button');
      expect(focusedInViewport()).to.equal(true);
      // The countdown ticks on screen; a screen reader hears its start and its end, not every second.
      await waitUntil(() => live.heard.some((s) => /sekarang/i.test(s)), 'the end of the wait was silent', {
        timeout: 5000,
      });
      expect(live.heard.filter((s) => /dalam \d+ detik/.test(s))).to.have.length(1);
      live.stop();
    });

    it('keeps "Coba lagi" on screen after a send fails on the network', async () => {
      mock(http.post(`${BASE}/bookings`, () => HttpResponse.error()));
      const el = await booking();
      await person(el).answerUpToCheck(IDENTITY);
      await send(el);
      await waitUntil(() => /Coba lagi/.test(deepText()), 'no "Coba lagi"', { timeout: 8000 });
      const focused = await focusedAx();
      expect([focused.role, focused.name]).to.deep.equal(['button', 'Coba lagi']);
      expect(focusedInViewport()).to.equal(true);
      function deepText() {
        return q(el, '.booking')!.textContent!;
      }
    });

    it('puts "Langkah 2 dari 5" in the focused heading, and "Kembali" has no arrow in its name', async () => {
      mock();
      const el = await booking(null);
      await person(el).chooseService();
      await domUi(el).click(WORDS.id.continue);
      await waitUntil(() => q(el, 'input[name=day]'), 'no days');
      const focused = await focusedAx();
      expect(focused.role).to.equal('heading');
      expect(focused.name).to.match(/^Langkah 2 dari \d+ Kapan Anda akan datang\?$/);
      const back = qa(el, 'button.link').find((b) => /Kembali/.test(b.textContent!))!;
      expect((await axNode(back)).name).to.equal('Kembali');
    });

    it('focuses the error summary once, an alert with a heading inside it, marks the radios invalid, and scrolls with room for a sticky header', async () => {
      // On its own clock, a Monday morning: the first day on offer is open. When closed days come first (a Friday
      // night, before a holiday) the question can end under such a header: docs/accessibility.md, "Known limits".
      const clock = sinon.useFakeTimers({
        now: Date.parse('2026-12-07T07:30:00+07:00'),
        toFake: ['Date'],
        shouldAdvanceTime: true,
      });
      mock();
      const header = document.createElement('header');
      header.style.cssText = 'position:sticky;top:0;height:120px;background:#fff;z-index:1';
      document.body.prepend(header);
      document.body.style.minHeight = '4000px';
      try {
        const el = await booking();
        await waitUntil(() => q(el, 'input[name=day]'), 'no days');
        let focusCount = 0;
        el.shadowRoot!.addEventListener('focusin', () => focusCount++);
        const live = listenToLiveRegions(el);
        await domUi(el).click(WORDS.id.continue);
        await waitUntil(() => q(el, '.error-summary'), 'no summary');
        await el.updateComplete;
        // GOV.UK's: the box takes focus, the alert is the wrapper inside it, heard once when it appears.
        expect(await errorSummaryAx(q(el, '.error-summary')!)).to.deep.equal({
          focused: true,
          role: 'generic',
          labelledBy: null,
          alerts: 1,
          first: { role: 'heading', name: 'Ada yang perlu diperbaiki' },
        });
        expect(focusCount).to.equal(1);
        expect(live.heard.filter((s) => s.includes('Ada yang perlu diperbaiki'))).to.have.length(1);
        live.stop();
        for (const radio of qa(el, 'input[name=day]:not([disabled])').slice(0, 2))
          expect((await axNode(radio)).invalid).to.equal('true');
        window.scrollTo(0, 3000);
        q(el, '.error-summary a')!.click();
        const label = q(el, 'legend')!.getBoundingClientRect();
        expect(label.top).to.be.at.least(120);
        expect(focusedInViewport(120)).to.equal(true);
      } finally {
        header.remove();
        document.body.style.minHeight = '';
        clock.restore();
      }
    });
  });
}

for (const viewport of VIEWPORTS) {
  describe(`<mpp-queue-booking> beyond axe: names, states, announcements, ${viewport.name} (${viewport.width}×${viewport.height})`, () => {
    before(() => useViewport(viewport));
    beforeEach(() => resetClients());
    afterEach(restoreFetch);

    it('announces how many services the filter leaves once typing pauses, and the same count again', async () => {
      mock();
      const el = await booking(null);
      await waitUntil(() => q(el, '#service-filter'), 'no filter');
      const live = listenToLiveRegions(el);
      const input = q<HTMLInputElement>(el, '#service-filter')!;
      input.focus();
      // Typed as fast as keys go: a screen reader hears the count it ends on, not one per keystroke.
      await sendKeys({ type: 'paspor' });
      await waitUntil(() => live.heard.length > 0, 'the filter result was not announced', { timeout: 3000 });
      expect(live.heard).to.deep.equal(['3 layanan']);
      expect(qa(el, 'input[name=service]')).to.have.length(3);
      // Another word that leaves as many: the same words again, still heard (a no-break space makes them a change).
      input.select();
      await sendKeys({ type: 'skck' });
      await waitUntil(() => live.heard.length > 1, 'the same count was not announced again', { timeout: 3000 });
      expect(live.heard).to.deep.equal(['3 layanan', '3 layanan']);
      expect(qa(el, 'input[name=service]')).to.have.length(3);
      live.stop();
    });

    it('draws radios at least 24 px square and exposes every required answer as required', async () => {
      mock();
      const el = await booking();
      await waitUntil(() => q(el, 'input[name=day]'), 'no days');
      const radio = q(el, 'input[name=day]')!.getBoundingClientRect();
      expect(Math.min(radio.width, radio.height)).to.be.at.least(24);
      // Chromium leaves "required" off a radio's node (Firefox gives it): the attribute is what NVDA reads there.
      expect(qa<HTMLInputElement>(el, 'input[name=day]').every((r) => r.required)).to.equal(true);
      await person(el).answerUpToIdentity();
      await waitUntil(() => q(el, '#phone'), 'no identity');
      for (const id of ['nik', 'name', 'phone']) expect((await axNode(q(el, `#${id}`)!)).required, id).to.equal(true);
      expect((await axNode(q(el, '#email')!)).required).to.equal(undefined);
    });

    it('reads the masked NIK sensibly, warns of the calendar file, hears the move, and keeps the panel’s box in forced colours', async () => {
      mock();
      const el = await booking();
      await person(el).answerUpToCheck(IDENTITY);
      await person(el).send();
      await waitUntil(() => q(el, '.code'), 'no ticket');
      const ticket = axText(await axTree(q(el, '.ticket')!));
      expect(ticket).to.not.contain('*');
      expect(ticket).to.contain(`berakhiran ${NIK.slice(-4)}`);
      const calendar = qa(el, '.actions button')[0];
      expect((await axNode(calendar)).name).to.match(/kalender.*\.ics/i);
      await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
      try {
        const panel = getComputedStyle(q(el, '.panel')!);
        expect(panel.borderTopStyle).to.not.equal('none');
        expect(parseFloat(panel.borderTopWidth)).to.be.at.least(1);
      } finally {
        await emulateMedia([]);
      }
      // Move the visit: the confirmation is in the heading that takes focus.
      qa<HTMLButtonElement>(el, '.actions button')
        .find((b) => /Ubah jadwal/.test(b.textContent!))!
        .click();
      await person(el).chooseDay();
      await domUi(el).click(WORDS.id.continue);
      await person(el).chooseSession();
      await domUi(el).click('Pindahkan booking');
      await waitUntil(() => q(el, '.code'), 'no ticket after the move');
      await el.updateComplete;
      await waitUntil(async () => (await focusedAx()).role === 'heading', 'heading not focused');
      expect((await focusedAx()).name).to.contain('Jadwal booking sudah diubah');
    });

    it('warns in "Bagikan"’s name that it opens a new tab where the browser cannot share, and only there', async () => {
      mock();
      const open = sinon.stub(window, 'open').returns(null);
      const shareButton = (el: MppQueueBooking) =>
        qa<HTMLButtonElement>(el, '.actions button').find((b) => /Bagikan/.test(b.textContent!))!;
      // No Web Share (most desktop browsers): the button falls back to WhatsApp's page in a new tab.
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
      try {
        const el = await booking();
        await person(el).book(IDENTITY);
        expect((await axNode(shareButton(el))).name).to.equal('Bagikan (membuka tab baru)');
        shareButton(el).click();
        expect(open.callCount).to.equal(1);
        expect(open.firstCall.args[1]).to.equal('_blank');
        // With Web Share: the browser's own share sheet, no new tab, so no warning.
        const shared = sinon.stub().resolves();
        Object.defineProperty(navigator, 'share', { value: shared, configurable: true });
        el.requestUpdate();
        await el.updateComplete;
        expect((await axNode(shareButton(el))).name).to.equal('Bagikan');
        shareButton(el).click();
        expect(shared.callCount).to.equal(1);
        expect(open.callCount, 'no tab opened').to.equal(1);
      } finally {
        delete (navigator as { share?: unknown }).share;
        open.restore();
      }
    });
  });
}
