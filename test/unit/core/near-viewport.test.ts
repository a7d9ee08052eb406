// A widget far below the fold asks for its data only when the resident scrolls near it (MppElement.near);
// one on the first screen, or one with loading="eager", asks at once.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/components/service-finder/mpp-service-finder.js';
import '../../../src/components/queue-booking/mpp-queue-booking.js';
import { API_BASE } from '../../kit/fixtures.mjs';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi } from '../../mocks/handlers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

describe('a widget far below the fold', () => {
  let page: HTMLElement;
  /** Paths of the API requests the page sent. */
  let requests: string[];

  beforeEach(() => {
    installMockFetch(createMockApi({ base: API_BASE }).handlers);
    requests = [];
    const mocked = window.fetch;
    window.fetch = (input, init) => {
      requests.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return mocked(input, init);
    };
    window.scrollTo(0, 0);
  });

  afterEach(() => {
    page?.remove();
    window.scrollTo(0, 0);
    restoreFetch();
  });

  /** A page with `above` of text before the widget (e.g. `300vh`: three screens down). */
  async function place(tag: string, above: string, attrs = ''): Promise<Widget> {
    page = document.createElement('div');
    page.innerHTML = `<div style="height: ${above}">Teks halaman</div><${tag} api-base="${API_BASE}" ${attrs}></${tag}><div style="height: 100vh"></div>`;
    document.body.append(page);
    const el = page.querySelector<Widget>(tag)!;
    // The first render (the skeleton) is done: the widget had every chance to ask.
    await el.updateComplete;
    return el;
  }

  it('three screens down, the finder asks for nothing until the resident scrolls near, then shows its results', async () => {
    const el = await place('mpp-service-finder', '300vh');
    // Another frame, so an observer's first answer has come too.
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r));
    expect(requests, 'asked while far below').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'reserves its place meanwhile').not.to.equal(null);

    window.scrollTo(0, el.offsetTop - innerHeight * 1.5);
    await waitUntil(() => requests.includes('/api/v1/services'), 'no request once near');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="result"]'), 'no results once near');
  });

  it('three screens down, the booking asks for its services only once near', async () => {
    const el = await place('mpp-queue-booking', '300vh');
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r));
    expect(requests).to.deep.equal([]);
    el.scrollIntoView();
    await waitUntil(() => el.shadowRoot!.querySelector('input[name="service"]'), 'no services once near');
    expect(requests).to.include('/api/v1/services');
  });

  it('on the first screen, the finder asks at once, before its first render', async () => {
    page = document.createElement('div');
    page.innerHTML = `<mpp-service-finder api-base="${API_BASE}"></mpp-service-finder>`;
    document.body.append(page);
    const el = page.querySelector<Widget>('mpp-service-finder')!;
    await Promise.resolve();
    expect(requests).to.deep.equal(['/api/v1/services']);
    expect(el.shadowRoot!.firstElementChild, 'rendered before it asked').to.equal(null);
  });

  it('with loading="eager", three screens down, the finder asks at once', async () => {
    page = document.createElement('div');
    page.innerHTML = `<div style="height: 300vh"></div><mpp-service-finder api-base="${API_BASE}" loading="eager"></mpp-service-finder>`;
    document.body.append(page);
    await Promise.resolve();
    expect(requests).to.deep.equal(['/api/v1/services']);
  });
});
