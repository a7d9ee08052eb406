// An English page that already holds a widget when the script defines it (src/core/define.ts). Its own file: the
// element must be in the page before the script that defines it runs, and English must not be loaded yet.
import { expect } from '@open-wc/testing';
import { englishReady } from '../../../src/core/i18n.js';
import { API_BASE } from '../../kit/fixtures.mjs';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi } from '../../mocks/handlers.js';

describe('a widget already on an English page', () => {
  afterEach(restoreFetch);

  it('fetches its data while its English comes, and first renders in English', async () => {
    installMockFetch(createMockApi({ base: API_BASE }).handlers);
    // Each request, with whether the English was here when it left and whether the widget had rendered.
    const requests: { url: string; english: boolean; rendered: boolean }[] = [];
    const mocked = window.fetch;
    window.fetch = (input, init) => {
      const el = document.querySelector('mpp-service-finder');
      requests.push({ url: String(input), english: englishReady(), rendered: !!el?.shadowRoot?.firstElementChild });
      return mocked(input, init);
    };
    document.body.innerHTML = `<div lang="en"><mpp-service-finder api-base="${API_BASE}"></mpp-service-finder></div>`;
    const el = document.querySelector('mpp-service-finder')!;
    await import('../../../src/components/service-finder/mpp-service-finder.js');
    expect(englishReady(), 'English was loaded before the script asked for it').to.equal(false);
    expect(el.matches(':defined'), 'the tag waited for the English').to.equal(true);
    // The catalogue was asked for before the English arrived (in parallel, not after it), and nothing rendered.
    expect(requests.map((r) => [new URL(r.url).pathname, r.english, r.rendered])).to.deep.equal([
      ['/api/v1/services', false, false],
    ]);
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(englishReady()).to.equal(true);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Find an MPP service');
  });
});
