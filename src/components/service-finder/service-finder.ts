import { getService, listServices } from '../../api/operations.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { MppApiError } from '../../api/errors.js';
import type { ServiceDetail, ServiceList, ServiceSummary } from '../../api/types.js';
import { MppElement } from '../../core/base-element.js';
import { formatCost } from '../../core/format.js';
import { errorMessage } from '../../core/messages.js';
import { highlightRuns, queryTerms, SearchIndex } from '../../core/search.js';
import { safeHref } from '../../core/url.js';
import { heading } from '../../internal/ui/heading.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import { widgetStyles } from '../../internal/ui/widget-styles.js';
import { detailView } from './detail-view.js';
import { strings } from './strings.js';
import { finderStyles } from './styles.js';

/** Payload of `mpp-service-select` and `mpp-service-book`: ids only, never anything about the resident. */
export interface ServiceEventDetail {
  serviceId: string;
  agencyId: string;
}

/** Results shown at first, and added by each "show more": a phone's screenful or two, cheap to render. */
const PAGE = 20;
const ANNOUNCE_AFTER_MS = 700;

/**
 * Search every service of every agency at the MPP and read its service standard, then go on to book it.
 *
 * @tagname mpp-service-finder
 * @summary Search the MPP's services and read each one's service standard.
 *
 * @attr api-base - Base URL of the MPP API (else `configure()`, else the loading script's `data-api-base`).
 * @attr {'id' | 'en'} lang - `id` (default) or `en`; else the nearest `[lang]`, else `<html lang>`.
 * @attr agency - Only this agency's services (e.g. `disdukcapil`); the agency filter is then hidden.
 * @attr category - Start filtered to this category (e.g. `Kependudukan`).
 * @attr query - Start with this search text.
 * @attr booking-url - Link template for "Book a visit", e.g. `/antrian?layanan={service}`. Without it the button
 *   emits `mpp-service-book` for a booking element on the same page.
 * @attr sync-url - Keep the search text (`?q=`) and the open service (`?layanan=`) in the page URL, so they survive a
 *   reload and can be shared; the browser's Back button closes an open service.
 * @attr heading-level - Level of the widget's top heading, 1–6 (default 2).
 * @attr theme - `light` (default), `dark`, or `auto`.
 *
 * @fires mpp-service-select - A service was opened. `detail: { serviceId, agencyId }`.
 * @fires mpp-service-book - "Book a visit" was chosen and no `booking-url` is set. `detail: { serviceId, agencyId }`.
 *   A `<mpp-queue-booking>` on the page takes it; a page that takes it itself calls `event.preventDefault()`. When
 *   nobody does, the finder tells the resident that online booking is not offered on this page.
 *
 * @csspart heading - Every heading.
 * @csspart search - The search field.
 * @csspart filters - The agency and category filters.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart detail - The service standard.
 * @csspart book-button - "Book a visit".
 * @csspart notice - State messages (error, offline, slow, empty).
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --mpp-color-primary - Buttons, links and selection.
 * @cssprop --mpp-color-highlight - Background of matched words.
 * @cssprop --mpp-font-family - Typeface.
 * @cssprop --mpp-font-size - Base text size (never under 16px).
 */
export class MppServiceFinder extends MppElement {
  static override properties: PropertyDeclarations = {
    query: {},
    category: {},
    bookingUrl: { attribute: 'booking-url' },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    catalogue: { state: true },
    loadError: { state: true },
    stale: { state: true },
    slow: { state: true },
    agencyFilter: { state: true },
    shown: { state: true },
    openId: { state: true },
    detail: { state: true },
    detailError: { state: true },
    announcement: { state: true },
    bookUntaken: { state: true },
  };

  /** Milliseconds of loading after which the widget says the network seems slow. */
  static slowAfterMs = 3000;

  static override styles = [widgetStyles, finderStyles];

  /** Search text. */
  query = '';
  /** Category filter (a category name from the catalogue). */
  category = '';
  /** Link template for "Book a visit"; `{service}` is replaced by the service id. */
  bookingUrl?: string;
  /** Keep `?q=` and `?layanan=` in the page URL. */
  syncUrl = false;

  private catalogue?: ServiceList;
  private loadError?: MppApiError;
  private stale = false;
  private slow = false;
  private agencyFilter = '';
  private shown = PAGE;
  private openId?: string;
  private detail?: ServiceDetail;
  private detailError?: MppApiError;
  private announcement = '';
  /** "Ambil antrean" was pressed and nothing on the page took it (see `book`). */
  private bookUntaken = false;

  private index?: SearchIndex;
  private byId = new Map<string, ServiceSummary>();
  private memo?: { key: string; byQuery: ServiceSummary[]; results: ServiceSummary[] };
  private loadAbort?: AbortController;
  private detailAbort?: AbortController;
  private slowTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private scrollBeforeOpen = 0;
  private pushedHistory = false;

  private get t() {
    return strings.in(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      const params = new URLSearchParams(location.search);
      this.query = params.get('q') ?? this.query;
      this.openId = params.get('layanan') ?? undefined;
      window.addEventListener('popstate', this.onPopState);
    }
    window.addEventListener('online', this.onOnline);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('online', this.onOnline);
    this.loadAbort?.abort();
    this.detailAbort?.abort();
    clearTimeout(this.slowTimer);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') && changed.get('apiBase') !== undefined) void this.load();
  }

  protected override apiConfigured(): void {
    super.apiConfigured();
    if (!this.catalogue) void this.load();
  }

  /** Loads (or revalidates) the catalogue; keeps what is shown while it does. */
  private async load(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.loadError = undefined;
    this.slow = false;
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => (this.slow = true), MppServiceFinder.slowAfterMs);
    try {
      const result = await listServices(client, { signal: abort.signal });
      this.setCatalogue(result.data);
      this.stale = result.stale;
      // A service opened from the page URL shows without taking focus from the page that just loaded.
      if (this.openId && !this.detail) void this.openService(this.openId, { restoring: true, focus: false });
    } catch (error) {
      if ((error as MppApiError).code !== 'aborted') this.loadError = error as MppApiError;
    } finally {
      if (this.loadAbort === abort) clearTimeout(this.slowTimer);
      this.slow = false;
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

  private readonly onPopState = () => {
    const id = new URLSearchParams(location.search).get('layanan') ?? undefined;
    this.pushedHistory = false;
    if (id && id !== this.openId) void this.openService(id, { restoring: true });
    else if (!id && this.openId) this.closeService({ fromHistory: true });
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
  private matching(): { byQuery: ServiceSummary[]; results: ServiceSummary[] } {
    const agency = this.agency || this.agencyFilter;
    const key = `${this.query}\u0000${this.category}\u0000${agency}`;
    if (this.memo?.key !== key) {
      const byQuery = queryTerms(this.query).length
        ? this.searchIndex.search(this.query).map((h) => this.byId.get(h.id)!)
        : this.catalogue!.items;
      const results = byQuery.filter(
        (s) => (!agency || s.agencyId === agency) && (!this.category || s.category === this.category),
      );
      this.memo = { key, byQuery, results };
    }
    return this.memo;
  }

  private onSearchInput(value: string): void {
    this.query = value;
    this.shown = PAGE;
    this.scheduleAnnouncement();
    if (this.syncUrl) this.replaceUrl();
  }

  /** The count is announced once typing pauses: a screen reader hears the result, not every keystroke. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      if (this.catalogue) this.announcement = this.t.count(this.matching().results.length);
    }, ANNOUNCE_AFTER_MS);
  }

  private replaceUrl(): void {
    const url = new URL(location.href);
    if (this.query) url.searchParams.set('q', this.query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }

  private async openService(id: string, opts: { restoring?: boolean; focus?: boolean } = {}): Promise<void> {
    const summary = this.catalogue?.items.find((s) => s.id === id);
    if (!summary || !this.client) return;
    if (!opts.restoring) this.scrollBeforeOpen = window.scrollY;
    this.openId = id;
    this.detail = undefined;
    this.detailError = undefined;
    this.bookUntaken = false;
    if (this.syncUrl && !opts.restoring) {
      const url = new URL(location.href);
      url.searchParams.set('layanan', id);
      history.pushState(null, '', url); // the URL says which service: Back and reload read it from there
      this.pushedHistory = true;
    }
    this.emit<ServiceEventDetail>('mpp-service-select', { serviceId: id, agencyId: summary.agencyId });
    this.detailAbort?.abort();
    const abort = (this.detailAbort = new AbortController());
    try {
      this.detail = await getService(this.client, id, { signal: abort.signal });
      await this.updateComplete;
      if (opts.focus !== false) this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
    } catch (error) {
      if ((error as MppApiError).code !== 'aborted') this.detailError = error as MppApiError;
    }
  }

  private closeService(opts: { fromHistory?: boolean } = {}): void {
    const id = this.openId;
    if (this.syncUrl && !opts.fromHistory) {
      if (this.pushedHistory) {
        // Going back through history keeps the browser's Back button and ours in step.
        history.back();
        return;
      }
      const url = new URL(location.href);
      url.searchParams.delete('layanan');
      history.replaceState(history.state, '', url);
    }
    this.detailAbort?.abort();
    this.openId = undefined;
    this.detail = undefined;
    this.detailError = undefined;
    void this.updateComplete.then(() => {
      window.scrollTo({ top: this.scrollBeforeOpen });
      this.renderRoot
        .querySelector<HTMLElement>(`[data-service="${CSS.escape(id ?? '')}"]`)
        ?.focus({ preventScroll: true });
    });
  }

  private book(service: ServiceDetail): void {
    // A booking element on the page (or the page itself) takes the visit by cancelling the event. When nothing
    // does, the resident hears so instead of pressing a button that does nothing.
    const untaken = this.emit<ServiceEventDetail>('mpp-service-book', {
      serviceId: service.id,
      agencyId: service.agencyId,
    });
    this.bookUntaken = untaken;
    if (untaken) this.announcement = this.t.bookUntaken;
  }

  private bookingHref(service: ServiceDetail): string | undefined {
    if (!this.bookingUrl) return undefined;
    return safeHref(this.bookingUrl.replaceAll('{service}', encodeURIComponent(service.id)));
  }

  override render(): TemplateResult {
    return html`
      <div class="finder" lang=${this.language}>
        ${this.openId ? this.renderDetail() : this.renderSearch()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  private renderState(): TemplateResult | undefined {
    const t = this.t;
    if (!this.client) return notice({ tone: 'error', title: t.loadErrorTitle, message: t.notConfigured });
    if (this.loadError && !this.catalogue) {
      return notice({
        tone: 'error',
        title: t.loadErrorTitle,
        message: errorMessage(this.loadError, this.language),
        action: { label: t.retry, onClick: () => void this.load() },
        live: 'assertive',
      });
    }
    if (!this.catalogue) {
      return html`${this.slow ? notice({ tone: 'info', title: t.slowTitle, message: t.slowBody, live: 'polite' }) : nothing}
      ${skeleton({ label: t.loading, rows: PAGE + 2, size: 'tall' })}`;
    }
    return undefined;
  }

  private renderSearch(): TemplateResult {
    const t = this.t;
    const level = this.headingLevelAt(0);
    const state = this.renderState();
    return html`
      ${heading(level, t.heading)}
      <div class="field search" part="search">
        <label class="field__label" for="search">${t.searchLabel}</label>
        <div class="field__hint" id="search-hint">${t.searchHint}</div>
        <input
          id="search"
          class="field__input"
          type="search"
          inputmode="search"
          .enterKeyHint=${'search'}
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          .value=${this.query}
          @input=${(e: Event) => this.onSearchInput((e.target as HTMLInputElement).value)}
        />
      </div>
      ${state ?? this.renderResults()}
    `;
  }

  private renderResults(): TemplateResult {
    const t = this.t;
    const list = this.catalogue!;
    const { byQuery, results } = this.matching();
    const agencyCounts = new Map<string, number>();
    const categoryCounts = new Map<string, number>();
    const agency = this.agency || this.agencyFilter;
    for (const s of byQuery) {
      if (!this.category || s.category === this.category)
        agencyCounts.set(s.agencyId, (agencyCounts.get(s.agencyId) ?? 0) + 1);
      if (!agency || s.agencyId === agency) categoryCounts.set(s.category, (categoryCounts.get(s.category) ?? 0) + 1);
    }
    const categories = [
      ...new Set(list.items.filter((s) => !this.agency || s.agencyId === this.agency).map((s) => s.category)),
    ].sort();
    const agencies = new Map(list.agencies.map((a) => [a.id, a]));
    const visible = results.slice(0, this.shown);
    return html`
      ${this.stale ? notice({ tone: 'warning', title: t.staleTitle, message: t.staleBody }) : nothing}
      <div class="filters" part="filters">
        ${
          this.agency
            ? nothing
            : html`<div class="field filter">
                <label class="field__label" for="agency">${t.agencyFilter}</label>
                <select
                  id="agency"
                  class="field__input"
                  @change=${(e: Event) => this.onFilter('agency', (e.target as HTMLSelectElement).value)}
                >
                  <option value="" ?selected=${!this.agencyFilter}>${t.allAgencies}</option>
                  ${list.agencies.map(
                    (a) =>
                      html`<option value=${a.id} ?selected=${this.agencyFilter === a.id}>
                        ${a.shortName} (${agencyCounts.get(a.id) ?? 0})
                      </option>`,
                  )}
                </select>
              </div>`
        }
        <div class="field filter">
          <label class="field__label" for="category">${t.categoryFilter}</label>
          <select
            id="category"
            class="field__input"
            @change=${(e: Event) => this.onFilter('category', (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!this.category}>${t.allCategories}</option>
            ${categories.map((c) => html`<option value=${c} ?selected=${this.category === c}>${c} (${categoryCounts.get(c) ?? 0})</option>`)}
          </select>
        </div>
      </div>
      <p class="count" aria-hidden="true">${t.count(results.length)}</p>
      ${
        results.length
          ? html`<ul class="results" part="results">
                ${visible.map((s) => this.renderResult(s, agencies.get(s.agencyId)?.shortName ?? ''))}
              </ul>
              ${
                results.length > this.shown
                  ? html`<button
                      type="button"
                      class="button button--secondary more"
                      @click=${() => (this.shown += PAGE)}
                    >
                      ${t.showMore(Math.min(PAGE, results.length - this.shown))}
                    </button>`
                  : nothing
              }`
          : this.renderEmpty()
      }
    `;
  }

  private renderResult(s: ServiceSummary, agencyName: string): TemplateResult {
    return html`<li class="result" part="result">
      <button type="button" class="result__open" data-service=${s.id} @click=${() => void this.openService(s.id)}>
        ${highlightRuns(s.name, this.query).map((run) => (run.match ? html`<mark>${run.text}</mark>` : run.text))}
      </button>
      <p class="result__meta">${agencyName} · ${formatCost(s.cost, this.language)} · ${s.duration.text}</p>
    </li>`;
  }

  private renderEmpty(): TemplateResult {
    const t = this.t;
    const agencies = this.catalogue!.agencies.filter((a) => !this.agency || a.id === this.agency);
    return html`
      ${notice({ tone: 'info', title: t.emptyTitle(this.query.trim()), message: t.emptyTry })}
      ${
        this.category || this.agencyFilter
          ? html`<p>
              <button type="button" class="link" @click=${() => this.clearFilters()}>${t.clearFilters}</button>
            </p>`
          : nothing
      }
      <p>${t.emptyContacts}</p>
      <ul class="contacts">
        ${agencies.map((a) => html`<li>${a.shortName}${a.contact.phone ? ` — ${a.contact.phone}` : ''}</li>`)}
      </ul>
    `;
  }

  private onFilter(which: 'agency' | 'category', value: string): void {
    if (which === 'agency') this.agencyFilter = value;
    else this.category = value;
    this.shown = PAGE;
    this.scheduleAnnouncement();
  }

  private clearFilters(): void {
    this.agencyFilter = '';
    this.category = '';
    this.scheduleAnnouncement();
  }

  private renderDetail(): TemplateResult {
    const t = this.t;
    const back = html`<button type="button" class="link back" @click=${() => this.closeService()}>← ${t.back}</button>`;
    if (this.detailError) {
      return html`${back}
      ${notice({
        tone: 'error',
        title: t.detailErrorTitle,
        message: errorMessage(this.detailError, this.language),
        action: { label: t.retry, onClick: () => void this.openService(this.openId!, { restoring: true }) },
        live: 'assertive',
      })}`;
    }
    if (!this.detail) return html`${back}${skeleton({ label: t.detailLoading, rows: 10 })}`;
    const service = this.detail;
    return html`${back}
    ${detailView({
      service,
      t,
      lang: this.language,
      level: this.headingLevelAt(0),
      bookingHref: this.bookingHref(service),
      onBook: () => this.book(service),
      bookUntaken: this.bookUntaken,
    })}`;
  }
}
