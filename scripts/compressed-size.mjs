// Compressed sizes as a CDN serves a file: brotli at its best quality, gzip at level 9. The size budgets
// (check-size.mjs) and the benches (bench/bytes.mjs, bench/attribute.mjs) measure the same way through these.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli size in bytes of a string or buffer. */
export const brotliSize = (code) =>
  brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Gzip size in bytes of a string or buffer. */
export const gzipSize = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
