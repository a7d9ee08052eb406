// The hall's queue board: who each counter calls now and the last numbers called, large enough to read across a
// room, updated as calls happen (board-feed.ts), with an optional chime and spoken call (announcer.ts).
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { HallCall } from '../../api/types.js';
import { MppElement } from '../../core/base-element.js';
import { formatClock } from '../../core/format.js';
import { errorMessage, notConnected } from '../../core/messages.js';
import { heading, subLevel } from '../../internal/ui/heading.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import { widgetStyles } from '../../internal/ui/widget-styles.js';
import { callAnnouncement } from '../../rules/announce.js';
import { Announcer } from './announcer.js';
import { BoardFeed, type BoardHost } from './board-feed.js';
import { strings } from './strings.js';
import { boardStyles } from './styles.js';
import { counterCard, recentList, statusPill } from './views.js';

/** What `mpp-queue-call` carries: the call as the board shows it, never a person. */
export interface QueueCallDetail {
  queueNumber: string;
  agencyId: string;
  counterId: string;
  counterName: string;
}

/**
 * The queue board for an MPP hall's screen: each counter with the number it calls now, and the last numbers called,
 * in type large enough to read across the room; landscape (1920×1080) or portrait. Calls arrive by server-sent
 * events within a second or two, resuming after a dropped line from the last one seen; where the stream cannot be
 * had, the board polls. With `sound` it chimes on each call, with `speech` it also says the call ("Nomor antrean
 * A dua belas, silakan ke loket tiga"); browsers allow sound only after a gesture, so the board shows an
 * "Aktifkan suara" button to press once. Nothing of the person is shown or sent: queue number, counter, time.
 *
 * @tagname mpp-queue-board
 * @summary The hall's screen: numbers called per counter and the last calls, live.
 *
 * @attr api-base - Base URL of the MPP API (else `configure()`, else the loading script's `data-api-base`).
 * @attr {'id' | 'en'} lang - `id` (default) or `en`; else the nearest `[lang]`, else `<html lang>`.
 * @attr agency - One agency's counters (an agency id such as `disdukcapil`); the whole MPP when absent.
 * @attr history - How many last calls the board lists (default 6, 1–20).
 * @attr sound - Chime on each call (after "Aktifkan suara" is pressed once).
 * @attr speech - Say each call aloud in the board's language (after "Aktifkan suara" is pressed once).
 * @attr poll-interval - Seconds between polls when server-sent events are not available (default 5; doubled after
 *   each failure, up to 5 minutes).
 * @attr heading-level - Level of the board's heading, 1–6 (default 2).
 * @attr theme - `light` (default), `dark`, or `auto`.
 *
 * @fires mpp-queue-call - A number was called while the board watched. `detail: { queueNumber, agencyId, counterId, counterName }`.
 * @fires mpp-error - The board cannot load (once per failure). `detail: { code, retryable }`.
 *
 * @csspart heading - The board's headings.
 * @csspart status - The line's state in words (live, updated regularly, reconnecting).
 * @csspart counter - A counter's card; `counter-name` its name, `number` the number it calls.
 * @csspart recent - The list of last calls; `recent-call` each of them.
 * @csspart notice - State messages (connecting, reconnecting, error, empty hall).
 *
 * @cssprop --mpp-color-primary - The called numbers.
 * @cssprop --mpp-color-highlight - The latest call in the list.
 * @cssprop --mpp-font-family - Typeface.
 */
export class MppQueueBoard extends MppElement implements BoardHost {
  static override properties: PropertyDeclarations = {
    history: { type: Number },
    sound: { type: Boolean, reflect: true },
    speech: { type: Boolean, reflect: true },
    pollInterval: { attribute: 'poll-interval', type: Number },
  };

  static override styles = [widgetStyles, boardStyles];

  /** How many last calls the board lists (1–20). */
  history = 6;
  /** Chime on each call. */
  sound = false;
  /** Say each call aloud. */
  speech = false;
  /** Seconds between polls when there is no stream. */
  pollInterval = 5;

  private readonly feed = new BoardFeed(this);
  private readonly announcer = new Announcer();
  /** What the polite live region says: the latest call, or that sound is on. */
  private announcement = '';

  private get t() {
    return strings.in(this.language);
  }

  /** @internal A call made while the board watched: the live region, the sound, the page's event. */
  called(call: HallCall): void {
    this.announcement = this.t.called(call.queueNumber, call.counterName);
    if (this.sound || this.speech)
      this.announcer.announce(
        this.speech ? callAnnouncement(call.queueNumber, call.counterName, this.language) : undefined,
        this.language,
      );
    const { queueNumber, agencyId, counterId, counterName } = call;
    this.emit<QueueCallDetail>('mpp-queue-call', { queueNumber, agencyId, counterId, counterName });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.history = Math.min(20, Math.max(1, Math.round(this.history) || 6));
    // Another agency or API than the board started with: start again from its snapshot.
    if (changed.has('agency') || changed.has('apiBase')) this.feed.follow();
  }

  protected override apiConfigured(): void {
    this.feed.restart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.announcer.disable();
  }

  private toggleSound(): void {
    if (this.announcer.enabled) {
      this.announcer.disable();
      this.announcement = '';
    } else {
      this.announcer.enable();
      this.announcement = this.t.soundEnabled;
      this.announcer.announce(undefined, this.language);
    }
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const t = this.t;
    const feed = this.feed;
    const level = this.headingLevelAt(0);
    if (!this.client) return notice({ tone: 'error', title: t.heading, message: notConnected(this) });
    const whole = !this.agency;
    const shown = whole ? feed.counters.filter((k) => k.nowServing) : feed.counters;
    return html`<div class="board" lang=${this.language}>
      <div class="board__header">
        ${heading(level, t.heading, { focusable: true })}
        <div class="board__tools">
          ${statusPill(feed.phase, feed.polling, t)}
          ${
            this.sound || this.speech
              ? html`<button
                  type="button"
                  class="button button--secondary"
                  aria-pressed=${this.announcer.enabled ? 'true' : 'false'}
                  @click=${() => this.toggleSound()}
                >
                  ${this.announcer.enabled ? t.soundOff : t.soundOn}
                </button>`
              : nothing
          }
        </div>
      </div>
      ${this.renderState()}
      ${
        feed.phase === 'connecting' || feed.phase === 'error'
          ? nothing
          : feed.recent.length || shown.some((k) => k.nowServing)
            ? html`<div class="main">
                <section aria-labelledby="counters-heading">
                  ${heading(subLevel(level), html`<span class="visually-hidden">${t.counters}</span>`, { id: 'counters-heading' })}
                  <ul class="counters" part="counters">
                    ${shown.map((k) => counterCard(k, t, whole))}
                  </ul>
                </section>
                ${feed.recent.length ? recentList(feed.recent, t, subLevel(level)) : nothing}
              </div>`
            : notice({ tone: 'info', title: t.emptyTitle, message: t.emptyBody })
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderState(): TemplateResult | typeof nothing {
    const t = this.t;
    const feed = this.feed;
    if (feed.phase === 'connecting') return skeleton({ label: t.connecting, rows: 3 });
    if (feed.phase === 'error')
      return notice({
        tone: 'error',
        title: t.errorTitle,
        message: feed.failure ? errorMessage(feed.failure, this) : undefined,
        action: {
          label: t.retry,
          // The button goes with the failure: focus to the heading first; the skeleton while trying; a new alert if it fails.
          onClick: () => {
            this.renderRoot.querySelector<HTMLElement>('[part=heading]')!.focus();
            feed.phase = 'connecting';
            this.requestUpdate();
            feed.restart();
          },
        },
        live: 'assertive',
      });
    if (feed.phase === 'reconnecting')
      return notice({
        tone: 'warning',
        title: t.offlineTitle,
        message: t.offlineBody(formatClock(new Date(feed.updatedAt), this.language)),
      });
    return nothing;
  }
}
