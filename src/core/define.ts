// Registers a tag once, warning (not throwing) when another copy of the widgets defined it first.
import { englishReady, loadEnglish, resolveLang, withinEnglishWait } from './i18n.js';

/** The version of this copy of mpp-widgets, written into every class so a second copy can be named. */
export const VERSION = '0.1.0';

// One warning per copy, not one per tag: a page that loads the bundle twice hears about it once.
let warned = false;

interface VersionedConstructor extends CustomElementConstructor {
  version?: string;
}

/** For tests: let the next duplicate warn again. */
export function resetDefineWarning(): void {
  warned = false;
}

/**
 * Registers a tag unless it is already taken — by another copy of mpp-widgets (the script pasted twice, or two
 * versions on one page). Then it warns once, naming both versions, and never throws: the first copy keeps working.
 *
 * When the page already holds one of its widgets in English, the tag is registered once the English strings are
 * here (`englishWait.ms` at most): until then the page's `:not(:defined)` rule keeps holding the widget's place,
 * so nothing below it jumps while the strings arrive.
 */
export function defineElement(
  tag: string,
  ctor: VersionedConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const english = !englishReady() && [...document.querySelectorAll(tag)].some((el) => resolveLang(el) === 'en');
  // Loaded after the whole script has run (a microtask later), when every string table of it is known.
  if (english)
    void Promise.resolve().then(() => withinEnglishWait(loadEnglish()).then(() => register(tag, ctor, registry)));
  else register(tag, ctor, registry);
}

function register(tag: string, ctor: VersionedConstructor, registry: CustomElementRegistry): void {
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== ctor && !warned) {
      warned = true;
      console.warn(
        `mpp-widgets: version ${existing.version ?? 'unknown'} is already on this page (<${tag}> is defined); ` +
          `this copy (version ${ctor.version ?? VERSION}) registers nothing. Load the widgets script once.`,
      );
    }
    return;
  }
  registry.define(tag, ctor);
}
