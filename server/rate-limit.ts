// Fixed-window rate limits per client address, in memory (one process). A limit of 0 is off.

/** Answers 0 when the request may go on, else the seconds until the window resets. */
export type RateLimiter = (client: string) => number;

export function createRateLimiter(perWindow: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return (client) => {
    if (!perWindow) return 0;
    const t = now();
    let w = windows.get(client);
    if (!w || t >= w.resetAt) {
      // Forget old windows now and then so the map cannot grow without bound.
      if (windows.size > 10_000) for (const [k, v] of windows) if (t >= v.resetAt) windows.delete(k);
      w = { count: 0, resetAt: t + windowMs };
      windows.set(client, w);
    }
    w.count++;
    return w.count > perWindow ? Math.ceil((w.resetAt - t) / 1000) : 0;
  };
}
