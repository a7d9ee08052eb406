// The operations of the MPP API, one function each over a shared transport. They are functions, not methods, so
// that a bundle carries only those it calls: the finder never ships the booking code, the booking never ships
// the application look-up. The three that change a booking are in booking-changes.ts, fetched with the booking's
// second half.
import { MppApiError } from './errors.js';
import {
  raceAbort,
  readJson,
  type CachedResult,
  type Call,
  type MppTransport,
  type RequestOptions,
} from './transport.js';
import type {
  Agency,
  Application,
  ApplicationLookupRequest,
  Availability,
  Booking,
  BookingLookupRequest,
  HallBoard,
  MppConfig,
  PublicSatisfaction,
  Queue,
  ServiceDetail,
  ServiceList,
  StatusLookupRequest,
  StatusLookupResult,
  SurveyAnswer,
  SurveyReceipt,
} from './types.js';

// The least an answer must have for the elements to render it (see `Call.shape`). One constant per answer, so
// unused ones drop out of a bundle with their operation.
type Shape = Call['shape'];
const isArray = Array.isArray;
const isText = (v: unknown) => typeof v === 'string';
const listShape: Shape = (d) => isArray(d.items);
const servicesShape: Shape = (d) => isArray(d.items) && isArray(d.agencies);
const serviceShape: Shape = (d) =>
  isText(d.id) && isText(d.name) && isArray(d.requirements) && isArray(d.procedure) && !!d.agency && !!d.cost;
const availabilityShape: Shape = (d) => isArray(d.days);
export const bookingShape: Shape = (d) => isText(d.code) && isText(d.status) && !!d.session && !!d.checkIn;
const applicationShape: Shape = (d) => isText(d.number) && isArray(d.steps);
const statusShape: Shape = (d) => (d.kind === 'application' ? applicationShape : bookingShape)(d);
const queueShape: Shape = (d) => isArray(d.counters);
const boardShape: Shape = (d) => isArray(d.counters) && isArray(d.recent) && isText(d.lastEventId);

export const segment = encodeURIComponent;

interface CacheEntry {
  etag: string;
  data: unknown;
}
/** Each transport's cached reads (by path) and the reads in flight, kept here so only bundles that read use them. */
const readCaches = new WeakMap<
  MppTransport,
  { entries: Map<string, CacheEntry>; inflight: Map<string, Promise<CachedResult<unknown>>> }
>();

/**
 * A cached read: revalidated with `ETag`, shared between simultaneous callers, served stale when offline. Asked in
 * `opts.lang` (`Accept-Language`; Bahasa Indonesia by default), each language cached apart with its own ETag.
 */
function cachedGet<T>(api: MppTransport, path: string, shape: Shape, opts: RequestOptions): Promise<CachedResult<T>> {
  let cache = readCaches.get(api);
  if (!cache) readCaches.set(api, (cache = { entries: new Map(), inflight: new Map() }));
  const { entries, inflight } = cache;
  const lang = opts.lang || 'id';
  const key = lang + path;
  // Two widgets asking at once share one request; a caller's abort still rejects only that caller.
  let shared = inflight.get(key);
  if (!shared) {
    shared = revalidate(api, entries, key, path, shape, lang).finally(() => inflight.delete(key));
    inflight.set(key, shared);
  }
  return (opts.signal ? raceAbort(shared, opts.signal) : shared) as Promise<CachedResult<T>>;
}

async function revalidate(
  api: MppTransport,
  entries: Map<string, CacheEntry>,
  key: string,
  path: string,
  shape: Shape,
  lang: string,
): Promise<CachedResult<unknown>> {
  const cached = entries.get(key);
  try {
    const headers: Record<string, string> = { 'Accept-Language': lang };
    if (cached) headers['If-None-Match'] = cached.etag;
    const response = await api.send({ method: 'GET', path, headers, retry: true, shape }, undefined);
    if (response.status === 304 && cached) return { data: cached.data, stale: false };
    const data = await readJson(response, shape);
    const etag = response.headers.get('ETag');
    if (etag) entries.set(key, { etag, data });
    return { data, stale: false };
  } catch (error) {
    if (cached && error instanceof MppApiError && error.retryable) return { data: cached.data, stale: true, error };
    throw error;
  }
}

/** The agencies at this MPP (cached, revalidated with `ETag`). */
export function listAgencies(
  api: MppTransport,
  opts: RequestOptions = {},
): Promise<CachedResult<{ items: Agency[]; total: number }>> {
  return cachedGet(api, '/agencies', listShape, opts);
}

/** The whole catalogue (cached, revalidated with `ETag`; served stale when offline). */
export function listServices(api: MppTransport, opts: RequestOptions = {}): Promise<CachedResult<ServiceList>> {
  return cachedGet(api, '/services', servicesShape, opts);
}

/** One service with its full service standard. */
export function getService(api: MppTransport, serviceId: string, opts: RequestOptions = {}): Promise<ServiceDetail> {
  const headers = { 'Accept-Language': opts.lang || 'id' };
  return api.json(
    { method: 'GET', path: `/services/${segment(serviceId)}`, headers, retry: true, shape: serviceShape },
    opts,
  );
}

/** Days of the booking window with their sessions. */
export function getAvailability(
  api: MppTransport,
  serviceId: string,
  query: { from?: string; days?: number } = {},
  opts: RequestOptions = {},
): Promise<Availability> {
  // Only the options given: `?from=` and `?days=` (URLSearchParams writes the number as text).
  const qs = String(new URLSearchParams(Object.entries(query).filter((entry) => entry[1]) as string[][]));
  const path = `/services/${segment(serviceId)}/availability${qs ? `?${qs}` : ''}`;
  return api.json({ method: 'GET', path, retry: true, shape: availabilityShape }, opts);
}

/** A booking by code and the last 4 digits of the NIK (with live queue data on the day). */
export function lookupBooking(
  api: MppTransport,
  body: BookingLookupRequest,
  opts: RequestOptions = {},
): Promise<Booking> {
  const headers = { 'Accept-Language': opts.lang || 'id' };
  return api.json({ method: 'POST', path: '/bookings/lookup', body, headers, retry: true, shape: bookingShape }, opts);
}

/** An application (permohonan) by number and the last 4 digits of the applicant's NIK. */
export function lookupApplication(
  api: MppTransport,
  body: ApplicationLookupRequest,
  opts: RequestOptions = {},
): Promise<Application> {
  return api.json({ method: 'POST', path: '/applications/lookup', body, retry: true, shape: applicationShape }, opts);
}

/**
 * A booking or an application by a code of any format and the last 4 digits of the NIK; the answer's `kind` says
 * which it is.
 */
export function lookupStatus(
  api: MppTransport,
  body: StatusLookupRequest,
  opts: RequestOptions = {},
): Promise<StatusLookupResult> {
  // A booking names its service in `opts.lang` where translated; an application keeps its agency's words.
  const headers = { 'Accept-Language': opts.lang || 'id' };
  return api.json({ method: 'POST', path: '/lookup', body, headers, retry: true, shape: statusShape }, opts);
}

const configs = new WeakMap<MppTransport, Promise<MppConfig>>();

/**
 * What this MPP asks of residents (`secondFactor`): read once per transport, as it changes only with a restart of
 * the server; a failure is forgotten so the next caller asks again.
 */
export function getConfig(api: MppTransport, opts: RequestOptions = {}): Promise<MppConfig> {
  let config = configs.get(api);
  if (!config) {
    config = api.json<MppConfig>(
      { method: 'GET', path: '/config', retry: true, shape: (d) => isText(d.secondFactor) },
      {},
    );
    configs.set(api, config);
    config.catch(() => configs.delete(api));
  }
  return opts.signal ? raceAbort(config, opts.signal) : config;
}

/** The live queue of an agency today. */
export function getQueue(api: MppTransport, agencyId: string, opts: RequestOptions = {}): Promise<Queue> {
  return api.json({ method: 'GET', path: `/queues/${segment(agencyId)}`, retry: true, shape: queueShape }, opts);
}

/**
 * A resident's answer to the satisfaction survey, with the token of their own look-up of the served visit. Not
 * retried on its own: a retry after a lost answer would meet `409 survey_answered`, which the survey shows as
 * answered anyway.
 */
export function submitSurvey(api: MppTransport, body: SurveyAnswer, opts: RequestOptions = {}): Promise<SurveyReceipt> {
  return api.json(
    { method: 'POST', path: '/surveys', body, retry: false, shape: (d) => d.status === 'answered' },
    opts,
  );
}

/** `?agency=` when one agency is asked for (the whole MPP otherwise), with more parameters. */
const boardQuery = (agencyId: string | undefined, more: Record<string, string> = {}) => {
  const qs = String(new URLSearchParams({ ...(agencyId ? { agency: agencyId } : {}), ...more }));
  return qs ? `?${qs}` : '';
};

/** The hall's board now: each counter with the number it serves, the last calls, the id to stream from. */
export function getHallCalls(api: MppTransport, agencyId?: string, opts: RequestOptions = {}): Promise<HallBoard> {
  return api.json({ method: 'GET', path: `/calls${boardQuery(agencyId)}`, retry: true, shape: boardShape }, opts);
}

/** The address of the hall's call stream (server-sent events) after the call `after`, for an `EventSource`. */
export const hallStreamUrl = (api: MppTransport, agencyId: string | undefined, after: string) =>
  `${api.baseUrl}/calls/stream${boardQuery(agencyId, { after })}`;

/**
 * The published satisfaction index (IKM) per agency and for the whole MPP over `period` (`2026-Q3`, `2026`; the
 * last complete quarter when absent). Public and cacheable: the browser revalidates it by its ETag.
 */
export function getPublicSatisfaction(
  api: MppTransport,
  period?: string,
  opts: RequestOptions = {},
): Promise<PublicSatisfaction> {
  const qs = period ? `?${new URLSearchParams({ period })}` : '';
  return api.json(
    { method: 'GET', path: `/satisfaction${qs}`, retry: true, shape: (d) => isArray(d.agencies) && !!d.mpp },
    opts,
  );
}
