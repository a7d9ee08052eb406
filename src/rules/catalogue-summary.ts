// A service's catalogue entry from its full record: one definition for every producer of `GET /services`.
import type { ServiceSummary, TranslatableField } from '../api/types.js';

const SUMMARY_TEXTS: readonly TranslatableField[] = ['name', 'category', 'summary', 'duration', 'cost'];

/**
 * The catalogue entry of a service: its summary fields, without the standard's long parts. One definition for
 * every producer of `GET /services` (the reference server, the mocks), so they cannot drift from the contract.
 */
export function summaryOf(service: ServiceSummary): ServiceSummary {
  const { id, agencyId, name, category, keywords, summary, bookable, cost, duration, confidence, bookingFields } =
    service;
  // The language of a localised service (src/rules/content-language.ts), with its untranslated texts the list shows.
  const untranslated = service.untranslated?.filter((f) => SUMMARY_TEXTS.includes(f));
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
    // The booking widget asks these questions: the list carries them, so no second request is needed.
    ...(bookingFields?.length ? { bookingFields } : {}),
    ...(service.lang ? { lang: service.lang } : {}),
    ...(untranslated?.length ? { untranslated } : {}),
  };
}
