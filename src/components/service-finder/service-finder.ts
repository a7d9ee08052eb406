// The service finder element: wires the catalogue search (catalogue-search.ts) to the page, keeps the page URL
// (`sync-url`), focus and scroll in step with it, and draws the search, the results and the open service.
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ServiceDetail } from '../../api/types.js';
import { MppElement } from '../../core/base-element.js';
import { langText } from '../../core/content-lang.js';
import { resolveLang } from '../../core/i18n.js';
import { errorMessage, notConnected } from '../../core/messages.js';
import { safeHref } from '../../core/url.js';
import { heading } from '../../internal/ui/heading.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import { summaryListStyles } from '../../internal/ui/summary-list-styles.js';
import { widgetStyles } from '../../internal/ui/widget-styles.js';
import { CatalogueSearch, type CatalogueSearchHost } from './catalogue-search.js';
import { resultsView } from './results-view.js';
import { strings } from './strings.js';
import { finderStyles } from './styles.js';

export type { ServiceEventDetail } from './catalogue-search.js';

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
 * @attr booking-url - Link template for "Book a visit", e.g. `/antrean?layanan={service}`. Without it the button
 *   emits `mpp-service-book` for a booking element on the same page.
 * @attr sync-url - Keep the search text (`?q=`) and the open service (`?layanan=`) in the page URL, so they survive a
 *   reload and can be shared; the browser's Back button closes an open service.
 * @attr heading-level - Level of the widget's top heading, 1–6 (default 2).
 * @attr theme - `light` (default), `dark`, or `auto`.
 * @attr {'lazy' | 'eager'} loading - `lazy` (default): more than a screen below the viewport, the widget asks for its
 *   data only when the resident scrolls within a screen of it. `eager`: at once, wherever it is.
 *
 * @fires mpp-service-select - A service was opened. `detail: { serviceId, agencyId }`.
 * @fires mpp-service-book - "Book a visit" was chosen and no `booking-url` is set. `detail: { serviceId, agencyId }`.
 * @fires mpp-error - A request failed, or the widget cannot work on this page as set up: once per failure, besides what residents read. `detail: { code, retryable }` — the contract's problem code (`session_full`, `rate_limited`, `origin_not_allowed`, …) or the client's (`network_error`, `timeout`, `invalid_response`, `not_api`, `no_api_base`), and whether trying again may succeed. Never personal data; for a set-up only the webmaster can fix, the console says what to fix.
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
export class MppServiceFinder extends MppElement implements CatalogueSearchHost {
  static override properties: PropertyDeclarations = {
    query: {},
    category: {},
    bookingUrl: { attribute: 'booking-url' },
    syncUrl: { attribute: 'sync-url', type: Boolean },
  };

  /** Milliseconds of loading after which the widget says the network seems slow. */
  static slowAfterMs = 3000;

  static override styles = [widgetStyles, summaryListStyles, finderStyles];

  /** Search text. */
  query = '';
  /** Category filter (a category name from the catalogue). */
  category = '';
  /** Link template for "Book a visit"; `{service}` is replaced by the service id. */
  bookingUrl?: string;
  /** Keep `?q=` and `?layanan=` in the page URL. */
  syncUrl = false;

  /** The catalogue, the search and its filters, the open service. */
  private readonly search = new CatalogueSearch(this);
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
      this.search.openId = params.get('layanan') ?? undefined;
      window.addEventListener('popstate', this.onPopState);
    }
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') && changed.get('apiBase') !== undefined) void this.load();
    // The page switched language: the catalogue, and an open service, again in the new one.
    else if (changed.has('language') && this.search.catalogue && resolveLang(this) != this.search.lang)
      void this.load().then(() => this.search.reloadDetail());
  }

  protected override apiConfigured(): void {
    super.apiConfigured();
    if (!this.search.catalogue) void this.load();
  }

  /** Loads the catalogue; a service opened from the page URL then shows without taking focus from the page. */
  private async load(): Promise<void> {
    const search = this.search;
    await this.near();
    search.lang = resolveLang(this);
    await search.load();
    if (search.openId && !search.detail && search.catalogue)
      void this.openService(search.openId, { restoring: true, focus: false });
  }

  private readonly onPopState = () => {
    const id = new URLSearchParams(location.search).get('layanan') ?? undefined;
    const openId = this.search.openId;
    this.pushedHistory = false;
    if (id && id !== openId) void this.openService(id, { restoring: true });
    else if (!id && openId) this.closeService({ fromHistory: true });
  };

  private onSearchInput(value: string): void {
    this.search.search(value);
    if (this.syncUrl) {
      const url = new URL(location.href);
      if (value) url.searchParams.set('q', value);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
  }

  private async openService(id: string, opts: { restoring?: boolean; focus?: boolean } = {}): Promise<void> {
    if (!this.search.has(id) || !this.client) return;
    if (!opts.restoring) this.scrollBeforeOpen = window.scrollY;
    if (this.syncUrl && !opts.restoring) {
      const url = new URL(location.href);
      url.searchParams.set('layanan', id);
      history.pushState(null, '', url); // the URL says which service: Back and reload read it from there
      this.pushedHistory = true;
    }
    // The service's heading shows (and takes focus) at once, while its standard loads and if loading fails.
    const came = this.search.open(id);
    await this.updateComplete;
    if (opts.focus !== false) this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
    await came;
  }

  /** The next page of results; focus goes to the first new one, where the resident reads on. */
  private async showMore(): Promise<void> {
    const results = () => this.renderRoot.querySelectorAll<HTMLElement>('.result__open');
    const first = results().length;
    this.search.showMore();
    await this.updateComplete;
    results()[first]?.focus();
  }

  private closeService(opts: { fromHistory?: boolean } = {}): void {
    const id = this.search.openId;
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
    this.search.close();
    void this.updateComplete.then(() => {
      window.scrollTo({ top: this.scrollBeforeOpen });
      this.renderRoot
        .querySelector<HTMLElement>(`[data-service="${CSS.escape(id ?? '')}"]`)
        ?.focus({ preventScroll: true });
    });
  }

  private bookingHref(service: ServiceDetail): string | undefined {
    if (!this.bookingUrl) return undefined;
    return safeHref(this.bookingUrl.replaceAll('{service}', encodeURIComponent(service.id)));
  }

  override render(): TemplateResult {
    return html`
      <div class="finder" lang=${this.language}>
        ${this.search.openId ? this.renderDetail() : this.renderSearch()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.search.announcement}</div>
      </div>
    `;
  }

  private renderState(): TemplateResult | undefined {
    const t = this.t;
    const search = this.search;
    if (!this.client) return notice({ tone: 'error', title: t.loadErrorTitle, message: notConnected(this) });
    if (search.loadError && !search.catalogue) {
      return notice({
        tone: 'error',
        title: t.loadErrorTitle,
        message: errorMessage(search.loadError, this),
        action: { label: t.retry, onClick: () => void this.load() },
        live: 'assertive',
      });
    }
    if (!search.catalogue) {
      return html`${search.slow ? notice({ tone: 'info', title: t.slowTitle, message: t.slowBody, live: 'polite' }) : nothing}
      ${skeleton({ label: t.loading, rows: 3, size: 'tall' })}`;
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
      ${
        state ??
        resultsView({
          search: this.search,
          t,
          lang: this.language,
          query: this.query,
          category: this.category,
          agency: this.agency,
          onOpen: (id) => void this.openService(id),
          onMore: () => void this.showMore(),
        })
      }
    `;
  }

  private renderDetail(): TemplateResult {
    const t = this.t;
    const search = this.search;
    const service = search.detail;
    // One heading for loading, failure and the standard: focus stays on it from the choice to the answer.
    return html`<button type="button" class="link back" @click=${() => this.closeService()}>
        <span aria-hidden="true">←</span> ${t.back}
      </button>
      ${heading(this.headingLevelAt(0), langText(search.name(search.openId!), search.nameLang(this.language)), {
        id: 'detail-heading',
        focusable: true,
      })}
      ${
        search.detailError
          ? notice({
              tone: 'error',
              title: t.detailErrorTitle,
              message: errorMessage(search.detailError, this),
              action: { label: t.retry, onClick: () => void this.openService(search.openId!, { restoring: true }) },
              live: 'assertive',
            })
          : service && search.detailView
            ? search.detailView({
                service,
                t,
                lang: this.language,
                level: this.headingLevelAt(0),
                bookingHref: this.bookingHref(service),
                onBook: () => search.book(service),
                bookUntaken: search.bookUntaken,
              })
            : skeleton({ label: t.detailLoading, rows: 10 })
      }`;
  }
}
