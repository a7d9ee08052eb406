// The one way to the MPP API: timeouts, retries with backoff and Retry-After, answers checked, failures as
// MppApiError.
import { MppApiError, errorFromResponse } from './errors.js';

export interface MppClientOptions {
  /** Base URL of the API, e.g. `https://mpp.tanjungpinangkota.go.id/api/v1`. */
  baseUrl: string;
  /** Milliseconds before one attempt is abandoned. Default 10 000 (mobile data can be slow, not endless). */
  timeoutMs?: number;
  /** Further attempts for reads after a network error, a timeout, a 5xx or a 429. Default 2. */
  retries?: number;
  /** First backoff in milliseconds; doubled each attempt, with jitter. Default 400. */
  backoffMs?: number;
  /** A `Retry-After` longer than this (seconds) is not waited for: the error goes to the element. Default 10. */
  maxRetryAfter?: number;
  /** The `fetch` to use; defaults to the global one at call time (so test doubles installed later apply). */
  fetch?: typeof fetch;
  /** Sleep used between attempts; replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Source of idempotency keys; defaults to `crypto.randomUUID`. */
  newKey?: () => string;
}

export interface RequestOptions {
  /** Aborts the request (a new search cancels the old one). */
  signal?: AbortSignal;
  /** The language of the texts asked for (`Accept-Language`): the catalogue's reads answer in it where translated. */
  lang?: string;
}

/** A cached read: `stale` is true when the network failed and the last good copy was served instead. */
export interface CachedResult<T> {
  data: T;
  stale: boolean;
  /** Why the copy is stale. */
  error?: MppApiError;
}

type Method = 'GET' | 'POST';

export interface Call {
  method: Method;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Safe to repeat: reads, look-ups, and bookings carrying their idempotency key. */
  retry: boolean;
  /**
   * The least an answer must have for the elements to render it. An answer that breaks the contract becomes an
   * `invalid_response` error the resident can retry, instead of a TypeError deep in a template.
   */
  shape: (data: Record<string, unknown>) => boolean;
}

// A wait between attempts does not listen to the caller's signal: the next attempt checks it and ends there, so an
// aborted call sends nothing more and settles when the wait is over (the caller has moved on by then).
const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function abortError(): MppApiError {
  return new MppApiError({ status: 0, code: 'aborted' });
}

/**
 * What every call of the MPP API goes through — one per base URL, shared by the elements on a page: a timeout on
 * every attempt; retries with backoff for reads on network errors, 5xx and 429, honouring `Retry-After`; every
 * failure turned into one `MppApiError`. (The catalogue's cache lives with the operations that read it.)
 *
 * The operations themselves are functions in `operations.ts`, so that each element's bundle carries only the ones
 * it calls; `MppClient` gathers them all as methods for people who use the client directly.
 */
export class MppTransport {
  readonly baseUrl: string;
  private readonly options: Required<Omit<MppClientOptions, 'fetch' | 'baseUrl'>> & { fetch?: typeof fetch };

  constructor(options: MppClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.options = {
      timeoutMs: options.timeoutMs ?? 10_000,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 400,
      maxRetryAfter: options.maxRetryAfter ?? 10,
      sleep: options.sleep ?? defaultSleep,
      newKey: options.newKey ?? (() => crypto.randomUUID()),
      fetch: options.fetch,
    };
  }

  /** A new idempotency key (for the booking operations). */
  newKey(): string {
    return this.options.newKey();
  }

  /** One call whose JSON answer must have `call.shape`. */
  async json<T>(call: Call, opts: RequestOptions): Promise<T> {
    return readJson<T>(await this.send(call, opts.signal), call.shape);
  }

  /** One logical request: attempts with timeouts, backoff and `Retry-After`, until an answer or a final error. */
  async send(call: Call, signal: AbortSignal | undefined): Promise<Response> {
    const { retries, backoffMs, maxRetryAfter, sleep } = this.options;
    const attempts = call.retry ? retries + 1 : 1;
    for (let attempt = 1; ; attempt++) {
      let error: MppApiError;
      try {
        const response = await this.attempt(call, signal);
        if (response.ok || response.status === 304) return response;
        error = await errorFromResponse(response);
      } catch (caught) {
        error = caught as MppApiError;
      }
      const after = error.retryAfter;
      if (!error.retryable || attempt >= attempts || (after ?? 0) > maxRetryAfter) throw error;
      await sleep(after === undefined ? backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2) : after * 1000);
    }
  }

  private async attempt(call: Call, signal: AbortSignal | undefined): Promise<Response> {
    if (signal?.aborted) throw abortError();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const json = 'application/json';
    // `JSON.stringify(undefined)` is undefined: a call without a body sends none.
    const body: string | undefined = JSON.stringify(call.body);
    const doFetch = this.options.fetch ?? fetch;
    try {
      return await doFetch(this.baseUrl + call.path, {
        method: call.method,
        headers: body ? { ...call.headers, Accept: json, 'Content-Type': json } : { ...call.headers, Accept: json },
        body,
        signal: controller.signal,
        // Agency pages embed us cross-origin; residents' cookies have nothing to do with the MPP API.
        credentials: 'omit',
      });
    } catch {
      if (timedOut) throw new MppApiError({ status: 0, code: 'timeout' });
      if (signal?.aborted) throw abortError();
      throw new MppApiError({ status: 0, code: 'network_error' });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

/** Longer than any real name, requirement or legal basis: beyond it, text is a mistake or an attack. */
const MAX_TEXT = 1000;

/**
 * Every string of an answer cut to `MAX_TEXT` characters: a 10,000-character name without spaces takes a phone's
 * browser seconds to lay out, and no resident reads it.
 */
function clip(value: unknown): unknown {
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  if (Array.isArray(value)) return value.map(clip);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = clip((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/**
 * Whether the JSON text may hold a string longer than `MAX_TEXT`: a run of that many string characters (an escape
 * counts as one or more) after a quote. Answers without one, nearly all of them, skip the walk through every value
 * — on a slow phone that walk over the catalogue cost more than rendering a page of results.
 */
const LONG_STRING = new RegExp(`"(?:[^"\\\\]|\\\\.){${MAX_TEXT + 1}}`);

/**
 * The JSON answer, if it has `shape`, with overlong texts cut; else an `invalid_response` error, or `not_api` when
 * the answer is not JSON at all (a web page: `api-base` points at a site, not the API).
 */
export async function readJson<T>(response: Response, shape: Call['shape']): Promise<T> {
  try {
    const text = await response.text();
    const data = JSON.parse(text) as Record<string, unknown>;
    // `null` makes the shape throw, and a string or a number has none of its fields: both end below.
    if (!shape(data)) throw new TypeError('not the contract');
    return (LONG_STRING.test(text) ? clip(data) : data) as T;
  } catch {
    throw new MppApiError({
      status: response.status,
      code: response.headers.get('Content-Type')?.includes('json') ? 'invalid_response' : 'not_api',
    });
  }
}

/** `promise`, or an `aborted` error as soon as `signal` aborts (the promise itself runs on for others). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
