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
import type { CatalogueStore } from './store/catalogue-types.js';
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

/** What the catalogue answers from memory until the version moves on. */
interface Snapshot {
  agencies: Agency[];
  agencyById: Map<string, Agency>;
  serviceList: CachedJson;
  agencyList: CachedJson;
  /** Every service, published or not: bookings and applications of an unpublished one still name it. */
  serviceById: Map<string, ServiceDetail>;
  /** The services residents see. */
  published: Set<string>;
}

/**
 * The catalogue in memory, as the database holds it. Administrators change it (server/staff/catalogue-routes.ts),
 * on this instance or another: each instance asks the database for the catalogue's version at most once per
 * `config.catalogueCheckMs` (one row by primary key) and reads the catalogue again when it moved on. Residents see
 * published services only.
 */
export async function createCatalogue({
  store,
  catalogueStore,
  clock,
  config,
}: {
  store: BookingStore;
  catalogueStore: CatalogueStore;
  clock: MppClock;
  config: ServerConfig;
}) {
  async function build(): Promise<Snapshot> {
    const [agencies, stored] = await Promise.all([store.agencies(), catalogueStore.storedServices()]);
    const agencyById = new Map<string, Agency>(agencies.map((a) => [a.id, a]));
    const visible = stored.filter((s) => s.published).map((s) => s.service);
    const usedAgencies = new Set(visible.map((s) => s.agencyId));
    return {
      agencies,
      agencyById,
      serviceList: cached({
        items: visible.map(summaryOf),
        total: visible.length,
        agencies: agencies.filter((a) => usedAgencies.has(a.id)),
      }),
      agencyList: cached({ items: agencies, total: agencies.length }),
      serviceById: new Map(stored.map(({ service: s }) => [s.id, { ...s, agency: agencyById.get(s.agencyId)! }])),
      published: new Set(visible.map((s) => s.id)),
    };
  }

  // The version is read before the catalogue: a change between the two is seen at the next check.
  let version = await catalogueStore.catalogueVersion();
  let current = await build();
  let checkedAt = performance.now();
  let checking: Promise<void> | undefined;

  /** Reads the catalogue again, now (after this instance's own change). */
  async function reload(): Promise<void> {
    const next = await catalogueStore.catalogueVersion();
    const snapshot = await build();
    version = next;
    current = snapshot;
    checkedAt = performance.now();
  }

  /** Makes sure the copy in memory is at most `catalogueCheckMs` old; requests in the meantime share one check. */
  function fresh(): Promise<void> {
    if (performance.now() - checkedAt < config.catalogueCheckMs) return Promise.resolve();
    checking ??= (async () => {
      try {
        if ((await catalogueStore.catalogueVersion()) !== version) await reload();
        checkedAt = performance.now();
      } finally {
        checking = undefined;
      }
    })();
    return checking;
  }

  /** Any service, published or not (for bookings, applications and staff); 404 when unknown. */
  function getService(id: string): ServiceDetail {
    const service = current.serviceById.get(id);
    if (!service) fail(404, 'not_found');
    return service;
  }

  /** A service residents may see: 404 for an unknown or unpublished one. */
  function publishedService(id: string): ServiceDetail {
    if (!current.published.has(id)) fail(404, 'not_found');
    return getService(id);
  }

  async function availability(
    serviceId: string,
    { from, days }: { from: string | undefined; days: number | undefined },
    now: number,
  ): Promise<Availability> {
    const service = publishedService(serviceId);
    const first = from ?? clock.dateOf(now);
    const count = days ?? config.rules.bookingWindowDays + 1;
    const out = [];
    for (let i = 0; i < count; i++) {
      const date = clock.addDays(first, i);
      const [holiday, sessions, taken] = await Promise.all([
        store.holiday(date),
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
    const service = current.published.has(serviceId) ? current.serviceById.get(serviceId) : undefined;
    const [holiday, templates] = await Promise.all([
      store.holiday(date),
      service ? store.sessionTemplates(serviceId, clock.weekday(date)) : [],
    ]);
    const session = templates.find((t) => t.id === sessionId);
    return { session, refusal: calendarRefusal(clock, config.rules, { now, date, service, holiday, session }) };
  }

  return {
    get agencies() {
      return current.agencies;
    },
    get agencyById() {
      return current.agencyById;
    },
    get serviceList() {
      return current.serviceList;
    },
    get agencyList() {
      return current.agencyList;
    },
    fresh,
    reload,
    getService,
    publishedService,
    availability,
    sessionFor,
  };
}
