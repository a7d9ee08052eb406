// The catalogue as administrators manage it (tag `staff`): services with their whole service standard, published
// or not, and the catalogue's CSV export and import. Each operation is authorized per agency (an MPP administrator
// every agency, an agency administrator its own), checked by the contract and the rules core, written with its
// audit entries in one transaction, and seen by residents on every instance without a restart.
import type { Context, Hono } from 'hono';
import type { FieldError, ImportRowError, ServiceStandard, StaffService } from '../../src/api/types.js';
import {
  TRANSLATABLE_FIELDS,
  bookingFieldProblems,
  catalogueToCsv,
  normalizeService,
  readCatalogueCsv,
  rowError,
  serviceIdFor,
  serviceProblems,
  type ServiceWithId,
} from '../../src/rules/index.js';
import type { Catalogue } from '../catalogue.js';
import { fieldErrors, schemaValidator } from '../contract.js';
import { fail } from '../problems.js';
import type { CatalogueStore, ServiceWrite, StoredService } from '../store/catalogue-types.js';
import type { AuditEntry } from '../store/staff-types.js';
import type { CatalogueService } from '../store/types.js';
import { authorize, scopeOf, type Principal } from './policy.js';
import type { StaffDeps } from './routes.js';

/** The standard's fields in the order the contract lists them (what a service's document is made of). */
const STANDARD_KEYS = [
  'agencyId',
  'name',
  'category',
  'keywords',
  'summary',
  'bookable',
  'cost',
  'duration',
  'confidence',
  'requirements',
  'procedure',
  'product',
  'complaints',
  'legalBasis',
  'notes',
  'counter',
  'bookingFields',
  'translations',
] as const;

/** A service's document from its id and standard: the fields residents read, in one order, nothing else. */
function documentOf(id: string, s: Omit<ServiceStandard, 'published'>): CatalogueService {
  const out: Record<string, unknown> = { id };
  for (const key of STANDARD_KEYS) if (s[key] !== undefined) out[key] = s[key];
  // Translations in one order too, however they were written (a CSV's columns, a page's form).
  if (s.translations?.en)
    out.translations = {
      en: Object.fromEntries(
        TRANSLATABLE_FIELDS.filter((f) => s.translations!.en![f] !== undefined).map((f) => [f, s.translations!.en![f]]),
      ),
    };
  return out as CatalogueService;
}

/** A stored service as the contract's `StaffService`: its standard, id, published, revision and last change. */
export function staffServiceOf(s: StoredService): StaffService {
  const { id, ...standard } = documentOf(s.service.id, s.service);
  return { id, ...standard, published: s.published, revision: s.revision, updatedAt: s.updatedAt } as StaffService;
}
const withId = (s: StoredService): ServiceWithId => {
  const { revision: _r, updatedAt: _u, ...rest } = staffServiceOf(s);
  return rest as ServiceWithId;
};
/** Whether a row says exactly what is stored (then an import leaves it as it is). */
const same = (stored: StoredService, s: ServiceWithId) =>
  stored.published === s.published &&
  JSON.stringify(documentOf(s.id, stored.service)) === JSON.stringify(documentOf(s.id, s));

export interface CatalogueRouteDeps {
  catalogueStore: CatalogueStore;
  catalogue: Catalogue;
  principal: (c: Context) => Promise<Principal>;
  body: StaffDeps['body'];
  entry: (
    p: Principal,
    action: string,
    agencyId: string | null,
    target: string | null,
    before: unknown,
    after: unknown,
  ) => AuditEntry;
  at: () => string;
  /** Today's date in the MPP (the export's file name). */
  today: () => string;
}

export function mountCatalogue(api: Hono, d: CatalogueRouteDeps) {
  const { catalogueStore, catalogue, body, entry, at } = d;
  const knownAgency = (id: string) => catalogue.agencyById.has(id);
  const invalid = (errors: FieldError[]): never => fail(422, 'validation_failed', { errors });
  /** The rules core's verdict on a standard the contract accepted. */
  const checked = <T extends ServiceStandard>(s: T): T => {
    const normal = normalizeService(s);
    const problems = [...serviceProblems(normal, knownAgency), ...bookingFieldProblems(normal.bookingFields)];
    if (problems.length) invalid(problems);
    return normal;
  };
  /** An agency named in a query: the contract's pattern, and the caller's right to it. */
  const queryAgency = (c: Context, p: Principal) => {
    const agencyId = c.req.query('agencyId');
    if (agencyId === undefined) return undefined;
    if (!/^[a-z0-9-]{1,64}$/.test(agencyId))
      invalid([{ field: 'agencyId', code: 'format', message: 'Kode instansi tidak sah.' }]);
    authorize(p, 'catalogue', agencyId);
    return agencyId;
  };
  const auditChange = (p: Principal) => (before: StoredService | undefined, after: StoredService) =>
    entry(
      p,
      before ? 'service.update' : 'service.create',
      after.service.agencyId,
      after.service.id,
      before ? staffServiceOf(before) : null,
      staffServiceOf(after),
    );

  api.get('/staff/services', async (c) => {
    const p = await d.principal(c);
    const scope = scopeOf(p, 'catalogue');
    const agencyId = queryAgency(c, p) ?? scope;
    const items = (await catalogueStore.storedServices(agencyId)).map(staffServiceOf);
    return c.json({ items, total: items.length });
  });

  const validateNew = schemaValidator<ServiceStandard & { id?: string }>('StaffServiceNew');
  api.post('/staff/services', async (c) => {
    const p = await d.principal(c);
    // Who may manage no catalogue at all is refused before the body is read.
    scopeOf(p, 'catalogue');
    const request = await body(c, validateNew);
    authorize(p, 'catalogue', request.agencyId);
    const { id: givenId, published, ...standard } = checked(request);
    const id = givenId ?? serviceIdFor(standard.agencyId, standard.name);
    const write: ServiceWrite = { kind: 'create', service: documentOf(id, standard), published };
    const outcome = await catalogueStore.writeServices([write], at(), auditChange(p));
    if (!outcome.ok)
      fail(409, 'conflict', {
        detail: `Sudah ada layanan dengan kode ${id}.`,
        errors: [
          {
            field: givenId ? 'id' : 'name',
            code: 'taken',
            message: givenId
              ? 'Kode ini sudah dipakai layanan lain.'
              : `Sudah ada layanan dengan nama ini (kode ${id}). Ubah namanya atau tulis kode lain.`,
          },
        ],
      });
    await catalogue.reload();
    return c.json(staffServiceOf(outcome.saved[0]!), 201);
  });

  /** A service the caller may manage, or 404 / 403. */
  async function manageable(c: Context, p: Principal) {
    const found = await catalogueStore.storedService(c.req.param('serviceId')!);
    if (!found) fail(404, 'not_found');
    authorize(p, 'catalogue', found.service.agencyId);
    return found;
  }

  api.get('/staff/services/:serviceId', async (c) => {
    const p = await d.principal(c);
    return c.json(staffServiceOf(await manageable(c, p)));
  });

  const validateChange = schemaValidator<ServiceStandard & { revision: number }>('StaffServiceChange');
  api.put('/staff/services/:serviceId', async (c) => {
    const p = await d.principal(c);
    scopeOf(p, 'catalogue');
    const request = await body(c, validateChange);
    const found = await manageable(c, p);
    // Moving a service to another agency needs the right over that one too: an agency administrator cannot.
    authorize(p, 'catalogue', request.agencyId);
    const { revision, published, ...changed } = checked(request);
    // A change without translations keeps the service's own: a page that does not edit them cannot drop them.
    const standard = 'translations' in request ? changed : { ...changed, translations: found.service.translations };
    const write: ServiceWrite = {
      kind: 'update',
      service: documentOf(found.service.id, standard),
      published,
      revision,
    };
    const outcome = await catalogueStore.writeServices([write], at(), auditChange(p));
    if (!outcome.ok)
      fail(409, 'conflict', {
        detail: 'Layanan ini sudah diubah orang lain sejak Anda membukanya. Muat ulang untuk melihat perubahannya.',
      });
    await catalogue.reload();
    return c.json(staffServiceOf(outcome.saved[0]!));
  });

  api.get('/staff/catalogue/export', async (c) => {
    const p = await d.principal(c);
    const scope = scopeOf(p, 'catalogue');
    const agencyId = queryAgency(c, p) ?? scope;
    const csv = catalogueToCsv((await catalogueStore.storedServices(agencyId)).map(withId));
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="katalog-layanan-${agencyId ?? 'semua'}-${d.today()}.csv"`,
      'Cache-Control': 'no-store',
    });
  });

  const validateImport = schemaValidator<{ csv: string }>('CatalogueImport');
  const validateRow = schemaValidator<ServiceStandard>('StaffServiceNew');
  api.post('/staff/catalogue/import', async (c) => {
    const p = await d.principal(c);
    const scope = scopeOf(p, 'catalogue');
    const { csv } = await body(c, validateImport);
    const { rows, errors } = readCatalogueCsv(csv, knownAgency);
    const stored = new Map((await catalogueStore.storedServices()).map((s) => [s.service.id, s]));
    const problems: ImportRowError[] = [...errors];
    for (const { row, service, idGiven } of rows) {
      // The contract's limits too: a row is a request like any other.
      if (!validateRow(service))
        for (const e of fieldErrors(validateRow.errors)) problems.push(rowError(row, e.field, e.message));
      if (scope !== undefined && service.agencyId !== scope)
        problems.push({ row, column: 'instansi', message: `Anda hanya dapat mengimpor layanan instansi ${scope}.` });
      const existing = stored.get(service.id);
      if (existing && !idGiven)
        problems.push({
          row,
          column: 'id',
          message: `Sudah ada layanan dengan kode ${service.id}. Tulis kode itu di kolom id untuk mengubahnya.`,
        });
      else if (existing && scope !== undefined && existing.service.agencyId !== scope)
        problems.push({ row, column: 'id', message: 'Kode ini milik layanan instansi lain.' });
    }
    if (problems.length) {
      // One message per cell, in the order a person reads the sheet.
      const seen = new Set<string>();
      const report = problems
        .filter((e) => !seen.has(`${e.row}|${e.column}`) && seen.add(`${e.row}|${e.column}`))
        .sort((a, b) => a.row - b.row);
      const badRows = new Set(report.map((e) => e.row)).size;
      fail(422, 'validation_failed', {
        detail: `${report.length} kesalahan pada ${badRows} baris. Tidak ada yang diubah.`,
        rows: report,
      });
    }
    const result = { created: [] as string[], updated: [] as string[], unchanged: [] as string[] };
    const writes: ServiceWrite[] = [];
    for (const { service: read, translationsGiven } of rows) {
      const existing = stored.get(read.id);
      // A sheet without the English columns (an older export) leaves a service's translations as they are.
      const keptTranslations = existing?.service.translations;
      const row = !translationsGiven && keptTranslations ? { ...read, translations: keptTranslations } : read;
      // The sheet has no column for the extra booking fields: a service keeps its own.
      const kept = existing?.service.bookingFields;
      const service = kept?.length ? { ...row, bookingFields: kept } : row;
      const { id, published, ...standard } = service;
      if (existing && same(existing, service)) result.unchanged.push(id);
      else {
        (existing ? result.updated : result.created).push(id);
        writes.push({ kind: existing ? 'update' : 'create', service: documentOf(id, standard), published });
      }
    }
    const summary = entry(p, 'catalogue.import', scope ?? null, null, null, {
      created: result.created.length,
      updated: result.updated.length,
      unchanged: result.unchanged.length,
    });
    const outcome = await catalogueStore.writeServices(writes, at(), auditChange(p), [summary]);
    if (!outcome.ok)
      fail(409, 'conflict', { detail: 'Katalog diubah orang lain selama impor. Tidak ada yang diubah; coba lagi.' });
    await catalogue.reload();
    return c.json(result);
  });
}
