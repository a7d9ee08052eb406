// A widget on a page set up wrong (issue 20, item 2): the API refuses the page's origin, `api-base` points at a web
// site instead of the API, or nothing says where the API is. Residents read one plain sentence; the webmaster gets
// one console line naming the cause and the fix, however many widgets meet it; the page gets an `mpp-error` event
// per widget with the code, not retryable, and nothing else.
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import '../../../src/components/queue-booking/mpp-queue-booking.js';
import '../../../src/components/service-finder/mpp-service-finder.js';
import '../../../src/components/status-tracker/mpp-status-tracker.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi, type Scenario } from '../../mocks/handlers.js';

const RESIDENT_ID = 'Layanan belum dapat dihubungi dari situs ini.';
const RESIDENT_EN = 'This service cannot be reached from this site yet.';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** The tracker asks the API only when a resident looks a code up. */
async function lookUp(el: Widget) {
  await el.updateComplete;
  const field = (id: string, value: string) => {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  field('#code', 'RSV-7KQ2M9XA');
  field('#last4', '0003');
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
}

let page = 0;
/** An API base of its own per test: the console line is told once per page and API. */
const newBase = () => `http://mpp-${++page}.test/api/v1`;

/** The widgets on a page with `base`, each as a resident meets it; answers when all show their message. */
async function widgetsOn(base: string, lang = 'id'): Promise<Widget[]> {
  const tags = ['mpp-service-finder', 'mpp-queue-booking', 'mpp-status-tracker'];
  const widgets = tags.map((tag) => {
    const el = document.createElement(tag) as Widget;
    el.setAttribute('api-base', base);
    el.setAttribute('lang', lang);
    el.setAttribute('loading', 'eager');
    return el;
  });
  document.body.append(...widgets);
  await lookUp(widgets[2]!);
  const expected = lang === 'en' ? RESIDENT_EN : RESIDENT_ID;
  await waitUntil(() => widgets.every((el) => text(el).includes(expected)), 'a widget did not say so', {
    timeout: 5000,
  });
  return widgets;
}

describe('a page set up wrong', () => {
  let logged: sinon.SinonStub;
  let events: CustomEvent[];
  const record = (e: Event) => events.push(e as CustomEvent);
  beforeEach(() => {
    resetClients();
    events = [];
    document.addEventListener('mpp-error', record);
    logged = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    sinon.restore();
    restoreFetch();
    document.removeEventListener('mpp-error', record);
    document.body.replaceChildren();
  });

  const mock = (base: string, scenario: Scenario) =>
    installMockFetch(createMockApi({ base, scenario, livedIn: false }).handlers);

  /** The one console line, and one event per widget with only the code and `retryable`, bubbling and composed. */
  function expectTold(code: string, line: RegExp) {
    expect(logged.callCount, `console lines: ${logged.args.join(' | ')}`).to.equal(1);
    expect(String(logged.firstCall.args[0])).to.match(line);
    const detail = { code, retryable: false };
    expect(events.map((e) => e.detail)).to.deep.equal([detail, detail, detail]);
    for (const e of events) expect([e.bubbles, e.composed]).to.deep.equal([true, true]);
    expect(new Set(events.map((e) => e.target)).size).to.equal(3);
  }

  it('the API refuses this site’s origin: residents read it cannot be reached from here; the webmaster, what to add', async () => {
    const base = newBase();
    mock(base, 'origin-refused');
    const widgets = await widgetsOn(base);
    for (const el of widgets) {
      expect(text(el)).not.to.contain('koneksi internet');
      await expect(el).to.be.accessible();
    }
    expectTold(
      'origin_not_allowed',
      new RegExp(`^mpp-widgets: ${base} refused this site's origin ${location.origin}: add it to MPP_ALLOWED_ORIGINS$`),
    );
  });

  it('api-base answers with a web page (404): the webmaster is told it is not the API', async () => {
    const base = newBase();
    mock(base, 'not-api');
    const widgets = await widgetsOn(base);
    for (const el of widgets) await expect(el).to.be.accessible();
    expectTold('not_api', new RegExp(`^mpp-widgets: ${base} is not the MPP API \\(HTTP 404\\): set api-base`));
  });

  it('api-base answers every path with the site’s home page (200, HTML): the same', async () => {
    const base = newBase();
    installMockFetch([http.all(`${base}/*`, () => HttpResponse.html('<!doctype html><h1>Beranda</h1>'))]);
    await widgetsOn(base);
    expectTold('not_api', /is not the MPP API \(HTTP 200\)/);
  });

  it('in English, too', async () => {
    const base = newBase();
    mock(base, 'origin-refused');
    const widgets = await widgetsOn(base, 'en');
    for (const el of widgets) await expect(el).to.be.accessible();
    expectTold('origin_not_allowed', /refused this site's origin/);
  });

  it('no API address at all: the same sentence for residents, the attribute to set for the webmaster', async () => {
    const widgets = ['mpp-service-finder', 'mpp-queue-booking', 'mpp-status-tracker'].map((tag) => {
      const el = document.createElement(tag) as Widget;
      document.body.append(el);
      return el;
    });
    await Promise.all(widgets.map((el) => el.updateComplete));
    for (const el of widgets) {
      expect(text(el)).to.contain(RESIDENT_ID);
      await expect(el).to.be.accessible();
    }
    expectTold('no_api_base', /^mpp-widgets: no MPP API address: set data-api-base on the script tag/);
  });

  it('a dropped connection is still the resident’s offline: no console line, the page hears a retryable network error', async () => {
    const base = newBase();
    mock(base, 'offline');
    const el = document.createElement('mpp-service-finder') as Widget;
    el.setAttribute('api-base', base);
    document.body.append(el);
    await waitUntil(() => text(el).includes('Tidak ada koneksi internet'), 'no offline message', { timeout: 8000 });
    expect(logged.callCount).to.equal(0);
    expect(events.map((e) => e.detail)).to.deep.equal([{ code: 'network_error', retryable: true }]);
  });
});
