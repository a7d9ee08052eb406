// The booking's QR code, drawn as SVG from the modules the API sends (no QR encoder ships).
import { html, nothing, type TemplateResult } from 'lit';
import type { QrCode } from '../../api/types.js';

/**
 * The booking's QR code as inline SVG, drawn from the modules the server sends (`Booking.qr`): crisp at any size
 * and in print, no `<canvas>` or data URL for a strict CSP to refuse, and no QR encoder in the bundle. Nothing is
 * drawn when the modules are missing or not base64; the code in large type stays the way to check in.
 */
export function qrCode(qr: QrCode | undefined, label: string): TemplateResult | typeof nothing {
  let bits: string;
  try {
    bits = atob(qr!.modules);
  } catch {
    return nothing; // no qr, or modules that are not base64
  }
  const size = Math.min(qr!.size | 0, 57); // the contract's largest: an untrusted size cannot make the loop run away
  let path = '';
  for (let i = 0; i < size * size; i++) {
    if (bits.charCodeAt(i >> 3) & (128 >> (i & 7))) path += `M${i % size} ${(i / size) | 0}h1v1h-1z`;
  }
  const box = `-4 -4 ${size + 8} ${size + 8}`; // the quiet zone scanners need
  return html`<svg part="qr" class="qr" viewBox=${box} role="img" aria-label=${label} shape-rendering="crispEdges">
    <rect x="-4" y="-4" width=${size + 8} height=${size + 8} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}
