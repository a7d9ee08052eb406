// HTTP basics every response goes through: brotli/gzip compression chosen by Accept-Encoding, with compressed
// bodies of ETag-ged documents (the catalogue, static files) made once and kept.
import type { MiddlewareHandler } from 'hono';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|problem\+json|javascript|yaml|xml|manifest\+json)|image\/svg\+xml)/i;
/** Below this many bytes a body is sent as it is: it fits one packet either way. */
const THRESHOLD_BYTES = 1024;
const CACHE_ENTRIES = 200;

/** The encoding to answer with: brotli, else gzip, when the client accepts it (`q=0` refuses); null for none. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    if (name) q.set(name, weight === undefined ? 1 : Number(weight));
  }
  const accepts = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

/** Compresses compressible answers; an ETag-ged body is compressed once (at brotli's best) and kept. */
export function compression(): MiddlewareHandler {
  const cache = new Map<string, Uint8Array>();
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!res.body || res.status === 304 || res.headers.has('Content-Encoding')) return;
    const type = res.headers.get('Content-Type') ?? '';
    // An event stream never ends: reading it whole to compress it would hold every event back.
    if (!COMPRESSIBLE.test(type) || type.startsWith('text/event-stream')) return;
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    const headers = new Headers(res.headers);
    const vary = headers.get('Vary');
    headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    const body = new Uint8Array(await res.arrayBuffer());
    // Hono carries the headers of the answer it replaces over to the new one: forget it first.
    c.res = undefined;
    if (!encoding || body.byteLength < THRESHOLD_BYTES) {
      c.res = new Response(body, { status: res.status, headers });
      return;
    }
    const etag = res.headers.get('ETag');
    const key = etag && `${encoding} ${etag}`;
    let compressed = key ? cache.get(key) : undefined;
    if (!compressed) {
      // A kept body is compressed once, so it gets brotli's best; a one-off answer a quick level.
      compressed =
        encoding === 'br'
          ? brotliCompressSync(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: key ? 11 : 4,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
              },
            })
          : gzipSync(body, { level: key ? 9 : 6 });
      if (key) {
        if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
        cache.set(key, compressed);
      }
    }
    headers.set('Content-Encoding', encoding);
    headers.delete('Content-Length');
    // A strong tag names exact bytes; the compressed bytes differ, so the tag becomes weak (as nginx does).
    if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
    c.res = new Response(compressed, { status: res.status, headers });
  };
}

/** Whether an `If-None-Match` header matches an ETag: `*`, or any tag of its list by weak comparison. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return (ifNoneMatch.match(/(W\/)?"[^"]*"/g) ?? []).some((tag) => tag.replace(/^W\//, '') === opaque);
}
