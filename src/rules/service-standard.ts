// The service standard's rules (PermenPANRB 15/2014's public components), beyond what the contract's schema says:
// one definition for the server, the staff pages (checked as the administrator types) and the mocks.
import type { FieldError, ServiceStandard, ServiceTranslation } from '../api/types.js';

/** A service's standard with its id: what the catalogue's CSV holds per row. */
export type ServiceWithId = ServiceStandard & { id: string };

const text = (v: unknown) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v);
/** A list entry keeps its own line breaks out: one entry is one line. */
const entries = (list: unknown) => (Array.isArray(list) ? list.map(text) : list);

/** The standard with every text trimmed and its inner runs of white space made one space. */
export function normalizeService<T extends ServiceStandard>(s: T): T {
  const out = { ...s } as Record<string, unknown>;
  for (const key of ['name', 'category', 'summary', 'product', 'notes', 'counter'] as const)
    if (key in out) out[key] = text(out[key]);
  for (const key of ['keywords', 'requirements', 'procedure', 'legalBasis'] as const) out[key] = entries(out[key]);
  out.cost = { ...s.cost, text: text(s.cost?.text) };
  out.duration = { ...s.duration, text: text(s.duration?.text) };
  out.complaints = (s.complaints ?? []).map((c) => ({
    ...c,
    name: text(c.name),
    ...(c.detail !== undefined ? { detail: text(c.detail) } : {}),
    ...(c.url !== undefined ? { url: String(c.url).trim() } : {}),
  }));
  // Optional texts left empty are left out, as the catalogue writes them.
  for (const key of ['summary', 'notes'] as const) if (out[key] === '') delete out[key];
  if (s.translations) {
    const en = s.translations.en && normalizeTranslation(s.translations.en);
    out.translations = en ? { en } : {};
  }
  return out as T;
}

/**
 * A translation with its texts trimmed as the Indonesian ones, and what is blank left out: an empty text or list is
 * untranslated (residents read Bahasa Indonesia there), as an empty cell of the CSV's `_en` columns. Undefined when
 * nothing is left.
 */
function normalizeTranslation(t: ServiceTranslation): ServiceTranslation | undefined {
  const out: Record<string, unknown> = {};
  for (const key of ['name', 'category', 'summary', 'duration', 'cost', 'product', 'notes'] as const) {
    const v = text(t[key]);
    if (v !== '' && v !== undefined) out[key] = v;
  }
  for (const key of ['requirements', 'procedure'] as const) {
    const list = (entries(t[key]) as string[] | undefined)?.filter((v) => v !== '');
    if (list?.length) out[key] = list;
  }
  const complaints = t.complaints?.map((c) => ({
    ...c,
    name: text(c.name) as string,
    ...(c.detail !== undefined ? { detail: text(c.detail) } : {}),
    ...(c.url !== undefined ? { url: String(c.url).trim() } : {}),
  }));
  if (complaints?.length) out.complaints = complaints;
  return Object.keys(out).length ? (out as ServiceTranslation) : undefined;
}

const MESSAGES = {
  name: 'Tulis nama layanan.',
  category: 'Tulis kategori layanan, misalnya Kependudukan.',
  requirements: 'Tulis minimal satu persyaratan.',
  procedure: 'Tulis minimal satu langkah prosedur.',
  duration: 'Tulis jangka waktu penyelesaian, misalnya 3 hari kerja.',
  costText: 'Tulis biaya atau tarif, misalnya Gratis.',
  freeWithAmount: 'Layanan gratis tidak boleh memiliki tarif. Kosongkan tarif atau hapus tanda gratis.',
  product: 'Tulis produk layanan, misalnya Kartu Keluarga.',
  complaints: 'Tulis minimal satu sarana pengaduan.',
  complaintName: 'Tulis nama sarana pengaduan.',
  url: 'Alamat web harus lengkap, diawali https:// atau http://.',
  counter: 'Tulis tempat layanan diberikan, misalnya Loket 1.',
  blank: 'Hapus baris kosong.',
  agency: 'Instansi tidak dikenal.',
  keyword: 'Kata kunci terlalu panjang (paling banyak 60 huruf).',
} as const;

/** A field error of the standard (its `field` a JSON path as the contract's errors name it). */
const problem = (field: string, message: string, code = 'not_allowed'): FieldError => ({ field, code, message });

/**
 * What is wrong with a service's standard, one error per field (an empty list when nothing is): every public
 * component present and not blank, a free service without a price, complaint addresses that are web addresses.
 * `knownAgency` says whether an agency exists (the server knows; a page passes its list).
 */
export function serviceProblems(s: ServiceStandard, knownAgency: (id: string) => boolean = () => true): FieldError[] {
  const out: FieldError[] = [];
  const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
  const list = (field: 'requirements' | 'procedure' | 'legalBasis', message: string | null) => {
    const items = s[field] ?? [];
    if (message && !items.some((i) => !blank(i))) out.push(problem(field, message, 'required'));
    else {
      const at = items.findIndex(blank);
      if (at >= 0) out.push(problem(`${field}.${at}`, MESSAGES.blank));
    }
  };
  if (!knownAgency(s.agencyId)) out.push(problem('agencyId', MESSAGES.agency));
  if (blank(s.name)) out.push(problem('name', MESSAGES.name, 'required'));
  if (blank(s.category)) out.push(problem('category', MESSAGES.category, 'required'));
  const longKeyword = (s.keywords ?? []).findIndex((k) => k.length > 60);
  if (longKeyword >= 0) out.push(problem(`keywords.${longKeyword}`, MESSAGES.keyword));
  list('requirements', MESSAGES.requirements);
  list('procedure', MESSAGES.procedure);
  if (blank(s.duration?.text)) out.push(problem('duration.text', MESSAGES.duration, 'required'));
  if (blank(s.cost?.text)) out.push(problem('cost.text', MESSAGES.costText, 'required'));
  if (s.cost?.free && typeof s.cost.amount === 'number' && s.cost.amount > 0)
    out.push(problem('cost.amount', MESSAGES.freeWithAmount));
  if (blank(s.product)) out.push(problem('product', MESSAGES.product, 'required'));
  const complaints = s.complaints ?? [];
  if (!complaints.length) out.push(problem('complaints', MESSAGES.complaints, 'required'));
  const complaintProblems = (list: typeof complaints, at: string) =>
    list.forEach((c, i) => {
      if (blank(c.name)) out.push(problem(`${at}.${i}.name`, MESSAGES.complaintName, 'required'));
      if (c.url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(c.url))
        out.push(problem(`${at}.${i}.url`, MESSAGES.url, 'format'));
    });
  complaintProblems(complaints, 'complaints');
  // English complaints are held to the same rule: residents follow those addresses too.
  complaintProblems(s.translations?.en?.complaints ?? [], 'translations.en.complaints');
  // The legal basis is one of the standard's internal components (PermenPANRB 15/2014): shown when known, but a
  // service of a bank or a water utility at the MPP may have none to cite.
  list('legalBasis', null);
  if (blank(s.counter)) out.push(problem('counter', MESSAGES.counter, 'required'));
  return out;
}

/**
 * The id of a new service: its agency and its name as one lower-case slug (`disdukcapil-penerbitan-kartu-
 * keluarga`), as the seeded catalogue names them; at most 96 characters, as the contract allows.
 */
export function serviceIdFor(agencyId: string, name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${agencyId}-${slug || 'layanan'}`.slice(0, 96).replace(/-+$/, '');
}
