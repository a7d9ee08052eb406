import { MppApiError, errorFromResponse } from './errors.js';
import type {
  Agency,
  Application,
  ApplicationLookupRequest,
  Availability,
  Booking,
  BookingLookupRequest,
  BookingRequest,
  Queue,
  RescheduleRequest,
  ServiceDetail,
  ServiceList,
} from './types.js';

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
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Source of idempotency keys; defaults to `crypto.randomUUID`. */
  newKey?: () => string;
}

export interface RequestOptions {
  /** Aborts the request (a new search cancels the old one). */
  signal?: AbortSignal;
}

/** A cached read: `stale` is true when the network failed and the last good copy was served instead. */
export interface CachedResult<T> {
  data: T;
  stale: boolean;
  /** Why the copy is stale. */
  error?: MppApiError;
}

interface CacheEntry<T> {
  etag: string;
  data: T;
}

type Method = 'GET' | 'POST';

interface Call {
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

const isArray = Array.isArray;
const isText = (v: unknown) => typeof v === 'string';
const SHAPES = {
  list: (d: Record<string, unknown>) => isArray(d.items),
  services: (d: Record<string, unknown>) => isArray(d.items) && isArray(d.agencies),
  service: (d: Record<string, unknown>) =>
    isText(d.id) && isText(d.name) && isArray(d.requirements) && isArray(d.procedure) && !!d.agency && !!d.cost,
  availability: (d: Record<string, unknown>) => isArray(d.days),
  booking: (d: Record<string, unknown>) => isText(d.code) && isText(d.status) && !!d.session && !!d.checkIn,
  application: (d: Record<string, unknown>) => isText(d.number) && isArray(d.steps),
  queue: (d: Record<string, unknown>) => isArray(d.counters),
};

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

function abortError(): MppApiError {
  return new MppApiError({ status: 0, code: 'aborted' });
}

/** A stable text of a booking body, so the same booking retried maps to the same idempotency key. */
function bookingFingerprint(body: BookingRequest): string {
  return JSON.stringify([body.serviceId, body.date, body.sessionId, body.nik, body.name, body.phone, body.email ?? '']);
}

/**
 * Typed client of the MPP API. Knows no DOM: the elements share one per base URL.
 *
 * - every attempt has a timeout; reads retry with backoff on network errors, 5xx and 429, honouring `Retry-After`;
 * - a booking carries an `Idempotency-Key` that is kept until the server gives a final answer, so retrying the
 *   same booking (automatically or by the resident) can never book twice;
 * - the catalogue and the agencies are cached in memory and revalidated with `ETag`;
 * - every failure is one `MppApiError`.
 */
export class MppClient {
  readonly baseUrl: string;
  private readonly options: Required<Omit<MppClientOptions, 'fetch' | 'baseUrl'>> & { fetch?: typeof fetch };
  private readonly cache = new Map<string, CacheEntry<unknown>>();
  private readonly inflight = new Map<string, Promise<CachedResult<unknown>>>();
  private readonly bookingKeys = new Map<string, string>();

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

  /** The agencies at this MPP (cached, revalidated with `ETag`). */
  listAgencies(opts: RequestOptions = {}): Promise<CachedResult<{ items: Agency[]; total: number }>> {
    return this.cachedGet('/agencies', SHAPES.list, opts);
  }

  /** The whole catalogue (cached, revalidated with `ETag`; served stale when offline). */
  listServices(opts: RequestOptions = {}): Promise<CachedResult<ServiceList>> {
    return this.cachedGet('/services', SHAPES.services, opts);
  }

  /** One service with its full service standard. */
  getService(serviceId: string, opts: RequestOptions = {}): Promise<ServiceDetail> {
    return this.json(
      { method: 'GET', path: `/services/${encodeURIComponent(serviceId)}`, retry: true, shape: SHAPES.service },
      opts,
    );
  }

  /** Days of the booking window with their sessions. */
  getAvailability(
    serviceId: string,
    query: { from?: string; days?: number } = {},
    opts: RequestOptions = {},
  ): Promise<Availability> {
    const params = new URLSearchParams();
    if (query.from) params.set('from', query.from);
    if (query.days) params.set('days', String(query.days));
    const qs = params.toString();
    const path = `/services/${encodeURIComponent(serviceId)}/availability${qs ? `?${qs}` : ''}`;
    return this.json({ method: 'GET', path, retry: true, shape: SHAPES.availability }, opts);
  }

  /**
   * Books a place. The idempotency key belongs to this exact booking (service, day, session, identity) until the
   * server answers for good, so every retry — by this client after a dropped connection, or by the resident
   * pressing "Try again" — reuses it and the server returns the one booking it made.
   */
  async createBooking(body: BookingRequest, opts: RequestOptions = {}): Promise<Booking> {
    const fingerprint = bookingFingerprint(body);
    let key = this.bookingKeys.get(fingerprint);
    if (!key) {
      key = this.options.newKey();
      this.bookingKeys.set(fingerprint, key);
    }
    try {
      const booking = await this.json<Booking>(
        {
          method: 'POST',
          path: '/bookings',
          body,
          headers: { 'Idempotency-Key': key },
          retry: true,
          shape: SHAPES.booking,
        },
        opts,
      );
      this.bookingKeys.delete(fingerprint);
      return booking;
    } catch (error) {
      // Keep the key while the outcome is unknown or may change on retry; a final refusal frees it.
      if (error instanceof MppApiError && !error.retryable && error.code !== 'aborted') {
        this.bookingKeys.delete(fingerprint);
      }
      throw error;
    }
  }

  /** A booking by code and the last 4 digits of the NIK (with live queue data on the day). */
  lookupBooking(body: BookingLookupRequest, opts: RequestOptions = {}): Promise<Booking> {
    return this.json({ method: 'POST', path: '/bookings/lookup', body, retry: true, shape: SHAPES.booking }, opts);
  }

  /** Cancels a booking. Not retried automatically: the resident sees the outcome and decides. */
  cancelBooking(code: string, body: { nikLast4: string }, opts: RequestOptions = {}): Promise<Booking> {
    return this.json(
      {
        method: 'POST',
        path: `/bookings/${encodeURIComponent(code)}/cancel`,
        body,
        retry: false,
        shape: SHAPES.booking,
      },
      opts,
    );
  }

  /** Moves a booking to another day or session; the server swaps the places atomically. Not retried. */
  rescheduleBooking(code: string, body: RescheduleRequest, opts: RequestOptions = {}): Promise<Booking> {
    return this.json(
      {
        method: 'POST',
        path: `/bookings/${encodeURIComponent(code)}/reschedule`,
        body,
        retry: false,
        shape: SHAPES.booking,
      },
      opts,
    );
  }

  /** An application (permohonan) by number and the last 4 digits of the applicant's NIK. */
  lookupApplication(body: ApplicationLookupRequest, opts: RequestOptions = {}): Promise<Application> {
    return this.json(
      { method: 'POST', path: '/applications/lookup', body, retry: true, shape: SHAPES.application },
      opts,
    );
  }

  /** The live queue of an agency today. */
  getQueue(agencyId: string, opts: RequestOptions = {}): Promise<Queue> {
    return this.json(
      { method: 'GET', path: `/queues/${encodeURIComponent(agencyId)}`, retry: true, shape: SHAPES.queue },
      opts,
    );
  }

  private async cachedGet<T>(path: string, shape: Call['shape'], opts: RequestOptions): Promise<CachedResult<T>> {
    // Two widgets asking at once share one request; a caller's abort still rejects only that caller.
    let shared = this.inflight.get(path) as Promise<CachedResult<T>> | undefined;
    if (!shared) {
      shared = this.revalidate<T>(path, shape).finally(() => this.inflight.delete(path));
      this.inflight.set(path, shared);
    }
    return opts.signal ? raceAbort(shared, opts.signal) : shared;
  }

  private async revalidate<T>(path: string, shape: Call['shape']): Promise<CachedResult<T>> {
    const cached = this.cache.get(path) as CacheEntry<T> | undefined;
    try {
      const headers: Record<string, string> = cached ? { 'If-None-Match': cached.etag } : {};
      const response = await this.send({ method: 'GET', path, headers, retry: true, shape }, undefined);
      if (response.status === 304 && cached) return { data: cached.data, stale: false };
      const data = await readJson<T>(response, shape);
      const etag = response.headers.get('ETag');
      if (etag) this.cache.set(path, { etag, data });
      return { data, stale: false };
    } catch (error) {
      if (cached && error instanceof MppApiError && error.retryable) {
        return { data: cached.data, stale: true, error };
      }
      throw error;
    }
  }

  private async json<T>(call: Call, opts: RequestOptions): Promise<T> {
    return readJson<T>(await this.send(call, opts.signal), call.shape);
  }

  /** One logical request: attempts with timeouts, backoff and `Retry-After`, until an answer or a final error. */
  private async send(call: Call, signal: AbortSignal | undefined): Promise<Response> {
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
      if (!error.retryable || attempt >= attempts) throw error;
      if (error.retryAfter !== undefined && error.retryAfter > maxRetryAfter) throw error;
      const wait =
        error.retryAfter !== undefined
          ? error.retryAfter * 1000
          : backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
      await sleep(wait, signal);
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
    // Header names as strings, not object keys: the minifier renames keys it cannot know leave the bundle.
    const headers = new Headers(call.headers);
    headers.set('Accept', 'application/json');
    if (call.body !== undefined) headers.set('Content-Type', 'application/json');
    const doFetch = this.options.fetch ?? fetch;
    try {
      return await doFetch(this.baseUrl + call.path, {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
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

async function readJson<T>(response: Response, shape: Call['shape']): Promise<T> {
  try {
    const data: unknown = await response.json();
    if (typeof data !== 'object' || data === null || !shape(data as Record<string, unknown>)) {
      throw new TypeError('not the contract');
    }
    return clip(data) as T;
  } catch {
    throw new MppApiError({ status: response.status, code: 'invalid_response' });
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
