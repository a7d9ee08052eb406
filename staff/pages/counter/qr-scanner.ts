// Scanning a ticket's QR with the device's camera, where the browser can (`BarcodeDetector`, Chromium on Android,
// ChromeOS, macOS): feature-detected, never required — typing the code always works. Frames are read a few times a
// second until a booking code is seen; the camera stops as soon as it is, or when scanning is cancelled.

/** The part of the Barcode Detection API used here (not yet in TypeScript's DOM types). */
interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorConstructor {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats?(): Promise<string[]>;
}

const detectorClass = () => (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;

/** Whether this browser can scan a QR with the camera (the scan button shows only then). */
export async function canScanQr(): Promise<boolean> {
  const Detector = detectorClass();
  if (!Detector || !navigator.mediaDevices?.getUserMedia) return false;
  try {
    return !Detector.getSupportedFormats || (await Detector.getSupportedFormats()).includes('qr_code');
  } catch {
    return false;
  }
}

/** A booking code in what a QR holds (the ticket's QR encodes the code itself). */
export const bookingCodeIn = (value: string): string | null =>
  /\bRSV-[2-9A-HJ-NP-Z]{8}\b/.exec(value.toUpperCase())?.[0] ?? null;

/**
 * Shows the rear camera in `video` and answers the first booking code it reads; null when stopped with `stop()`.
 * Throws when the camera cannot be opened (refused, absent).
 */
export class QrScan {
  private stream: MediaStream | undefined;
  private stopped = false;
  private wake: (() => void) | undefined;

  async read(video: HTMLVideoElement): Promise<string | null> {
    const Detector = detectorClass()!;
    const detector = new Detector({ formats: ['qr_code'] });
    this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    try {
      video.srcObject = this.stream;
      // Not awaited: a video that never starts (a stalled camera) must not hold the loop; detect() reads no frame then.
      void video.play().catch(() => undefined);
      while (!this.stopped) {
        const found = await detector.detect(video).catch(() => []);
        for (const { rawValue } of found) {
          const code = bookingCodeIn(rawValue);
          if (code) return code;
        }
        // A few reads a second is enough for a ticket held still, and spares a counter PC's CPU.
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, 250);
        });
      }
      return null;
    } finally {
      this.release(video);
    }
  }

  /** Stops scanning and the camera. */
  stop(): void {
    this.stopped = true;
    this.wake?.();
  }

  private release(video: HTMLVideoElement) {
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    video.srcObject = null;
    this.stream = undefined;
  }
}
