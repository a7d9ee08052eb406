// Fixed-window counters behind the rate limits and the second-factor attempt cap. One process keeps them in memory
// (SQLite, one instance); several instances share them in PostgreSQL or, when MPP_REDIS_URL is set, in Redis.
import type { ServerConfig } from './config.js';
import { PostgresCounters } from './counters-postgres.js';
import { RedisCounters } from './counters-redis.js';
import { PostgresStore } from './store/postgres.js';
import type { BookingStore } from './store/types.js';

/** A key's count in its current window and the milliseconds until that window ends. */
export interface Hit {
  count: number;
  resetInMs: number;
}

export interface Counters {
  /** Where the counts live, for `/readyz`, logs and metrics. */
  readonly kind: 'memory' | 'postgres' | 'redis';
  /** Adds 1 to `key`; a key's window starts at its first hit and lasts `windowMs`. */
  hit(key: string, windowMs: number): Promise<Hit>;
  /** Takes back one hit of `key` in its current window (an attempt that turned out not to count). */
  undo(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Counters of one process. */
export class MemoryCounters implements Counters {
  readonly kind = 'memory';
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, windowMs: number): Promise<Hit> {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t >= w.resetAt) {
      // Forget old windows now and then so the map cannot grow without bound.
      if (this.windows.size > 10_000) for (const [k, v] of this.windows) if (t >= v.resetAt) this.windows.delete(k);
      w = { count: 0, resetAt: t + windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    return { count: w.count, resetInMs: w.resetAt - t };
  }

  async undo(key: string): Promise<void> {
    const w = this.windows.get(key);
    if (w && w.count > 0 && this.now() < w.resetAt) w.count--;
  }

  async close(): Promise<void> {}
}

/**
 * The counters for a configuration: Redis when `MPP_REDIS_URL` is set, else the PostgreSQL database when it is the
 * store, else this process's memory. `now` is the server's clock (Redis keeps its own).
 */
export async function openCounters(config: ServerConfig, store: BookingStore, now: () => number): Promise<Counters> {
  if (config.redisUrl) return RedisCounters.open(config.redisUrl, config.redisPrefix);
  if (store instanceof PostgresStore) return new PostgresCounters(store.pool, now);
  return new MemoryCounters(now);
}
