// Agency pages are old, crowded and styled by whoever came before. The widgets must look and work the same inside
// them, and survive being pasted twice or next to another version.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { newPage, readmeReserveRule, useDemo } from '../kit/browser.mjs';

const env = useDemo();

const WIDGETS = `
  <div class="box" id="finder"><mpp-service-finder query="skck"></mpp-service-finder></div>
  <div class="box" id="booking"><mpp-queue-booking service="polresta-penerbitan-skck-baru"></mpp-queue-booking></div>
  <div class="box" id="tracker"><mpp-status-tracker></mpp-status-tracker></div>`;

const pageWith = (
  css,
  scripts = '<script type="module" src="/dist/mpp-widgets.js" data-api-base="/api/v1"></script>',
) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <link rel="stylesheet" href="/__host/page.css">${scripts}</head><body>${WIDGETS}</body></html>`;

// Letter and word spacing reach the widgets' text when a page sets them on every element (here through
// '* { all: unset }'), as a reader's own spacing must (WCAG 1.4.12) — CSS cannot tell the two apart. So the clean
// page sets the same spacing, and the comparison shows that nothing else of the hostile page gets through.
const SPACING = 'letter-spacing: 3px; word-spacing: 10px;';

// What agency sites do: reset everything, shrink rem, force their look on form controls and headings, and add a
// framework's reset (Bootstrap Reboot / Tailwind Preflight style rules).
const HOSTILE_CSS = `
* { all: unset; }
html { font-size: 62.5% !important; }
body { font: 10px/1 "Comic Sans MS", cursive !important; color: #f0f !important; ${SPACING}
       text-transform: uppercase; text-align: center; background: #fff; }
button, input, select, textarea { all: unset !important; background: red !important; font-size: 8px !important;
       padding: 30px !important; border: 5px dashed lime !important; }
h1, h2, h3, h4, h5, h6 { font-size: 60px !important; color: red !important; text-transform: uppercase !important; margin: 2em !important; }
*, ::before, ::after { box-sizing: content-box; border-width: 0; border-style: solid; margin: 0; }
ul, ol { list-style: none; padding: 0; }
img, svg { display: block; max-width: 100%; }
a { color: inherit; text-decoration: none; }
.box { display: block; width: 360px; margin-bottom: 16px; }`;
const CLEAN_CSS = `body { margin: 0; background: #fff; } .box { display: block; width: 360px; margin-bottom: 16px; }`;
const CLEAN_SPACED_CSS = `${CLEAN_CSS} * { ${SPACING} }`;

async function hostPage(html, css) {
  const { page, context, record } = await newPage(env.browser, { viewport: { width: 400, height: 900 } });
  await page.route('**/__host/page.css', (route) => route.fulfill({ contentType: 'text/css', body: css }));
  await page.route('**/__host/page.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  // An older copy served from another folder, with its lazy files beside it as a release has them.
  await page.route('**/__host/old/*.js', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    const body = readFileSync(`dist/${name}`, 'utf8');
    route.fulfill({
      contentType: 'text/javascript',
      body: name === 'mpp-widgets.js' ? body.replaceAll('"0.1.0"', '"0.0.9"') : body,
    });
  });
  await page.goto(`${env.demo.origin}/__host/page.html`);
  await page.locator('mpp-service-finder .result').first().waitFor();
  await page.locator('mpp-queue-booking input[name=day]').first().waitFor();
  await page.locator('mpp-status-tracker #code').waitFor();
  return { page, context, record };
}

describe('a page whose CSS fights back', () => {
  it('leaves each widget looking exactly as on a clean page with the same text spacing', async () => {
    const clean = await hostPage(pageWith(CLEAN_SPACED_CSS), CLEAN_SPACED_CSS);
    const hostile = await hostPage(pageWith(HOSTILE_CSS), HOSTILE_CSS);
    for (const id of ['finder', 'booking', 'tracker']) {
      const a = PNG.sync.read(await clean.page.locator(`#${id}`).screenshot());
      const b = PNG.sync.read(await hostile.page.locator(`#${id}`).screenshot());
      assert.deepEqual([b.width, b.height], [a.width, a.height], `${id}: the hostile page changed its size`);
      const differing = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
      assert.ok(differing / (a.width * a.height) < 0.001, `${id}: ${differing} pixels differ`);
    }
    // And they still work: a search and a step of the booking.
    await hostile.page.locator('mpp-service-finder').getByRole('searchbox').fill('paspor');
    await hostile.page
      .locator('mpp-service-finder')
      .getByRole('button', { name: 'Permohonan Paspor Elektronik Baru' })
      .waitFor();
    await hostile.page.locator('mpp-queue-booking input[name=day]:not([disabled])').first().check();
    await hostile.page.locator('mpp-queue-booking').getByRole('button', { name: 'Lanjutkan' }).click();
    await hostile.page.locator('mpp-queue-booking').getByRole('heading', { name: 'Pada jam berapa?' }).waitFor();
    assert.deepEqual(hostile.record.errors, []);
    await clean.context.close();
    await hostile.context.close();
  });
});

describe('the script pasted twice, or two versions on one page', () => {
  it('registers once, warns once and throws nothing when the same script comes twice', async () => {
    const scripts = `<script type="module" src="/dist/mpp-widgets.js" data-api-base="/api/v1"></script>
      <script type="module" src="/dist/mpp-widgets.js?copy=2" data-api-base="/api/v1"></script>`;
    const { page, context, record } = await hostPage(pageWith(CLEAN_CSS, scripts), CLEAN_CSS);
    const warnings = record.console.filter((l) => l.startsWith('warning') && l.includes('mpp-widgets'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.deepEqual(record.errors, []);
    await page.locator('mpp-service-finder').getByRole('searchbox').fill('ktp');
    await page.locator('mpp-service-finder .result').first().waitFor();
    await context.close();
  });

  it('keeps the first version working and names both in one warning', async () => {
    const scripts = `<script type="module" src="/__host/old/mpp-widgets.js" data-api-base="/api/v1"></script>
      <script type="module" src="/dist/mpp-widgets.js" data-api-base="/api/v1"></script>`;
    const { context, record } = await hostPage(pageWith(CLEAN_CSS, scripts), CLEAN_CSS);
    const warnings = record.console.filter((l) => l.startsWith('warning') && l.includes('mpp-widgets'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /version 0\.0\.9 is already on this page/);
    assert.match(warnings[0], /this copy \(version 0\.1\.0\)/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

describe('the API set by configure() instead of an attribute', () => {
  it('works when the page calls configure() after importing the script, as the README shows', async () => {
    const scripts = `<script type="module">
        import { configure } from '/dist/mpp-widgets.js';
        configure({ apiBase: '/api/v1' });
      </script>`;
    const { page, context, record } = await hostPage(pageWith(CLEAN_CSS, scripts), CLEAN_CSS);
    await page.locator('mpp-service-finder').getByRole('searchbox').fill('ktp');
    await page.locator('mpp-service-finder .result').first().waitFor();
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

describe('a page with the README’s rule that holds each widget’s place', () => {
  // The rule exactly as the README gives it, so the README cannot drift from what is tested, on a page sized as
  // agency sites often are (10px rem, 17px text): the reserved height must not follow the page's text size.
  const readmeRule = readmeReserveRule();

  for (const [name, markup, ready] of [
    ['the finder', '<mpp-service-finder></mpp-service-finder>', 'mpp-service-finder .result'],
    ['the booking', '<mpp-queue-booking></mpp-queue-booking>', 'mpp-queue-booking input[name=service]'],
    ['the tracker', '<mpp-status-tracker></mpp-status-tracker>', 'mpp-status-tracker #code'],
  ]) {
    it(`moves nothing on the page when ${name} arrives (no layout shift)`, async () => {
      const { page, context } = await newPage(env.browser);
      await page.route('**/__host/held.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,">
            <style>${readmeRule} html { font-size: 62.5% } body { margin: 0; font-size: 1.7rem } .below { height: 400px }</style>
            <script type="module" src="/dist/mpp-widgets.js" data-api-base="/api/v1"></script></head>
            <body><h1>Agency page</h1>${markup}<div class="below">More of the page</div></body></html>`,
        }),
      );
      await page.goto(`${env.demo.origin}/__host/held.html`);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle'); // everything the widget fetches by itself has come
      const shifts = await page.evaluate(async () => {
        await document.querySelector('mpp-service-finder, mpp-queue-booking, mpp-status-tracker').updateComplete;
        // Shifts are measured when a frame is laid out: let the last render reach the screen, then read them all.
        await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
        const observer = new PerformanceObserver(() => undefined);
        observer.observe({ type: 'layout-shift', buffered: true });
        return observer.takeRecords().map((e) => e.value);
      });
      assert.deepEqual(shifts, [], 'layout shifts');
      await context.close();
    });
  }
});
