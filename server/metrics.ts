// What an operator watches, in Prometheus' text format at GET /metrics: requests and latency by route template and
// status, bookings made and refused by reason, limits hit, requests in flight and the database pool's queue. Labels
// are route templates, problem codes and names chosen here — never a path, a code, or anything a resident typed.
import client from 'prom-client';
import { PostgresStore } from './store/postgres.js';
import type { BookingStore } from './store/types.js';

/** Which limit refused a request. */
export type LimitName = 'lookup' | 'booking' | 'second_factor';

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics(store: BookingStore) {
  // A registry per app: several apps in one test process never share counts.
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'mpp_process_' });

  const requests = new client.Counter({
    name: 'mpp_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new client.Histogram({
    name: 'mpp_http_request_duration_seconds',
    help: 'Time from a request to its answer, by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const inFlight = new client.Gauge({
    name: 'mpp_http_requests_in_flight',
    help: 'Requests received and not yet answered.',
    registers: [registry],
  });
  const bookings = new client.Counter({
    name: 'mpp_bookings_total',
    help: 'Booking requests by outcome (made, replayed, refused) and, when refused, the problem code.',
    labelNames: ['outcome', 'reason'] as const,
    registers: [registry],
  });
  const limits = new client.Counter({
    name: 'mpp_limits_hit_total',
    help: 'Requests refused with 429 by a limit: per-address look-up or booking, or the per-code second-factor cap.',
    labelNames: ['limit'] as const,
    registers: [registry],
  });
  if (store instanceof PostgresStore) {
    const { pool } = store;
    new client.Gauge({
      name: 'mpp_db_pool_connections',
      help: 'PostgreSQL pool: connections open, idle, and requests waiting for one (a rush shows here first).',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }

  return {
    registry,
    /** Starts timing a request; the returned function records it once answered. */
    request() {
      inFlight.inc();
      const end = duration.startTimer();
      return (method: string, route: string, status: number) => {
        inFlight.dec();
        const labels = { method, route, status: String(status) };
        end(labels);
        requests.inc(labels);
      };
    },
    booking(outcome: 'made' | 'replayed' | 'refused', reason = '') {
      bookings.inc({ outcome, reason });
    },
    limitHit(limit: LimitName) {
      limits.inc({ limit });
    },
    text: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
