// No identifier, code, filter or text the MPP keeps can hold a NUL character, and PostgreSQL refuses one in any
// text outright (a 500 if it got that far). Requests are turned back here, before any store, with the answer a
// resident or an agency system can act on: an address naming nothing (404, like any unknown code), a filter or a
// field named in a 422.
import type { FieldError } from '../src/api/types.js';

/** Where a request's address holds a NUL: the path, or the name of a query parameter; undefined when nowhere. */
export function nulInAddress(url: string): { in: 'path' } | { in: 'query'; name: string } | undefined {
  const { pathname, searchParams } = new URL(url);
  if (/%00/.test(pathname)) return { in: 'path' };
  for (const [name, value] of searchParams)
    if (name.includes('\0') || value.includes('\0')) return { in: 'query', name };
  return undefined;
}

/** The field errors of a parsed JSON body for every string that holds a NUL (keys included), by dotted path. */
export function nulFields(value: unknown, path = ''): FieldError[] {
  const error = (field: string): FieldError => ({
    field: field || 'body',
    code: 'control_character',
    message: 'Isian ini memuat karakter NUL; hapus karakter itu.',
  });
  if (typeof value === 'string') return value.includes('\0') ? [error(path)] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const field = path ? `${path}.${key}` : key;
    return key.includes('\0') ? [error(field)] : nulFields(inner, field);
  });
}
