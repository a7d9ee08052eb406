/** Languages the widgets speak. Bahasa Indonesia first. */
export type Lang = 'id' | 'en';

export const DEFAULT_LANG: Lang = 'id';

/**
 * A table of strings in both languages, of one shape (the `id` table defines it). Bahasa Indonesia is in the
 * bundle; English is a separate file beside it (`mpp-widgets.en.js`), fetched the first time a widget on the page
 * speaks English. Most residents read Indonesian and never download it (its size: `npm run size`).
 */
export interface Localised<T> {
  /** The table for `lang`; Bahasa Indonesia while English is not loaded. */
  in(lang: Lang): T;
}

/** English tables not loaded yet, with the function that loads each. */
const englishToLoad = new Set<() => Promise<void>>();
let warned = false;

/** Strings with the Indonesian table at hand and the English one loaded by `loadEnglish()`. */
export function localised<T>(id: T, english: () => Promise<T>): Localised<T> {
  let en: T | undefined;
  const load = async () => {
    en = await english();
    englishToLoad.delete(load);
  };
  englishToLoad.add(load);
  return { in: (lang) => (lang === 'en' && en) || id };
}

/** How long (ms) widgets wait for English before they show Bahasa Indonesia, switching when it comes. */
export const englishWait = { ms: 3000 };

/** `promise`, or `englishWait.ms` — whichever comes first: a stalled connection never leaves a widget blank. */
export const withinEnglishWait = (promise: Promise<unknown>): Promise<unknown> =>
  Promise.race([promise, new Promise((done) => setTimeout(done, englishWait.ms))]);

/** Whether every English table of the page's widgets is loaded. */
export function englishReady(): boolean {
  return englishToLoad.size === 0;
}

/**
 * Loads the English tables not yet loaded, all from one file. Resolves `false` when that file cannot be loaded
 * (not copied beside the script, or the network dropped): the widgets then stay in Bahasa Indonesia, with one
 * console warning that carries the browser's error, and the next switch to English tries again.
 */
export function loadEnglish(): Promise<boolean> {
  return Promise.all([...englishToLoad].map((load) => load())).then(
    () => true,
    (error: unknown) => {
      // The browser's error names the file ("Failed to fetch dynamically imported module: …/mpp-widgets.en.js").
      if (!warned) console.warn('mpp-widgets: showing Bahasa Indonesia;', error);
      warned = true;
      return false;
    },
  );
}

/** Maps any BCP 47 tag to a language we have; unknown tags fall back to Bahasa Indonesia. */
export function normaliseLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  // `in` is the deprecated code for Indonesian that some old CMS templates still write.
  return primary == 'en' ? 'en' : primary == 'id' || primary == 'in' ? 'id' : undefined;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's `[lang]` (across shadow roots), else
 * `<html lang>`, else Bahasa Indonesia. The nearest `lang` decides: one we do not speak (`fr`) means Bahasa
 * Indonesia, not the language of an outer element.
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
