// A service's catalogue entry from its full record: one definition for every producer of `GET /services`.
import type { ServiceSummary } from '../api/types.js';

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
