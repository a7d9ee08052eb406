// The hall's board: the snapshot of calls (GET /calls) by the contract, and the call stream (GET /calls/stream)
// as an event stream a browser's EventSource and a proxy accept: its status and headers, its first bytes in the
// event-stream format, and a malformed Last-Event-ID refused. The stream never ends, so it is read only briefly.
import { Failure } from '../client.mjs';
import { expect } from '../runner.mjs';
import { expectAnswer } from './answers.mjs';

export function boardChecks({ check }, ctx) {
  const { call, urlOf } = ctx.client;

  check(
    'board.snapshot',
    "GET /calls?agency= answers the agency's counters and last calls, nothing of the person",
    async () => {
      const agencyId = ctx.service.agencyId;
      const answer = expectAnswer(ctx, await call('getHallCalls', { query: { agency: agencyId } }), 200);
      const others = answer.json.counters.filter((k) => k.agencyId !== agencyId);
      expect(!others.length, `counters of other agencies: ${others.map((k) => k.agencyId).join(', ')}`);
      expect(!/RSV-|"nik|"name"|"phone"/.test(answer.text), 'a booking code or personal data on the board');
      return `${answer.json.counters.length} counters, ${answer.json.recent.length} calls`;
    },
    { needs: ['catalogue.service'] },
  );

  check('board.unknown-agency', 'GET /calls of an unknown agency: 404 not_found', async () => {
    expectAnswer(
      ctx,
      await call('getHallCalls', { query: { agency: 'conformance-no-such-agency' } }),
      404,
      'not_found',
    );
  });

  check('board.stream', 'GET /calls/stream answers an uncompressed, uncached text/event-stream at once', async () => {
    const op = ctx.contract.operations.get('streamHallCalls');
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), ctx.options.timeoutMs ?? 10_000);
    try {
      const res = await fetch(urlOf(op), {
        headers: { Accept: 'text/event-stream', 'Accept-Encoding': 'br, gzip' },
        signal: abort.signal,
      });
      expect(res.status === 200, `status ${res.status}`);
      const type = res.headers.get('content-type') ?? '';
      expect(/^text\/event-stream/i.test(type), `Content-Type ${type || '(none)'}`);
      expect(
        !res.headers.get('content-encoding'),
        `Content-Encoding ${res.headers.get('content-encoding')}: a compressor holds events back`,
      );
      const cache = res.headers.get('cache-control') ?? '';
      expect(/no-cache|no-store/.test(cache), `Cache-Control "${cache}": a cache must not keep the stream`);
      const reader = res.body.getReader();
      const { value } = await reader.read();
      const first = new TextDecoder().decode(value);
      expect(
        /^(retry|id|event|data|:)/m.test(first),
        `first bytes not in the event-stream format: ${JSON.stringify(first.slice(0, 60))}`,
      );
      return `first bytes: ${JSON.stringify(first.split('\n')[0])}`;
    } catch (error) {
      if (error.name === 'AbortError') throw new Failure('GET /calls/stream: no bytes before the time limit');
      throw error;
    } finally {
      clearTimeout(timer);
      abort.abort();
    }
  });

  check('board.stream-422', 'GET /calls/stream with a malformed Last-Event-ID: 422', async () => {
    const answer = await call('streamHallCalls', { headers: { 'Last-Event-ID': 'not-a-number' } });
    expectAnswer(ctx, answer, 422, 'validation_failed');
  });
}
