// A countdown in seconds that re-renders its host each second (waiting out a 429's Retry-After).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Seconds left before the resident may try again (a 429's `Retry-After`), ticking once a second and re-rendering
 * its host; stops with the host.
 */
export class CountdownController implements ReactiveController {
  seconds = 0;
  /** The seconds the last wait started from (0 before any): what a live region announces once. */
  from = 0;
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  start(seconds: number, onDone?: () => void): void {
    this.stop();
    this.seconds = this.from = Math.max(0, Math.ceil(seconds));
    this.host.requestUpdate();
    this.timer = setInterval(() => {
      this.seconds = Math.max(0, this.seconds - 1);
      if (!this.seconds) {
        this.stop();
        onDone?.();
      }
      this.host.requestUpdate();
    }, 1000);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
