// The hall's board: the public call operations (GET /calls, a snapshot; GET /calls/stream, server-sent events) and
// the one reader per instance that follows the call log behind every open stream.
//
// How a call made on instance A reaches a board connected to instance B: the call is a row of the call log
// (server/store/calls.ts) in the shared database, and each instance that has a stream open reads the rows after the
// last id it saw every `MPP_CALL_POLL_MS` (500 ms) — one indexed query per instance, not per board. Chosen over
// PostgreSQL LISTEN/NOTIFY and Redis pub/sub because (1) it is the same code on SQLite and PostgreSQL, (2) the log
// is needed anyway for `Last-Event-ID` (a notification sent while a board or an instance is cut off is lost, so
// a catch-up read from the table is needed in any case), and (3) it holds no dedicated connection that must be
// re-established after a database restart. Half a second of delay is well inside the two seconds a hall needs.
import type { Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { components } from '../src/api/mpp-api.js';
import type { MppClock } from '../src/rules/index.js';
import type { Catalogue } from './catalogue.js';
import type { ServerConfig } from './config.js';
import { fail, tooMany } from './problems.js';
import type { CallLog, CallRecord } from './store/calls.js';
import type { BookingStore } from './store/types.js';

type HallCall = components['schemas']['HallCall'];
type HallBoard = components['schemas']['HallBoard'];

/** Calls a reconnecting board may be sent again; beyond that it reads the snapshot (`event: reset`). */
export const REPLAY_LIMIT = 200;
/** Calls of the day a snapshot lists. */
const RECENT = 10;
const AGENCY = /^[a-z0-9-]{1,64}$/;
const EVENT_ID = /^\d{1,15}$/;

/** One reader of the call log for every stream of this instance: it runs only while a stream is open. */
export function createCallFeed(log: CallLog, pollMs: number) {
  const listeners = new Set<(call: CallRecord) => void>();
  let last: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    try {
      last ??= await log.lastId();
      for (let more = true; more && listeners.size;) {
        const rows = await log.after(last, 500);
        for (const row of rows) {
          last = row.id;
          for (const listener of listeners) listener(row);
        }
        more = rows.length === 500;
      }
    } catch (error) {
      // A database hiccup: the next tick reads from the same id, so nothing is lost.
      const message = error instanceof Error ? error.message : String(error);
      console.error(JSON.stringify({ t: new Date().toISOString(), level: 'error', job: 'call-feed', message }));
    }
    timer = listeners.size ? setTimeout(tick, pollMs) : undefined;
  };
  return {
    /** Calls `listener` with every call written from now on (by any instance); answers the unsubscribe. */
    subscribe(listener: (call: CallRecord) => void): () => void {
      listeners.add(listener);
      if (!timer) timer = setTimeout(tick, 0);
      return () => {
        listeners.delete(listener);
        if (!listeners.size && timer) {
          clearTimeout(timer);
          timer = undefined;
          last = undefined; // read afresh when a stream opens again: nothing is owed to anyone meanwhile
        }
      };
    },
    /** Streams open on this instance (tests and metrics). */
    get size() {
      return listeners.size;
    },
  };
}

export interface CallRouteDeps {
  store: BookingStore;
  calls: CallLog;
  catalogue: Catalogue;
  clock: MppClock;
  now: () => number;
  config: ServerConfig;
  clientOf: (c: Context) => string;
  /** True once the server shuts down: open streams end so the process can close (the browser reconnects). */
  draining: () => boolean;
}

/** Mounts GET /calls and GET /calls/stream on `api` (the `/api/v1` app). */
export function mountCalls(api: Hono, d: CallRouteDeps) {
  const { calls, catalogue, clock, now, config } = d;
  const feed = createCallFeed(calls, config.callPollMs);
  const streamsOf = new Map<string, number>();

  /** The `agency` query parameter: absent (the whole MPP), or an agency of the catalogue. */
  const agencyOf = (c: Context): string | undefined => {
    const agency = c.req.query('agency');
    if (agency === undefined) return undefined;
    if (!AGENCY.test(agency))
      fail(422, 'validation_failed', {
        errors: [{ field: 'agency', code: 'format', message: 'Kode instansi tidak valid.' }],
      });
    if (!catalogue.agencyById.has(agency)) fail(404, 'not_found');
    return agency;
  };
  const counterName = (agencyId: string, counterId: string) =>
    catalogue.agencyById.get(agencyId)?.counters.find((k) => k.id === counterId)?.name ?? counterId;
  const toHallCall = (r: CallRecord): HallCall => ({
    id: String(r.id),
    agencyId: r.agencyId,
    counterId: r.counterId,
    counterName: counterName(r.agencyId, r.counterId),
    queueNumber: r.queueNumber,
    kind: r.kind,
    at: r.at,
  });

  api.get('/calls', async (c) => {
    const agencyId = agencyOf(c);
    const t = now();
    const date = clock.dateOf(t);
    // The id first: a call made while the rest is read comes again on the stream rather than fall between the two.
    const lastEventId = await calls.lastId();
    const agencies = agencyId ? [catalogue.agencyById.get(agencyId)!] : [...catalogue.agencyById.values()];
    const [states, recent] = await Promise.all([
      Promise.all(agencies.map((a) => d.store.queue(a.id, date))),
      calls.recent(date, RECENT * 4, agencyId),
    ]);
    const board: HallBoard = {
      date,
      agencyId: agencyId ?? null,
      counters: agencies.flatMap((a, i) =>
        a.counters.map((k) => ({
          agencyId: a.id,
          agencyName: a.shortName,
          counterId: k.id,
          counterName: k.name,
          nowServing: states[i]!.serving.get(k.id) ?? null,
        })),
      ),
      recent: recent
        .filter((r) => r.kind === 'called')
        .slice(0, RECENT)
        .map(toHallCall),
      lastEventId: String(lastEventId),
      updatedAt: clock.isoLocal(t),
    };
    return c.json(board);
  });

  api.get('/calls/stream', async (c) => {
    const agencyId = agencyOf(c);
    const from = c.req.header('Last-Event-ID') ?? c.req.query('after');
    if (from !== undefined && !EVENT_ID.test(from.trim()))
      fail(422, 'validation_failed', {
        errors: [{ field: 'after', code: 'format', message: 'Nomor peristiwa tidak valid.' }],
      });
    const client = d.clientOf(c);
    const open = streamsOf.get(client) ?? 0;
    if (config.streamsPerClient > 0 && open >= config.streamsPerClient) tooMany(30);
    streamsOf.set(client, open + 1);
    const release = () => {
      const n = (streamsOf.get(client) ?? 1) - 1;
      if (n > 0) streamsOf.set(client, n);
      else streamsOf.delete(client);
    };
    // A proxy (nginx) must pass each event on at once, not buffer the stream.
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      let sent = from === undefined ? await calls.lastId() : Number(from.trim());
      let replaying = true;
      const held: CallRecord[] = [];
      let writing = Promise.resolve();
      const send = (r: CallRecord) => {
        if (r.id <= sent || (agencyId && r.agencyId !== agencyId)) return;
        sent = r.id;
        const call = toHallCall(r);
        writing = writing
          .then(() => stream.writeSSE({ id: call.id, event: 'call', data: JSON.stringify(call) }))
          .catch(finish);
      };
      // Subscribe before replaying: a call written meanwhile is held, then sent once, in order.
      const unsubscribe = feed.subscribe((r) => (replaying ? held.push(r) : send(r)));
      let finished = false;
      /** Once, as soon as the board goes away or the server drains: no listener or count outlives the stream. */
      function finish() {
        if (finished) return;
        finished = true;
        unsubscribe();
        release();
      }
      stream.onAbort(finish);
      try {
        // Retry after 2 s when the line drops (the browser's default is about 3 s).
        await stream.write('retry: 2000\n\n');
        if (from !== undefined) {
          const missed = await calls.after(sent, REPLAY_LIMIT + 1, agencyId);
          if (missed.length > REPLAY_LIMIT) {
            sent = missed[missed.length - 1]!.id;
            await stream.writeSSE({ id: String(sent), event: 'reset', data: '{}' });
          } else missed.forEach(send);
        }
        replaying = false;
        held.splice(0).forEach(send);
        let quietSince = Date.now();
        while (!finished && !stream.aborted && !d.draining()) {
          await stream.sleep(Math.min(500, config.streamHeartbeatMs));
          await writing;
          if (Date.now() - quietSince >= config.streamHeartbeatMs) {
            // An event, not a comment: a browser's EventSource hides comments, and the board's watchdog must see
            // the line is alive (server/calls.ts; src/components/queue-board/board-feed.ts).
            await stream.writeSSE({ event: 'ping', data: clock.isoLocal(now()) });
            quietSince = Date.now();
          }
        }
      } catch {
        // The board went away mid-write: nothing to tell anyone.
      } finally {
        finish();
      }
    });
  });

  return { feed };
}
