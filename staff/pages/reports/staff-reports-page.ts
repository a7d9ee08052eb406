// <staff-reports-page> (#/laporan): the monthly evaluation's figures over a date range, as a table, a chart and
// a CSV download. For viewers (their agency, or every agency when they have none), agency administrators (their
// agency) and MPP administrators (every agency): the server scopes every report itself.
import { css } from 'lit';
import { focusSummary } from '../../core/errors.js';
import { fieldsStyles } from '../../core/fields.js';
import { pageStyles, StaffPage } from '../../core/page.js';
import { ReportsController } from './reports-controller.js';
import { reportsPage } from './reports-views.js';

/** Saves a downloaded file the way a link with `download` does. */
function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export class StaffReportsPage extends StaffPage {
  static override styles = [
    pageStyles,
    fieldsStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5em;
        align-items: end;
      }
      .filters .field {
        flex: 0 1 14em;
      }
      .filters .actions {
        flex: 1 1 100%;
      }
      .totals {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
        gap: 0.75em;
        margin: 1em 0;
      }
      .totals div {
        border: 2px solid var(--_color-border);
        border-radius: var(--_radius);
        padding: 0.5em 0.75em;
      }
      .totals dt {
        font-size: 0.875em;
      }
      .totals dd {
        margin: 0;
        font-size: 1.5em;
        font-weight: 700;
      }
      .chart {
        margin: 1em 0;
        max-width: 48em;
      }
      .chart__bookings {
        fill: var(--_color-primary);
      }
      .chart__visits {
        fill: var(--_color-surface);
        stroke: var(--_color-primary);
        stroke-width: 2;
      }
      .chart__label,
      .chart__value {
        font-size: 12px;
        fill: var(--_color-text);
      }
      caption {
        text-align: start;
        font-weight: 700;
        padding-bottom: 0.5em;
      }
      .num {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .suggestions li + li {
        margin-top: 0.5em;
      }
      .suggestion__when {
        color: var(--_color-text-muted);
      }
      .notice {
        border-inline-start: 6px solid var(--_color-error);
        padding: 0.5em 0.75em;
      }
    `,
  ];

  private readonly reports = new ReportsController(this);

  override connectedCallback() {
    super.connectedCallback();
    void this.reports.loadAgencies();
    void this.show();
  }

  private async show(event?: Event) {
    event?.preventDefault();
    const shown = await this.reports.show();
    if (!event) return;
    if (!shown && this.reports.summary.length) return focusSummary(this);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
  }

  override render() {
    const c = this.reports;
    return reportsPage(
      c,
      {
        onFrom: (v) => ((c.from = v.trim()), this.requestUpdate()),
        onTo: (v) => ((c.to = v.trim()), this.requestUpdate()),
        onAgency: (v) => ((c.agencyId = v), this.requestUpdate()),
        onShow: (e) => void this.show(e),
        onDownload: () => void c.download(saveFile),
        onDownloadIkm: () => void c.download(saveFile, '/staff/reports/satisfaction'),
        onIkmChart: (v) => ((c.ikmChart = v), this.requestUpdate()),
      },
      this.shadowRoot!,
    );
  }
}

customElements.define('staff-reports-page', StaffReportsPage);
