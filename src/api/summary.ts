// A service's summary from its full record: the catalogue entry the finder lists (shared with the reference server).
import type { ServiceSummary } from './types.js';

/**
 * The catalogue entry of a service: its summary fields, without the standard's long parts. One definition for
 * every producer of `GET /services` (the reference server, the mocks), so they cannot drift from the contract.
 */
export function summaryOf(service: ServiceSummary): ServiceSummary {
  const { id, agencyId, name, category, keywords, summary, bookable, cost, duration, confidence } = service;
  return {
    id,
    agencyId,
    name,
    category,
    keywords,
    ...(summary ? { summary } : {}),
    bookable,
    cost,
    duration,
    confidence,
  };
}
