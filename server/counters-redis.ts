// Counters in Redis (MPP_REDIS_URL): one script per hit — INCR, and on a key's first hit PEXPIRE — so a window
// ends by Redis's own expiry, on Redis's clock.
import { createClient } from '@redis/client';
import type { Counters, Hit } from './counters.js';

const HIT = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('PTTL', KEYS[1])}`;
const UNDO = `if redis.call('GET', KEYS[1]) and tonumber(redis.call('GET', KEYS[1])) > 0 then
  return redis.call('DECR', KEYS[1]) end
return 0`;

/** What these counters use of the client. */
interface Client {
  eval(script: string, options: { keys: string[]; arguments?: string[] }): Promise<unknown>;
  readonly isOpen: boolean;
  close(): Promise<unknown>;
}

export class RedisCounters implements Counters {
  readonly kind = 'redis';

  private constructor(
    private readonly client: Client,
    private readonly prefix: string,
  ) {}

  /** Connects to `url` (every key under `prefix`); refuses to start when Redis does not answer. */
  static async open(url: string, prefix = 'mpp:'): Promise<RedisCounters> {
    // One attempt to connect at start (a wrong URL is a configuration error); reconnects once running.
    let connected = false;
    const client = createClient({
      url,
      socket: { reconnectStrategy: (retries) => (connected ? Math.min(retries * 100, 2000) : false) },
    });
    client.on('error', (error: Error) => {
      if (connected) console.error(`mpp server: Redis: ${error.message}`);
    });
    await client.connect();
    connected = true;
    return new RedisCounters(client as unknown as Client, prefix);
  }

  async hit(key: string, windowMs: number): Promise<Hit> {
    const [count, ttl] = (await this.client.eval(HIT, {
      keys: [this.prefix + key],
      arguments: [String(windowMs)],
    })) as [number, number];
    return { count, resetInMs: ttl > 0 ? ttl : windowMs };
  }

  async undo(key: string): Promise<void> {
    await this.client.eval(UNDO, { keys: [this.prefix + key] });
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }
}
