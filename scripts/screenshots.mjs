#!/usr/bin/env node
// The README's screenshots of the demo agency pages (`npm run screenshots`, after `npm run build` and
// `npm run build:server`): each page at a phone's width (390 px) and a desktop's (1280 px), into docs/screenshots/.
// The reference server runs on a free port with its own SQLite file and the e2e tests' Monday morning, so the
// pictures do not change with the day they are taken. PNGs re-encoded with a palette of 256 colours (see compress()):
// the repository stays light.
/* global document */ // the page's, in page.waitForFunction and page.evaluate
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { startDemo } from '../test/kit/server.mjs';
import { chromeArgs, requireChrome } from './chrome.mjs';

/** Each demo page, and what shows once its widgets are ready (a selector in a widget's shadow root). */
export const PAGES = [
  { name: 'finder', path: '/finder.html', ready: ['mpp-service-finder', '.result'] },
  { name: 'booking', path: '/booking.html', ready: ['mpp-queue-booking', 'input[name=service]'] },
  { name: 'tracker', path: '/tracker.html', ready: ['mpp-status-tracker', 'input'] },
  { name: 'all', path: '/all.html', ready: ['mpp-queue-booking', 'input[name=service]'] },
  { name: 'en', path: '/en.html', ready: ['mpp-service-finder', '.result'] },
];
export const WIDTHS = { phone: 390, desktop: 1280 };

const out = new URL('../docs/screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });

/**
 * Re-encodes a screenshot as an indexed PNG of at most 256 colours: the 256 most used (flat interface colours),
 * every other pixel (text's anti-aliasing) mapped to the nearest of them. A third of the size of Chromium's RGBA.
 */
function compress(file) {
  const { width, height, data } = PNG.sync.read(readFileSync(file));
  const key = (i) => (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  const palette = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 256)
    .map(([c]) => c);
  const index = new Map(palette.map((c, i) => [c, i]));
  const nearest = (c) => {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((p, i) => {
      const d =
        ((p >> 16) - (c >> 16)) ** 2 + (((p >> 8) & 255) - ((c >> 8) & 255)) ** 2 + ((p & 255) - (c & 255)) ** 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    index.set(c, best);
    return best;
  };
  // Each row: filter type 0, then one palette index per pixel.
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const c = key((y * width + x) * 4);
      rows[y * (width + 1) + 1 + x] = index.get(c) ?? nearest(c);
    }
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // 8 bits, indexed colour
  const plte = Buffer.from(palette.flatMap((c) => [c >> 16, (c >> 8) & 255, c & 255]));
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('PLTE', plte),
      chunk('IDAT', deflateSync(rows, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

const demo = await startDemo();
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
try {
  for (const [size, width] of Object.entries(WIDTHS)) {
    const page = await browser.newPage({ viewport: { width, height: 844 }, reducedMotion: 'reduce' });
    page.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
    for (const { name, path, ready } of PAGES) {
      await page.goto(`${demo.origin}${path}`);
      const [tag, selector] = ready;
      // Waits for the widget's own content, not for a time: the picture shows what a resident sees.
      await page.waitForFunction(([t, s]) => document.querySelector(t)?.shadowRoot?.querySelector(s), [tag, selector]);
      await page.evaluate(() => document.fonts.ready);
      const file = new URL(`${name}-${size}.png`, out);
      await page.screenshot({ path: file.pathname, fullPage: true, animations: 'disabled', caret: 'hide' });
      compress(file.pathname);
      console.log(`docs/screenshots/${name}-${size}.png`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await demo.stop();
}
