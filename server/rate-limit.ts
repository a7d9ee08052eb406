// The limits on top of the counters: requests per client address per minute, and failed second factors per booking
// code (a distributed guesser has many addresses but one code to guess for). A limit of 0 is off.
import { createHash } from 'node:crypto';
import type { Counters } from './counters.js';

/** Answers 0 when the request may go on, else the seconds until the window resets. */
export type RateLimiter = (client: string) => Promise<number>;

export function createRateLimiter(counters: Counters, name: string, perWindow: number, windowMs: number): RateLimiter {
  return async (client) => {
    if (!perWindow) return 0;
    const { count, resetInMs } = await counters.hit(`rate:${name}:${client}`, windowMs);
    return count > perWindow ? Math.max(1, Math.ceil(resetInMs / 1000)) : 0;
  };
}

/**
 * Runs `check` (the comparison of a code's second factor) unless the code has had `max` failed checks in its
 * window: then answers the seconds to wait instead, without checking. An attempt counts before it is checked — so
 * concurrent guesses cannot all pass a cap read before any failed — and a check that succeeds takes its count back.
 * The code itself, known or not, is never stored: only a hash of it names the counter.
 */
export type AttemptCap = <T>(code: string, check: () => Promise<T | undefined>) => Promise<{ value?: T; wait: number }>;

export function createAttemptCap(counters: Counters, max: number, windowMs: number): AttemptCap {
  return async (code, check) => {
    if (!max) return { value: await check(), wait: 0 };
    const key = `factor:${createHash('sha256').update(code).digest('base64url').slice(0, 22)}`;
    const { count, resetInMs } = await counters.hit(key, windowMs);
    if (count > max) return { wait: Math.max(1, Math.ceil(resetInMs / 1000)) };
    const value = await check();
    if (value !== undefined) await counters.undo(key);
    return { value, wait: 0 };
  };
}
