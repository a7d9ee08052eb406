// The kit as a function: loads the contract, runs every check against `base`, answers the results.
import { createClient } from './client.mjs';
import { loadContract, defaultContractPath } from './contract.mjs';
import { createRunner } from './runner.mjs';
import { applicationChecks } from './checks/applications.mjs';
import { boardChecks } from './checks/board.mjs';
import { bookingChangeChecks } from './checks/booking-changes.mjs';
import { bookingChecks } from './checks/bookings.mjs';
import { catalogueChecks } from './checks/catalogue.mjs';
import { daysChecks } from './checks/days.mjs';
import { httpChecks } from './checks/http.mjs';
import { languageChecks } from './checks/language.mjs';
import { limitChecks } from './checks/limits.mjs';
import { operatorChecks } from './checks/operator.mjs';
import { staffChecks } from './checks/staff.mjs';
import { statusLookupChecks } from './checks/status-lookup.mjs';
import { surveyChecks } from './checks/survey.mjs';
import { satisfactionChecks } from './checks/satisfaction.mjs';

/**
 * @typedef {object} Options
 * @property {string} base the API's base URL, up to and with `/api/v1`
 * @property {string} [contract] the OpenAPI document (default: the kit's copy)
 * @property {string} [origin] an origin the implementation allows by CORS (default: the base URL's own)
 * @property {string} [service] the service to book (default: the first bookable one)
 * @property {{ number: string, verifier: string }} [application] a known application and its second factor
 * @property {string} [apiKey] an officer API key of the service's agency, for the operator checks
 * @property {{ email: string, password: string }} [staff] a staff account, for the log-in and session checks
 * @property {number} [racers] concurrent bookings for the last place (5)
 * @property {number} [limitBudget] failed look-ups sent before expecting a 429 (60)
 * @property {number} [maxWaitSeconds] the longest Retry-After waited out in checks that are not about limits (90)
 * @property {number} [timeoutMs] one request's time limit (10 000)
 * @property {string[]} [only] run only the checks whose ids start with one of these
 */

/** Runs the kit; `onResult` sees each result as it comes, `note` each wait. Answers every result. */
export async function runConformance(options, { onResult, note = () => {} } = {}) {
  const contract = loadContract(options.contract ?? defaultContractPath());
  const opts = {
    origin: new URL(options.base).origin,
    racers: 5,
    limitBudget: 60,
    maxWaitSeconds: 90,
    timeoutMs: 10_000,
    ...options,
  };
  const client = createClient({
    base: opts.base,
    operations: contract.operations,
    timeoutMs: opts.timeoutMs,
    maxWaitSeconds: opts.maxWaitSeconds,
    note,
  });
  const ctx = { contract, client, options: opts };
  const runner = createRunner({ only: opts.only });
  const groups = [
    catalogueChecks,
    daysChecks,
    bookingChecks,
    bookingChangeChecks,
    statusLookupChecks,
    applicationChecks,
    surveyChecks,
    satisfactionChecks,
    operatorChecks,
    boardChecks,
    staffChecks,
    // Before the limits: those use up the kit's look-ups, and a booking's look-up in English is one.
    languageChecks,
    httpChecks,
    limitChecks,
  ];
  for (const group of groups) group(runner, ctx);
  const results = await runner.runAll(onResult);
  return { results, contract, requests: client.requests() };
}
