// A phone-sized agency page with the README's snippet and the site's own text under each widget: nothing on it may
// move, and no widget may change height, from the first paint until the resident acts (issue 24).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newPage, readmeReserveRule, useDemo } from '../kit/browser.mjs';

const env = useDemo();

/** The site's text under each widget: a shift moves what the resident is reading. */
const TEXT = '<p class="site">Jam layanan, alamat, dan persyaratan berkas yang harus dibawa pemohon ke loket.</p>';

const ready = {
  finder: 'mpp-service-finder .result',
  booking: 'mpp-queue-booking input[name=service]',
  day: 'mpp-queue-booking input[name=day]',
  tracker: 'mpp-status-tracker #code',
};

/** At most this much of a 390×844 phone, reserved for the finder and the booking (issue 24); the tracker's form. */
const SHORT = Math.floor(0.6 * 844);

/** name, markup, what shows once the widgets have their data, the most a widget may reserve. */
const PAGES = [
  ['the finder', '<mpp-service-finder></mpp-service-finder>', [ready.finder], SHORT],
  ['the booking', '<mpp-queue-booking></mpp-queue-booking>', [ready.booking], SHORT],
  // Its first question is the day's, with a week of days to choose from: the README reserves more for it.
  [
    'the booking of a service the page chose',
    '<mpp-queue-booking service="disdukcapil-perekaman-dan-penerbitan-ktp-el-baru"></mpp-queue-booking>',
    [ready.day],
    844,
  ],
  ['the tracker', '<mpp-status-tracker></mpp-status-tracker>', [ready.tracker], SHORT],
  [
    'all three',
    '<mpp-service-finder></mpp-service-finder><mpp-queue-booking></mpp-queue-booking><mpp-status-tracker></mpp-status-tracker>',
    [ready.finder, ready.booking, ready.tracker],
    SHORT,
  ],
];

/**
 * Before the page's own script runs: every layout shift, and every height each widget takes once it has been laid
 * out (a ResizeObserver reports the first layout and each change after it, before the frame is painted).
 */
function watch() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__shifts.push({ value: e.value, input: e.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  window.__heights = {};
  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) {
      const key = `${e.target.localName}#${[...document.querySelectorAll(e.target.localName)].indexOf(e.target)}`;
      (window.__heights[key] ??= []).push(Math.round(e.borderBoxSize[0].blockSize));
    }
  });
  // Each widget watched as soon as the parser adds it, before the first paint that shows it.
  new MutationObserver((records) => {
    for (const r of records)
      for (const node of r.addedNodes) if (node.localName?.startsWith('mpp-')) sizes.observe(node);
  }).observe(document, { childList: true, subtree: true });
}

describe('a phone-sized page with the README’s snippet and text under each widget', () => {
  const snippet = readmeReserveRule();

  for (const [name, markup, readyWhen, most] of PAGES) {
    it(`${name}: nothing moves and no widget changes height before the resident acts`, async () => {
      const { page, context, record } = await newPage(env.browser, { viewport: { width: 390, height: 844 } });
      const body = markup.replace(/<\/mpp-[\w-]+>/g, (end) => `${end}${TEXT}`);
      await page.route('**/__host/phone.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>body { margin: 0 16px; font: 16px/1.5 system-ui, sans-serif } ${snippet}</style>
            <script type="module" src="/dist/mpp-widgets.js" data-api-base="/api/v1"></script></head>
            <body><h1>Mal Pelayanan Publik</h1>${body}</body></html>`,
        }),
      );
      await page.addInitScript(watch);
      await page.goto(`${env.demo.origin}/__host/phone.html`);
      for (const selector of readyWhen) await page.locator(selector).first().waitFor();
      await page.waitForLoadState('networkidle'); // everything the widgets fetch by themselves has come
      const seen = await page.evaluate(async () => {
        await Promise.all(
          [...document.querySelectorAll('mpp-service-finder, mpp-queue-booking, mpp-status-tracker')].map(
            (el) => el.updateComplete,
          ),
        );
        // Shifts and sizes are reported as a frame is laid out: let the last render reach the screen.
        await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
        return { shifts: window.__shifts, heights: window.__heights };
      });
      for (const [widget, heights] of Object.entries(seen.heights)) {
        assert.ok(heights[0] <= most, `${widget} holds ${heights[0]} px of the phone's 844 from its first paint`);
        assert.deepEqual([...new Set(heights)], [heights[0]], `${widget} changed height: ${heights.join(' → ')} px`);
      }
      assert.equal(Object.keys(seen.heights).length, readyWhen.length, 'every widget was measured');
      const cls = seen.shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0);
      assert.equal(cls, 0, `layout shift ${cls.toFixed(4)}`);
      assert.deepEqual(record.errors, []);
      await context.close();
    });
  }
});

describe('the demo’s tracker page on a desktop', () => {
  // Issue 22, item 5: the tracker sized to its content. Its form's lines no longer wrap in the demo's column, so
  // the place held for it (the site's rule, the tracker's own minimum) is the form's height, not an empty box.
  it('holds the tracker’s place at the height of its form: nothing moves, no empty box under the button', async () => {
    const { page, context, record } = await newPage(env.browser, { viewport: { width: 1280, height: 844 } });
    await page.addInitScript(watch);
    await page.goto(`${env.demo.origin}/tracker.html`);
    await page.locator(ready.tracker).waitFor();
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(async () => {
      const tracker = document.querySelector('mpp-status-tracker');
      await tracker.updateComplete;
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
      const box = tracker.getBoundingClientRect();
      const button = tracker.shadowRoot.querySelector('button[type=submit]').getBoundingClientRect();
      return { shifts: window.__shifts, heights: window.__heights, below: box.bottom - button.bottom };
    });
    const heights = seen.heights['mpp-status-tracker#0'];
    assert.deepEqual([...new Set(heights)], [heights[0]], `the tracker changed height: ${heights.join(' → ')} px`);
    const cls = seen.shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0);
    assert.equal(cls, 0, `layout shift ${cls.toFixed(4)}`);
    assert.ok(seen.below <= 16, `${Math.round(seen.below)} px of empty box under the tracker's button`);
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});
