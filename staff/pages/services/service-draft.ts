// A service as the form holds it (text as typed, lists one entry per line) and as the contract sends it; the
// rules core's field paths as the form's input ids.
import type {
  BookingField,
  ServiceStandard,
  ServiceTranslation,
  StaffService,
  TranslatableField,
} from '../../../src/api/types.js';
import { normalizeService, TRANSLATABLE_FIELDS } from '../../../src/rules/index.js';

/** The English texts as typed, by field (lists one entry per line, complaints `nama | keterangan | alamat web`). */
export type EnglishDraft = Record<TranslatableField, string>;
/** A change to the draft: its own fields, or some English ones (merged into the others). */
export type DraftPatch = Partial<Omit<ServiceDraft, 'en'>> & { en?: Partial<EnglishDraft> };

/** What the administrator typed, kept as typed: a refused save loses nothing. */
export interface ServiceDraft {
  id: string;
  agencyId: string;
  name: string;
  category: string;
  summary: string;
  keywords: string;
  requirements: string;
  procedure: string;
  durationText: string;
  durationDays: string;
  free: boolean;
  amount: string;
  costText: string;
  product: string;
  complaints: string;
  legalBasis: string;
  counter: string;
  notes: string;
  confidence: ServiceStandard['confidence'];
  bookable: boolean;
  published: boolean;
  /** The English translation; an empty field is untranslated (residents read Bahasa Indonesia there). */
  en: EnglishDraft;
  /**
   * The service's extra booking fields, kept as they are: this page does not edit them yet (the API does), and a
   * save must not drop them.
   */
  bookingFields?: BookingField[];
}

export const emptyDraft = (agencyId: string): ServiceDraft => ({
  id: '',
  agencyId,
  name: '',
  category: '',
  summary: '',
  keywords: '',
  requirements: '',
  procedure: '',
  durationText: '',
  durationDays: '',
  free: true,
  amount: '',
  costText: 'Gratis',
  product: '',
  complaints: 'SP4N-LAPOR! | lapor.go.id atau SMS 1708 | https://www.lapor.go.id',
  legalBasis: '',
  counter: '',
  notes: '',
  confidence: 'typical',
  bookable: false,
  published: false,
  en: englishDraftOf(undefined),
});

const lines = (v: string) =>
  v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Complaint channels as the form shows them: one per line, `nama | keterangan | alamat web`. */
const complaintLines = (list: StaffService['complaints']) =>
  list.map((c) => [c.name, c.detail ?? '', c.url ?? ''].join(' | ').replace(/( \| )+$/, '')).join('\n');
const complaintsOf = (v: string) =>
  lines(v).map((line) => {
    const [name = '', detail = '', url = ''] = line.split('|').map((p) => p.trim());
    return { name, ...(detail ? { detail } : {}), ...(url ? { url } : {}) };
  });

function englishDraftOf(t: ServiceTranslation | undefined): EnglishDraft {
  const out = {} as EnglishDraft;
  for (const f of TRANSLATABLE_FIELDS) {
    const v = t?.[f];
    out[f] =
      v === undefined
        ? ''
        : typeof v === 'string'
          ? v
          : f === 'complaints'
            ? complaintLines(t!.complaints!)
            : (v as string[]).join('\n');
  }
  return out;
}

/** The English the form says, as the contract takes it: only what is written (an empty field is untranslated). */
function translationOf(en: EnglishDraft): ServiceTranslation {
  const out: Record<string, unknown> = {};
  for (const f of TRANSLATABLE_FIELDS) {
    if (!en[f].trim()) continue;
    out[f] =
      f === 'requirements' || f === 'procedure' ? lines(en[f]) : f === 'complaints' ? complaintsOf(en[f]) : en[f];
  }
  return out;
}

/** The form's values of a stored service. */
export function draftOf(s: StaffService): ServiceDraft {
  return {
    id: s.id,
    agencyId: s.agencyId,
    name: s.name,
    category: s.category,
    summary: s.summary ?? '',
    keywords: s.keywords.join(', '),
    requirements: s.requirements.join('\n'),
    procedure: s.procedure.join('\n'),
    durationText: s.duration.text,
    durationDays: s.duration.workingDays == null ? '' : String(s.duration.workingDays),
    free: s.cost.free,
    amount: s.cost.amount == null || (s.cost.free && s.cost.amount === 0) ? '' : String(s.cost.amount),
    costText: s.cost.text,
    product: s.product,
    complaints: complaintLines(s.complaints),
    legalBasis: s.legalBasis.join('\n'),
    counter: s.counter,
    notes: s.notes ?? '',
    confidence: s.confidence,
    bookable: s.bookable,
    published: s.published,
    en: englishDraftOf(s.translations?.en),
    ...(s.bookingFields ? { bookingFields: s.bookingFields } : {}),
  };
}

/** A number as typed (digits, with dots between thousands), or null when empty; NaN when it is not one. */
const numberOf = (v: string) => {
  const t = v.trim();
  if (!t) return null;
  return /^(\d{1,3}(\.\d{3})+|\d+)$/.test(t) ? Number(t.replaceAll('.', '')) : NaN;
};

/** Form errors the contract cannot say (a number that is not one), by input id. */
export function typingProblems(d: ServiceDraft): Record<string, string> {
  const out: Record<string, string> = {};
  if (Number.isNaN(numberOf(d.durationDays)))
    out['duration-days'] = 'Tulis jumlah hari kerja sebagai angka, misalnya 3.';
  if (Number.isNaN(numberOf(d.amount))) out['cost-amount'] = 'Tulis tarif sebagai angka rupiah, misalnya 650000.';
  return out;
}

/** The standard the form says, as the contract takes it (texts trimmed, lists one entry per line). */
export function standardOf(d: ServiceDraft): ServiceStandard {
  const workingDays = numberOf(d.durationDays);
  const amount = numberOf(d.amount);
  return normalizeService({
    agencyId: d.agencyId,
    name: d.name,
    category: d.category,
    keywords: d.keywords
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    ...(d.summary.trim() ? { summary: d.summary } : {}),
    bookable: d.bookable,
    published: d.published,
    cost: { free: d.free, amount: Number.isNaN(amount) ? null : (amount ?? (d.free ? 0 : null)), text: d.costText },
    duration: { text: d.durationText, workingDays: Number.isNaN(workingDays) ? null : workingDays },
    confidence: d.confidence,
    requirements: lines(d.requirements),
    procedure: lines(d.procedure),
    product: d.product,
    complaints: complaintsOf(d.complaints),
    legalBasis: lines(d.legalBasis),
    ...(d.notes.trim() ? { notes: d.notes } : {}),
    counter: d.counter,
    ...(d.bookingFields?.length ? { bookingFields: d.bookingFields } : {}),
    // Always sent: this form edits the translation, and `{}` (every English field empty) removes it.
    translations: { en: translationOf(d.en) },
  });
}

/** The input that shows a contract field's error: `requirements.2` → `requirements`, `cost.amount` → `cost-amount`. */
export function inputOf(field: string): string {
  const map: Record<string, string> = {
    'cost.amount': 'cost-amount',
    'cost.text': 'cost-text',
    'cost.free': 'cost-free',
    cost: 'cost-text',
    'duration.text': 'duration-text',
    'duration.workingDays': 'duration-days',
    duration: 'duration-text',
  };
  if (map[field]) return map[field]!;
  // `translations.en.requirements.2` → `en-requirements`; the translation as a whole → its first field.
  if (field.startsWith('translations')) return `en-${field.split('.')[2] ?? 'name'}`;
  const [head] = field.split('.');
  return head === 'agencyId' ? 'agency' : head!;
}

/** The inputs in the order the form shows them (the error summary lists errors in this order). */
export const INPUT_ORDER = [
  'id',
  'agency',
  'name',
  'category',
  'summary',
  'keywords',
  'requirements',
  'procedure',
  'duration-text',
  'duration-days',
  'cost-free',
  'cost-amount',
  'cost-text',
  'product',
  'complaints',
  'legalBasis',
  'counter',
  'notes',
  'confidence',
  ...TRANSLATABLE_FIELDS.map((f) => `en-${f}`),
  'bookable',
  'published',
];
