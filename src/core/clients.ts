// One API transport per base URL, shared by the widgets of a page (and so their cache and requests in flight).
import { MppTransport } from '../api/transport.js';

// Elements on one page share a client per API, and with it the catalogue cache and in-flight requests.
const clients = new Map<string, MppTransport>();

/** The shared transport of an API base URL (its cache and in-flight requests included). */
export function clientFor(baseUrl: string): MppTransport {
  let client = clients.get(baseUrl);
  if (!client) {
    client = new MppTransport({ baseUrl });
    clients.set(baseUrl, client);
  }
  return client;
}

/** For tests and stories: forget every client and its cache. */
export function resetClients(): void {
  clients.clear();
}
