// The kit's checks as a list run in order: each either passes (with what it saw), fails (with the one line that
// says what broke) or is skipped (with why: missing test data, or a check it needs failed before it).
import { Failure } from './client.mjs';

/** Thrown by a check that cannot run here; its message says why. */
export class Skip extends Error {}

/** Fails the running check with `message` unless `condition` holds. */
export function expect(condition, message) {
  if (!condition) throw new Failure(typeof message === 'function' ? message() : message);
}

export function createRunner({ only } = {}) {
  const checks = [];
  const results = [];
  const outcome = new Map();

  /**
   * Declares a check. `id` is the table's name for it (`booking.idempotent-retry`); `needs` are ids of checks that
   * must have passed; `run` answers a detail line or throws `Failure`/`Skip`.
   */
  function check(id, title, run, { needs = [] } = {}) {
    checks.push({ id, title, run, needs });
  }

  async function runAll(onResult = () => {}) {
    for (const c of checks) {
      if (only && !only.some((prefix) => c.id.startsWith(prefix))) continue;
      let result;
      const missing = c.needs.filter((n) => outcome.get(n) !== 'pass');
      if (missing.length) {
        result = { ...c, status: 'skip', detail: `needs ${missing.join(', ')} to pass first` };
      } else {
        try {
          const detail = await c.run();
          result = { ...c, status: 'pass', detail: detail ?? '' };
        } catch (error) {
          if (error instanceof Skip) result = { ...c, status: 'skip', detail: error.message };
          else if (error instanceof Failure) result = { ...c, status: 'fail', detail: error.message };
          else result = { ...c, status: 'fail', detail: `the kit stopped: ${error?.stack ?? error}` };
        }
      }
      outcome.set(c.id, result.status);
      results.push(result);
      onResult(result);
    }
    return results;
  }

  return { check, runAll, results };
}

const LABEL = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' };

/** One table line: result, check id, what it checks and what it saw. */
export function formatLine(result, idWidth = 36) {
  const detail = result.detail ? ` — ${result.detail}` : '';
  return `${LABEL[result.status]}  ${result.id.padEnd(idWidth)} ${result.title}${detail}`;
}

export function summaryLine(results) {
  const count = (s) => results.filter((r) => r.status === s).length;
  return `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`;
}
