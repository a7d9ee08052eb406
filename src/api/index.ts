export { MppClient } from './client.js';
export type { MppClientOptions, RequestOptions, CachedResult } from './client.js';
export { MppApiError, parseRetryAfter } from './errors.js';
export type { TransportErrorCode } from './errors.js';
export type * from './types.js';
