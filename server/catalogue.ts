// Catalogue and calendar: agencies, services, and the days and sessions of the booking window.
import { createHash } from 'node:crypto';
import type { Agency, Availability, ServiceDetail } from '../src/api/types.js';
import { summaryOf } from '../src/rules/catalogue-summary.js';
import {
  availabilityDay,
  calendarRefusal,
  type MppClock,
  type Refusal,
  type SessionTemplate,
} from '../src/rules/index.js';
import type { ServerConfig } from './config.js';
import { fail } from './problems.js';
import type { BookingStore } from './store/types.js';

/** A JSON document served as it is, with its strong validator. */
export interface CachedJson {
  json: string;
  etag: string;
}

const etagOf = (text: string) => `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;
const cached = (value: unknown): CachedJson => {
  const json = JSON.stringify(value);
  return { json, etag: etagOf(json) };
};

export type Catalogue = Awaited<ReturnType<typeof createCatalogue>>;

/**
 * Reads the catalogue once (it changes only through a restart with new seed data) and answers from memory; the
 * calendar (sessions, closures, the window's opening hour) is read per request, since staff change it at any time.
 */
export async function createCatalogue({
  store,
  clock,
  config,
}: {
  store: BookingStore;
  clock: MppClock;
  config: ServerConfig;
}) {
  const agencies = await store.agencies();
  const agencyById = new Map<string, Agency>(agencies.map((a) => [a.id, a]));
  const services = await store.services();
  const usedAgencies = new Set(services.map((s) => s.agencyId));
  const serviceList = cached({
    items: services.map(summaryOf),
    total: services.length,
    agencies: agencies.filter((a) => usedAgencies.has(a.id)),
  });
  const agencyList = cached({ items: agencies, total: agencies.length });
  const serviceById = new Map<string, ServiceDetail>(
    services.map((s) => [s.id, { ...s, agency: agencyById.get(s.agencyId)! }]),
  );

  function getService(id: string): ServiceDetail {
    const service = serviceById.get(id);
    if (!service) fail(404, 'not_found');
    return service;
  }

  async function availability(
    serviceId: string,
    { from, days }: { from: string | undefined; days: number | undefined },
    now: number,
  ): Promise<Availability> {
    const service = getService(serviceId);
    const first = from ?? clock.dateOf(now);
    const count = days ?? config.rules.bookingWindowDays + 1;
    const windowOpensAt = service.bookable ? await store.windowOpensAt(serviceId) : null;
    const out = [];
    for (let i = 0; i < count; i++) {
      const date = clock.addDays(first, i);
      const [holiday, sessions, taken] = await Promise.all([
        store.holiday(date, service.agencyId),
        service.bookable ? store.sessionTemplates(serviceId, clock.weekday(date)) : [],
        store.placesTaken(serviceId, date),
      ]);
      out.push(
        availabilityDay(clock, config.rules, {
          date,
          now,
          bookable: service.bookable,
          holiday,
          sessions,
          taken: (id) => taken.get(id) ?? 0,
          windowOpensAt,
        }),
      );
    }
    return { serviceId, timezone: config.timezone, days: out };
  }

  /**
   * The session a booking asks for and the calendar's verdict on it (service, window, open day, a session that
   * exists that weekday and has not ended). Places are judged by the store, in its transaction.
   */
  async function sessionFor(
    serviceId: string,
    date: string,
    sessionId: string,
    now: number,
  ): Promise<{ session: SessionTemplate | undefined; refusal: Refusal | null }> {
    const service = serviceById.get(serviceId);
    const [holiday, templates, windowOpensAt] = service
      ? await Promise.all([
          store.holiday(date, service.agencyId),
          store.sessionTemplates(serviceId, clock.weekday(date)),
          store.windowOpensAt(serviceId),
        ])
      : [undefined, [], null];
    const session = templates.find((t) => t.id === sessionId);
    return {
      session,
      refusal: calendarRefusal(clock, config.rules, { now, date, service, holiday, session, windowOpensAt }),
    };
  }

  return { agencies, agencyById, serviceList, agencyList, getService, availability, sessionFor };
}
