// What a screen-reader and keyboard user meets in <mpp-status-tracker> and on the staff pages, beyond what axe sees
// (issue 26): alerts and live regions as heard, focus after each action and whether it is on screen, names and
// states in Chromium's accessibility tree. At a phone's and a desktop's size.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/components/status-tracker/mpp-status-tracker.js';
import type { MppStatusTracker } from '../../../src/components/status-tracker/status-tracker.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi } from '../../mocks/handlers.js';
import { API_BASE as BASE } from '../../kit/fixtures.mjs';
import {
  axNode,
  axNodes,
  axTree,
  deepActive,
  errorSummaryAx,
  focusedAx,
  focusedInViewport,
  listenToLiveRegions,
  useViewport,
  VIEWPORTS,
} from '../../kit/a11y.js';
import { mountShell, q as sq, shows, STAFF_ACCOUNTS, STAFF_PASSWORD, type } from '../staff/kit.js';

const q = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => el.shadowRoot!.querySelector<T>(s);

async function lookUp(el: MppStatusTracker, code: string, last4: string) {
  for (const [id, value] of [
    ['code', code],
    ['last4', last4],
  ]) {
    const input = q<HTMLInputElement>(el, `#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
  const button = q<HTMLButtonElement>(el, 'form button[type=submit]')!;
  button.focus();
  button.click();
}

for (const viewport of VIEWPORTS) {
  describe(`<mpp-status-tracker> and the staff pages beyond axe, ${viewport.name} (${viewport.width}×${viewport.height})`, () => {
    before(() => useViewport(viewport));
    beforeEach(() => resetClients());
    afterEach(restoreFetch);

    it('says in its alert how long a 429’s wait is, and announces its end', async () => {
      installMockFetch([
        http.post(`${BASE}/lookup`, () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'x', status: 429, code: 'rate_limited' },
            { status: 429, headers: { 'Retry-After': '2', 'Content-Type': 'application/problem+json' } },
          ),
        ),
        ...createMockApi({ base: BASE }).handlers,
      ]);
      const el = await fixture<MppStatusTracker>(html`<mpp-status-tracker api-base=${BASE}></mpp-status-tracker>`);
      const live = listenToLiveRegions(el);
      await lookUp(el, 'RSV-7KQ2M9XA', '0003');
      await waitUntil(() => live.heard.length > 0, 'the alert was not heard', { timeout: 5000 });
      expect(live.heard[0]).to.match(/Terlalu banyak.*dalam 2 detik/);
      expect(focusedInViewport()).to.equal(true);
      await waitUntil(() => live.heard.some((s) => /sekarang/.test(s)), 'the end of the wait was silent', {
        timeout: 5000,
      });
      expect(live.heard.filter((s) => /detik/.test(s))).to.have.length(1);
      live.stop();
    });

    it('focuses its error summary, with the one alert inside it, and exposes both fields as required', async () => {
      installMockFetch(createMockApi({ base: BASE }).handlers);
      const el = await fixture<MppStatusTracker>(html`<mpp-status-tracker api-base=${BASE}></mpp-status-tracker>`);
      for (const id of ['code', 'last4']) expect((await axNode(q(el, `#${id}`)!)).required, id).to.equal(true);
      q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
      await waitUntil(
        async () => (await focusedAx()).element === q(el, '.error-summary'),
        'the summary did not take focus',
      );
      expect(await errorSummaryAx(q(el, '.error-summary')!)).to.deep.equal({
        focused: true,
        role: 'generic',
        labelledBy: null,
        alerts: 1,
        first: { role: 'heading', name: 'Ada yang perlu diperbaiki' },
      });
      const alerts = axNodes(await axTree(q(el, '.tracker')!)).filter((n) => n.role === 'alert');
      expect(alerts).to.have.length(1);
      expect(focusedInViewport()).to.equal(true);
      // The box keeps tabindex="-1" (GOV.UK's script removes it on blur, so that a click inside does not ring the
      // box): a click inside focuses it again, without the ring, which is `:focus-visible` only.
      const box = q(el, '.error-summary')!;
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(q(el, '.error-summary a'));
      const title = box.querySelector('[part=heading]')!.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(title.left + 5), Math.round(title.top + title.height / 2)],
      });
      expect(deepActive()).to.equal(box);
      expect(box.matches(':focus-visible')).to.equal(false);
    });

    it('staff: the sign-in error summary takes focus; after sign-in the page heading has it, on screen', async () => {
      const { el } = await mountShell();
      const form = await shows(el, 'staff-sign-in');
      sq<HTMLButtonElement>(form, 'button[type=submit]')!.click();
      // The staff pages' summary is the widgets' one (GOV.UK's): the box takes focus, on screen, the one alert inside.
      await waitUntil(
        async () => (await focusedAx()).element?.classList.contains('error-summary'),
        'the staff summary did not take focus',
      );
      expect(await errorSummaryAx(sq(form, '.error-summary')!)).to.deep.equal({
        focused: true,
        role: 'generic',
        labelledBy: null,
        alerts: 1,
        first: { role: 'heading', name: 'Ada masalah' },
      });
      expect(axNodes(await axTree(form)).filter((n) => n.role === 'alert')).to.have.length(1);
      expect(focusedInViewport()).to.equal(true);
      for (const id of ['email', 'password']) expect((await axNode(sq(form, `#${id}`)!)).name).to.not.equal('');
      type(sq<HTMLInputElement>(form, '#email'), STAFF_ACCOUNTS.agencyAdmin.email);
      type(sq<HTMLInputElement>(form, '#password'), STAFF_PASSWORD);
      sq<HTMLButtonElement>(form, 'button[type=submit]')!.click();
      await waitUntil(async () => (await focusedAx()).role === 'heading', 'the page heading did not take focus', {
        timeout: 5000,
      });
      expect((await focusedAx()).name).to.equal('Selamat datang, Budi Santoso');
      expect(focusedInViewport()).to.equal(true);
      const nav = await shows(el, 'nav');
      const links = axNodes(await axTree(nav)).filter((n) => n.role === 'link');
      expect(links.length).to.be.greaterThan(1);
      expect(links.every((l) => l.name.trim() !== '')).to.equal(true);
    });
  });
}
