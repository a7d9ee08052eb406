// MppApiError, the one shape of every API failure, and how a failed response becomes one.
import type { FieldError, Problem, ProblemCode } from './types.js';

/**
 * Failures that never reached a problem document from the server. `not_api`: what answered is not the MPP API (an
 * HTML page, a 404 without a problem document): `api-base` points elsewhere.
 */
export type TransportErrorCode = 'network_error' | 'timeout' | 'aborted' | 'invalid_response' | 'not_api';

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

/**
 * `Retry-After` in whole seconds, the form the contract gives it. The HTTP-date form is not read: the MPP API never
 * sends it, and a proxy that did gets the ordinary backoff instead.
 */
export function parseRetryAfter(value: string | null): number | undefined {
  return value && /^\s*\d+\s*$/.test(value) ? +value : undefined;
}

// Optional chaining reads `code` of any JSON value (and of none) without a type check first.
const isProblem = (body: unknown): body is Problem => typeof (body as Problem | undefined)?.code == 'string';

const isFieldError = (v: unknown): v is FieldError =>
  typeof (v as FieldError | undefined)?.field == 'string' && typeof (v as FieldError).code == 'string';

/** Turns a failed response into an `MppApiError`, whatever its body (problem JSON, HTML from a proxy, nothing). */
export async function errorFromResponse(response: Response): Promise<MppApiError> {
  const body: unknown = await response.json().catch(() => undefined);
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
  // No problem document. Overload and server failures come that way from proxies and load balancers; any other
  // refusal does not come from the MPP API, which answers every one with a problem: `api-base` is wrong.
  return new MppApiError({
    status,
    code: status == 429 ? 'rate_limited' : status == 503 ? 'unavailable' : status > 499 ? 'internal' : 'not_api',
    retryAfter,
  });
}
