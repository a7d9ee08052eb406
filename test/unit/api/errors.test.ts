import { expect } from '@open-wc/testing';
import { errorFromResponse, parseRetryAfter } from '../../../src/api/errors.js';

describe('parseRetryAfter', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('30')).to.equal(30);
    expect(parseRetryAfter(' 0 ')).to.equal(0);
  });
  it('ignores what it cannot read, and the HTTP-date form the contract never sends (ordinary backoff then)', () => {
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('')).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter('1.5')).to.equal(undefined);
    expect(parseRetryAfter('Mon, 07 Dec 2026 01:00:45 GMT')).to.equal(undefined);
  });
});

describe('errorFromResponse', () => {
  const page = (status: number) => new Response('<!doctype html><h1>Not Found</h1>', { status });
  it('reads the problem document of the MPP API', async () => {
    const problem = { type: 'about:blank', title: 'x', status: 403, code: 'origin_not_allowed' };
    const error = await errorFromResponse(Response.json(problem, { status: 403 }));
    expect(error.code).to.equal('origin_not_allowed');
    expect(error.retryable).to.equal(false);
  });
  it('takes a refusal without a problem document for something that is not the MPP API (api-base is wrong)', async () => {
    for (const status of [400, 401, 403, 404, 405]) {
      const error = await errorFromResponse(page(status));
      expect(error.code, String(status)).to.equal('not_api');
      expect(error.retryable, String(status)).to.equal(false);
    }
  });
  it('keeps overload and server failures from proxies as such, to be retried', async () => {
    expect((await errorFromResponse(page(429))).code).to.equal('rate_limited');
    expect((await errorFromResponse(page(503))).code).to.equal('unavailable');
    expect((await errorFromResponse(page(502))).code).to.equal('internal');
    expect((await errorFromResponse(page(502))).retryable).to.equal(true);
  });
});
