/** The QR code of `text`: `size` modules a side, `modules` row-major bits (1 = dark, high bit first) in base64. */
export function qrCodeOf(text: string): { size: number; modules: string };
