// A circuit breaker: after `failures` failures in a row the remote system is left alone for `coolDownMs`, so a
// system that is down costs residents no timeout each and is not hammered while it recovers; then one request
// tries it again (half-open) and its outcome closes or re-opens the circuit.

export interface CircuitBreaker {
  /** Whether a request may go out now (false while open); in half-open state, only the first caller gets true. */
  allow(now: number): boolean;
  succeeded(): void;
  failed(now: number): void;
  /** Seconds until a request may go out again (0 when it may now). */
  retryAfterSeconds(now: number): number;
}

export function createCircuitBreaker({
  failures,
  coolDownMs,
}: {
  failures: number;
  coolDownMs: number;
}): CircuitBreaker {
  let inARow = 0;
  let openUntil = 0;
  let trying = false;
  return {
    allow(now) {
      if (inARow < failures) return true;
      if (now < openUntil || trying) return false;
      trying = true;
      return true;
    },
    succeeded() {
      inARow = 0;
      trying = false;
    },
    failed(now) {
      inARow++;
      trying = false;
      if (inARow >= failures) openUntil = now + coolDownMs;
    },
    retryAfterSeconds(now) {
      if (inARow < failures) return 0;
      return Math.max(1, Math.ceil((openUntil - now) / 1000));
    },
  };
}
