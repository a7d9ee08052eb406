// Checking a visitor in from the ticket's QR with the counter PC's camera, where the browser has BarcodeDetector.
// No real media stream here: one made in the test (a canvas's, an AudioContext's) froze headless Chromium's page now
// and then, and its file never finished (about half the runs under MPP_CPU_SLOWDOWN=4; 0 of 12 with the stand-in).
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { restoreFetch } from '../../mocks/fetch.js';
import { q, shows } from './kit.js';
import { book, button, open, press, status } from './counter-kit.js';

describe('staff counter page, with a camera', () => {
  afterEach(() => {
    restoreFetch();
    sinon.restore();
  });

  it('checks a visitor in from the ticket’s QR where the browser can read it with the camera', async () => {
    const { el, api } = await open({ section: ['loket', 'loket-10'] });
    const code = await book(api);
    // A browser with the Barcode Detection API and a camera: the detector reads the code. The camera is a stand-in
    // stream, and the video's srcObject is recorded rather than set: a generated stream (a canvas's, an
    // AudioContext's) froze headless Chromium's page now and then, played or not, and the file never finished. The
    // fake detector reads no frame, so the scanner's loop is the same.
    const track = { readyState: 'live', stop: () => (track.readyState = 'ended') };
    const stream = { getTracks: () => [track] } as unknown as MediaStream;
    sinon.stub(navigator.mediaDevices, 'getUserMedia').resolves(stream);
    const shown: (MediaProvider | null)[] = [];
    sinon.stub(HTMLMediaElement.prototype, 'srcObject').set((value: MediaProvider | null) => shown.push(value));
    sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
    let reads = 0;
    (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
      static getSupportedFormats = async () => ['qr_code'];
      async detect() {
        // The ticket comes into view on the third frame.
        return ++reads < 3 ? [] : [{ rawValue: code }];
      }
    };
    try {
      await shows(el, '#check-in-heading');
      el.remove();
      document.body.append(el);
      await waitUntil(() => button(el, 'Pindai QR dengan kamera'));
      await press(el, 'Pindai QR dengan kamera');
      await shows(el, 'video');
      await expect(el).to.be.accessible();
      await waitUntil(() => status(el).includes(`${code} sudah check-in`), 'scanned and checked in', { timeout: 5000 });
      expect(q(el, 'video'), 'the camera is closed').to.equal(null);
      expect(shown, 'the camera shown in the video, then taken off it').to.deep.equal([stream, null]);
      expect(track.readyState, 'the camera is stopped').to.equal('ended');
    } finally {
      delete (window as unknown as { BarcodeDetector?: unknown }).BarcodeDetector;
      el.remove();
    }
  });
});
