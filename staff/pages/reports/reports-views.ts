// The reports page's views: the filters (GOV.UK fields, error summary), the totals, a bar chart of each day (SVG,
// hidden from screen readers: the table below says the same in numbers), the table, and the CSV download.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDate } from '../../../src/core/format.js';
import { errorSummary } from '../../core/errors.js';
import { select, textInput } from '../../core/fields.js';
import { ikmSection } from './ikm-views.js';
import type { Report, ReportsController } from './reports-controller.js';

type Figures = Report['totals'];

export interface ReportsHandlers {
  onFrom: (v: string) => void;
  onTo: (v: string) => void;
  onAgency: (v: string) => void;
  onShow: (event: Event) => void;
  onDownload: () => void;
  onDownloadIkm: () => void;
  /** The agency whose elements the IKM chart shows ('' the whole scope). */
  onIkmChart: (agencyId: string) => void;
}

const minutes = (n: number | null) => (n === null ? '—' : `${n} menit`);
const day = (date: string) => formatDate(date, 'id');

function filters(c: ReportsController, h: ReportsHandlers, root: ShadowRoot): TemplateResult {
  return html`
    ${errorSummary(root, c.summary)}
    <form class="filters" novalidate @submit=${h.onShow}>
      ${textInput({
        id: 'from',
        label: 'Dari tanggal',
        hint: 'Format TTTT-BB-HH, misalnya 2026-12-01.',
        error: c.errors.from,
        value: c.from,
        width: 'medium',
        onInput: h.onFrom,
      })}
      ${textInput({
        id: 'to',
        label: 'Sampai tanggal',
        hint: 'Paling lama satu tahun dari tanggal awal.',
        error: c.errors.to,
        value: c.to,
        width: 'medium',
        onInput: h.onTo,
      })}
      ${
        c.choosesAgency
          ? select({
              id: 'agency',
              label: 'Instansi',
              error: c.errors.agencyId,
              value: c.agencyId,
              options: [
                { value: '', label: 'Semua instansi' },
                ...c.agencies.map((a) => ({ value: a.id, label: a.name })),
              ],
              onChange: h.onAgency,
            })
          : nothing
      }
      <div class="actions">
        <button type="submit" class="button">Tampilkan laporan</button>
        <button type="button" class="button button--secondary" ?disabled=${c.downloading} @click=${h.onDownload}>
          ${c.downloading ? 'Menyiapkan CSV…' : 'Unduh CSV'}
        </button>
      </div>
      ${c.downloadError ? html`<p class="notice notice--error" role="alert">${c.downloadError}</p>` : nothing}
    </form>
  `;
}

function totals(t: Figures): TemplateResult {
  const item = (label: string, value: string | number) =>
    html`<div>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<dl class="totals">
    ${item('Booking', t.bookings)} ${item('Kunjungan', t.visits)} ${item('Dilayani', t.served)}
    ${item('Tidak datang', t.noShows)} ${item('Dibatalkan', t.cancelled)}
    ${item('Rata-rata tunggu', minutes(t.waitAverageMinutes))}
  </dl>`;
}

/**
 * Bookings and visits of each day as bars. Each bar carries its number, and the two series differ by fill (solid,
 * outlined) as well as colour. Hidden from screen readers: the table is the chart's text.
 */
function chart(days: Report['days']): TemplateResult {
  const max = Math.max(1, ...days.map((d) => d.bookings));
  const rowHeight = 34;
  const labelWidth = 90;
  const width = 400;
  const bar = (value: number) => ((width - labelWidth - 40) * value) / max;
  return html`<figure class="chart">
    <figcaption>
      Booking (batang penuh) dan kunjungan (batang bergaris tepi) per hari. Angka yang sama ada di tabel di bawah.
    </figcaption>
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox=${`0 0 ${width} ${days.length * rowHeight}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      ${days.map(
        (d, i) => svg`<g transform=${`translate(0 ${i * rowHeight})`}>
          <text x="0" y="20" class="chart__label">${d.date.slice(5)}</text>
          <rect x=${labelWidth} y="4" height="12" width=${bar(d.bookings)} class="chart__bookings"></rect>
          <text x=${labelWidth + bar(d.bookings) + 4} y="15" class="chart__value">${d.bookings}</text>
          <rect x=${labelWidth} y="18" height="12" width=${bar(d.visits)} class="chart__visits"></rect>
          <text x=${labelWidth + bar(d.visits) + 4} y="29" class="chart__value">${d.visits}</text>
        </g>`,
      )}
    </svg>
  </figure>`;
}

function table(report: Report): TemplateResult {
  const t = report.totals;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
    <table>
      <caption id="table-caption">
        Rincian per hari, instansi dan layanan
      </caption>
      <thead>
        <tr>
          <th scope="col">Tanggal</th>
          <th scope="col">Instansi</th>
          <th scope="col">Layanan</th>
          <th scope="col" class="num">Booking</th>
          <th scope="col" class="num">Dibatalkan</th>
          <th scope="col" class="num">Kunjungan</th>
          <th scope="col" class="num">Dilayani</th>
          <th scope="col" class="num">Tidak datang</th>
          <th scope="col" class="num">Rata-rata tunggu</th>
          <th scope="col" class="num">Median tunggu</th>
        </tr>
      </thead>
      <tbody>
        ${report.rows.map(
          (r) =>
            html`<tr>
              <td>${day(r.date)}</td>
              <td>${r.agencyName}</td>
              <td>${r.serviceName}</td>
              <td class="num">${r.bookings}</td>
              <td class="num">${r.cancelled}</td>
              <td class="num">${r.visits}</td>
              <td class="num">${r.served}</td>
              <td class="num">${r.noShows}</td>
              <td class="num">${minutes(r.waitAverageMinutes)}</td>
              <td class="num">${minutes(r.waitMedianMinutes)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colspan="3">Jumlah</th>
          <td class="num">${t.bookings}</td>
          <td class="num">${t.cancelled}</td>
          <td class="num">${t.visits}</td>
          <td class="num">${t.served}</td>
          <td class="num">${t.noShows}</td>
          <td class="num">${minutes(t.waitAverageMinutes)}</td>
          <td class="num">${minutes(t.waitMedianMinutes)}</td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}

function result(c: ReportsController): TemplateResult | typeof nothing {
  const s = c.state;
  if (s.kind === 'idle') return nothing;
  if (s.kind === 'loading') return html`<p role="status">Memuat laporan…</p>`;
  if (s.kind === 'failed') return html`<p class="notice notice--error" role="alert">${s.message}</p>`;
  const r = s.report;
  return html`<section id="report" aria-labelledby="result-heading">
    <h2 id="result-heading" tabindex="-1">Laporan ${day(r.from)} sampai ${day(r.to)}</h2>
    ${
      r.rows.length
        ? html`${totals(r.totals)} ${chart(r.days)} ${table(r)}`
        : html`<p>Tidak ada booking pada rentang tanggal ini.</p>`
    }
  </section>`;
}

export function reportsPage(c: ReportsController, h: ReportsHandlers, root: ShadowRoot): TemplateResult {
  const agencyName = (id: string) => c.agencies.find((a) => a.id === id)?.name ?? id;
  return html`
    <h1 part="heading" tabindex="-1">Laporan</h1>
    <p>
      Booking, kunjungan, pengunjung yang tidak datang dan waktu tunggu (dari check-in sampai dipanggil), per hari,
      instansi dan layanan — untuk evaluasi bulanan.
    </p>
    ${filters(c, h, root)} ${result(c)}
    ${ikmSection(c.ikm, {
      name: (g) => (g.serviceId ? `${agencyName(g.agencyId)} — ${g.serviceId}` : agencyName(g.agencyId)),
      agencyName,
      chart: c.ikmChart,
      onChart: h.onIkmChart,
      downloading: c.downloading,
      onDownload: h.onDownloadIkm,
    })}
  `;
}
