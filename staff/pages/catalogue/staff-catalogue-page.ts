// <staff-catalogue-page> (#/katalog): the catalogue as a spreadsheet. Export downloads the CSV (an agency
// administrator's agency, or all or one agency for an MPP administrator); import sends a CSV file, and either every
// row is applied or none is, with the rows that are wrong listed by row, column and message.
import { css, html, nothing } from 'lit';
import type { Agency, ImportRowError } from '../../../src/api/types.js';
import { CATALOGUE_COLUMNS } from '../../../src/rules/index.js';
import { notice } from '../../../src/internal/ui/notice.js';
import { errorSummary, focusSummary, problemMessage, type SummaryItem } from '../../core/errors.js';
import { fieldsStyles, select } from '../../core/fields.js';
import { pageStyles, StaffPage } from '../../core/page.js';
import { problemOf } from '../../core/staff-api.js';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'refused'; detail: string; rows: ImportRowError[] }
  | { kind: 'failed'; message: string }
  | { kind: 'applied'; created: string[]; updated: string[]; unchanged: string[] };

/** Text that was not UTF-8 reads with replacement characters: Excel's plain "CSV" in a Windows code page. */
const NOT_UTF8 = '\uFFFD';

export class StaffCataloguePage extends StaffPage {
  static override properties = {
    ...StaffPage.properties,
    agencies: { state: true },
    exportAgency: { state: true },
    file: { state: true },
    problems: { state: true },
    result: { state: true },
  };
  static override styles = [
    pageStyles,
    fieldsStyles,
    css`
      section {
        margin-bottom: 2.5em;
      }
      input[type='file'] {
        font: inherit;
        padding: 0.5em 0;
        max-width: 100%;
      }
      .report td:first-child,
      .report th:first-child {
        white-space: nowrap;
      }
      dl.columns dt {
        font-weight: 700;
        font-family: monospace;
        margin-top: 0.5em;
      }
      dl.columns dd {
        margin: 0 0 0 1em;
      }
    `,
  ];

  agencies: Agency[] = [];
  exportAgency = '';
  file: File | null = null;
  /** What stops the import before it is sent (no file chosen, not UTF-8). */
  problems: SummaryItem[] = [];
  result: ImportState = { kind: 'idle' };

  override connectedCallback() {
    super.connectedCallback();
    // Mounted again after a new sign-in (the session had ended), the page keeps its state: it loads once.
    if (this.loaded) return;
    this.loaded = true;
    if (this.account.role === 'mpp_admin')
      this.api.call('get', '/agencies').then(
        (list) => (this.agencies = list.items),
        () => undefined,
      );
  }

  private get exportHref() {
    const query = this.exportAgency ? `?agencyId=${encodeURIComponent(this.exportAgency)}` : '';
    return `${this.api.baseUrl}/staff/catalogue/export${query}`;
  }

  private async send(event: Event) {
    event.preventDefault();
    if (this.result.kind === 'sending') return;
    this.problems = [];
    if (!this.file) {
      this.problems = [{ field: 'file', message: 'Pilih berkas CSV yang akan diimpor.' }];
      return focusSummary(this);
    }
    const csv = await this.file.text();
    if (csv.includes(NOT_UTF8)) {
      this.problems = [
        {
          field: 'file',
          message: 'Berkas ini bukan UTF-8. Di Excel, simpan dengan Simpan Sebagai → "CSV UTF-8 (dipisahkan koma)".',
        },
      ];
      return focusSummary(this);
    }
    this.result = { kind: 'sending' };
    try {
      const answer = await this.api.call('post', '/staff/catalogue/import', { body: { csv } });
      this.result = { kind: 'applied', ...answer };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#import-result')?.focus();
    } catch (error) {
      const problem = problemOf(error);
      this.result = problem?.rows
        ? { kind: 'refused', detail: problem.detail ?? '', rows: problem.rows }
        : { kind: 'failed', message: problemMessage(error) };
      await focusSummary(this);
    }
  }

  private report() {
    const r = this.result;
    switch (r.kind) {
      case 'applied':
        // GOV.UK's success banner: an alert that takes focus. A polite region inserted with its text was not heard.
        return html`<div id="import-result" tabindex="-1" role="alert">
          ${notice({
            tone: 'success',
            title: 'Impor berhasil: semua baris diterapkan.',
            message: `${r.created.length} layanan baru, ${r.updated.length} diubah, ${r.unchanged.length} tidak berubah.`,
          })}
        </div>`;
      case 'refused':
        return html`<h2 part="heading">Laporan impor</h2>
          <div class="table-wrap">
            <table class="report">
              <caption class="visually-hidden">
                Kesalahan per baris
              </caption>
              <thead>
                <tr>
                  <th scope="col">Baris</th>
                  <th scope="col">Kolom</th>
                  <th scope="col">Kesalahan</th>
                </tr>
              </thead>
              <tbody>
                ${r.rows.map(
                  (e) =>
                    html`<tr>
                      <td>${e.row}</td>
                      <td>${e.column ? html`<code>${e.column}</code>` : '—'}</td>
                      <td>${e.message}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`;
      default:
        return nothing;
    }
  }

  private summary(): SummaryItem[] {
    const r = this.result;
    if (r.kind === 'refused')
      return [
        { message: `Impor ditolak. ${r.detail || 'Tidak ada yang diubah.'}` },
        { message: 'Perbaiki baris-baris di laporan di bawah, lalu impor lagi berkas yang sama.' },
      ];
    if (r.kind === 'failed') return [{ message: r.message }];
    return this.problems;
  }

  override render() {
    const all = this.account.role === 'mpp_admin';
    return html`
      ${errorSummary(this.shadowRoot!, this.summary(), 'Impor belum berhasil')}
      <h1 part="heading" tabindex="-1">Impor dan ekspor katalog</h1>
      <p>
        Katalog sebagai lembar kerja (CSV, UTF-8, dipisah koma): satu layanan per baris. Unduh, ubah di Excel atau
        LibreOffice, lalu impor kembali.
      </p>
      <section aria-labelledby="export-title">
        <h2 part="heading" id="export-title">Ekspor</h2>
        ${
          all
            ? select({
                id: 'export-agency',
                label: 'Layanan instansi',
                value: this.exportAgency,
                options: [
                  { value: '', label: 'Semua instansi' },
                  ...this.agencies.map((a) => ({ value: a.id, label: a.name })),
                ],
                onChange: (v) => (this.exportAgency = v),
              })
            : html`<p>Berisi semua layanan instansi Anda, terbit maupun draf.</p>`
        }
        <a class="button button--secondary" href=${this.exportHref} download>Unduh CSV</a>
      </section>
      <section aria-labelledby="import-title">
        <h2 part="heading" id="import-title">Impor</h2>
        <p>
          Setiap baris diperiksa. Bila ada satu saja yang salah, <strong>tidak ada yang diubah</strong> dan Anda
          mendapat daftar kesalahannya. Baris dengan id yang sudah ada mengganti layanan itu; id kosong membuat layanan
          baru.
        </p>
        <form novalidate @submit=${this.send}>
          <div class="field ${this.problems.length ? 'field--error' : ''}">
            <label class="field__label" for="file">Berkas CSV</label>
            <div class="field__hint" id="file-hint">Simpan dari Excel sebagai "CSV UTF-8 (dipisahkan koma)".</div>
            ${
              this.problems[0]
                ? html`<p class="field__error" id="file-error">
                    <span class="visually-hidden">Kesalahan:</span> ${this.problems[0].message}
                  </p>`
                : nothing
            }
            <input
              id="file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby=${this.problems.length ? 'file-hint file-error' : 'file-hint'}
              @change=${(e: Event) => {
                this.file = (e.target as HTMLInputElement).files?.[0] ?? null;
                this.result = { kind: 'idle' };
              }}
            />
          </div>
          <button class="button" type="submit" ?disabled=${this.result.kind === 'sending'}>
            ${this.result.kind === 'sending' ? 'Memeriksa…' : 'Periksa dan impor'}
          </button>
        </form>
        ${this.report()}
      </section>
      <section aria-labelledby="columns-title">
        <h2 part="heading" id="columns-title">Kolom berkas</h2>
        <dl class="columns">
          ${CATALOGUE_COLUMNS.map(
            (c) =>
              html`<dt>${c.header}</dt>
                <dd>${c.description}${c.required ? '' : ' (boleh kosong)'}</dd>`,
          )}
        </dl>
      </section>
    `;
  }
}

customElements.define('staff-catalogue-page', StaffCataloguePage);
