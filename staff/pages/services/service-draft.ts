// A service as the form holds it (text as typed, lists one entry per line) and as the contract sends it; the
// rules core's field paths as the form's input ids.
import type { BookingField, ServiceStandard, StaffService } from '../../../src/api/types.js';
import { normalizeService } from '../../../src/rules/index.js';

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
});

const lines = (v: string) =>
  v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

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
    complaints: s.complaints
      .map((c) => [c.name, c.detail ?? '', c.url ?? ''].join(' | ').replace(/( \| )+$/, ''))
      .join('\n'),
    legalBasis: s.legalBasis.join('\n'),
    counter: s.counter,
    notes: s.notes ?? '',
    confidence: s.confidence,
    bookable: s.bookable,
    published: s.published,
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
    complaints: lines(d.complaints).map((line) => {
      const [name = '', detail = '', url = ''] = line.split('|').map((p) => p.trim());
      return { name, ...(detail ? { detail } : {}), ...(url ? { url } : {}) };
    }),
    legalBasis: lines(d.legalBasis),
    ...(d.notes.trim() ? { notes: d.notes } : {}),
    counter: d.counter,
    ...(d.bookingFields?.length ? { bookingFields: d.bookingFields } : {}),
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
  'bookable',
  'published',
];
