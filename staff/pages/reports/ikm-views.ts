// The satisfaction index on the reports page (PermenPANRB 14/2017): the scope's own index (the whole MPP's for an
// account that sees every agency, else the agency's), each element's mean as bars (SVG, hidden from screen readers:
// the table says the same) for the scope or an agency chosen, the index per agency and service with the sample
// beside the population, the residents' suggestions to read (untrusted text, rendered as text), and the CSV download.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDate } from '../../../src/core/format.js';
import { IKM_GRADE_WORDS, SURVEY_ELEMENTS, type SurveyElement } from '../../../src/rules/index.js';
import { select } from '../../core/fields.js';
import type { IkmState, SatisfactionReport } from './reports-controller.js';

type Group = SatisfactionReport['groups'][number];
type Result = SatisfactionReport['overall'];
/** The whole MPP's line: every answer together, per element over all respondents (not a mean of agencies). */
const WHOLE_MPP = 'Seluruh MPP';

/** The regulation's element names (U1–U9). */
const ELEMENT_NAMES: Record<SurveyElement, string> = {
  requirements: 'U1 Persyaratan',
  procedure: 'U2 Sistem, mekanisme dan prosedur',
  time: 'U3 Waktu penyelesaian',
  cost: 'U4 Biaya/tarif',
  product: 'U5 Produk spesifikasi jenis pelayanan',
  competence: 'U6 Kompetensi pelaksana',
  conduct: 'U7 Perilaku pelaksana',
  complaints: 'U8 Penanganan pengaduan, saran dan masukan',
  facilities: 'U9 Sarana dan prasarana',
};

const decimal = (n: number | null) => (n === null ? '—' : n.toLocaleString('id-ID', { minimumFractionDigits: 2 }));

const grade = (g: Result) => (g.grade ? `${g.grade} (${IKM_GRADE_WORDS[g.grade]})` : '—');

/** Each element's mean (1–4) of one group, as bars with their value. */
function elementChart(g: Result, name: string): TemplateResult {
  const rowHeight = 22;
  const labelWidth = 250;
  const width = 480;
  const bar = (v: number | null) => ((width - labelWidth - 40) * (v ?? 0)) / 4;
  return html`<figure class="chart">
    <figcaption>Nilai rata-rata per unsur (1–4), ${name}. Angka yang sama ada di tabel di bawah.</figcaption>
    <svg aria-hidden="true" focusable="false" viewBox=${`0 0 ${width} ${9 * rowHeight}`} width="100%">
      ${SURVEY_ELEMENTS.map(
        (e, i) => svg`<g transform=${`translate(0 ${i * rowHeight})`}>
          <text x="0" y="15" class="chart__label">${ELEMENT_NAMES[e]}</text>
          <rect x=${labelWidth} y="4" height="14" width=${bar(g.elements[e])} class="chart__bookings"></rect>
          <text x=${labelWidth + bar(g.elements[e]) + 4} y="15" class="chart__value">${decimal(g.elements[e])}</text>
        </g>`,
      )}
    </svg>
  </figure>`;
}

function ikmTable(lines: { name: string; g: Result }[]): TemplateResult {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="ikm-caption">
    <table>
      <caption id="ikm-caption">
        Indeks Kepuasan Masyarakat per instansi dan layanan
      </caption>
      <thead>
        <tr>
          <th scope="col">Instansi / layanan</th>
          ${SURVEY_ELEMENTS.map((e) => html`<th scope="col" class="num">${ELEMENT_NAMES[e].slice(0, 2)}</th>`)}
          <th scope="col" class="num">IKM</th>
          <th scope="col">Mutu</th>
          <th scope="col" class="num">Responden</th>
          <th scope="col" class="num">Dilayani</th>
          <th scope="col" class="num">Sampel minimum</th>
        </tr>
      </thead>
      <tbody>
        ${lines.map(
          ({ name, g }) =>
            html`<tr>
              <th scope="row">${name}</th>
              ${SURVEY_ELEMENTS.map((e) => html`<td class="num">${decimal(g.elements[e])}</td>`)}
              <td class="num">${decimal(g.converted)}</td>
              <td>${grade(g)}</td>
              <td class="num">${g.respondents}</td>
              <td class="num">${g.population}</td>
              <td class="num">${g.minimumSample} ${g.sampleReached ? '(tercapai)' : '(belum tercapai)'}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * The section: heading, the scope's index, the chart of the scope or of the agency chosen (`chart`: '' is the scope),
 * the table (the whole MPP's line first when the scope is every agency), the suggestions and the CSV button.
 */
export function ikmSection(
  state: IkmState,
  o: {
    name: (g: Group) => string;
    agencyName: (id: string) => string;
    chart: string;
    onChart: (agencyId: string) => void;
    downloading: boolean;
    onDownload: () => void;
  },
): TemplateResult | typeof nothing {
  if (state.kind === 'idle') return nothing;
  const head = html`<h2 id="ikm-heading">Survei Kepuasan Masyarakat (IKM)</h2>`;
  if (state.kind === 'failed')
    return html`<section aria-labelledby="ikm-heading">
      ${head}
      <p class="notice notice--error" role="alert">${state.message}</p>
    </section>`;
  const r = state.report;
  // Every agency (an MPP administrator, a viewer of none): the whole MPP. One agency: that agency.
  const whole = r.agencyId === null;
  const scope = whole ? WHOLE_MPP : o.agencyName(r.agencyId!);
  const answered = r.groups.filter((g) => !g.serviceId && g.respondents > 0);
  const chosen = whole ? answered.find((g) => g.agencyId === o.chart) : undefined;
  const lines = [
    ...(whole ? [{ name: WHOLE_MPP, g: r.overall }] : []),
    ...r.groups.map((g) => ({ name: o.name(g), g })),
  ];
  return html`<section aria-labelledby="ikm-heading">
    ${head}
    <p>
      Dihitung menurut PermenPANRB 14/2017: rata-rata tiap unsur dari semua responden, bobot 1/9, dikali 25. Mutu A
      88,31–100 (sangat baik), B 76,61–88,30 (baik), C 65,00–76,60 (kurang baik), D 25,00–64,99 (tidak baik). Sampel
      minimum menurut tabel Krejcie–Morgan dari jumlah kunjungan yang dilayani.
    </p>
    ${
      r.overall.respondents
        ? html`<p class="ikm-overall">
              ${scope}: IKM <strong>${decimal(r.overall.converted)}</strong>, mutu ${grade(r.overall)},
              ${r.overall.respondents} responden.
            </p>
            ${
              whole
                ? select({
                    id: 'ikm-chart',
                    label: 'Grafik per unsur untuk',
                    value: chosen?.agencyId ?? '',
                    options: [
                      { value: '', label: WHOLE_MPP },
                      ...answered.map((g) => ({ value: g.agencyId, label: o.name(g) })),
                    ],
                    onChange: o.onChart,
                  })
                : nothing
            }
            ${chosen ? elementChart(chosen, o.name(chosen)) : elementChart(r.overall, scope)}`
        : html`<p>Belum ada jawaban survei pada rentang tanggal ini.</p>`
    }
    ${r.groups.length ? ikmTable(lines) : nothing}
    <h3>Saran dan masukan (${r.suggestions.length})</h3>
    ${
      r.suggestions.length
        ? html`<ul class="suggestions">
            ${r.suggestions.map((s) => html`<li><span class="suggestion__when">${formatDate(s.date, 'id')}</span> ${s.text}</li>`)}
          </ul>`
        : html`<p>Belum ada saran.</p>`
    }
    <button type="button" class="button button--secondary" ?disabled=${o.downloading} @click=${o.onDownload}>
      ${o.downloading ? 'Menyiapkan CSV…' : 'Unduh CSV IKM'}
    </button>
  </section>`;
}
