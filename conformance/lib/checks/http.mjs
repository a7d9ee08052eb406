// HTTP around the operations: methods a path does not answer, paths the API does not have, CORS for an allowed
// and a refused origin, and the headers every API answer carries.
import { newKey, newResident } from '../residents.mjs';
import { expect } from '../runner.mjs';
import { expectAnswer } from './answers.mjs';

export function httpChecks({ check }, ctx) {
  const { call, send, root } = ctx.client;
  const allowed = ctx.options.origin;
  const refused = 'https://conformance-not-allowed.example';

  check('http.405', 'PUT /services (a path without PUT): 405 problem with Allow naming GET', async () => {
    const answer = await send('PUT', new URL(`${root}/services`), { body: {} });
    expect(answer.status === 405, `PUT /services answered ${answer.status}, not 405`);
    const allow = answer.headers.get('allow') ?? '';
    expect(/\bGET\b/.test(allow), `405 with Allow: "${allow}", which does not name GET`);
    problemShape(ctx, answer, 'method_not_allowed');
  });

  check('http.unknown-path', 'a path the API does not have: 404 problem not_found', async () => {
    const answer = await send('GET', new URL(`${root}/conformance-no-such-path`));
    expect(answer.status === 404, `answered ${answer.status}, not 404`);
    problemShape(ctx, answer, 'not_found');
  });

  check('http.security-headers', 'API answers carry X-Content-Type-Options: nosniff, problems included', async () => {
    const seen = [await call('listAgencies'), await call('getService', { params: { serviceId: 'conformance-none' } })];
    for (const answer of seen) {
      const value = (answer.headers.get('x-content-type-options') ?? '').toLowerCase();
      expect(value === 'nosniff', `${answer.op.path} ${answer.status}: X-Content-Type-Options is "${value}"`);
    }
  });

  check('cors.allowed', `CORS: a preflight and a request from ${allowed} are allowed`, async () => {
    const preflight = await send('OPTIONS', new URL(`${root}/bookings`), {
      headers: {
        Origin: allowed,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });
    expect(preflight.status >= 200 && preflight.status < 300, `the preflight answered ${preflight.status}`);
    const origin = preflight.headers.get('access-control-allow-origin');
    expect(origin === allowed || origin === '*', `the preflight's Access-Control-Allow-Origin is ${origin}`);
    const methods = (preflight.headers.get('access-control-allow-methods') ?? '').toUpperCase();
    expect(/\bPOST\b/.test(methods), `the preflight allows methods "${methods}", not POST`);
    const headers = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of ['content-type', 'idempotency-key'])
      expect(headers.includes(h) || headers === '*', `the preflight does not allow the header ${h} ("${headers}")`);
    const get = await call('listServices', { headers: { Origin: allowed } });
    const got = get.headers.get('access-control-allow-origin');
    expect(got === allowed || got === '*', `GET /services from ${allowed}: Access-Control-Allow-Origin ${got}`);
    const exposed = (get.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    expect(exposed.includes('retry-after'), `Retry-After is not exposed to scripts ("${exposed}")`);
  });

  check(
    'cors.refused',
    `CORS: a request from an origin the MPP did not register (${refused}) is refused, 403 origin_not_allowed, nothing done`,
    async () => {
      // The contract lets the preflight through so that the page can read the refusal; the request itself is refused.
      const get = await call('listServices', { headers: { Origin: refused } });
      expect(
        get.status === 403,
        `GET /services from ${refused} answered ${get.status}${get.json?.items ? ' with the catalogue' : ''}, not 403`,
      );
      expectAnswer(ctx, get, 403, 'origin_not_allowed');
      const readable = get.headers.get('access-control-allow-origin');
      expect(readable === refused || readable === null, `the refusal names another origin: ${readable}`);
      expect(
        !get.headers.get('access-control-allow-credentials'),
        'Access-Control-Allow-Credentials is set: a staff cookie could ride on a cross-origin request',
      );
      if (!ctx.service || !ctx.openSessions?.length) return 'catalogue only (no session to try a booking in)';
      // A booking from that origin: refused, and no place taken.
      const session = ctx.openSessions.at(-1);
      const places = async () => {
        const answer = await call('getAvailability', {
          params: { serviceId: ctx.service.id },
          query: { from: session.date, days: 1 },
        });
        return answer.json?.days?.[0]?.sessions.find((x) => x.id === session.id)?.remaining;
      };
      const before = await places();
      const body = { serviceId: ctx.service.id, date: session.date, sessionId: session.id, ...newResident() };
      const post = await call('createBooking', { headers: { Origin: refused, 'Idempotency-Key': newKey() }, body });
      expectAnswer(ctx, post, 403, 'origin_not_allowed');
      const after = await places();
      expect(after === before, `a booking from ${refused} was refused but took a place (${before} → ${after})`);
    },
  );

  check('operator.unauthorized', 'every operation that needs credentials, asked without: 401 problem', async () => {
    const guarded = [...ctx.contract.operations.values()].filter((o) => !o.public);
    for (const o of guarded) {
      const params = Object.fromEntries(
        o.parameters.filter((p) => p.in === 'path').map((p) => [p.name, placeholder(ctx, p)]),
      );
      const body = o.requestBody ? {} : undefined;
      expectAnswer(ctx, await call(o.id, { params, body }), 401, 'unauthorized');
    }
    return `${guarded.length} operations`;
  });
}

/** A path parameter's value for a request that must be refused before it is read: a real one where the kit has it. */
function placeholder(ctx, parameter) {
  const schema = parameter.schema?.$ref
    ? ctx.contract.doc.components.schemas[parameter.schema.$ref.split('/').pop()]
    : parameter.schema;
  if (parameter.name === 'code' && ctx.main) return ctx.main.booking.code;
  if (parameter.name === 'agencyId' && ctx.service) return ctx.service.agencyId;
  const example = schema?.examples?.[0] ?? parameter.example;
  if (example !== undefined) return String(example);
  // Identifiers the contract gives a prefix and 20 hex digits (stf_…, key_…): one of that shape.
  const prefixed = /^\^([a-z]+_)\[a-f0-9\]\{20\}\$$/.exec(schema?.pattern ?? '');
  if (prefixed) return `${prefixed[1]}${'0'.repeat(20)}`;
  return 'conformance';
}

/** An answer outside the operations (405, unknown path) is still a contract problem. */
function problemShape(ctx, answer, code) {
  const type = (answer.headers.get('content-type') ?? '').split(';')[0].trim();
  expect(type === 'application/problem+json', `${answer.status} as ${type || 'no type'}, not application/problem+json`);
  const validate = ctx.contract.schema('Problem');
  expect(
    validate(answer.json),
    () => `the ${answer.status} problem is off the schema: ${validate.errors?.[0]?.message}`,
  );
  expect(answer.json.code === code, `problem code ${answer.json.code}, not ${code}`);
}
