/** Languages the widgets speak. Bahasa Indonesia first. */
export type Lang = 'id' | 'en';

export const DEFAULT_LANG: Lang = 'id';

/** A widget's strings: one table per language, each of the same shape (the `id` table defines it). */
export type StringTable<T> = Record<Lang, T>;

/** Maps any BCP 47 tag to a language we have; unknown tags fall back to Bahasa Indonesia. */
export function normaliseLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  // `in` is the deprecated code for Indonesian that some old CMS templates still write.
  if (primary === 'id' || primary === 'in') return 'id';
  return undefined;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's `[lang]` (across shadow roots), else
 * `<html lang>`, else Bahasa Indonesia. A `lang` we do not speak is skipped, not obeyed.
 */
export function resolveLang(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return normaliseLang(lang) ?? DEFAULT_LANG;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return DEFAULT_LANG;
}
