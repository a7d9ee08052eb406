// Each theme preset (src/core/theme-presets.ts, shipped as dist/themes/*.css) on every element in the states a
// resident meets — results with matched words, an error notice, the booking's choices, validation errors and its
// ticket, the tracker's booking and application — passes axe, colour contrast included. The stylesheet under test
// is the text the build writes (`presetCss()`), linked as a page would link it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/mpp-widgets.js';
import { resetClients } from '../../../src/core/clients.js';
import { THEME_PRESETS, presetCss, type ThemePresetName } from '../../../src/core/theme-presets.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { applications, bookingOnTheDay } from '../../mocks/fixtures.js';
import { createMockApi, type Scenario } from '../../mocks/handlers.js';
import { API_BASE as BASE, NIK, timeBudget } from '../../kit/fixtures.mjs';
import { domUi, resident } from '../../kit/resident.mjs';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);

async function widget(template: ReturnType<typeof html>): Promise<Widget> {
  const el = (await fixture(template)) as Widget;
  el.scrollIntoView();
  await el.updateComplete;
  return el;
}

function mock(scenario: Scenario = 'normal') {
  installMockFetch([
    http.post(`${BASE}/lookup`, async ({ request }) => {
      const { code } = (await request.json()) as { code: string };
      return HttpResponse.json(code.startsWith('RSV') ? bookingOnTheDay() : applications()['PMH-2026-000124']);
    }),
    ...createMockApi({ base: BASE, scenario }).handlers,
  ]);
}

describe('theme presets pass axe, colour contrast included, on every element', function () {
  this.timeout(timeBudget(30_000));
  let sheet: HTMLStyleElement | undefined;
  afterEach(() => {
    sheet?.remove();
    restoreFetch();
  });

  for (const name of Object.keys(THEME_PRESETS) as ThemePresetName[]) {
    describe(`"${THEME_PRESETS[name].title}"`, () => {
      beforeEach(() => {
        resetClients();
        sheet = document.createElement('style');
        sheet.textContent = presetCss(name);
        document.head.append(sheet);
      });

      it('applies to the widgets', async () => {
        mock();
        const el = await widget(html`<mpp-status-tracker api-base=${BASE}></mpp-status-tracker>`);
        const primary = THEME_PRESETS[name].tokens['color-primary' as never] as string | undefined;
        if (primary) expect(getComputedStyle(el).getPropertyValue('--mpp-color-primary').trim()).to.equal(primary);
      });

      it('the finder: results with matched words, an opened service, a failed load', async () => {
        mock();
        const finder = await widget(html`<mpp-service-finder api-base=${BASE} query="akta"></mpp-service-finder>`);
        await waitUntil(() => q(finder, '.result mark'), 'no matched words');
        await expect(finder).to.be.accessible();
        q(finder, '.result__open')!.click();
        await waitUntil(() => q(finder, '.detail'), 'no service detail');
        await expect(finder).to.be.accessible();
        resetClients();
        mock('server-error');
        const failed = await widget(html`<mpp-service-finder api-base=${BASE}></mpp-service-finder>`);
        await waitUntil(() => q(failed, '.notice--error'), 'no error notice', { timeout: 8000 });
        await expect(failed).to.be.accessible();
      });

      it('the booking: a chosen day, the error summary, the ticket', async () => {
        mock();
        const booking = await widget(html`<mpp-queue-booking api-base=${BASE}></mpp-queue-booking>`);
        const person = resident(domUi(booking));
        await person.chooseService();
        await person.continue(person.words.dayQuestion);
        await person.chooseDay();
        await booking.updateComplete;
        await expect(booking).to.be.accessible();
        await person.continue(person.words.sessionQuestion);
        await person.chooseSession();
        await person.continue(person.words.identityQuestion);
        await person.continue(); // nothing typed: the error summary and the fields' errors
        await waitUntil(() => q(booking, '.error-summary'), 'no error summary');
        await expect(booking).to.be.accessible();
        await person.fillIdentity({ nik: NIK, name: 'Siti Aminah', phone: '081234567890' });
        await person.continue(person.words.checkQuestion);
        await person.send();
        await booking.updateComplete;
        await expect(booking).to.be.accessible();
      });

      it('the tracker: a booking on its day and an overdue application', async () => {
        mock();
        for (const code of ['RSV-7KQ2M9XA', 'PMH-2026-000124']) {
          const tracker = await widget(html`<mpp-status-tracker api-base=${BASE} code=${code}></mpp-status-tracker>`);
          const last4 = q<HTMLInputElement>(tracker, '#last4')!;
          last4.value = '0003';
          last4.dispatchEvent(new Event('input'));
          await tracker.updateComplete;
          q(tracker, 'form button[type=submit]')!.click();
          await waitUntil(() => q(tracker, '.result'), `no result for ${code}`);
          await expect(tracker).to.be.accessible();
        }
      });
    });
  }
});
