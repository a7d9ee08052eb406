// A deliberately broken MPP API: a node:http proxy in front of the real reference server that passes every request
// on and changes one thing in the answers, so a kit test can prove the kit notices exactly that.
import { createServer, request } from 'node:http';

/**
 * Starts a proxy to `target` (the server's origin). `breakIt({ method, path, headers, body }, answer)` may change
 * the upstream answer `{ status, headers, body }` (headers a plain object with lower-case names, body a string) or
 * the request before it goes (`before(req)` answers the request to send). Answers `{ origin, api, close() }`.
 */
export async function startBrokenProxy(target, { before = (req) => req, breakIt = (_req, answer) => answer } = {}) {
  const upstream = new URL(target);
  const server = createServer(async (incoming, outgoing) => {
    const chunks = [];
    for await (const chunk of incoming) chunks.push(chunk);
    const req = before({
      method: incoming.method,
      path: incoming.url,
      // Bodies unencoded, so a case can read and rewrite them.
      headers: { ...incoming.headers, host: upstream.host, 'accept-encoding': 'identity' },
      body: Buffer.concat(chunks),
    });
    const answer = await new Promise((resolve, reject) => {
      const out = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.path, headers: req.headers },
        (res) => {
          // An event stream never ends: pass it through as it comes, unchanged.
          if (String(res.headers['content-type']).startsWith('text/event-stream')) {
            resolve({ status: res.statusCode, headers: { ...res.headers }, stream: res });
            return;
          }
          const parts = [];
          res.on('data', (d) => parts.push(d));
          res.on('end', () =>
            resolve({
              status: res.statusCode,
              headers: { ...res.headers },
              body: Buffer.concat(parts).toString('utf8'),
            }),
          );
        },
      );
      out.on('error', reject);
      out.end(req.body);
    }).catch((error) => ({ status: 502, headers: { 'content-type': 'text/plain' }, body: String(error) }));
    if (answer.stream) {
      outgoing.writeHead(answer.status, answer.headers);
      answer.stream.pipe(outgoing);
      outgoing.on('close', () => answer.stream.destroy());
      return;
    }
    const changed = breakIt(req, answer);
    const headers = { ...changed.headers };
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    delete headers['content-encoding'];
    delete headers.connection;
    delete headers['keep-alive'];
    outgoing.writeHead(changed.status, headers);
    outgoing.end(changed.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    api: `${origin}/api/v1`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** The JSON of a request body, or undefined. */
export const jsonOf = (text) => {
  try {
    return JSON.parse(String(text));
  } catch {
    return undefined;
  }
};
