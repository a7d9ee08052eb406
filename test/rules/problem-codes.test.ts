// Every problem code is documented with its status and whether retrying can help, and the client's `retryable`
// agrees with the contract: a widget retries on its own exactly the answers the contract says may succeed unchanged.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { MppApiError } from '../../src/api/errors.js';
import type { ProblemCode } from '../../src/api/types.js';

const contract = parse(readFileSync(new URL('../../../src/api/openapi.yaml', import.meta.url), 'utf8'));
const schema = contract.components.schemas.ProblemCode as {
  enum: ProblemCode[];
  description: string;
  'x-retryable': ProblemCode[];
};
/** The description's table: code → its HTTP status. */
const rows = new Map(
  [...schema.description.matchAll(/^\| `(\w+)` \| (\d{3}) \|/gm)].map(([, code, status]) => [code, Number(status)]),
);

describe('problem codes', () => {
  it('each code of the enum has a row saying its status and whether retrying helps, and no row is stale', () =>
    assert.deepEqual([...rows.keys()].sort(), [...schema.enum].sort()));

  for (const code of schema.enum)
    it(`${code}: the client retries it on its own only if the contract lists it as retryable`, () =>
      assert.equal(
        new MppApiError({ status: rows.get(code) ?? 0, code, fieldErrors: [] }).retryable,
        schema['x-retryable'].includes(code),
      ));
});
