// The reports page's state: the filters (a date range, an agency when the account may see several), the report
// (loading, failed, loaded) and the CSV download. Views are functions of this state (reports-views.ts).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { components } from '../../../src/api/mpp-api.js';
import type { Agency } from '../../../src/api/types.js';
import { isCalendarDate, makeClock, WIB_OFFSET_MINUTES } from '../../../src/rules/index.js';
import { fieldMessages, problemMessage, type SummaryItem } from '../../core/errors.js';
import type { StaffAccount } from '../../core/roles.js';
import type { StaffApi } from '../../core/staff-api.js';

export type Report = components['schemas']['Report'];
export type SatisfactionReport = components['schemas']['SatisfactionReport'];
/** The satisfaction index beside the report: shown when it came, a line saying so when it did not. */
export type IkmState =
  { kind: 'idle' } | { kind: 'failed'; message: string } | { kind: 'loaded'; report: SatisfactionReport };
export type ReportState =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; report: Report };

const clock = makeClock(WIB_OFFSET_MINUTES);
const FIELD_ORDER = ['from', 'to', 'agency'];

export class ReportsController implements ReactiveController {
  /** From the first day of this month to today, in the MPP's calendar. */
  from: string;
  to: string;
  /** '' is every agency the account may see. */
  agencyId = '';
  agencies: Agency[] = [];
  state: ReportState = { kind: 'idle' };
  errors: Record<string, string> = {};
  downloading = false;
  downloadError = '';
  ikm: IkmState = { kind: 'idle' };
  /** The agency whose elements the IKM chart shows; '' is the report's scope (the whole MPP, or the agency). */
  ikmChart = '';

  constructor(
    private readonly host: ReactiveControllerHost & { api: StaffApi; account: StaffAccount },
    now = Date.now(),
  ) {
    host.addController(this);
    this.to = clock.dateOf(now);
    this.from = `${this.to.slice(0, 8)}01`;
  }

  hostConnected() {}

  /** Whether the account sees several agencies (and so chooses one or all). */
  get choosesAgency(): boolean {
    return this.host.account.role === 'mpp_admin' || this.host.account.agencyId === null;
  }

  /** The agencies, to choose among and to name the IKM's lines (an agency administrator's too). */
  async loadAgencies(): Promise<void> {
    try {
      this.agencies = (await this.host.api.call('get', '/agencies')).items;
    } catch {
      // Without the list the report still covers every agency the account may see.
      this.agencies = [];
    }
    this.host.requestUpdate();
  }

  /** The errors as the summary lists them, in the form's order. */
  get summary(): SummaryItem[] {
    return Object.entries(this.errors)
      .sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b))
      .map(([field, message]) => ({ field, message }));
  }

  private query(format: 'json' | 'csv') {
    return { from: this.from, to: this.to, format, ...(this.agencyId ? { agencyId: this.agencyId } : {}) };
  }

  private check(): boolean {
    this.errors = {};
    if (!isCalendarDate(this.from)) this.errors.from = 'Isi tanggal awal, misalnya 2026-12-01.';
    if (!isCalendarDate(this.to)) this.errors.to = 'Isi tanggal akhir, misalnya 2026-12-31.';
    else if (!this.errors.from && this.to < this.from)
      this.errors.to = 'Tanggal akhir tidak boleh sebelum tanggal awal.';
    return !Object.keys(this.errors).length;
  }

  /** Reads the report for the filters; answers whether it came. */
  async show(): Promise<boolean> {
    if (!this.check()) {
      this.host.requestUpdate();
      return false;
    }
    this.state = { kind: 'loading' };
    this.host.requestUpdate();
    this.ikm = { kind: 'idle' };
    // The satisfaction index (PermenPANRB 14/2017) for the same range and agency, read beside the report.
    const ikm = this.host.api.call('get', '/staff/reports/satisfaction', { query: this.query('json') }).then(
      (report) => (this.ikm = { kind: 'loaded', report: report as SatisfactionReport }),
      (error) => (this.ikm = { kind: 'failed', message: problemMessage(error) }),
    );
    try {
      const report = await this.host.api.call('get', '/staff/reports', { query: this.query('json') });
      await ikm;
      this.state = { kind: 'loaded', report: report as Report };
      return true;
    } catch (error) {
      const fields = fieldMessages(error);
      if (Object.keys(fields).length) {
        this.errors = fields;
        this.state = { kind: 'idle' };
      } else this.state = { kind: 'failed', message: problemMessage(error) };
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }

  /** Downloads the report as CSV (the server writes it; the browser saves it under the server's name). */
  async download(
    save: (blob: Blob, filename: string) => void,
    path: '/staff/reports' | '/staff/reports/satisfaction' = '/staff/reports',
  ): Promise<void> {
    if (!this.check()) return this.host.requestUpdate();
    this.downloading = true;
    this.downloadError = '';
    this.host.requestUpdate();
    try {
      const response = await this.host.api.send('get', path, { query: this.query('csv') });
      const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
      const fallback = path === '/staff/reports' ? 'laporan-mpp' : 'ikm-mpp';
      save(await response.blob(), name ?? `${fallback}-${this.from}-${this.to}.csv`);
    } catch (error) {
      this.downloadError = problemMessage(error);
    } finally {
      this.downloading = false;
      this.host.requestUpdate();
    }
  }
}
