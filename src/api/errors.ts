// MppApiError, the one shape of every API failure, and how a failed response becomes one.
import type { FieldError, Problem, ProblemCode } from './types.js';

/** Failures that never reached a problem document from the server. */
export type TransportErrorCode = 'network_error' | 'timeout' | 'aborted' | 'invalid_response';

/** Every failure of the MPP API, in one shape the elements can put into the resident's language. */
export class MppApiError extends Error {
  override readonly name = 'MppApiError';
  /** HTTP status; 0 when no response arrived (network, timeout, abort). */
  readonly status: number;
  /** The problem's stable `code`, or a transport code. */
  readonly code: ProblemCode | TransportErrorCode;
  /** Per-field errors of a 422 (`validation_failed`). */
  readonly fieldErrors: readonly FieldError[];
  /** Trying the same request again later may succeed. */
  readonly retryable: boolean;
  /** Seconds the server asked to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;
  /** The server's explanation, in the server's language; elements show their own strings first. */
  readonly detail: string | undefined;

  constructor(init: {
    status: number;
    code: ProblemCode | TransportErrorCode;
    message?: string;
    fieldErrors?: readonly FieldError[];
    retryAfter?: number | undefined;
    detail?: string | undefined;
  }) {
    super(init.message ?? init.code);
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter;
    this.detail = init.detail;
    this.retryable =
      init.code === 'network_error' ||
      init.code === 'timeout' ||
      init.status === 408 ||
      init.status === 429 ||
      init.status >= 500;
  }

  /** True when the request never got an answer: the resident may be offline. */
  get isNetwork(): boolean {
    return this.code === 'network_error' || this.code === 'timeout';
  }
}

/** Parses `Retry-After` (seconds or an HTTP date) into whole seconds from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

const STATUS_CODES: Record<number, ProblemCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
  503: 'unavailable',
};

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof (body as Problem).code === 'string';
}

function isFieldError(value: unknown): value is FieldError {
  const v = value as FieldError;
  return typeof v === 'object' && v !== null && typeof v.field === 'string' && typeof v.code === 'string';
}

/** Turns a failed response into an `MppApiError`, whatever its body (problem JSON, HTML from a proxy, nothing). */
export async function errorFromResponse(response: Response): Promise<MppApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const status = response.status;
  if (isProblem(body)) {
    return new MppApiError({
      status,
      code: body.code,
      message: body.title,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      fieldErrors: Array.isArray(body.errors) ? body.errors.filter(isFieldError) : [],
      retryAfter,
    });
  }
  return new MppApiError({
    status,
    code: STATUS_CODES[status] ?? (status >= 500 ? 'internal' : 'bad_request'),
    retryAfter,
  });
}
