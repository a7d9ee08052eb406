// The shared table of rule cases run against both implementations: the reference server over real HTTP (a fresh
// SQLite file per case) and the MSW mock API the unit tests and Storybook use (its handlers called through msw's
// getResponse, bundled for Node with esbuild). Each answer must be what the table says, and the same from both.
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { call, startServer } from '../../server/test/helpers.js';
import { RULE_CASES, residentView, type RuleCase } from './shared-cases.js';

const root = new URL('../../../', import.meta.url);
const MOCK_BASE = 'http://mpp.test/api/v1';

interface Outcome {
  status: number;
  body: unknown;
}
type Send = (step: {
  method: string;
  path: string;
  body?: unknown;
  headers: Record<string, string>;
}) => Promise<Outcome>;

/** The mock API's module, built once for Node (it imports the catalogue as JSON, which Node's loader does not). */
interface MockModule {
  createMockApi(options: { base: string; now: () => number; livedIn: boolean }): { handlers: unknown[] };
}
let mockModule: MockModule;
let getResponse: (handlers: unknown[], request: Request) => Promise<Response | undefined>;

before(async () => {
  const outfile = fileURLToPath(new URL('.build/mock-api.mjs', root));
  await build({
    entryPoints: [fileURLToPath(new URL('test/mocks/handlers.ts', root))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  mockModule = (await import(outfile)) as MockModule;
  ({ getResponse } = (await import('msw')) as unknown as { getResponse: typeof getResponse });
});

/** Runs a case's steps through `send`, moving the clock with `setNow`; answers the view of each answer. */
async function run(rule: RuleCase, send: Send, setNow: (ms: number) => void) {
  const outcomes: Outcome[] = [];
  const views = [];
  for (const [i, step] of rule.steps.entries()) {
    setNow(Date.parse(step.at ?? rule.at));
    const code = step.codeOf === undefined ? '' : (outcomes[step.codeOf]!.body as { code: string }).code;
    const body = step.body === undefined ? undefined : JSON.parse(JSON.stringify(step.body).replaceAll('{code}', code));
    const headers: Record<string, string> =
      step.path === '/bookings' ? { 'Idempotency-Key': step.key ?? `case-step-${i}-key` } : {};
    const outcome = await send({ method: step.method, path: step.path.replace('{code}', code), body, headers });
    outcomes.push(outcome);
    const view = residentView(outcome.status, outcome.body) as { http: number; code?: string };
    assert.equal(view.http, step.expect.status, `step ${i}: ${JSON.stringify(outcome.body)}`);
    if (step.expect.code) assert.equal(view.code, step.expect.code, `step ${i}`);
    views.push(view);
  }
  return views;
}

describe('the mock API and the reference server answer the rule cases identically', () => {
  const seen = new Map<string, { server?: unknown; mock?: unknown }>();
  after(() => seen.clear());

  for (const rule of RULE_CASES) {
    it(rule.name, async () => {
      const server = await startServer({ now: Date.parse(rule.at) });
      let serverViews;
      try {
        serverViews = await run(
          rule,
          ({ method, path, body, headers }) => call(server.base, method, path, body, headers),
          server.setNow,
        );
      } finally {
        await server.close();
      }

      let now = Date.parse(rule.at);
      const mock = mockModule.createMockApi({ base: MOCK_BASE, now: () => now, livedIn: false });
      const mockViews = await run(
        rule,
        async ({ method, path, body, headers }) => {
          const request = new Request(MOCK_BASE + path, {
            method,
            headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          });
          const response = await getResponse(mock.handlers, request);
          assert.ok(response, `the mock does not handle ${method} ${path}`);
          const text = await response.text();
          return { status: response.status, body: text ? JSON.parse(text) : undefined };
        },
        (ms) => (now = ms),
      );
      assert.deepEqual(mockViews, serverViews);
    });
  }
});
