// <staff-counter-page> (#/loket, #/loket/<counterId>): a counter's screen, on a counter PC or a tablet. Check a
// visitor in (typed code, or the ticket's QR where the browser has BarcodeDetector), call the next one, and end a
// call as served, no-show or sent to another counter. Shows the visitor by queue number and booking code only.
// For counter officers and administrators; the server decides every action for the counter's agency.
import { css } from 'lit';
import { fieldsStyles } from '../../core/fields.js';
import { pageStyles, StaffPage } from '../../core/page.js';
import { hrefOf } from '../../core/router.js';
import { CounterController } from './counter-controller.js';
import { counterPage } from './counter-views.js';
import { canScanQr, QrScan } from './qr-scanner.js';

export class StaffCounterPage extends StaffPage {
  static override styles = [
    pageStyles,
    fieldsStyles,
    css`
      .columns {
        display: grid;
        gap: 1.5em;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
        align-items: start;
      }
      .panel {
        border: 2px solid var(--_color-border);
        border-radius: var(--_radius);
        padding: 1em 1.25em;
      }
      .panel h2 {
        margin-top: 0;
      }
      .queue-number {
        font-size: 3em;
        font-weight: 700;
        margin: 0.25em 0;
        font-variant-numeric: tabular-nums;
      }
      .facts div {
        display: flex;
        gap: 0.5em;
      }
      .facts dt {
        font-weight: 700;
        min-width: 8em;
      }
      .facts dd {
        margin: 0;
      }
      /* Thumbs on a tablet: large targets, the main action first and widest. */
      .button {
        min-height: 48px;
      }
      .button--call {
        flex: 1 1 100%;
        font-size: 1.25em;
      }
      .transfer {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        align-items: end;
      }
      .transfer .field {
        margin-bottom: 0;
      }
      .scanner__video {
        width: 100%;
        max-width: 28em;
        border-radius: var(--_radius);
        background: #000;
      }
      .status:empty {
        display: none;
      }
      .notice {
        border-inline-start: 6px solid var(--_color-border);
        padding: 0.5em 0.75em;
      }
      .notice--success {
        border-color: var(--_color-success);
      }
      .notice--error {
        border-color: var(--_color-error);
      }
    `,
  ];

  private readonly counter = new CounterController(this);
  private canScan = false;
  private scan: QrScan | undefined;
  private scanError = '';
  private ticker: ReturnType<typeof setInterval> | undefined;

  override connectedCallback() {
    super.connectedCallback();
    // Every 20 s while the screen is seen and nothing is under way: other counters' calls change who waits.
    this.ticker = setInterval(() => {
      if (document.visibilityState === 'visible' && this.counter.busy === null && this.counter.current)
        void this.counter.refresh();
    }, 20_000);
    void this.counter.load(this.section[1]);
    void canScanQr().then((can) => {
      this.canScan = can;
      this.requestUpdate();
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.scan?.stop();
    clearInterval(this.ticker);
  }

  private async choose(counterId: string) {
    const choice = this.counter.choices?.find((k) => k.counterId === counterId);
    if (!choice) return;
    // The counter in the address: a counter PC's bookmark opens its own counter.
    history.replaceState(null, '', hrefOf('loket', counterId));
    await this.counter.open(choice);
  }

  private async startScan() {
    this.scanError = '';
    const scan = (this.scan = new QrScan());
    this.requestUpdate();
    await this.updateComplete;
    const video = this.renderRoot.querySelector('video')!;
    try {
      const code = await scan.read(video);
      if (code) {
        this.counter.code = code;
        await this.counter.checkIn();
      }
    } catch {
      this.scanError = 'Kamera tidak dapat dibuka. Ketik kode booking di tiket.';
    } finally {
      if (this.scan === scan) this.scan = undefined;
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus();
    }
  }

  private stopScan() {
    this.scan?.stop();
  }

  override render() {
    const c = this.counter;
    return counterPage(
      c,
      {
        onChoose: (id) => void this.choose(id),
        onRetry: () => void c.load(this.section[1]),
        onCode: (v) => ((c.code = v), (c.codeError = ''), this.requestUpdate()),
        onCheckIn: (e) => {
          e.preventDefault();
          void c.checkIn().then((ok) => {
            if (!ok) this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus();
          });
        },
        onScan: () => void this.startScan(),
        onStopScan: () => this.stopScan(),
        onCall: () => void c.callNext(),
        onServed: () => void c.finish('served'),
        onNoShow: () => void c.finish('no_show'),
        onTransferTo: (v) => ((c.transferTo = v), (c.transferError = ''), this.requestUpdate()),
        onTransfer: () => void c.finish('transferred'),
        onRefresh: () => void c.refresh(),
      },
      { can: this.canScan, on: this.scan !== undefined, error: this.scanError },
    );
  }
}

customElements.define('staff-counter-page', StaffCounterPage);
