// A simulated agency system (SiCantik-like) that tests start: records by number, and a behaviour the test sets —
// answering, slow past the server's timeout, failing with 500, sending a body that is not JSON, or cutting the
// connection. It counts requests and keeps the credential each one carried.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type UpstreamMode = 'ok' | 'slow' | 'error' | 'garbage' | 'reset';

export async function startUpstream() {
  const records = new Map<string, unknown>();
  const state = { mode: 'ok' as UpstreamMode, requests: 0, authorizations: [] as (string | undefined)[] };
  const server: Server = createServer((req, res) => {
    state.requests++;
    state.authorizations.push(req.headers.authorization);
    const number = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
    switch (state.mode) {
      case 'slow':
        setTimeout(() => res.writeHead(200).end('{}'), 2000).unref();
        return;
      case 'error':
        res.writeHead(500, { 'Content-Type': 'text/html' }).end('<h1>Internal Server Error</h1>');
        return;
      case 'garbage':
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('<html>maintenance</html>');
        return;
      case 'reset':
        req.socket.destroy();
        return;
    }
    const record = records.get(number);
    if (!record) res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"tidak ditemukan"}');
    else res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(record));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    records,
    state,
    setMode: (mode: UpstreamMode) => (state.mode = mode),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
