// Run by `npm test` before the server's tests: one line saying whether the Redis limit tests run, and when they do
// not, the command that makes them run. Exits 0 either way: a missing service is not a failed test.
import { redactedUrl } from '../store/postgres-open.js';
import { probeRedis, redisNotReachableLine, testRedisUrl } from './redis.js';

const url = testRedisUrl();
const probe = await probeRedis(url);
console.log(
  probe.ok
    ? `Redis answers at ${redactedUrl(url)}: the limit tests run on Redis too.`
    : redisNotReachableLine(redactedUrl(url), probe.reason),
);
