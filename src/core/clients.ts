import { MppClient } from '../api/client.js';

// Elements on one page share a client per API, and with it the catalogue cache and in-flight requests.
const clients = new Map<string, MppClient>();

/** The shared client of an API base URL. */
export function clientFor(baseUrl: string): MppClient {
  let client = clients.get(baseUrl);
  if (!client) {
    client = new MppClient({ baseUrl });
    clients.set(baseUrl, client);
  }
  return client;
}

/** For tests and stories: forget every client and its cache. */
export function resetClients(): void {
  clients.clear();
}
