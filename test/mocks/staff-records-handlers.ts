/**
 * MSW handlers of the staff side's records, for the reports and personal-data pages' tests and stories: the report
 * counted by the rules core (src/rules/reports.ts) from the facts given, as JSON or CSV, scoped as the server scopes
 * it; and one person's bookings found by NIK and name or phone, exported or erased. Writes follow the CSRF rule.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { components } from '../../src/api/mpp-api.js';
import {
  IKM_GRADE_WORDS,
  ikmGroups,
  ikmOverall,
  SURVEY_ELEMENTS,
  toCsv,
  type SurveyFact,
  isCalendarDate,
  makeClock,
  REPORT_MAX_DAYS,
  reportFigures,
  reportRows,
  type VisitFact,
} from '../../src/rules/index.js';
import { agencies, services } from './fixtures.js';
import { problem } from './problem.js';
import { csrfRefusal } from './staff-handlers.js';

type PersonBooking = components['schemas']['PersonData']['items'][number];
const clock = makeClock();

/** A month of facts at two agencies: served, absent, cancelled and never came, with waits of 5 to 25 minutes. */
export function sampleFacts(from = '2026-12-01', days = 5): VisitFact[] {
  const facts: VisitFact[] = [];
  const plan: [string, string, number][] = [
    ['kpp', 'kpp-permintaan-kode-otorisasi-efin', 4],
    ['disdukcapil', 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru', 6],
  ];
  for (let d = 0; d < days; d++) {
    const date = clock.addDays(from, d);
    for (const [agencyId, serviceId, n] of plan)
      for (let i = 0; i < n + d; i++) {
        const status = (['done', 'done', 'no_show', 'cancelled', 'expired'] as const)[i % 5];
        const came = status === 'done' || status === 'no_show';
        facts.push({
          date,
          agencyId,
          serviceId,
          status,
          checkedInAt: came ? `${date}T08:00:00+07:00` : null,
          calledAt: came ? `${date}T08:${String(5 + (i % 5) * 5).padStart(2, '0')}:00+07:00` : null,
        });
      }
  }
  return facts;
}

/** The NIK of the one person the privacy page's tests and stories look up. */
export const PERSON_NIK = '2172015509900007';

/** One of that person's bookings at the tax office, on `date`. */
export const personBooking = (code: string, date: string, status: 'booked' | 'done'): PersonBooking => ({
  code,
  status,
  serviceId: 'kpp-permintaan-kode-otorisasi-efin',
  serviceName: 'Permintaan Kode Otorisasi EFIN',
  agencyId: 'kpp',
  date,
  sessionStart: `${date}T08:00:00+07:00`,
  name: 'Dewi Lestari',
  phone: '+6281311112222',
  email: null,
  createdAt: `${date}T07:00:00+07:00`,
  checkedInAt: null,
  calledAt: null,
});

/** The person with two bookings, one served and one to come, as `staffRecordsMock({ people })` takes them. */
export const personWithTwoBookings = () =>
  new Map([
    [
      PERSON_NIK,
      [personBooking('RSV-7KQ2M9XA', '2026-11-02', 'done'), personBooking('RSV-8PQ3N4XB', '2026-12-08', 'booked')],
    ],
  ]);

export interface RecordsMock {
  handlers: HttpHandler[];
  /** The queries the report was asked with, for assertions (never a NIK: that goes in bodies). */
  reportQueries: URLSearchParams[];
  /** The person's bookings the mock holds, by NIK. */
  people: Map<string, PersonBooking[]>;
}

const nameOf = (id: string, list: { id: string; name: string }[]) => list.find((x) => x.id === id)?.name ?? id;

export function staffRecordsMock({
  base,
  facts = sampleFacts(),
  today = '2026-12-07',
  /** The signed-in account's agency: null sees every agency. */
  agencyId = null as string | null,
  people = new Map<string, PersonBooking[]>(),
  surveys = sampleSurveys(),
}: {
  base: string;
  facts?: VisitFact[];
  today?: string;
  agencyId?: string | null;
  people?: Map<string, PersonBooking[]>;
  /** The satisfaction survey's answers (anonymous), with a suggestion or not. */
  surveys?: (SurveyFact & { suggestion?: string })[];
}): RecordsMock {
  const reportQueries: URLSearchParams[] = [];
  const matches = (b: PersonBooking, body: { name?: string; phone?: string }) =>
    (body.name !== undefined && b.name.toLowerCase() === body.name.trim().toLowerCase()) ||
    (body.phone !== undefined && b.phone.replace(/\D/g, '').endsWith(body.phone.replace(/\D/g, '').replace(/^0/, '')));

  const handlers: HttpHandler[] = [
    // The satisfaction index, computed by the rules core as the server computes it (src/rules/survey.ts).
    http.get(`${base}/staff/reports/satisfaction`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const from = query.get('from') ?? '';
      const to = query.get('to') ?? '';
      const asked = query.get('agencyId') ?? undefined;
      if (asked && agencyId && asked !== agencyId) return problem(403, 'forbidden');
      const scope = asked ?? agencyId ?? undefined;
      const within = (f: { date: string; agencyId: string }) =>
        f.date >= from && f.date <= to && (!scope || f.agencyId === scope);
      const answers = surveys.filter(within);
      const served = facts
        .filter((f) => within(f) && f.status === 'done')
        .map((f) => ({ agencyId: f.agencyId, serviceId: f.serviceId, served: 1 }));
      const groups = ikmGroups(answers, served);
      const overall = ikmOverall(answers, served);
      if (query.get('format') === 'csv') {
        // A few of the server's columns (server/staff/report-routes.ts), the whole MPP's line first when unscoped.
        const lines = scope ? groups : [{ ...overall, agencyId: '', serviceId: undefined }, ...groups];
        const csv = toCsv([
          ['ID instansi', 'Instansi', 'ID layanan', 'Layanan', 'Responden', 'IKM (25-100)', 'Mutu', 'Kinerja'],
          ...lines.map((g) => [
            g.agencyId,
            g.agencyId ? nameOf(g.agencyId, agencies) : 'Seluruh MPP',
            g.serviceId ?? '',
            g.serviceId ? nameOf(g.serviceId, services) : 'Semua layanan',
            String(g.respondents),
            g.converted === null ? '' : String(g.converted),
            g.grade ?? '',
            g.grade ? IKM_GRADE_WORDS[g.grade] : '',
          ]),
        ]);
        return new HttpResponse(csv, {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="ikm-mpp-${from}-${to}${scope ? `-${scope}` : ''}.csv"`,
          },
        });
      }
      const report: components['schemas']['SatisfactionReport'] = {
        from,
        to,
        agencyId: scope ?? null,
        overall,
        groups,
        suggestions: answers
          .filter((a) => a.suggestion)
          .map((a) => ({ agencyId: a.agencyId, serviceId: a.serviceId, date: a.date, text: a.suggestion! })),
        generatedAt: `${today}T10:00:00+07:00`,
      };
      return HttpResponse.json(report);
    }),
    http.get(`${base}/staff/reports`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      reportQueries.push(query);
      const from = query.get('from') ?? '';
      const to = query.get('to') ?? '';
      const asked = query.get('agencyId') ?? undefined;
      if (asked && agencyId && asked !== agencyId) return problem(403, 'forbidden');
      const errors = [];
      if (!isCalendarDate(from)) errors.push({ field: 'from', code: 'format', message: 'Gunakan tanggal YYYY-MM-DD.' });
      if (!isCalendarDate(to)) errors.push({ field: 'to', code: 'format', message: 'Gunakan tanggal YYYY-MM-DD.' });
      else if (isCalendarDate(from) && clock.daysBetween(from, to) + 1 > REPORT_MAX_DAYS)
        errors.push({ field: 'to', code: 'not_allowed', message: `Rentang paling lama ${REPORT_MAX_DAYS} hari.` });
      if (errors.length) return problem(422, 'validation_failed', { errors });
      const scope = asked ?? agencyId ?? undefined;
      const chosen = facts.filter((f) => f.date >= from && f.date <= to && (!scope || f.agencyId === scope));
      const rows = reportRows(chosen, today).map((r) => ({
        ...r,
        agencyName: nameOf(r.agencyId, agencies),
        serviceName: nameOf(r.serviceId, services),
      }));
      if (query.get('format') === 'csv')
        return new HttpResponse(
          `\uFEFFTanggal,Booking\r\n${rows.map((r) => `${r.date},${r.bookings}`).join('\r\n')}\r\n`,
          {
            headers: {
              'Content-Type': 'text/csv; charset=utf-8',
              'Content-Disposition': `attachment; filename="laporan-mpp-${from}-${to}.csv"`,
            },
          },
        );
      const span = clock.daysBetween(from, to) + 1;
      const report: components['schemas']['Report'] = {
        from,
        to,
        agencyId: scope ?? null,
        rows,
        days: Array.from({ length: span }, (_, i) => {
          const date = clock.addDays(from, i);
          return {
            date,
            ...reportFigures(
              chosen.filter((f) => f.date === date),
              today,
            ),
          };
        }),
        totals: reportFigures(chosen, today),
        generatedAt: `${today}T09:00:00+07:00`,
      };
      return HttpResponse.json(report);
    }),
    http.post<never, { nik: string; name?: string; phone?: string; format?: string }>(
      `${base}/staff/privacy/export`,
      async ({ request }) => {
        const refused = csrfRefusal(request);
        if (refused) return refused;
        const body = await request.json();
        if (body.name === undefined && body.phone === undefined)
          return problem(422, 'validation_failed', {
            errors: [{ field: 'name', code: 'required', message: 'Isi nama atau nomor HP.' }],
          });
        const items = (people.get(body.nik) ?? []).filter((b) => matches(b, body));
        if (body.format === 'csv')
          return new HttpResponse(`\uFEFFKode booking\r\n${items.map((b) => b.code).join('\r\n')}\r\n`, {
            headers: { 'Content-Type': 'text/csv; charset=utf-8' },
          });
        return HttpResponse.json({ items });
      },
    ),
    http.post<never, { nik: string; name?: string; phone?: string }>(
      `${base}/staff/privacy/erase`,
      async ({ request }) => {
        const refused = csrfRefusal(request);
        if (refused) return refused;
        const body = await request.json();
        const all = people.get(body.nik) ?? [];
        const mine = all.filter((b) => matches(b, body));
        people.set(
          body.nik,
          all.filter((b) => !mine.includes(b)),
        );
        return HttpResponse.json({ erased: mine.length, codes: mine.map((b) => b.code) });
      },
    ),
  ];
  return { handlers, reportQueries, people };
}

/** Two answers for the first served visits of the sample facts: by hand, IKM (31 + 26) ÷ 2 ÷ 9 × 25 = 79.17, B. */
export function sampleSurveys(): (SurveyFact & { suggestion?: string })[] {
  const served = sampleFacts().filter((f) => f.status === 'done');
  const scores = (v: number[]) => Object.fromEntries(SURVEY_ELEMENTS.map((e, i) => [e, v[i]])) as SurveyFact['scores'];
  return served.slice(0, 2).map((f, i) => ({
    agencyId: f.agencyId,
    serviceId: f.serviceId,
    date: f.date,
    scores: scores(i ? [3, 3, 3, 3, 3, 3, 3, 3, 2] : [4, 3, 3, 4, 3, 4, 4, 3, 3]),
    ...(i ? {} : { suggestion: 'Kursi ruang tunggu ditambah.' }),
  }));
}
