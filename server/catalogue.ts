// Catalogue and calendar: agencies, services, and the days and sessions of the booking window.
import { createHash } from 'node:crypto';
import type { Agency, Availability, ServiceDetail } from '../src/api/types.js';
import { summaryOf } from '../src/rules/catalogue-summary.js';
import {
  CONTENT_LANGUAGES,
  localiseService,
  type ContentLanguage,
  availabilityDay,
  calendarRefusal,
  type MppClock,
  type Refusal,
  type SessionTemplate,
} from '../src/rules/index.js';
import type { ServerConfig } from './config.js';
import { fail } from './problems.js';
import type { CatalogueStore } from './store/catalogue-types.js';
import type { CatalogueService } from './store/types.js';
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
  /** The list in each language, each with its own ETag. */
  serviceLists: Record<ContentLanguage, CachedJson>;
  agencyList: CachedJson;
  /** Every service, published or not, in Bahasa Indonesia: bookings and applications of an unpublished one still name it. */
  serviceById: Map<string, ServiceDetail>;
  /** Each service's translations (the contract's ServiceStandard.translations), where it has any. */
  translationsById: Map<string, CatalogueService['translations']>;
  /** The services residents see. */
  published: Set<string>;
}

/**
 * The catalogue in memory, as the database holds it. Administrators change it (server/staff/catalogue-routes.ts),
 * on this instance or another: each instance asks the database for the catalogue's version at most once per
 * `config.catalogueCheckMs` (one row by primary key) and reads the catalogue again when it moved on. Residents see
 * published services only. The calendar (sessions, closures, the window's opening hour)
 * is read per request, since staff change it at any time.
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
    const listIn = (lang: ContentLanguage) =>
      cached({
        items: visible.map((s) => summaryOf(localiseService(s, lang))),
        total: visible.length,
        agencies: agencies.filter((a) => usedAgencies.has(a.id)),
      });
    return {
      agencies,
      agencyById,
      serviceLists: Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, listIn(l)])) as Record<
        ContentLanguage,
        CachedJson
      >,
      agencyList: cached({ items: agencies, total: agencies.length }),
      serviceById: new Map(
        stored.map(({ service: { translations: _, ...s } }) => [s.id, { ...s, agency: agencyById.get(s.agencyId)! }]),
      ),
      translationsById: new Map(stored.map(({ service: s }) => [s.id, s.translations])),
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

  /**
   * Makes sure the copy in memory is at most `catalogueCheckMs` old; requests in the meantime share one check. Never
   * fails: while the database cannot answer, the copy in memory is served.
   */
  function fresh(): Promise<void> {
    if (performance.now() - checkedAt < config.catalogueCheckMs) return Promise.resolve();
    checking ??= (async () => {
      try {
        if ((await catalogueStore.catalogueVersion()) !== version) await reload();
      } catch (error) {
        // The database does not answer: residents keep the catalogue held here, and the next check tries again.
        if (config.log)
          console.warn(
            JSON.stringify({
              t: new Date().toISOString(),
              level: 'warn',
              message: `catalogue check: ${String(error)}`,
            }),
          );
      } finally {
        checkedAt = performance.now();
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

  /** A service residents may see, in `lang` (Bahasa Indonesia where a text has no translation). */
  function localisedService(id: string, lang: ContentLanguage): ServiceDetail {
    const service = publishedService(id);
    return localiseService({ ...service, translations: current.translationsById.get(id) }, lang);
  }

  /** A service's English texts, published or not (a booking's answer names its service with them), if any. */
  const translationOf = (id: string) => current.translationsById.get(id)?.en;

  /** How many days an availability answer lists: `days`, or the booking window and today (the route's guard too). */
  const daysListed = (days: number | undefined) => days ?? config.rules.bookingWindowDays + 1;

  async function availability(
    serviceId: string,
    { from, days }: { from: string | undefined; days: number | undefined },
    now: number,
  ): Promise<Availability> {
    const service = publishedService(serviceId);
    const first = from ?? clock.dateOf(now);
    const count = daysListed(days);
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
    const service = current.published.has(serviceId) ? current.serviceById.get(serviceId) : undefined;
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

  return {
    get agencies() {
      return current.agencies;
    },
    get agencyById() {
      return current.agencyById;
    },
    /** The list in Bahasa Indonesia. */
    get serviceList() {
      return current.serviceLists.id;
    },
    /** The list in `lang`, with its own ETag. */
    serviceListIn: (lang: ContentLanguage) => current.serviceLists[lang],
    get agencyList() {
      return current.agencyList;
    },
    fresh,
    reload,
    getService,
    publishedService,
    localisedService,
    translationOf,
    /** The extra booking fields of a service; undefined for an unknown one (its booking is refused by its id). */
    bookingFieldsOf: (id: string) => {
      const service = current.serviceById.get(id);
      return service && (service.bookingFields ?? []);
    },
    availability,
    daysListed,
    sessionFor,
  };
}
