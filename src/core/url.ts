/**
 * An address from untrusted data, usable as a link only when it is http(s): `javascript:`, `data:` and the like
 * come back undefined and are shown as text instead.
 */
export function safeHref(value: string, base: string = document.baseURI): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
