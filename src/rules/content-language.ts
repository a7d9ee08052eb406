// Content in the resident's language: which language an `Accept-Language` asks for, and a service's texts in it,
// with Bahasa Indonesia where a text has no translation. One definition for the server and the mocks.
import type { ServiceSummary, ServiceTranslation, TranslatableField } from '../api/types.js';

/** The languages the catalogue is written in; Bahasa Indonesia first (the default). */
export type ContentLanguage = 'id' | 'en';
export const CONTENT_LANGUAGES: readonly ContentLanguage[] = ['id', 'en'];

/** The texts of a service that can be translated, named as `untranslated` names them. */
export const TRANSLATABLE_FIELDS: readonly TranslatableField[] = [
  'name',
  'category',
  'summary',
  'duration',
  'cost',
  'requirements',
  'procedure',
  'product',
  'complaints',
  'notes',
];

/**
 * The language an `Accept-Language` header asks for: the written language with the highest q-value (the first one
 * listed among equals), `q=0` refusing one; regional tags count as their language (`en-GB`), `in` is the old tag
 * of Indonesian, `*` any. Without a header, or naming none we write: `id`.
 */
export function chooseContentLanguage(header: string | null | undefined): ContentLanguage {
  if (!header) return 'id';
  let best: ContentLanguage = 'id';
  let bestQ = -1;
  const refused = new Set<ContentLanguage>();
  for (const part of header.slice(0, 200).split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qText = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
    const q = qText === undefined ? 1 : Number(qText);
    const primary = tag.trim().split('-')[0];
    const lang: ContentLanguage | '*' | undefined =
      primary === 'id' || primary === 'in' ? 'id' : primary === 'en' ? 'en' : primary === '*' ? '*' : undefined;
    if (!lang) continue;
    if (q <= 0) {
      if (lang !== '*') refused.add(lang);
      continue;
    }
    // `*` stands for a language not named: Bahasa Indonesia, unless it was refused.
    const named = lang === '*' ? (refused.has('id') ? 'en' : 'id') : lang;
    if (q > bestQ) {
      best = named;
      bestQ = q;
    }
  }
  return refused.has(best) ? (CONTENT_LANGUAGES.find((l) => !refused.has(l)) ?? 'id') : best;
}

/** A service as stored: its Indonesian standard with its translations. */
export type Translated<T> = T & { translations?: { en?: ServiceTranslation } };

type Localisable = Omit<ServiceSummary, 'lang' | 'untranslated'> & {
  requirements?: string[];
  procedure?: string[];
  product?: string;
  complaints?: ServiceTranslation['complaints'];
  notes?: string;
};

/**
 * The service in `lang`: every translated text in place of the Indonesian one, `lang` set, and `untranslated`
 * naming the texts the service has but no translation of (they stay Indonesian). In a language other than
 * Indonesian, the Indonesian name joins the keywords, so a search in either language finds the service. The
 * translations themselves are not answered.
 */
export function localiseService<T extends Localisable>(
  service: Translated<T>,
  lang: ContentLanguage,
): T & Pick<ServiceSummary, 'lang' | 'untranslated'> {
  const { translations, ...own } = service;
  const base = own as unknown as T;
  if (lang === 'id') return { ...base, lang };
  const t: ServiceTranslation = translations?.[lang] ?? {};
  const out: Record<string, unknown> = { ...base };
  const untranslated: TranslatableField[] = [];
  for (const field of TRANSLATABLE_FIELDS) {
    const has = field === 'duration' || field === 'cost' ? true : base[field as keyof T] !== undefined;
    if (!has) continue;
    const value = t[field];
    if (value === undefined) {
      untranslated.push(field);
      continue;
    }
    if (field === 'duration') out.duration = { ...base.duration, text: value };
    else if (field === 'cost') out.cost = { ...base.cost, text: value };
    else out[field] = value;
  }
  if (t.name && !base.keywords.includes(base.name)) out.keywords = [...base.keywords, base.name];
  return { ...(out as T), lang, ...(untranslated.length ? { untranslated } : {}) };
}

/**
 * A booking's answer in `lang`: the service's name and the `requirements` it carries from the service's
 * `translation`, each listed in `untranslated` when it has none (it stays Indonesian). Agency and counter names have
 * no translations and stay as they are. The stored answer (a replay's) is Indonesian: this runs on the way out. In
 * Bahasa Indonesia the answer is as it was (no `lang`: `id`).
 */
export function localiseBooking<T extends { serviceName: string; requirements?: string[] }>(
  booking: T,
  translation: ServiceTranslation | undefined,
  lang: ContentLanguage,
): T & Pick<ServiceSummary, 'lang' | 'untranslated'> {
  if (lang === 'id') return booking;
  const t = translation ?? {};
  const out: T & Pick<ServiceSummary, 'lang' | 'untranslated'> = { ...booking, lang };
  const untranslated: TranslatableField[] = [];
  if (t.name) out.serviceName = t.name;
  else untranslated.push('name');
  if (booking.requirements) {
    if (t.requirements) out.requirements = t.requirements;
    else untranslated.push('requirements');
  }
  if (untranslated.length) out.untranslated = untranslated;
  return out;
}
