// The published satisfaction index element: wires its state (index-state.ts) to the page and draws it (views.ts).
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { MppElement } from '../../core/base-element.js';
import { errorMessage, notConnected } from '../../core/messages.js';
import { heading, subLevel } from '../../internal/ui/heading.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import { widgetStyles } from '../../internal/ui/widget-styles.js';
import { IndexState, type IndexHost } from './index-state.js';
import { strings } from './strings.js';
import { indexStyles } from './styles.js';
import { agencyTable, elementTable, lineSummary, periodName } from './views.js';

/**
 * The published satisfaction index (Indeks Kepuasan Masyarakat) that PermenPANRB 14/2017 has every service unit
 * publish: for a quarter or a year, the whole MPP's IKM (25–100) with its grade in words and the sample against the
 * Krejcie–Morgan minimum, each agency's in a table with a bar, and the nine elements' values. Aggregated only: a
 * group with too few respondents is shown as not published, and nothing of a person is ever shown or sent.
 *
 * @tagname mpp-satisfaction-index
 * @summary The published IKM per agency and for the whole MPP.
 *
 * @attr api-base - Base URL of the MPP API (else `configure()`, else the loading script's `data-api-base`).
 * @attr {'id' | 'en'} lang - `id` (default) or `en`; else the nearest `[lang]`, else `<html lang>`.
 * @attr agency - One agency's index and elements only (an agency id such as `disdukcapil`); every agency when absent.
 * @attr period - `2026-Q3` (a quarter) or `2026` (a year); the last complete quarter when absent.
 * @attr heading-level - Level of the element's heading, 1–6 (default 2).
 * @attr theme - `light` (default), `dark`, or `auto`.
 *
 * @fires mpp-error - The index cannot be loaded (once per failure). `detail: { code, retryable }`.
 *
 * @csspart heading - The element's heading.
 * @csspart summary - The index of the MPP (or the agency) as a summary list.
 * @csspart table - The agencies' table.
 * @csspart elements - The table of the nine elements.
 * @csspart notice - State messages (no answers yet, error).
 *
 * @cssprop --mpp-color-primary - Links and buttons.
 * @cssprop --mpp-font-family - Typeface.
 */
export class MppSatisfactionIndex extends MppElement implements IndexHost {
  static override properties: PropertyDeclarations = {
    period: { reflect: true },
  };

  static override styles = [widgetStyles, indexStyles];

  /** `2026-Q3` or `2026`; the last complete quarter when absent. */
  period?: string;

  private readonly state = new IndexState(this);

  private get t() {
    return strings.in(this.language);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Another period or API than the last request's: read again.
    if (changed.has('period') || changed.has('apiBase')) this.state.follow();
  }

  protected override apiConfigured(): void {
    void this.state.load();
  }

  override render(): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const level = this.headingLevelAt(0);
    if (!this.client) return notice({ tone: 'error', title: t.heading, message: notConnected(this) });
    const { phase, data, failure } = this.state;
    const body =
      phase === 'loading'
        ? skeleton({ label: t.loading, rows: 4 })
        : phase === 'error' || !data
          ? notice({
              tone: 'error',
              title: t.errorTitle,
              message: failure ? errorMessage(failure, this) : undefined,
              // The button goes with the failure: focus to the heading, where reading starts again.
              action: {
                label: t.retry,
                onClick: () => {
                  this.renderRoot.querySelector<HTMLElement>('#index-heading')!.focus();
                  void this.state.load();
                },
              },
              live: 'assertive',
            })
          : this.renderData();
    return html`<section lang=${lang} aria-labelledby="index-heading">
      ${heading(level, t.heading, { id: 'index-heading', focusable: true })}
      ${
        data && phase === 'ready'
          ? html`<p class="period">${periodName(data.period, t)}${data.complete ? nothing : html`. ${t.running}`}</p>`
          : nothing
      }
      ${body}
    </section>`;
  }

  private renderData(): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const data = this.state.data!;
    const one = this.agency ? data.agencies.find((a) => a.agencyId === this.agency) : undefined;
    const line = this.agency ? one : data.mpp;
    const name = this.agency ? (one?.agencyName ?? this.agency) : t.whole;
    const sub = subLevel(this.headingLevelAt(0));
    const anything = data.mpp.withheld || data.agencies.some((a) => a.respondents !== 0);
    if (!line || (!line.withheld && line.respondents === 0 && (this.agency || !anything)))
      return notice({ tone: 'info', title: t.noneTitle, message: t.noneBody });
    return html`${heading(sub, name)} ${lineSummary(line, t, lang, data.minRespondents)}
      ${this.agency ? nothing : agencyTable(data, t, lang, t.agency)}
      ${line.converted === null ? nothing : elementTable(line, t, lang, t.elementsHeading(name))}
      ${
        !this.agency && data.agencies.some((a) => a.withheld)
          ? html`<p class="hint">${t.withheldWhy(data.minRespondents)}</p>`
          : nothing
      }
      <p class="method">${t.method}</p>`;
  }
}
