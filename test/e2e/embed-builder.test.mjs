// The demo's embed builder (demo/site/builder.html, issue 20, item 7) in Chromium against the reference server: a
// webmaster picks an element, its options, the language and a theme preset, sees the element live, and copies the
// exact snippet — a script tag, a WordPress shortcode, JSX — under the demo's CSP with Trusted Types.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { appErrors, newPage, useDemo } from '../kit/browser.mjs';

const env = useDemo();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openBuilder() {
  const opened = await newPage(env.browser, { viewport: { width: 1280, height: 1000 } });
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.demo.origin });
  await opened.page.goto(`${env.demo.origin}/builder.html`);
  await opened.page.getByRole('heading', { name: 'Pembuat kode sematan' }).waitFor();
  return opened;
}

/** "Salin kode", then what the clipboard holds, once the status says it was copied. */
async function copy(page) {
  await page.getByRole('button', { name: 'Salin kode' }).click();
  await page.getByRole('status').getByText('Kode disalin.').waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('the embed builder', () => {
  it('builds a booking widget in English with the IDDS preset: live, and the script tag, shortcode and JSX to copy', async () => {
    const { page, context, record } = await openBuilder();
    const api = `${env.demo.origin}/api/v1`;
    const files = `${env.demo.origin}/dist`;

    await page.getByRole('radio', { name: '<mpp-queue-booking>' }).check();
    await page.getByLabel('agency').fill('polresta');
    await page.getByLabel('heading-level').fill('3');
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByLabel('Tema', { exact: true }).selectOption('idds');
    await page.getByLabel('heading-level').press('Tab'); // a text field applies when the webmaster leaves it

    // Live: the element as configured, in English, with the preset's colour, talking to the API.
    const preview = page.getByRole('region', { name: 'Pratinjau langsung' });
    const live = preview.locator('mpp-queue-booking');
    await live.getByRole('heading', { name: 'Which service do you need?', level: 3 }).waitFor();
    assert.equal(await live.getAttribute('agency'), 'polresta');
    assert.equal(await live.getAttribute('api-base'), api);
    const primary = await live.evaluate((el) => getComputedStyle(el).getPropertyValue('--mpp-color-primary').trim());
    assert.equal(primary, '#06264d');
    assert.equal(await live.getByRole('radio').first().isVisible(), true, 'the preview shows Polresta services');

    assert.equal(
      await copy(page),
      [
        `<link rel="stylesheet" href="${files}/themes/idds.css">`,
        `<script type="module" src="${files}/mpp-queue-booking.js" data-api-base="${api}"></script>`,
        '<mpp-queue-booking lang="en" agency="polresta" heading-level="3"></mpp-queue-booking>',
      ].join('\n'),
    );

    await page.getByRole('radio', { name: /Shortcode WordPress/ }).check();
    assert.equal(await copy(page), '[mpp_queue_booking lang="en" agency="polresta" heading-level="3"]');

    await page.getByRole('radio', { name: /JSX/ }).check();
    assert.equal(
      await copy(page),
      [
        "import 'mpp-widgets/mpp-queue-booking.js';",
        "import 'mpp-widgets/themes/idds.css';",
        '',
        `<mpp-queue-booking api-base="${api}" lang="en" agency="polresta" heading-level={3} />`,
      ].join('\n'),
    );

    assert.deepEqual(record.violations, [], 'CSP or Trusted Types violations');
    assert.deepEqual(record.errors, []);
    assert.deepEqual(appErrors(record), []);
    await context.close();
  });

  it('switching element keeps shared options, offers the new one’s own, and a boolean becomes a bare attribute', async () => {
    const { page, context } = await openBuilder();
    await page.getByLabel('agency').fill('disdukcapil');
    await page.getByLabel('agency').press('Tab');
    await page.getByLabel('sync-url').check();
    await page.getByLabel('booking-url').fill('/antrean/?layanan={service}');
    await page.getByLabel('booking-url').press('Tab');
    const live = page.getByRole('region', { name: 'Pratinjau langsung' }).locator('mpp-service-finder');
    await live.getByRole('searchbox').waitFor();
    assert.equal(await live.getAttribute('booking-url'), '/antrean/?layanan={service}');
    assert.match(
      await copy(page),
      /<mpp-service-finder agency="disdukcapil" booking-url="\/antrean\/\?layanan=\{service\}" sync-url><\/mpp-service-finder>$/,
    );

    await page.getByRole('radio', { name: '<mpp-status-tracker>' }).check();
    assert.equal(await page.getByLabel('agency').inputValue(), 'disdukcapil');
    assert.equal(await page.getByLabel('booking-url').count(), 0);
    await page.getByLabel('refresh-interval').fill('30');
    await page.getByLabel('refresh-interval').press('Tab');
    await page.getByRole('region', { name: 'Pratinjau langsung' }).locator('mpp-status-tracker #code').waitFor();
    assert.match(
      await copy(page),
      /<mpp-status-tracker agency="disdukcapil" refresh-interval="30"><\/mpp-status-tracker>$/,
    );
    await context.close();
  });

  it('a value with quotes is escaped in every kind of snippet', async () => {
    const { page, context } = await openBuilder();
    await page.getByLabel('query').fill('akta "lahir" [baru]');
    await page.getByLabel('query').press('Tab');
    assert.match(await copy(page), /query="akta &quot;lahir&quot; \[baru\]"/);
    await page.getByRole('radio', { name: /Shortcode WordPress/ }).check();
    assert.equal(await copy(page), '[mpp_service_finder query="akta &quot;lahir&quot; &#91;baru&#93;"]');
    await page.getByRole('radio', { name: /JSX/ }).check();
    assert.match(await copy(page), /query=\{"akta \\"lahir\\" \[baru\]"\}/);
    await context.close();
  });

  it('passes axe (WCAG 2.2 AA) with its form, live preview and code, and copies from the keyboard', async () => {
    // axe is injected as an inline script, which the page's CSP refuses: this context alone bypasses it.
    const { page, context } = await newPage(env.browser, { viewport: { width: 1280, height: 1000 }, bypassCSP: true });
    await page.goto(`${env.demo.origin}/builder.html`);
    await page
      .getByRole('region', { name: 'Pratinjau langsung' })
      .locator('mpp-service-finder')
      .getByRole('searchbox')
      .waitFor();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
    // Keyboard: Tab reaches the copy button; Enter copies and the status says so.
    await page.getByRole('button', { name: 'Salin kode' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(/Kode (disalin|sudah dipilih)/)
      .waitFor();
    await context.close();
  });
});
