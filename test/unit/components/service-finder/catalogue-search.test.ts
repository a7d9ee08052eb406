// The finder's catalogue search without an element: loading, searching and filtering, opening a service and the
// "book" hand-off, driven by a stand-in host over the mocked API.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import {
  CatalogueSearch,
  type CatalogueSearchHost,
} from '../../../../src/components/service-finder/catalogue-search.js';
import { clientFor, resetClients } from '../../../../src/core/clients.js';
import type { Lang } from '../../../../src/core/i18n.js';
import { KTP_SERVICE_ID } from '../../../mocks/fixtures.js';
import { installMockFetch, restoreFetch } from '../../../mocks/fetch.js';
import { createMockApi } from '../../../mocks/handlers.js';

const BASE = 'http://mpp.test/api/v1';

class StandInHost implements CatalogueSearchHost {
  static slowAfterMs = 3000;
  client = clientFor(BASE);
  language: Lang = 'id';
  agency?: string;
  query = '';
  category = '';
  events: [string, unknown][] = [];
  taken = false;
  controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {}
  emit<T>(name: string, detail: T) {
    this.events.push([name, detail]);
    return !this.taken;
  }
}

async function loaded(host = new StandInHost()) {
  const search = new CatalogueSearch(host);
  await search.load();
  return { host, search };
}

describe('catalogue search', () => {
  beforeEach(() => {
    resetClients();
    installMockFetch(createMockApi({ base: BASE }).handlers);
  });
  afterEach(() => restoreFetch());

  it('loads the catalogue; without a search every service matches', async () => {
    const { search } = await loaded();
    expect(search.catalogue!.items.length).to.be.greaterThan(20);
    expect(search.matching().results.length).to.equal(search.catalogue!.items.length);
    expect(search.loadError).to.equal(undefined);
  });

  it('shows one result before the resident acts, and a page more with each "show more"', async () => {
    const { search } = await loaded();
    expect(search.shown).to.equal(1);
    search.showMore();
    expect(search.shown).to.equal(21);
  });

  it('a search narrows the results and starts again at the first page', async () => {
    const { host, search } = await loaded();
    search.showMore();
    search.search('ktp');
    expect(host.query).to.equal('ktp');
    expect(search.shown).to.equal(20);
    const ids = search.matching().results.map((s) => s.id);
    expect(ids).to.include(KTP_SERVICE_ID);
    expect(ids.length).to.be.lessThan(search.catalogue!.items.length);
  });

  it('filters by agency and category, and clearing them brings every match back', async () => {
    const { host, search } = await loaded();
    search.filter('agency', 'disdukcapil');
    expect(search.matching().results.every((s) => s.agencyId === 'disdukcapil')).to.equal(true);
    const category = search.matching().results[0].category;
    search.filter('category', category);
    expect(host.category).to.equal(category);
    expect(search.matching().results.every((s) => s.category === category)).to.equal(true);
    search.clearFilters();
    expect(search.matching().results.length).to.equal(search.catalogue!.items.length);
  });

  it('opening a service tells the page (ids only) and loads its standard; closing forgets it', async () => {
    const { host, search } = await loaded();
    expect(await search.open(KTP_SERVICE_ID)).to.equal(true);
    expect(search.detail!.id).to.equal(KTP_SERVICE_ID);
    expect(host.events[0]).to.deep.equal([
      'mpp-service-select',
      { serviceId: KTP_SERVICE_ID, agencyId: 'disdukcapil' },
    ]);
    search.close();
    expect([search.openId, search.detail]).to.deep.equal([undefined, undefined]);
    expect(await search.open('no-such-service'), 'an unknown service does not open').to.equal(false);
  });

  it('"book" that nothing on the page takes is said out loud; one that is taken is not', async () => {
    const { host, search } = await loaded();
    await search.open(KTP_SERVICE_ID);
    search.book(search.detail!);
    expect(search.bookUntaken).to.equal(true);
    expect(search.announcement).to.not.equal('');
    host.taken = true;
    search.book(search.detail!);
    expect(search.bookUntaken).to.equal(false);
  });

  it('says the network is slow when the catalogue takes longer than the element allows', async () => {
    restoreFetch();
    installMockFetch(createMockApi({ base: BASE, scenario: 'slow' }).handlers);
    StandInHost.slowAfterMs = 20;
    try {
      const search = new CatalogueSearch(new StandInHost());
      void search.load();
      await waitUntil(() => search.slow, 'never said slow', { timeout: 2000 });
      search.hostDisconnected();
    } finally {
      StandInHost.slowAfterMs = 3000;
    }
  });
});
