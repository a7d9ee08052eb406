// General messages for API failures, in the resident's language; elements add their own for their flows. A page
// set up wrong is told to its webmaster here, once, in the console; every failure is told to the page (`mpp-error`).
import type { MppApiError, TransportErrorCode } from '../api/errors.js';
import type { MppTransport } from '../api/transport.js';
import type { ProblemCode } from '../api/types.js';
import { localised, type Lang } from './i18n.js';

/** A failure's code where it has a message of its own (so the code finds it), then the general messages. */
type ErrorKey =
  | 'network_error'
  | 'timeout'
  | 'not_found'
  | 'rate_limited'
  | 'unavailable'
  | 'invalid_response'
  | 'wait'
  | 'server'
  | 'rejected'
  | 'setup';

export type ErrorMessages = Record<ErrorKey, string>;

const id: ErrorMessages = {
  network_error: 'Tidak ada koneksi internet. Periksa jaringan Anda, lalu coba lagi.',
  timeout: 'Server terlalu lama menjawab. Coba lagi sebentar lagi.',
  not_found: 'Data tidak ditemukan.',
  rate_limited: 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
  wait: 'Terlalu banyak percobaan. Coba lagi dalam {seconds} detik.',
  unavailable: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
  server: 'Terjadi gangguan pada server MPP. Coba lagi sebentar lagi.',
  invalid_response: 'Server MPP mengirim jawaban yang tidak dapat dibaca. Coba lagi sebentar lagi.',
  rejected: 'Permintaan ditolak. Periksa kembali isian Anda.',
  setup: 'Layanan belum dapat dihubungi dari situs ini.',
};

const errors = localised(id, () => import('./messages.en.js').then((m) => m.en));

/**
 * `detail` of `mpp-error`, sent once for each failure a widget meets, besides what it shows the resident: the
 * contract's problem `code` (`session_full`, `rate_limited`, …) or the client's (`network_error`, `timeout`,
 * `invalid_response`; `not_api`: `api-base` points at something that is not the MPP API; `no_api_base`: no API
 * address at all), and whether trying the same again may succeed. Never personal data.
 */
export interface MppErrorDetail {
  code: ProblemCode | TransportErrorCode | 'no_api_base';
  retryable: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'mpp-error': CustomEvent<MppErrorDetail>;
  }
}

/** What `errorMessage()` needs of the widget that shows the failure. */
export interface FailureHost {
  readonly language: Lang;
  readonly client: MppTransport | undefined;
  emit<T>(name: `mpp-${string}`, detail: T): boolean;
  /** The failures this widget told the page about (views ask for a message at every render). */
  told?: WeakSet<object>;
}

/** Console lines already written: one per cause and API, however many widgets meet it. */
const logged = new Set<string>();

/**
 * Tells the page about a failure, once per widget and failure (`key`): an `mpp-error` event; and, for a set-up only
 * the webmaster can fix, one console line naming the cause and the fix (once per page, however many widgets).
 */
function tell(host: FailureHost, key: object, detail: MppErrorDetail, line?: string | false): void {
  if (line && !logged.has(line)) {
    logged.add(line);
    console.warn(`mpp-widgets: ${line}`);
  }
  const told = (host.told ??= new WeakSet());
  if (told.has(key)) return;
  told.add(key);
  host.emit<MppErrorDetail>('mpp-error', detail);
}

/** Tells the page that a request failed (`mpp-error` with its code), unless the widget itself called it off. */
export function reportFailure(host: FailureHost, error: MppApiError): void {
  if (error.code != 'aborted') tell(host, error, { code: error.code, retryable: error.retryable });
}

/**
 * A general message for an API failure; elements add their own for the codes their flow expects. A failure that
 * only the webmaster can fix (the API refused this site's origin, or `api-base` is not the API) reads "the service
 * cannot be reached from this site" to residents, and is told to the page (`tell()`), naming the cause and the fix.
 */
export function errorMessage(error: MppApiError, host: FailureHost): string {
  const t = errors.in(host.language);
  const code = error.code;
  const base = host.client?.baseUrl;
  const fix =
    code == 'origin_not_allowed'
      ? `${base} refused this site's origin ${location.origin}: add it to MPP_ALLOWED_ORIGINS`
      : code == 'not_api' &&
        `${base} is not the MPP API (HTTP ${error.status}): set api-base to its address, ending in /api/v1`;
  tell(host, error, { code, retryable: error.retryable }, fix);
  return code == 'rate_limited' && error.retryAfter
    ? t.wait.replace('{seconds}', String(error.retryAfter))
    : ((t as Partial<Record<string, string>>)[code] ?? (fix ? t.setup : error.status > 499 ? t.server : t.rejected));
}

/** What a widget with no API address says to residents; its webmaster is told what to set (`tell()`). */
export function notConnected(host: FailureHost): string {
  tell(
    host,
    host,
    { code: 'no_api_base', retryable: false },
    'no MPP API address: set data-api-base on the script tag, or api-base on the element',
  );
  return errors.in(host.language).setup;
}
