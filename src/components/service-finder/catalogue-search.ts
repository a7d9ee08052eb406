// The service finder's state: the catalogue and its loading (slow, failed, stale), the search and its filters,
// the open service's standard, and what the live region says. The element (service-finder.ts) draws it and keeps
// the page URL and focus in step.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getService, listServices } from '../../api/operations.js';
import { textLang } from '../../core/content-lang.js';
import { MppApiError } from '../../api/errors.js';
import type { MppTransport } from '../../api/transport.js';
import type { ServiceDetail, ServiceList, ServiceSummary } from '../../api/types.js';
import type { Lang } from '../../core/i18n.js';
import { queryTerms, SearchIndex } from '../../core/search.js';
import { strings } from './strings.js';
import { reportFailure } from '../../core/messages.js';
import { afterTyping, sayAgain } from '../../internal/ui/announcer.js';

/** Payload of `mpp-service-select` and `mpp-service-book`: ids only, never anything about the resident. */
export interface ServiceEventDetail {
  serviceId: string;
  agencyId: string;
}

export type DetailView = (typeof import('./detail-view.js'))['detailView'];
let detailViewFile: Promise<DetailView> | undefined;

/**
 * The service standard's view: not needed for the search, so it is a file of its own, fetched with the first
 * service a resident opens (beside its data, so it adds no wait). A failed fetch is forgotten, and fails as a
 * dropped connection does ("Coba lagi" fetches it again).
 */
function loadDetailView(): Promise<DetailView> {
  return (detailViewFile ??= import('./detail-view.js').then(
    (m) => m.detailView,
    () => {
      detailViewFile = undefined;
      throw new MppApiError({ status: 0, code: 'network_error' });
    },
  ));
}

/** Results added by each "show more", and shown once the resident searches or filters: cheap to render. */
export const PAGE = 20;
/**
 * Results shown before the resident acts: what fits, with the search and the filters, in the height the element
 * holds from its first paint (styles.ts, the README's snippet), so nothing below it moves when the list comes.
 */
export const FIRST = 1;

/** What the search needs from its element: the API, the language, the search text and filters, events. */
export interface CatalogueSearchHost extends ReactiveControllerHost {
  readonly client: MppTransport | undefined;
  readonly language: Lang;
  /** Only this agency's services (the `agency` attribute). */
  readonly agency?: string;
  /** The search text and the category filter (also the element's `query` and `category` attributes). */
  query: string;
  category: string;
  emit<T>(name: `mpp-${string}`, detail: T): boolean;
}

/**
 * Loads the catalogue (keeping what is shown while it revalidates), searches it on the device, and loads the
 * service the resident opens. Each change asks the element to render again.
 */
export class CatalogueSearch implements ReactiveController {
  catalogue?: ServiceList;
  loadError?: MppApiError;
  /** The catalogue shown is the last one fetched: the network failed since. */
  stale = false;
  /** Loading has taken longer than the element class's `slowAfterMs`. */
  slow = false;
  agencyFilter = '';
  /** How many results are shown ("show more" adds a page). */
  shown = FIRST;
  openId?: string;
  detail?: ServiceDetail;
  detailError?: MppApiError;
  /** The view of `detail`, once its file has come. */
  detailView?: DetailView;
  /** What the polite live region says: result counts once typing pauses, and "booking not offered here". */
  announcement = '';
  /** "Ambil antrean" was pressed and nothing on the page took it (see `book`). */
  bookUntaken = false;

  private index?: SearchIndex;
  private byId = new Map<string, ServiceSummary>();
  private memo?: { key: string; byQuery: ServiceSummary[]; results: ServiceSummary[] };
  private loadAbort?: AbortController;
  private detailAbort?: AbortController;
  private slowTimer?: ReturnType<typeof setTimeout>;
  /** @internal The count waiting for typing to pause (`afterTyping`). */
  typing?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: CatalogueSearchHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    this.loadAbort?.abort();
    this.detailAbort?.abort();
    clearTimeout(this.slowTimer);
    clearTimeout(this.typing);
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  /**
   * The language the catalogue is asked in: the page's (`lang`), set by the element before each load, which may
   * come before the widget's English strings do.
   */
  lang: Lang = 'id';

  /** Loads (or revalidates) the catalogue; keeps what is shown while it does. */
  async load(): Promise<void> {
    const client = this.host.client;
    if (!client) return;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.loadError = undefined;
    this.slow = false;
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(
      () => {
        this.slow = true;
        this.changed();
      },
      (this.host.constructor as unknown as { slowAfterMs: number }).slowAfterMs,
    );
    try {
      const result = await listServices(client, { signal: abort.signal, lang: this.lang });
      this.setCatalogue(result.data);
      this.stale = result.stale;
    } catch (error) {
      if ((error as MppApiError).code !== 'aborted') this.loadError = error as MppApiError;
      reportFailure(this.host, error as MppApiError);
    } finally {
      if (this.loadAbort === abort) clearTimeout(this.slowTimer);
      this.slow = false;
      this.changed();
    }
  }

  private setCatalogue(list: ServiceList): void {
    if (list === this.catalogue) return;
    this.catalogue = list;
    this.index = undefined;
    // Build the index once the list is on screen and the page is idle, so neither the first paint nor the first
    // keystroke waits for it.
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 300));
    idle(() => void this.searchIndex);
    this.byId = new Map(list.items.map((s) => [s.id, s]));
    this.memo = undefined;
  }

  private readonly onOnline = () => {
    if (this.loadError?.isNetwork || this.stale) void this.load();
  };

  /** The search index, built on the first search: a page that only lists services never pays for it. */
  private get searchIndex(): SearchIndex {
    if (!this.index) {
      const list = this.catalogue!;
      const agencies = new Map(list.agencies.map((a) => [a.id, a]));
      this.index = new SearchIndex(
        list.items.map((s) => {
          const agency = agencies.get(s.agencyId);
          return {
            id: s.id,
            name: s.name,
            keywords: s.keywords,
            description: [s.category, agency?.name, agency?.shortName, s.summary].filter(Boolean).join(' '),
          };
        }),
      );
    }
    return this.index;
  }

  /** Services matching the query (for the filter counts), and those that also pass the filters. */
  matching(): { byQuery: ServiceSummary[]; results: ServiceSummary[] } {
    const { query, category } = this.host;
    const agency = this.host.agency || this.agencyFilter;
    const key = `${query}\u0000${category}\u0000${agency}`;
    if (this.memo?.key !== key) {
      const byQuery = queryTerms(query).length
        ? this.searchIndex.search(query).map((h) => this.byId.get(h.id)!)
        : this.catalogue!.items;
      const results = byQuery.filter(
        (s) => (!agency || s.agencyId === agency) && (!category || s.category === category),
      );
      this.memo = { key, byQuery, results };
    }
    return this.memo;
  }

  /** The resident typed in the search field: the first page of results, and the count once typing pauses. */
  search(query: string): void {
    this.host.query = query;
    this.shown = PAGE;
    this.scheduleAnnouncement();
  }

  /** An agency or category chosen in the filters. */
  filter(which: 'agency' | 'category', value: string): void {
    if (which === 'agency') this.agencyFilter = value;
    else this.host.category = value;
    this.shown = PAGE;
    this.scheduleAnnouncement();
    this.changed();
  }

  clearFilters(): void {
    this.agencyFilter = '';
    this.host.category = '';
    this.scheduleAnnouncement();
    this.changed();
  }

  /** "Show more": the next page, and the live region says how many of how many now show. */
  showMore(): void {
    const n = this.matching().results.length;
    this.shown += PAGE;
    this.announcement = strings.in(this.host.language).shown(Math.min(this.shown, n), n);
    this.changed();
  }

  /** The count is announced once typing pauses: a screen reader hears the result, not every keystroke. */
  private scheduleAnnouncement(): void {
    afterTyping(this, () => {
      if (!this.catalogue) return;
      this.announcement = sayAgain(
        strings.in(this.host.language).count(this.matching().results.length),
        this.announcement,
      );
      this.changed();
    });
  }

  /** The name the catalogue gives the service `id`. */
  name(id: string): string | undefined {
    return this.byId.get(id)?.name;
  }

  /** `lang` for the open service's name, in a widget speaking `widget` (src/core/content-lang.ts). */
  nameLang(widget: Lang) {
    return textLang(widget, this.byId.get(this.openId!), 'name');
  }

  /** Whether the catalogue holds the service `id` (and so it can be opened). */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Opens a service: the page hears of it, and its standard loads. Resolves whether it came. */
  async open(id: string): Promise<boolean> {
    const summary = this.byId.get(id);
    const client = this.host.client;
    if (!summary || !client) return false;
    this.openId = id;
    this.detail = undefined;
    this.detailError = undefined;
    this.bookUntaken = false;
    this.changed();
    this.host.emit<ServiceEventDetail>('mpp-service-select', { serviceId: id, agencyId: summary.agencyId });
    this.detailAbort?.abort();
    const abort = (this.detailAbort = new AbortController());
    try {
      [this.detail, this.detailView] = await Promise.all([
        getService(client, id, { signal: abort.signal, lang: this.lang }),
        loadDetailView(),
      ]);
      return true;
    } catch (error) {
      if ((error as MppApiError).code !== 'aborted') this.detailError = error as MppApiError;
      reportFailure(this.host, error as MppApiError);
      return false;
    } finally {
      this.changed();
    }
  }

  /** The open service again, in `lang` now (the page changed language); the one shown stays if this fails. */
  async reloadDetail(): Promise<void> {
    const id = this.openId;
    const client = this.host.client;
    if (!id || !this.detail || !client) return;
    try {
      this.detail = await getService(client, id, { lang: this.lang });
    } catch {
      // The standard on screen stays, in the language it came in (its texts marked so).
    }
    this.changed();
  }

  /** Back to the results. */
  close(): void {
    this.detailAbort?.abort();
    this.openId = undefined;
    this.detail = undefined;
    this.detailError = undefined;
    this.changed();
  }

  /**
   * "Ambil antrean" without a booking link: a booking element on the page (or the page itself) takes the visit by
   * cancelling the event. When nothing does, the resident hears so instead of pressing a button that does nothing.
   */
  book(service: ServiceDetail): void {
    const untaken = this.host.emit<ServiceEventDetail>('mpp-service-book', {
      serviceId: service.id,
      agencyId: service.agencyId,
    });
    this.bookUntaken = untaken;
    if (untaken) this.announcement = strings.in(this.host.language).bookUntaken;
    this.changed();
  }
}
