// General API failure messages in English, of the same shape as messages.ts.
import type { ErrorMessages } from './messages.js';

/** English, loaded on first use (i18n.ts). */
export const en: ErrorMessages = {
  network_error: 'No internet connection. Check your network, then try again.',
  timeout: 'The server took too long to answer. Try again in a moment.',
  not_found: 'Nothing was found.',
  rate_limited: 'Too many attempts. Wait a moment, then try again.',
  wait: 'Too many attempts. Try again in {seconds} seconds.',
  unavailable: 'The service is unavailable right now. Try again in a moment.',
  server: 'Something went wrong on the MPP server. Try again in a moment.',
  invalid_response: 'The MPP server sent an answer that could not be read. Try again in a moment.',
  rejected: 'The request was refused. Check what you entered.',
  setup: 'This service cannot be reached from this site yet.',
};
