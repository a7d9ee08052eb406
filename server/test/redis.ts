// Redis for the tests: where it is (MPP_TEST_REDIS_URL, else the local server), whether it answers, and a key
// prefix of its own per server under test, so runs never share counts.
import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';

export const testRedisUrl = (env: NodeJS.ProcessEnv = process.env) =>
  env.MPP_TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/** Whether Redis answers PING at `url` within `timeoutMs`; the reason when not. */
export function probeRedis(url: string, timeoutMs = 3000): Promise<{ ok: true } | { ok: false; reason: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (answer: { ok: true } | { ok: false; reason: string }) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done({ ok: false, reason: 'no answer' }));
    socket.on('error', (error) => done({ ok: false, reason: error.message }));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) =>
      done(data.toString().startsWith('+PONG') ? { ok: true } : { ok: false, reason: data.toString().trim() }),
    );
  });
}

/** The one line `npm test` prints when Redis does not answer: what did not run, and how to make it run. */
export const redisNotReachableLine = (url: string, reason: string) =>
  `Redis not reachable at ${url} (${reason}): the Redis limit tests did not run; start it with \`redis-server --daemonize yes\` or set MPP_TEST_REDIS_URL`;

const probe = await probeRedis(testRedisUrl());
/** Whether the Redis suites run here. */
export const REDIS = probe.ok;

/** The environment that puts a server's counters in Redis, under a prefix of its own. */
export const redisEnv = () => ({
  MPP_REDIS_URL: testRedisUrl(),
  MPP_REDIS_PREFIX: `mpp-test-${randomBytes(6).toString('hex')}:`,
});
