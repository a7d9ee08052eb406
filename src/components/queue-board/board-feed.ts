// The board's state and its line to the server: the snapshot (GET /calls), then one EventSource on the call
// stream (GET /calls/stream), resumed from the last id it saw; polling the snapshot when the stream cannot be had.
// Built to run for days on a hall's screen: one EventSource at a time, every timer cleared when the element leaves
// the page, the list of last calls bounded, and a watchdog that reopens a line gone silent (no heartbeat).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MppApiError } from '../../api/errors.js';
import { getHallCalls, hallStreamUrl } from '../../api/operations.js';
import type { MppTransport } from '../../api/transport.js';
import type { HallBoard, HallCall, HallCounter } from '../../api/types.js';

/**
 * `connecting`: nothing shown yet; `live`: the stream is open (or polling answers); `reconnecting`: the line is down,
 * the last known calls stay; `error`: nothing could be loaded.
 */
export type BoardPhase = 'connecting' | 'live' | 'reconnecting' | 'error';

export interface BoardHost extends ReactiveControllerHost {
  readonly client: MppTransport | undefined;
  agency?: string;
  /** How many last calls the board lists. */
  history: number;
  /** Seconds between polls when there is no stream. */
  pollInterval: number;
  /** A number was called while the board watched (not on the first load): announce it. */
  called(call: HallCall): void;
}

/** The server sends a heartbeat every 15 s: three missed and the line is taken for dead and reopened. */
export const SILENCE_MS = 45_000;
/** Polls between tries of the stream again, when it failed and polling took over. */
const POLLS_BEFORE_STREAM = 6;
const MAX_POLL_MS = 300_000;

export class BoardFeed implements ReactiveController {
  phase: BoardPhase = 'connecting';
  counters: HallCounter[] = [];
  recent: HallCall[] = [];
  lastEventId = '0';
  /** When the server last answered (ms), for "last received at". */
  updatedAt = 0;
  /** Whether the last answer came by polling rather than the stream. */
  polling = false;
  failure?: MppApiError;

  private source?: EventSource;
  private timer?: ReturnType<typeof setTimeout>;
  private watchdog?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;
  /** Bumped on every (re)start: answers of an earlier start are dropped. */
  private generation = 0;
  private failures = 0;
  private polls = 0;
  /** The server refused the stream (the browser gave up on it): poll a while before asking again. */
  private refused = false;

  /** The API and agency of the current start, to tell a real change from the first render's. */
  private startedFor?: { client: MppTransport | undefined; agency: string };

  constructor(private readonly host: BoardHost) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.onOnline);
    void this.start();
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    this.stop();
  }

  /** Starts again from the snapshot (another agency or API, a `reset` from the server, the retry button). */
  restart(): void {
    this.stop();
    void this.start();
  }

  /**
   * Starts again when the agency or API differs from the ones the board was started for: a page may set them right
   * after placing the board, while its first snapshot is on the way.
   */
  follow(): void {
    if (this.host.client !== this.startedFor?.client || (this.host.agency || '') !== this.startedFor?.agency)
      this.restart();
  }

  /** The browser says the network is back: reconnect now rather than at the next retry. */
  private readonly onOnline = () => {
    if (this.phase === 'reconnecting' || this.phase === 'error') this.restart();
  };

  private stop(): void {
    this.generation++;
    this.source?.close();
    this.source = undefined;
    clearTimeout(this.timer);
    clearTimeout(this.watchdog);
    this.abort?.abort();
  }

  private async start(): Promise<void> {
    const generation = ++this.generation;
    const client = this.host.client;
    this.startedFor = { client, agency: this.host.agency || '' };
    if (!client) return;
    this.abort = new AbortController();
    try {
      const board = await getHallCalls(client, this.host.agency, { signal: this.abort.signal });
      if (generation !== this.generation) return;
      this.take(board, false);
      this.failures = 0;
      this.listen(client, generation);
    } catch (error) {
      if (generation !== this.generation) return;
      this.failed(error);
      this.schedulePoll(client, generation);
    }
  }

  /** The snapshot replaces what the board holds; `announce` tells the calls it did not hold yet. */
  private take(board: HallBoard, announce: boolean): void {
    const known = Number(this.lastEventId);
    this.counters = board.counters;
    this.recent = board.recent.slice(0, this.host.history);
    this.lastEventId = board.lastEventId;
    this.updatedAt = Date.now();
    this.failure = undefined;
    if (announce) for (const call of [...board.recent].reverse()) if (Number(call.id) > known) this.host.called(call);
    this.host.requestUpdate();
  }

  private failed(error: unknown): void {
    this.failure = error instanceof MppApiError ? error : undefined;
    this.phase = this.updatedAt ? 'reconnecting' : 'error';
    this.host.requestUpdate();
  }

  private listen(client: MppTransport, generation: number): void {
    if (typeof EventSource !== 'function') {
      this.polling = true;
      this.phase = 'live';
      this.schedulePoll(client, generation);
      return;
    }
    this.source?.close();
    const source = new EventSource(hallStreamUrl(client, this.host.agency, this.lastEventId));
    this.source = source;
    this.polling = false;
    const alive = () => {
      this.updatedAt = Date.now();
      clearTimeout(this.watchdog);
      this.watchdog = setTimeout(() => {
        // Silent for too long (a line cut without a close): open a new one from the last id seen.
        if (generation !== this.generation) return;
        this.phase = 'reconnecting';
        this.host.requestUpdate();
        this.listen(client, generation);
      }, SILENCE_MS);
    };
    source.onopen = () => {
      this.phase = 'live';
      alive();
      this.host.requestUpdate();
    };
    source.addEventListener('call', (e) => {
      alive();
      this.apply(JSON.parse((e as MessageEvent<string>).data) as HallCall);
    });
    source.addEventListener('ping', alive);
    source.addEventListener('reset', () => this.restart());
    source.onerror = () => {
      if (generation !== this.generation) return;
      if (source.readyState === EventSource.CLOSED) {
        // Refused (429, 404, not an event stream): the browser will not retry; poll, and try the stream later.
        source.close();
        clearTimeout(this.watchdog);
        this.polls = 0;
        this.refused = true;
        this.polling = true;
        this.phase = 'reconnecting';
        this.schedulePoll(client, generation);
      } else {
        // The browser retries by itself (after the server's `retry`), sending Last-Event-ID.
        this.phase = 'reconnecting';
      }
      this.host.requestUpdate();
    };
    alive();
  }

  /** One call from the stream: ids only go up, so a call seen twice (a replay) changes nothing. */
  apply(call: HallCall): void {
    if (Number(call.id) <= Number(this.lastEventId)) return;
    this.lastEventId = call.id;
    let counter = this.counters.find((k) => k.agencyId === call.agencyId && k.counterId === call.counterId);
    if (!counter) {
      counter = {
        agencyId: call.agencyId,
        agencyName: '',
        counterId: call.counterId,
        counterName: call.counterName,
        nowServing: null,
      };
      this.counters = [...this.counters, counter];
    }
    if (call.kind === 'called') {
      counter.nowServing = call.queueNumber;
      this.recent = [call, ...this.recent].slice(0, this.host.history);
      this.host.called(call);
    } else if (counter.nowServing === call.queueNumber) {
      counter.nowServing = null;
    }
    this.counters = [...this.counters];
    this.host.requestUpdate();
  }

  /** Polls the snapshot (no stream, or the stream refused); backs off after failures, like the tracker. */
  private schedulePoll(client: MppTransport, generation: number): void {
    clearTimeout(this.timer);
    const wait = Math.min(MAX_POLL_MS, this.host.pollInterval * 1000 * 2 ** this.failures);
    this.timer = setTimeout(async () => {
      if (generation !== this.generation) return;
      try {
        const board = await getHallCalls(client, this.host.agency, { signal: this.abort?.signal });
        if (generation !== this.generation) return;
        this.take(board, this.updatedAt > 0);
        this.failures = 0;
        this.phase = 'live';
        this.polling = true;
        if (typeof EventSource === 'function' && (!this.refused || ++this.polls >= POLLS_BEFORE_STREAM)) {
          this.refused = false;
          this.listen(client, generation);
          return;
        }
      } catch (error) {
        if (generation !== this.generation) return;
        this.failures++;
        this.failed(error);
      }
      this.schedulePoll(client, generation);
    }, wait);
  }
}
