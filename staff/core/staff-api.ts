// The staff pages' API client: the contract's paths and operations (src/api/mpp-api.d.ts, generated from
// src/api/openapi.yaml) as types, the session cookie sent same-origin, the CSRF token on every write, and every
// failure as the residents' MppApiError. The residents' transport omits credentials on purpose; this one never
// ships to residents.
import { MppApiError, errorFromResponse } from '../../src/api/errors.js';
import type { components, paths } from '../../src/api/mpp-api.js';

export { MppApiError };

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The contract's paths that answer `M`. */
export type PathOf<M extends Method> = {
  [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];

/** The contract's operation at `P` for `M`. */
export type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type TextOf<T> = T extends { content: { 'text/csv': infer B } } ? B : never;
type RequestBody<O> = O extends { requestBody?: infer R } ? JsonOf<NonNullable<R>> : never;
type PathParams<O> = O extends { parameters: { path: infer P } } ? P : never;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** What a successful answer holds: the JSON of its 200 or 201, or nothing for a 204. */
export type Answer<O> = O extends { responses: infer R }
  ? 200 extends keyof R
    ? JsonOf<R[200]> extends never
      ? TextOf<R[200]>
      : JsonOf<R[200]>
    : 201 extends keyof R
      ? JsonOf<R[201]>
      : void
  : never;

export interface CallOptions<O> {
  /** The path's parameters, e.g. `{ serviceId: 'ktp-baru' }` for `/staff/services/{serviceId}`. */
  path?: PathParams<O>;
  query?: QueryParams<O>;
  /** The JSON body, checked by the compiler against the contract's request schema. */
  body?: RequestBody<O>;
  /** A non-JSON body (a CSV file), sent as it is with `contentType`. */
  text?: string;
  contentType?: string;
  signal?: AbortSignal;
}

const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

type Problem = components['schemas']['Problem'];
/** The problem document behind each error, for what `MppApiError` does not carry (an import's `rows`). */
const problems = new WeakMap<MppApiError, Problem>();

/** The server's problem document of a failed call (its `rows`, `errors`, `detail`), when it sent one. */
export const problemOf = (error: unknown): Problem | undefined =>
  error instanceof MppApiError ? problems.get(error) : undefined;

/**
 * One per staff page tree (the shell makes it and hands it to each page). `csrfToken` is set from the session
 * (`GET /staff/session` or the log-in's answer); every POST, PUT, PATCH and DELETE carries it in `X-CSRF-Token`.
 */
export class StaffApi {
  readonly baseUrl: string;
  /** The session's CSRF token; null while signed out. */
  csrfToken: string | null = null;
  /** Called when the server answers 401 (the session ended): the shell goes back to the sign-in page. */
  onSignedOut: (() => void) | undefined;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  /** One operation of the contract; its JSON answer (or text for a CSV answer), or an `MppApiError`. */
  async call<M extends Method, P extends PathOf<M>>(
    method: M,
    path: P,
    options: CallOptions<Operation<P, M>> = {},
  ): Promise<Answer<Operation<P, M>>> {
    const response = await this.send(method, path, options);
    if (response.status === 204) return undefined as Answer<Operation<P, M>>;
    const type = response.headers.get('Content-Type') ?? '';
    if (!/json/.test(type)) return (await response.text()) as unknown as Answer<Operation<P, M>>;
    try {
      return (await response.json()) as Answer<Operation<P, M>>;
    } catch {
      throw new MppApiError({ status: response.status, code: 'invalid_response' });
    }
  }

  /** The raw response of an operation (a download), once it is known to be a success. */
  async send<M extends Method, P extends PathOf<M>>(
    method: M,
    path: P,
    options: CallOptions<Operation<P, M>> = {},
  ): Promise<Response> {
    const headers = new Headers({ Accept: 'application/json' });
    let body: string | undefined;
    if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(options.body);
    } else if (options.text !== undefined) {
      headers.set('Content-Type', options.contentType ?? 'text/plain; charset=utf-8');
      body = options.text;
    }
    if (UNSAFE.has(method) && this.csrfToken) headers.set('X-CSRF-Token', this.csrfToken);
    let response: Response;
    try {
      response = await fetch(this.baseUrl + fillPath(path, options.path) + queryOf(options.query), {
        method: method.toUpperCase(),
        headers,
        body,
        signal: options.signal,
        // The session cookie (HttpOnly, SameSite=Strict) goes to this origin only.
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      if (options.signal?.aborted) throw new MppApiError({ status: 0, code: 'aborted' });
      throw new MppApiError({ status: 0, code: 'network_error' });
    }
    if (response.ok) return response;
    const problem: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    const error = await errorFromResponse(response);
    if (problem && typeof problem === 'object') problems.set(error, problem as Problem);
    if (error.status === 401 && path !== '/staff/login') this.onSignedOut?.();
    throw error;
  }
}

/** `/staff/services/{serviceId}` with its parameters filled in, each encoded as one path segment. */
export function fillPath(path: string, params: object | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (params as Record<string, unknown> | undefined)?.[name];
    if (value === undefined) throw new TypeError(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

function queryOf(query: object | undefined): string {
  if (!query) return '';
  const entries = Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : '';
}
