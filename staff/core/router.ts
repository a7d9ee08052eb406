// A hash router: `#/layanan` names a section. The hash keeps every page one static file (no server rewrites)
// and never leaves the document, so the session held in memory survives navigation.

/** The section named by a location hash: `#/layanan/impor` → `['layanan', 'impor']`. */
export function sectionOf(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** The hash of a section. */
export const hrefOf = (...parts: string[]) => `#/${parts.map(encodeURIComponent).join('/')}`;
