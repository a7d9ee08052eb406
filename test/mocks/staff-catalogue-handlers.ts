/**
 * MSW handlers of the catalogue's staff operations over an in-memory catalogue (the Tanjungpinang one, every
 * service published at revision 1), for the staff pages' unit tests and stories. They check what the server checks
 * with the same rules core (`serviceProblems`, `readCatalogueCsv`), the CSRF rule and the agency of the caller.
 */
import { delay, http, HttpResponse, type HttpHandler, type PathParams } from 'msw';
import catalogue from '../../data/catalogue.json';
import type { Agency, ImportRowError, ServiceStandard, StaffService } from '../../src/api/types.js';
import {
  catalogueToCsv,
  normalizeService,
  readCatalogueCsv,
  serviceIdFor,
  serviceProblems,
} from '../../src/rules/index.js';
import { problem } from './problem.js';
import { csrfRefusal } from './staff-handlers.js';

export type CatalogueScenario = 'normal' | 'empty' | 'slow' | 'failing';

export interface StaffCatalogueMock {
  handlers: HttpHandler[];
  /** The services as the mock holds them now (tests read what was saved). */
  services: Map<string, StaffService>;
  requests: Request[];
}

const AT = '2026-12-07T09:00:00+07:00';
/** JSON with keys in one order, to compare two documents whatever order their keys were written in. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
export const mockAgencies = catalogue.agencies as Agency[];

/** The contract's length limits of an English text (ServiceTranslation), which the server's schema enforces. */
const EN_LIMITS: Record<string, number> = {
  name: 200,
  category: 80,
  summary: 300,
  duration: 300,
  cost: 300,
  product: 300,
  notes: 1000,
};
/** The server's schema errors of a translation's texts, as it words them (server/contract.ts). */
function translationTooLong(s: ServiceStandard) {
  const en = s.translations?.en ?? {};
  const long = (field: string, v: string | undefined, limit: number) =>
    v !== undefined && [...v].length > limit
      ? [{ field, code: 'too_long', message: `Terlalu panjang. Paling banyak ${limit} karakter.` }]
      : [];
  return [
    ...Object.entries(EN_LIMITS).flatMap(([f, limit]) =>
      long(`translations.en.${f}`, en[f as keyof typeof en] as string | undefined, limit),
    ),
    ...(['requirements', 'procedure'] as const).flatMap((f) =>
      (en[f] ?? []).flatMap((v, i) => long(`translations.en.${f}.${i}`, v, 500)),
    ),
  ];
}
/** A service as stored: translations with nothing in them are none. */
const stored = (s: StaffService): StaffService => {
  if (s.translations?.en) return s;
  const { translations: _none, ...rest } = s;
  return rest as StaffService;
};

/** The seeded catalogue as administrators see it. */
export function seededServices(): StaffService[] {
  return catalogue.services.map((s) => ({
    ...(s as unknown as ServiceStandard),
    id: s.id,
    published: true,
    revision: 1,
    updatedAt: null,
  }));
}

/**
 * The catalogue's staff API for an account of `agencyId` (null: an MPP administrator). `scenario`: `empty` (no
 * services), `slow` (answers after a long while: the loading state), `failing` (every read answers 500).
 */
export function staffCatalogueMock({
  base,
  agencyId = null,
  scenario = 'normal',
}: {
  base: string;
  agencyId?: string | null;
  scenario?: CatalogueScenario;
}): StaffCatalogueMock {
  const services = new Map(scenario === 'empty' ? [] : seededServices().map((s) => [s.id, s]));
  const requests: Request[] = [];
  const known = (id: string) => mockAgencies.some((a) => a.id === id);
  const mine = (id: string) => agencyId === null || id === agencyId;
  const wait = () => (scenario === 'slow' ? delay('infinite') : undefined);
  const invalid = (errors: { field: string; code: string; message: string }[]) =>
    problem(422, 'validation_failed', { errors });

  /** Notes each request a handler answers (tests check what was sent). */
  type Info = { request: Request; params: PathParams };
  const noted =
    <R>(resolver: (info: Info) => R) =>
    (info: Info) => {
      requests.push(info.request.clone());
      return resolver(info);
    };

  const handlers: HttpHandler[] = [
    http.get(
      `${base}/agencies`,
      noted(() => HttpResponse.json({ items: mockAgencies, total: mockAgencies.length })),
    ),
    http.get(
      `${base}/staff/services`,
      noted(async () => {
        await wait();
        if (scenario === 'failing') return problem(500, 'internal');
        const items = [...services.values()].filter((s) => mine(s.agencyId));
        return HttpResponse.json({ items, total: items.length });
      }),
    ),
    http.get(
      `${base}/staff/services/:id`,
      noted(async ({ params }) => {
        await wait();
        if (scenario === 'failing') return problem(500, 'internal');
        const found = services.get(String(params.id));
        if (!found) return problem(404, 'not_found');
        if (!mine(found.agencyId)) return problem(403, 'forbidden');
        return HttpResponse.json(found);
      }),
    ),
    http.post(
      `${base}/staff/services`,
      noted(async ({ request }) => {
        const refused = csrfRefusal(request);
        if (refused) return refused;
        const sent = (await request.json()) as ServiceStandard & { id?: string };
        const tooLong = translationTooLong(sent);
        if (tooLong.length) return invalid(tooLong);
        const body = normalizeService(sent);
        if (!mine(body.agencyId)) return problem(403, 'forbidden');
        const errors = serviceProblems(body, known);
        if (errors.length) return invalid(errors);
        const id = body.id ?? serviceIdFor(body.agencyId, body.name);
        if (services.has(id))
          return problem(409, 'conflict', {
            errors: [
              { field: body.id ? 'id' : 'name', code: 'taken', message: 'Kode ini sudah dipakai layanan lain.' },
            ],
          });
        const saved = stored({ ...body, id, revision: 1, updatedAt: AT });
        services.set(id, saved);
        return HttpResponse.json(saved, { status: 201 });
      }),
    ),
    http.put(
      `${base}/staff/services/:id`,
      noted(async ({ request, params }) => {
        const refused = csrfRefusal(request);
        if (refused) return refused;
        const found = services.get(String(params.id));
        if (!found) return problem(404, 'not_found');
        const sent = (await request.json()) as ServiceStandard & { revision: number };
        const tooLong = translationTooLong(sent);
        if (tooLong.length) return invalid(tooLong);
        const body = normalizeService(sent);
        if (!mine(found.agencyId) || !mine(body.agencyId)) return problem(403, 'forbidden');
        const errors = serviceProblems(body, known);
        if (errors.length) return invalid(errors);
        if (body.revision !== found.revision)
          return problem(409, 'conflict', {
            detail: 'Layanan ini sudah diubah orang lain sejak Anda membukanya. Muat ulang untuk melihat perubahannya.',
          });
        const { revision, ...standard } = body;
        // A change without translations keeps the service's own, as the server does.
        const translations = 'translations' in sent ? standard.translations : found.translations;
        const saved = stored({ ...standard, translations, id: found.id, revision: revision + 1, updatedAt: AT });
        services.set(found.id, saved);
        return HttpResponse.json(saved);
      }),
    ),
    http.get(
      `${base}/staff/catalogue/export`,
      noted(() => {
        const rows = [...services.values()].filter((s) => mine(s.agencyId));
        return new HttpResponse(catalogueToCsv(rows.map(({ revision: _r, updatedAt: _u, ...s }) => s)), {
          headers: { 'Content-Type': 'text/csv; charset=utf-8' },
        });
      }),
    ),
    http.post(
      `${base}/staff/catalogue/import`,
      noted(async ({ request }) => {
        const refused = csrfRefusal(request);
        if (refused) return refused;
        const { csv } = (await request.json()) as { csv: string };
        const { rows, errors } = readCatalogueCsv(csv, known);
        const report: ImportRowError[] = [...errors];
        for (const { row, service } of rows)
          if (!mine(service.agencyId))
            report.push({
              row,
              column: 'instansi',
              message: `Anda hanya dapat mengimpor layanan instansi ${agencyId}.`,
            });
        if (report.length) {
          const badRows = new Set(report.map((e) => e.row)).size;
          return problem(422, 'validation_failed', {
            detail: `${report.length} kesalahan pada ${badRows} baris. Tidak ada yang diubah.`,
            rows: report.sort((a, b) => a.row - b.row),
          });
        }
        const result = { created: [] as string[], updated: [] as string[], unchanged: [] as string[] };
        for (const { service } of rows) {
          const found = services.get(service.id);
          const same =
            found &&
            stable({ ...found, revision: 0, updatedAt: null }) === stable({ ...service, revision: 0, updatedAt: null });
          (found ? (same ? result.unchanged : result.updated) : result.created).push(service.id);
          if (!same) services.set(service.id, { ...service, revision: (found?.revision ?? 0) + 1, updatedAt: AT });
        }
        return HttpResponse.json(result);
      }),
    ),
  ];
  return { handlers, services, requests };
}
