#!/usr/bin/env node
// `npx mpp-conformance <base-url>`: checks an implementation of the MPP API from outside, over real HTTP, and
// prints one line per check. Exit 0 when every check passed (skips allowed), 1 on a failure, 2 on bad usage.
import { parseArgs } from 'node:util';
import { runConformance } from '../lib/index.mjs';
import { formatLine, summaryLine } from '../lib/runner.mjs';

const USAGE = `Usage: mpp-conformance <base-url> [options]

  <base-url>                the API's base, e.g. https://mpp.example.go.id/api/v1

Options:
  --origin <origin>         an origin the implementation allows by CORS (default: the base URL's own)
  --service <id>            the bookable service to book in (default: the first bookable one)
  --application <n>:<v>     a known application number and its verifier (or MPP_CONFORMANCE_APPLICATION)
  --racers <n>              concurrent bookings for the last place (default 5)
  --limit-budget <n>        failed look-ups to send before a 429 is due (default 60)
  --max-wait <seconds>      longest Retry-After waited out outside the limits check (default 90)
  --timeout <ms>            one request's time limit (default 10000)
  --contract <file>         the OpenAPI document to check against (default: the kit's copy)
  --only <prefix,…>         run only the checks whose ids start with these (e.g. booking.,cors.)
  -h, --help                this text

Environment:
  MPP_CONFORMANCE_API_KEY   an officer API key of the service's agency: runs the operator checks
  MPP_CONFORMANCE_STAFF_EMAIL, MPP_CONFORMANCE_STAFF_PASSWORD
                            a staff account: runs the log-in, session and log-out checks

Test data it needs: see README.md (a bookable service with 3 open sessions; for the application checks, a known
application). It books made-up residents; run it against a test instance, never production.`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      origin: { type: 'string' },
      service: { type: 'string' },
      application: { type: 'string' },
      racers: { type: 'string' },
      'limit-budget': { type: 'string' },
      'max-wait': { type: 'string' },
      timeout: { type: 'string' },
      contract: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`mpp-conformance: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const usage = (message) => {
  console.error(`mpp-conformance: ${message}\n\n${USAGE}`);
  process.exit(2);
};
if (positionals.length !== 1) usage('give exactly one base URL');
let base;
try {
  base = new URL(positionals[0]).href.replace(/\/+$/, '');
} catch {
  usage(`"${positionals[0]}" is not a URL`);
}
const number = (name, fallback) => {
  const v = values[name];
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) usage(`--${name} wants a whole number ≥ 1, not "${v}"`);
  return Number(v);
};
const applicationText = values.application ?? process.env.MPP_CONFORMANCE_APPLICATION;
let application;
if (applicationText) {
  const [n, v] = applicationText.split(':');
  if (!n || !v) usage('--application wants NUMBER:VERIFIER');
  application = { number: n, verifier: v };
}

const options = {
  base,
  origin: values.origin,
  service: values.service,
  application,
  apiKey: process.env.MPP_CONFORMANCE_API_KEY || undefined,
  staff:
    process.env.MPP_CONFORMANCE_STAFF_EMAIL && process.env.MPP_CONFORMANCE_STAFF_PASSWORD
      ? { email: process.env.MPP_CONFORMANCE_STAFF_EMAIL, password: process.env.MPP_CONFORMANCE_STAFF_PASSWORD }
      : undefined,
  racers: number('racers', 5),
  limitBudget: number('limit-budget', 60),
  maxWaitSeconds: number('max-wait', 90),
  timeoutMs: number('timeout', 10_000),
  contract: values.contract,
  only: values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean),
};
for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];

let run;
try {
  console.log(`mpp-conformance: ${base}`);
  run = await runConformance(options, {
    onResult: (result) => console.log(formatLine(result)),
    note: (line) => console.error(`  … ${line}`),
  });
} catch (error) {
  console.error(`mpp-conformance: ${error.message}`);
  process.exit(2);
}
console.log(`${summaryLine(run.results)} (${run.contract.title} ${run.contract.version}, ${run.requests} requests)`);
process.exit(run.results.some((r) => r.status === 'fail') ? 1 : 0);
