// The finder's results: the agency and category filters with their counts, the count, one page of results with
// "show more", and what to do when nothing matches. A function of the search's state.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { costLang, langText, textLang } from '../../core/content-lang.js';
import { formatCost } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { highlightRuns } from '../../core/search.js';
import { notice } from '../../internal/ui/notice.js';
import { PAGE, type CatalogueSearch } from './catalogue-search.js';
import type { FinderStrings } from './strings.js';

export interface ResultsViewOptions {
  search: CatalogueSearch;
  t: FinderStrings;
  lang: Lang;
  query: string;
  category: string;
  /** The agency the page chose (its filter is then hidden). */
  agency?: string;
  onOpen: (serviceId: string) => void;
  /** "Show more" was chosen. */
  onMore: () => void;
}

export function resultsView(o: ResultsViewOptions): TemplateResult {
  const { search, t, category, agency: pageAgency } = o;
  const list = search.catalogue!;
  const { byQuery, results } = search.matching();
  const agencyCounts = new Map<string, number>();
  const categoryCounts = new Map<string, number>();
  const agency = pageAgency || search.agencyFilter;
  for (const s of byQuery) {
    if (!category || s.category === category) agencyCounts.set(s.agencyId, (agencyCounts.get(s.agencyId) ?? 0) + 1);
    if (!agency || s.agencyId === agency) categoryCounts.set(s.category, (categoryCounts.get(s.category) ?? 0) + 1);
  }
  const categories = [
    ...new Set(list.items.filter((s) => !pageAgency || s.agencyId === pageAgency).map((s) => s.category)),
  ].sort();
  const agencies = new Map(list.agencies.map((a) => [a.id, a]));
  // A category is in the language of the services that carry it.
  const categoryLang = (c: string) => {
    const s = list.items.find((i) => i.category === c);
    return textLang(o.lang, s, 'category');
  };
  return html`
    ${search.stale ? notice({ tone: 'warning', title: t.staleTitle, message: t.staleBody }) : nothing}
    <div class="filters" part="filters">
      ${
        pageAgency
          ? nothing
          : html`<div class="field filter">
              <label class="field__label" for="agency">${t.agencyFilter}</label>
              <select
                id="agency"
                class="field__input"
                @change=${(e: Event) => search.filter('agency', (e.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${!search.agencyFilter}>${t.allAgencies}</option>
                ${list.agencies.map(
                  (a) =>
                    html`<option value=${a.id} ?selected=${search.agencyFilter === a.id}>
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
          @change=${(e: Event) => search.filter('category', (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!category}>${t.allCategories}</option>
          ${categories.map(
            (c) =>
              html`<option value=${c} lang=${ifDefined(categoryLang(c))} ?selected=${category === c}>
                ${c} (${categoryCounts.get(c) ?? 0})
              </option>`,
          )}
        </select>
      </div>
    </div>
    <p class="count">${t.count(results.length)}</p>
    ${
      results.length
        ? html`<ul class="results" part="results">
              ${results.slice(0, search.shown).map(
                (s) =>
                  html`<li class="result" part="result">
                    <button
                      type="button"
                      class="result__open"
                      data-service=${s.id}
                      lang=${ifDefined(textLang(o.lang, s, 'name'))}
                      @click=${() => o.onOpen(s.id)}
                    >
                      ${highlightRuns(s.name, o.query).map((run) => (run.match ? html`<mark>${run.text}</mark>` : run.text))}
                    </button>
                    <p class="result__meta">
                      ${agencies.get(s.agencyId)?.shortName ?? ''} ·
                      ${langText(formatCost(s.cost, o.lang), costLang(s, o.lang))} ·
                      ${langText(s.duration.text, textLang(o.lang, s, 'duration'))}
                    </p>
                  </li>`,
              )}
            </ul>
            ${
              results.length > search.shown
                ? html`<button type="button" class="button button--secondary more" @click=${o.onMore}>
                    ${t.showMore(Math.min(PAGE, results.length - search.shown))}
                  </button>`
                : nothing
            }`
        : emptyView(o)
    }
  `;
}

/** Nothing matches: say so, offer to clear the filters, and name whom to ask. */
function emptyView({ search, t, query, category, agency }: ResultsViewOptions): TemplateResult {
  return html`
    ${notice({ tone: 'info', title: t.emptyTitle(query.trim()), message: t.emptyTry })}
    ${
      category || search.agencyFilter
        ? html`<p>
            <button type="button" class="link" @click=${() => search.clearFilters()}>${t.clearFilters}</button>
          </p>`
        : nothing
    }
    <p>${t.emptyContacts}</p>
    <ul class="contacts">
      ${search
        .catalogue!.agencies.filter((a) => !agency || a.id === agency)
        .map((a) => html`<li>${a.shortName}${a.contact.phone ? ` — ${a.contact.phone}` : ''}</li>`)}
    </ul>
  `;
}
