// Registers a tag once, warning (not throwing) when another copy of the widgets defined it first.

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
 * Registered at once, on English pages too: a widget starts fetching its data while its English strings come, and
 * its first render waits for them (`MppElement`, `englishWait.ms` at most); the README's snippet holds its place.
 */
export function defineElement(
  tag: string,
  ctor: VersionedConstructor,
  registry: CustomElementRegistry = customElements,
): void {
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
