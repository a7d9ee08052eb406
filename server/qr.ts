// The check-in QR code of a booking, encoded by the server so no client ships a QR encoder (lean-qr's 2 KB was
// the largest dependency of the booking widget) and every client shows the very code the counter's scanner reads.
// Shared by the reference server and the MSW mocks (no Node API, so it runs in browsers too).
import { generate } from 'lean-qr';
import type { QrCode } from '../src/api/types.js';

/**
 * The QR code of `text` as the contract's `QrCode`: `size` modules a side and `modules`, the modules row by row,
 * 1 = dark, eight to a byte with the first in the high bit, in base64.
 */
export function qrCodeOf(text: string): QrCode {
  // One fixed mask: scanners read the mask from the code's format bits, so any of the eight decodes. Scoring all
  // eight (the ISO's recommendation, lean-qr's default) was a large share of a booking's time under load
  // (`node bench/server-load.mjs`; figures in bench/RESULTS.md).
  const code = generate(text, { mask: 0 });
  const { size } = code;
  const bytes = new Uint8Array(Math.ceil((size * size) / 8));
  for (let i = 0; i < size * size; i++) if (code.get(i % size, Math.floor(i / size))) bytes[i >> 3] |= 128 >> (i & 7);
  return { size, modules: btoa(String.fromCharCode(...bytes)) };
}
