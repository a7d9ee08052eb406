// The published index's state: the period asked, the answer (GET /satisfaction) and the request's outcome. The
// element (satisfaction-index.ts) draws it; the views (views.ts) are functions of it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MppApiError } from '../../api/errors.js';
import { getPublicSatisfaction } from '../../api/operations.js';
import type { MppTransport } from '../../api/transport.js';
import type { PublicSatisfaction } from '../../api/types.js';
import type { Lang } from '../../core/i18n.js';
import { reportFailure } from '../../core/messages.js';

/** `loading` until the first answer (or after Try again), then `ready` or `error`. */
export type IndexPhase = 'loading' | 'ready' | 'error';

/** What the state needs from its element. */
export interface IndexHost extends ReactiveControllerHost {
  readonly client: MppTransport | undefined;
  readonly language: Lang;
  /** `2026-Q3` or `2026`; the last complete quarter when empty. */
  period?: string;
  emit<T>(name: `mpp-${string}`, detail: T): boolean;
}

export class IndexState implements ReactiveController {
  phase: IndexPhase = 'loading';
  data?: PublicSatisfaction;
  failure?: MppApiError;
  private abort?: AbortController;
  /** The API and period of the last request, to tell a real change from the first render's. */
  private askedFor?: { client: MppTransport | undefined; period: string };

  constructor(private readonly host: IndexHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Placed (or placed again) on a page: read the period's index; without an API, configure() will ask.
    void this.load();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /**
   * Reads again when the period or API differs from the last request's: a page may set the period right after
   * placing the element, while the default quarter is on the way.
   */
  follow(): void {
    if (this.host.client !== this.askedFor?.client || (this.host.period || '') !== this.askedFor?.period)
      void this.load();
  }

  /** Reads the period's index again (a new period, API or Try again); an earlier request is called off. */
  async load(): Promise<void> {
    const client = this.host.client;
    this.abort?.abort();
    this.askedFor = { client, period: this.host.period || '' };
    if (!client) return;
    const abort = (this.abort = new AbortController());
    this.phase = 'loading';
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      this.data = await getPublicSatisfaction(client, this.host.period || undefined, { signal: abort.signal });
      this.phase = 'ready';
    } catch (error) {
      const e = error as MppApiError;
      if (e.code === 'aborted') return;
      reportFailure(this.host, e);
      this.failure = e;
      this.phase = 'error';
    }
    this.host.requestUpdate();
  }
}
