// An agency system read over HTTP with the server's own credentials: each request bounded by a timeout, a circuit
// breaker in front, and the records read kept for a while, so a slow or failing system costs a resident one short
// wait at most and a record read earlier is still shown — with its age — while the system is away.
import { createCircuitBreaker } from './circuit-breaker.js';
import type { RemoteSourceConfig } from './remote-config.js';
import { applicationOf, UnreadableRecord, type MappingContext } from './remote-record.js';
import type { ApplicationSource, SourceAnswer, SourcedApplication } from './types.js';

/** Records above this size are refused unread: no application is that long, and memory is shared. */
const MAX_RECORD_BYTES = 256 * 1024;
/** Records kept per source (the oldest read goes first). */
const MAX_KEPT = 5000;

/** Why a request to the remote system failed, for the log (never the number, the record or a credential). */
type Failure = 'timeout' | 'unreachable' | `status ${number}` | `unreadable: ${string}` | 'too large';

export function httpSource(
  config: RemoteSourceConfig,
  mapping: MappingContext,
  log: (entry: Record<string, unknown>) => void,
): ApplicationSource {
  const breaker = createCircuitBreaker(config.breaker);
  const kept = new Map<string, { application: SourcedApplication; readAt: number }>();
  const inFlight = new Map<string, Promise<SourceAnswer>>();

  function keep(number: string, application: SourcedApplication, now: number) {
    kept.delete(number);
    kept.set(number, { application, readAt: now });
    if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  }

  async function read(number: string, now: number): Promise<SourceAnswer | Failure> {
    let response: Response;
    try {
      response = await fetch(config.url.replace('{number}', encodeURIComponent(number)), {
        headers: { Accept: 'application/json', ...config.headers },
        signal: AbortSignal.timeout(config.timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      return (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable';
    }
    try {
      if (response.status === 404) return { kind: 'not_found' };
      if (!response.ok) return `status ${response.status}`;
      const body = await response.text();
      if (body.length > MAX_RECORD_BYTES) return 'too large';
      const { application, unknownStatus } = await applicationOf(config, number, JSON.parse(body), mapping);
      if (unknownStatus !== undefined)
        log({ level: 'warn', source: config.name, message: 'unknown status', status: unknownStatus.slice(0, 40) });
      keep(number, application, now);
      return { kind: 'found', application };
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') return 'timeout';
      return `unreadable: ${error instanceof UnreadableRecord ? error.message : 'not JSON'}`;
    } finally {
      // A body left unread holds the connection open.
      await response.body?.cancel().catch(() => {});
    }
  }

  async function find(number: string, now: number): Promise<SourceAnswer> {
    const copy = kept.get(number);
    if (copy && now - copy.readAt < config.freshMs) return { kind: 'found', application: copy.application };
    const fallback = (): SourceAnswer =>
      copy && now - copy.readAt < config.keepMs
        ? { kind: 'found', application: copy.application, staleSince: copy.readAt }
        : { kind: 'unavailable', retryAfterSeconds: breaker.retryAfterSeconds(now) || 30 };
    if (!breaker.allow(now)) return fallback();
    const answer = await read(number, now);
    if (typeof answer === 'object') {
      breaker.succeeded();
      if (answer.kind === 'not_found') kept.delete(number);
      return answer;
    }
    breaker.failed(now);
    log({ level: 'warn', source: config.name, message: 'remote system failed', reason: answer });
    return fallback();
  }

  return {
    name: config.name,
    changeable: false,
    handles: (number) => config.numbers.test(number),
    normalise: (number) => number,
    find(number, now) {
      // Residents asking for one application at once share one request to the remote system.
      const pending = inFlight.get(number);
      if (pending) return pending;
      const answer = find(number, now).finally(() => inFlight.delete(number));
      inFlight.set(number, answer);
      return answer;
    },
  };
}
