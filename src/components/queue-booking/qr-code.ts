import { html, type TemplateResult } from 'lit';
import { generate } from 'lean-qr/nano';

/**
 * A QR code as inline SVG, drawn from lean-qr's module matrix (its 2 KB "nano" build): crisp at any size and
 * in print, and no `<canvas>` or data URL for a strict CSP to refuse.
 */
export function qrCode(text: string, label: string): TemplateResult {
  const code = generate(text);
  const size = code.size;
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (code.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
  }
  const box = `-4 -4 ${size + 8} ${size + 8}`; // the quiet zone scanners need
  return html`<svg part="qr" class="qr" viewBox=${box} role="img" aria-label=${label} shape-rendering="crispEdges">
    <rect x="-4" y="-4" width=${size + 8} height=${size + 8} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}
