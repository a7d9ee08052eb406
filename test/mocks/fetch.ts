/**
 * Routes `window.fetch` through MSW's `getResponse()` for unit tests: no service worker, so no page reloads and
 * no registration race. Requests nothing handles fail like a network error, so a test never reaches a real server.
 */
import { getResponse, type HttpHandler } from 'msw';

const realFetch = window.fetch.bind(window);

export function installMockFetch(handlers: HttpHandler[]): () => void {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input instanceof URL ? input.href : input, init);
    const signal = request.signal;
    const answer = getResponse(handlers, request).then((response) => {
      if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
      return response;
    });
    if (!signal) return answer;
    return new Promise<Response>((resolve, reject) => {
      if (signal.aborted) return reject(new DOMException('The operation was aborted.', 'AbortError'));
      signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), {
        once: true,
      });
      answer.then(resolve, reject);
    });
  };
  return restoreFetch;
}

export function restoreFetch(): void {
  window.fetch = realFetch;
}
