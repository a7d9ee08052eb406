import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

// Real HTTP to the implementation under test, by the contract's operations. Every answer is read whole (status,
// headers, text, JSON when it parses). A 429 met by a check that is not about limits is waited out as a polite
// client would (its Retry-After, bounded by --max-wait), then the request is sent again.

/** Thrown when an answer makes a check fail; its message is the table's line. */
export class Failure extends Error {}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {object} options
 * @param {string} options.base the API's base URL (`https://mpp.example.go.id/api/v1`)
 * @param {Map} options.operations the contract's operations
 * @param {number} options.timeoutMs one request's time limit
 * @param {number} options.maxWaitSeconds the longest Retry-After waited out before giving up
 * @param {(line: string) => void} options.note where waits are told (stderr)
 */
export function createClient({ base, operations, timeoutMs, maxWaitSeconds, note }) {
  const root = base.replace(/\/+$/, '');
  let requests = 0;

  /** The URL of an operation with its path parameters and query. */
  function urlOf(op, params = {}, query = {}) {
    const path = op.path.replace(/\{(\w+)\}/g, (_, name) => {
      if (!(name in params)) throw new Error(`${op.id}: no value for {${name}}`);
      return encodeURIComponent(params[name]);
    });
    const url = new URL(root + path);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v));
    return url;
  }

  /** One request, read whole. `body` is sent as JSON unless `raw` (a string) is given. */
  async function send(method, url, { headers = {}, body, raw } = {}) {
    requests++;
    const init = { method, headers: { ...headers }, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' };
    if (raw !== undefined) init.body = raw;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      if (!Object.keys(init.headers).some((h) => h.toLowerCase() === 'content-type'))
        init.headers['Content-Type'] = 'application/json';
    }
    const started = performance.now();
    let res;
    try {
      res = await fetch(url, init);
    } catch (error) {
      const why =
        error?.name === 'TimeoutError'
          ? `no answer in ${timeoutMs} ms`
          : (error?.cause?.code ?? error?.cause?.message ?? error.message);
      throw new Failure(`${method} ${url.pathname}: ${why}`);
    }
    const text = await res.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json, ms: performance.now() - started, method, url };
  }

  /**
   * One request on a connection of its own, closed after it: for a body the implementation may refuse before
   * reading it all (413), which leaves that connection unusable for the next request.
   */
  function sendAlone(method, url, { headers = {}, raw = '' } = {}) {
    requests++;
    return new Promise((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(url, { method, agent: false, headers: { ...headers, Connection: 'close' } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode, headers: new Headers(res.headers), text, json, method, url });
        });
      });
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
      // The implementation may answer and close while the body is still going out: the answer is what counts.
      req.on('error', (error) => reject(new Failure(`${method} ${url.pathname}: ${error.code ?? error.message}`)));
      req.end(raw);
    });
  }

  /**
   * Calls an operation by its operationId. `expectLimit`: a 429 is the answer the check wants, so it is not waited
   * out. Answers the answer plus `op`.
   */
  async function call(operationId, { params, query, expectLimit = false, alone = false, ...rest } = {}) {
    const op = operations.get(operationId);
    if (!op) throw new Error(`the contract has no operation ${operationId}`);
    const url = urlOf(op, params, query);
    for (;;) {
      const answer = await (alone ? sendAlone : send)(op.method, url, rest);
      if (answer.status !== 429 || expectLimit) return { ...answer, op };
      const wait = Number(answer.headers.get('retry-after'));
      if (!Number.isFinite(wait) || wait > maxWaitSeconds)
        throw new Failure(
          `${op.method} ${op.path}: rate limited (Retry-After ${answer.headers.get('retry-after') ?? 'missing'}); ` +
            `raise the implementation's limits for the kit's address or --max-wait`,
        );
      note(`${op.method} ${op.path}: 429, waiting ${wait} s as Retry-After asks`);
      await sleep(Math.max(1, wait) * 1000);
    }
  }

  return { call, send, sendAlone, urlOf, root, requests: () => requests };
}
