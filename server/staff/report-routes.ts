// Reports for the MPP's monthly evaluation: per day, agency and service over a date range, as JSON or CSV. Counted
// by the rules core (src/rules/reports.ts) from what every booking keeps after its personal data is erased.
import type { Context, Hono } from 'hono';
import type { components } from '../../src/api/mpp-api.js';
import {
  IKM_GRADE_WORDS,
  ikmGroups,
  ikmOverall,
  isCalendarDate,
  REPORT_MAX_DAYS,
  reportFigures,
  reportRows,
  servedLines,
  SURVEY_ELEMENTS,
  type VisitFact,
} from '../../src/rules/index.js';
import { csvHeaders, toCsv } from '../csv.js';
import { authorize } from './policy.js';
import type { StaffContext } from './routes.js';

type Report = components['schemas']['Report'];
type SatisfactionReport = components['schemas']['SatisfactionReport'];

/** The CSV's columns, in Bahasa Indonesia, as the MPP's staff read them in a spreadsheet. */
const CSV_HEADER = [
  'Tanggal',
  'ID instansi',
  'Instansi',
  'ID layanan',
  'Layanan',
  'Booking',
  'Dibatalkan',
  'Kunjungan (check-in)',
  'Dilayani',
  'Tidak datang',
  'Rata-rata tunggu (menit)',
  'Median tunggu (menit)',
];

/** The satisfaction report's CSV columns: the regulation's element names, as staff know them. */
const IKM_CSV_HEADER = [
  'ID instansi',
  'Instansi',
  'ID layanan',
  'Layanan',
  'Responden',
  'Populasi (kunjungan dilayani)',
  'Sampel minimum (Krejcie-Morgan)',
  'Sampel tercapai',
  'U1 Persyaratan',
  'U2 Sistem, mekanisme dan prosedur',
  'U3 Waktu penyelesaian',
  'U4 Biaya/tarif',
  'U5 Produk spesifikasi jenis pelayanan',
  'U6 Kompetensi pelaksana',
  'U7 Perilaku pelaksana',
  'U8 Penanganan pengaduan, saran dan masukan',
  'U9 Sarana dan prasarana',
  'Nilai indeks (1-4)',
  'IKM (25-100)',
  'Mutu',
  'Kinerja',
];

export function mountReports(api: Hono, d: StaffContext) {
  const { auth, catalogue, visits, surveys, clock, now, invalid } = d;

  const agencyName = (id: string) => catalogue.agencyById.get(id)?.name ?? id;
  const serviceName = (id: string) => {
    try {
      return catalogue.getService(id).name;
    } catch {
      return id;
    }
  };

  /** Who may see which agency, and the range asked: the same for both reports. */
  async function reportQuery(c: Context) {
    const p = await auth.principal(c);
    const from = c.req.query('from') ?? '';
    const to = c.req.query('to') ?? '';
    const format = c.req.query('format') ?? 'json';
    const asked = c.req.query('agencyId');
    // No agency asked: the caller's own, or every agency for an MPP administrator and a viewer of none.
    const agencyId = asked ?? (p.role === 'mpp_admin' || p.agencyId === null ? undefined : p.agencyId);
    authorize(p, 'reports', agencyId ?? null);
    if (!isCalendarDate(from)) invalid('from', 'Gunakan tanggal YYYY-MM-DD.');
    if (!isCalendarDate(to)) invalid('to', 'Gunakan tanggal YYYY-MM-DD.');
    const span = clock.daysBetween(from, to) + 1;
    if (span < 1) invalid('to', 'Tanggal akhir tidak boleh sebelum tanggal awal.');
    if (span > REPORT_MAX_DAYS) invalid('to', `Rentang paling lama ${REPORT_MAX_DAYS} hari.`);
    if (format !== 'json' && format !== 'csv') invalid('format', 'Format json atau csv.');
    return { from, to, format, agencyId, span };
  }

  api.get('/staff/reports', async (c) => {
    const { from, to, format, agencyId, span } = await reportQuery(c);
    const t = now();
    const today = clock.dateOf(t);
    const facts = await visits.visitFacts(from, to, agencyId);
    const rows = reportRows(facts, today).map((r) => ({
      ...r,
      agencyName: agencyName(r.agencyId),
      serviceName: serviceName(r.serviceId),
    }));

    if (format === 'csv') {
      const csv = toCsv(
        CSV_HEADER,
        rows.map((r) => [
          r.date,
          r.agencyId,
          r.agencyName,
          r.serviceId,
          r.serviceName,
          r.bookings,
          r.cancelled,
          r.visits,
          r.served,
          r.noShows,
          r.waitAverageMinutes,
          r.waitMedianMinutes,
        ]),
      );
      return c.body(csv, 200, csvHeaders(`laporan-mpp-${from}-${to}${agencyId ? `-${agencyId}` : ''}.csv`));
    }

    const byDate = new Map<string, VisitFact[]>();
    for (const f of facts) {
      const day = byDate.get(f.date);
      if (day) day.push(f);
      else byDate.set(f.date, [f]);
    }
    const days = Array.from({ length: span }, (_, i) => {
      const date = clock.addDays(from, i);
      return { date, ...reportFigures(byDate.get(date) ?? [], today) };
    });
    const report: Report = {
      from,
      to,
      agencyId: agencyId ?? null,
      rows,
      days,
      totals: reportFigures(facts, today),
      generatedAt: clock.isoLocal(t),
    };
    return c.json(report);
  });

  // The satisfaction index (PermenPANRB 14/2017) per agency and service, with the served visits beside it.
  api.get('/staff/reports/satisfaction', async (c) => {
    const { from, to, format, agencyId } = await reportQuery(c);
    const [answers, facts] = await Promise.all([
      surveys.answers(from, to, agencyId),
      visits.visitFacts(from, to, agencyId),
    ]);
    const served = servedLines(facts);
    const groups = ikmGroups(answers, served);
    // The scope's own index over every answer (the whole MPP's when no agency is asked), as the regulation has it.
    const overall = ikmOverall(answers, served);
    if (format === 'csv') {
      // Every agency: the whole MPP's line first. One agency: its own line already says it.
      const lines = agencyId ? groups : [{ ...overall, agencyId: '', serviceId: undefined }, ...groups];
      const csv = toCsv(
        IKM_CSV_HEADER,
        lines.map((g) => [
          g.agencyId,
          g.agencyId ? agencyName(g.agencyId) : 'Seluruh MPP',
          g.serviceId ?? '',
          g.serviceId ? serviceName(g.serviceId) : 'Semua layanan',
          g.respondents,
          g.population,
          g.minimumSample,
          g.sampleReached ? 'ya' : 'tidak',
          ...SURVEY_ELEMENTS.map((e) => g.elements[e]),
          g.index,
          g.converted,
          g.grade ?? '',
          g.grade ? IKM_GRADE_WORDS[g.grade] : '',
        ]),
      );
      return c.body(csv, 200, csvHeaders(`ikm-mpp-${from}-${to}${agencyId ? `-${agencyId}` : ''}.csv`));
    }
    const report: SatisfactionReport = {
      from,
      to,
      agencyId: agencyId ?? null,
      overall,
      groups,
      suggestions: answers
        .filter((a) => a.suggestion)
        .map((a) => ({ agencyId: a.agencyId, serviceId: a.serviceId, date: a.date, text: a.suggestion! })),
      generatedAt: clock.isoLocal(now()),
    };
    return c.json(report);
  });
}
