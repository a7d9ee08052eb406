/**
 * The hall's board in the mock API: a call log like the server's (ids that only go up, queue numbers made by the
 * rules core's `queueNumber`), GET /calls answered from it, and GET /calls/stream as a real `text/event-stream`
 * that MSW streams (Storybook's service worker serves it to the browser's EventSource). Unit tests have no service
 * worker, and an EventSource does not go through `fetch`: `FakeEventSource` stands in for it there, fed from the
 * same log, and resumes from the last id it saw as a browser does (Last-Event-ID), so a cut and a restore can be
 * tested.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { Agency, HallBoard, HallCall } from '../../src/api/types.js';
import { queueNumber } from '../../src/rules/index.js';
import { agencies as allAgencies, mppClock } from './fixtures.js';

/** `offline-after-first`: the first snapshot answers, then nothing does (a hall whose line dropped). */
export type BoardScenario = 'normal' | 'loading' | 'error' | 'stream-refused' | 'offline-after-first';

export interface BoardMockOptions {
  base?: string;
  agencies?: Agency[];
  scenario?: BoardScenario;
  now?: () => number;
}

export interface BoardMock {
  handlers: HttpHandler[];
  log: HallCall[];
  /** A counter calls its next number (the agency's short name and a sequence, as the rules core numbers them). */
  call(agencyId: string, counterId: string): HallCall;
  /** A counter ends its call (served, no show, sent on). */
  end(agencyId: string, counterId: string, kind?: HallCall['kind']): void;
  /** How many snapshot reads the mock answered. */
  reads: number;
}

export function createBoardMock(options: BoardMockOptions = {}): BoardMock {
  const base = (options.base ?? '/api/v1').replace(/\/+$/, '');
  const agencyList = options.agencies ?? allAgencies;
  const now = options.now ?? Date.now;
  const scenario = options.scenario ?? 'normal';
  const log: HallCall[] = [];
  const serving = new Map<string, string>();
  const seqOf = new Map<string, number>();
  const listeners = new Set<(call: HallCall) => void>();
  const encoder = new TextEncoder();
  const counterName = (agencyId: string, counterId: string) =>
    agencyList.find((a) => a.id === agencyId)?.counters.find((k) => k.id === counterId)?.name ?? counterId;

  const push = (entry: Omit<HallCall, 'id' | 'at' | 'counterName'>) => {
    const call: HallCall = {
      ...entry,
      id: String(log.length + 1),
      counterName: counterName(entry.agencyId, entry.counterId),
      at: mppClock.isoLocal(now()),
    };
    log.push(call);
    for (const listener of listeners) listener(call);
    return call;
  };

  const mock: BoardMock = {
    log,
    reads: 0,
    call(agencyId, counterId) {
      const seq = (seqOf.get(agencyId) ?? 0) + 1;
      seqOf.set(agencyId, seq);
      const number = queueNumber(agencyList.find((a) => a.id === agencyId)?.shortName, seq);
      serving.set(`${agencyId}/${counterId}`, number);
      return push({ agencyId, counterId, queueNumber: number, kind: 'called' });
    },
    end(agencyId, counterId, kind = 'served') {
      const number = serving.get(`${agencyId}/${counterId}`);
      if (!number) return;
      serving.delete(`${agencyId}/${counterId}`);
      push({ agencyId, counterId, queueNumber: number, kind });
    },
    handlers: [],
  };

  const snapshot = (agencyId: string | null): HallBoard => {
    const shown = agencyId ? agencyList.filter((a) => a.id === agencyId) : agencyList;
    return {
      date: mppClock.dateOf(now()),
      agencyId,
      counters: shown.flatMap((a) =>
        a.counters.map((k) => ({
          agencyId: a.id,
          agencyName: a.shortName,
          counterId: k.id,
          counterName: k.name,
          nowServing: serving.get(`${a.id}/${k.id}`) ?? null,
        })),
      ),
      recent: log
        .filter((c) => c.kind === 'called' && (!agencyId || c.agencyId === agencyId))
        .slice(-10)
        .reverse(),
      lastEventId: String(log.length),
      updatedAt: mppClock.isoLocal(now()),
    };
  };

  mock.handlers = [
    http.get(`${base}/calls`, async ({ request }) => {
      mock.reads++;
      if (scenario === 'loading') await delay('infinite');
      if (scenario === 'error' || (scenario === 'offline-after-first' && mock.reads > 1)) return HttpResponse.error();
      return HttpResponse.json(snapshot(new URL(request.url).searchParams.get('agency')));
    }),
    http.get(`${base}/calls/stream`, ({ request }) => {
      if (scenario !== 'normal') return HttpResponse.json({ status: 429, code: 'rate_limited' }, { status: 429 });
      const url = new URL(request.url);
      const agencyId = url.searchParams.get('agency');
      let sent = Number(request.headers.get('Last-Event-ID') ?? url.searchParams.get('after') ?? log.length);
      let listener: ((call: HallCall) => void) | undefined;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const send = (c: HallCall) => {
            if (Number(c.id) <= sent || (agencyId && c.agencyId !== agencyId)) return;
            sent = Number(c.id);
            controller.enqueue(encoder.encode(`id: ${c.id}\nevent: call\ndata: ${JSON.stringify(c)}\n\n`));
          };
          controller.enqueue(encoder.encode('retry: 2000\n\n'));
          log.forEach(send);
          listener = send;
          listeners.add(send);
        },
        cancel() {
          if (listener) listeners.delete(listener);
        },
      });
      return new HttpResponse(stream, {
        headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
      });
    }),
  ];
  return mock;
}

/**
 * An EventSource for unit tests, fed from a board mock's log: it opens on the next task, sends the calls after the
 * id in its URL, then each new one; `cut()` drops every open source (they retry, as a browser does) and `restore()`
 * lets them reconnect from the last id each saw.
 */
export function fakeEventSource(mock: BoardMock) {
  const open = new Set<FakeEventSource>();
  let down = false;
  const pushed = new Set<(call: HallCall) => void>();
  const originalCall = mock.call.bind(mock);
  const originalEnd = mock.end.bind(mock);
  const notify = () => {
    const call = mock.log[mock.log.length - 1];
    if (call) for (const p of pushed) p(call);
  };
  mock.call = (a, k) => {
    const c = originalCall(a, k);
    notify();
    return c;
  };
  mock.end = (a, k, kind) => {
    const before = mock.log.length;
    originalEnd(a, k, kind);
    if (mock.log.length > before) notify();
  };

  class FakeEventSource extends EventTarget {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSED = 2;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSED = 2;
    readyState = 0;
    onopen: ((e: Event) => void) | null = null;
    onerror: ((e: Event) => void) | null = null;
    lastEventId: string;
    readonly agencyId: string | null;
    readonly push = (call: HallCall) => this.deliver(call);

    constructor(readonly url: string) {
      super();
      const u = new URL(url, location.href);
      this.lastEventId = u.searchParams.get('after') ?? '0';
      this.agencyId = u.searchParams.get('agency');
      open.add(this);
      setTimeout(() => this.connect());
    }
    connect() {
      if (this.readyState === 2 || down) return;
      this.readyState = 1;
      this.onopen?.(new Event('open'));
      for (const call of mock.log) this.deliver(call);
      pushed.add(this.push);
    }
    deliver(call: HallCall) {
      if (this.readyState !== 1 || Number(call.id) <= Number(this.lastEventId)) return;
      if (this.agencyId && call.agencyId !== this.agencyId) return;
      this.lastEventId = call.id;
      this.dispatchEvent(new MessageEvent('call', { data: JSON.stringify(call), lastEventId: call.id }));
    }
    drop() {
      pushed.delete(this.push);
      if (this.readyState === 2) return;
      this.readyState = 0;
      this.onerror?.(new Event('error'));
    }
    reconnect() {
      if (this.readyState === 0) this.connect();
    }
    close() {
      this.readyState = 2;
      pushed.delete(this.push);
      open.delete(this);
    }
  }

  return {
    FakeEventSource,
    open,
    cut() {
      down = true;
      for (const s of open) s.drop();
    },
    restore() {
      down = false;
      for (const s of open) s.reconnect();
    },
  };
}
