import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/mpp-widgets.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { agencies, applications, bookingOnTheDay, services } from '../../mocks/fixtures.js';
import { createMockApi } from '../../mocks/handlers.js';
import { HOSTILE_STRINGS, poison } from '../../mocks/hostile.js';
import { API_BASE as BASE, NIK, timeBudget } from '../../kit/fixtures.mjs';
import { domUi, resident } from '../../kit/resident.mjs';
const INJECTED =
  'img, script, iframe, object, embed, link, meta, base, style, form[action], svg:not([part=qr]), a[href^="javascript:"]';

const root = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, s: string) => root(el).querySelector<T>(s);

/** What must hold in every view, whatever the API sent. */
function assertSafe(el: HTMLElement, view: string) {
  expect(root(el).querySelectorAll(INJECTED).length, `${view}: injected elements`).to.equal(0);
  expect((window as unknown as { __pwned?: number }).__pwned, `${view}: script ran`).to.equal(undefined);
  expect(el.scrollWidth, `${view}: wider than 320px`).to.be.at.most(el.clientWidth + 1);
}

async function narrow(template: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px">${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  // Each widget comes under the last one, soon more than a screen down, where it waits until the resident nears
  // it (loading below the fold): scroll to it, as the resident would.
  el.scrollIntoView();
  await el.updateComplete; // the fixture waited for the wrapper, not for the widget's first render
  return el;
}

const click = async (el: HTMLElement & { updateComplete: Promise<boolean> }, selector: string) => {
  await waitUntil(() => q(el, selector), `no ${selector}`);
  q<HTMLElement>(el, selector)!.click();
  await el.updateComplete;
};

describe('hostile API data in every text field', function () {
  this.timeout(timeBudget(15_000));
  beforeEach(() => resetClients());
  afterEach(restoreFetch);

  HOSTILE_STRINGS.forEach((text, i) => {
    it(`#${i + 1} ${JSON.stringify(text.slice(0, 40))}: nothing runs, nothing is injected, nothing overflows 320px`, async () => {
      const poisoned = services.slice(0, 5).map((s) => poison(s, text));
      const api = createMockApi({ base: BASE, services: poisoned, agencies: poison(agencies, text) });
      installMockFetch([
        http.post(`${BASE}/lookup`, async ({ request }) => {
          const { code } = (await request.json()) as { code: string };
          return HttpResponse.json(
            code.startsWith('RSV') ? poison(bookingOnTheDay(), text) : poison(applications()['PMH-2026-000124'], text),
          );
        }),
        ...api.handlers,
      ]);

      const finder = await narrow(html`<mpp-service-finder api-base=${BASE}></mpp-service-finder>`);
      await waitUntil(() => q(finder, '.results'), 'finder results');
      assertSafe(finder, 'finder results');
      await click(finder, '.result__open');
      await waitUntil(() => q(finder, '.detail'), 'finder detail');
      assertSafe(finder, 'finder detail');

      const booking = await narrow(html`<mpp-queue-booking api-base=${BASE}></mpp-queue-booking>`);
      // The kit's resident waits for each question, and for the identity fields that come with the lazily
      // loaded second half: filling them before they exist is what made this test fail on busy machines.
      const person = resident(domUi(booking));
      await person.chooseService();
      await booking.updateComplete;
      assertSafe(booking, 'booking service step');
      await person.continue(person.words.dayQuestion);
      await person.chooseDay();
      await booking.updateComplete;
      assertSafe(booking, 'booking day step');
      await person.continue(person.words.sessionQuestion);
      await person.chooseSession();
      await person.continue(person.words.identityQuestion);
      await person.fillIdentity({ nik: NIK, name: 'Siti', phone: '081234567890' });
      await person.continue(person.words.checkQuestion);
      assertSafe(booking, 'booking check answers');
      await person.send();
      assertSafe(booking, 'booking ticket');

      for (const code of ['RSV-7KQ2M9XA', 'PMH-2026-000124']) {
        const tracker = await narrow(html`<mpp-status-tracker api-base=${BASE} code=${code}></mpp-status-tracker>`);
        const last4 = q<HTMLInputElement>(tracker, '#last4')!;
        last4.value = '0003';
        last4.dispatchEvent(new Event('input'));
        await tracker.updateComplete;
        await click(tracker, 'form button[type=submit]');
        await waitUntil(() => q(tracker, '.result'), `tracker ${code}`);
        assertSafe(tracker, `tracker ${code}`);
      }
    });
  });
});
