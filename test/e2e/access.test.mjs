// Accessibility end to end: 320px with text at 200%, reduced motion, visible focus, and the tracker and finder
// with the keyboard alone (the booking's keyboard journey is in resident.test.mjs).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newNik, openPage, useDemo } from './harness.mjs';

const env = useDemo();

const deepFocus = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = getComputedStyle(el);
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      text: el.textContent.trim(),
      outline: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
    };
  });

/** Widget content wider than the widget would need sideways scrolling: a loss of reflow. */
const overflows = (locator) => locator.evaluate((el) => el.scrollWidth > el.clientWidth + 1);

describe('reflow and zoom', () => {
  it('books at 320px with text at 200%, nothing cut off or scrolling sideways', async () => {
    const { page, context, record } = await openPage(
      env.browser,
      `${env.demo.origin}/booking.html?layanan=polresta-perpanjangan-sim-c`,
      {
        viewport: { width: 320, height: 640 },
      },
    );
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%')); // the reader's text size, doubled
    const booking = page.locator('mpp-queue-booking');
    await booking.locator('input[name=day]').first().waitFor();
    assert.equal(await booking.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)), 32);
    assert.equal(await overflows(booking), false, 'day step overflows');
    await booking.locator('input[name=day]:not([disabled])').first().check();
    await booking.getByRole('button', { name: 'Lanjutkan' }).click();
    await booking.locator('input[name=session]:not([disabled])').first().check();
    await booking.getByRole('button', { name: 'Lanjutkan' }).click();
    await booking.getByLabel('NIK').fill(newNik());
    await booking.getByLabel('Nama lengkap').fill('Dewi Lestari Anggraini Kusumawardhani');
    await booking.getByLabel('Nomor HP').fill('081399990000');
    assert.equal(await overflows(booking), false, 'identity step overflows');
    await booking.getByRole('button', { name: 'Lanjutkan' }).click();
    assert.equal(await overflows(booking), false, 'check answers overflow');
    await booking.getByRole('button', { name: 'Kirim booking' }).click();
    await booking.getByRole('heading', { name: 'Booking berhasil' }).waitFor();
    assert.equal(await overflows(booking), false, 'ticket overflows');
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  for (const [path, widget, ready, act] of [
    ['/finder.html?q=akta', 'mpp-service-finder', '.result', (w) => w.locator('.result__open').first().click()],
    [
      '/tracker.html?kode=PMH-2026-000124',
      'mpp-status-tracker',
      '#last4',
      async (w) => {
        await w.getByLabel('4 angka terakhir NIK').fill('0003');
        await w.getByRole('button', { name: 'Cek status' }).click();
      },
    ],
  ]) {
    it(`${widget} at 320px with text at 200%: no sideways scrolling before and after acting`, async () => {
      const { page, context } = await openPage(env.browser, `${env.demo.origin}${path}`, {
        viewport: { width: 320, height: 640 },
      });
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const el = page.locator(widget);
      await el.locator(ready).first().waitFor();
      assert.equal(await overflows(el), false);
      await act(el);
      await el.locator('.detail, .result').first().waitFor();
      assert.equal(await overflows(el), false);
      await context.close();
    });
  }
});

describe('motion and focus', () => {
  it('keeps the loading shimmer still when the reader asks for reduced motion', async () => {
    const context = await env.browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.route('**/api/v1/services', () => undefined); // never answers: the skeleton stays
    await page.goto(`${env.demo.origin}/finder.html`);
    const row = page.locator('mpp-service-finder .skeleton__row').first();
    await row.waitFor();
    const duration = await row.evaluate((el) => parseFloat(getComputedStyle(el).animationDuration));
    assert.ok(duration < 0.001, `animation still runs for ${duration}s`);
    await context.close();
  });

  it('shows where focus is on every control it reaches', async () => {
    const { page, context } = await openPage(env.browser, `${env.demo.origin}/tracker.html`);
    await page.locator('mpp-status-tracker #code').waitFor();
    const seen = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focus = await deepFocus(page);
      if (
        ['input', 'button', 'a'].includes(focus.tag) &&
        (await page.evaluate(() => !!document.activeElement?.shadowRoot))
      ) {
        seen.push(focus);
        assert.notEqual(focus.outline, 'none', `no visible focus on ${focus.tag}#${focus.id}`);
        assert.ok(focus.outlineWidth >= 2, `focus ring under 2px on ${focus.tag}#${focus.id}`);
      }
    }
    assert.ok(seen.length >= 3, 'reached the widget’s controls');
    await context.close();
  });
});

describe('keyboard alone', () => {
  it('looks up an application', async () => {
    const { page, context } = await openPage(env.browser, `${env.demo.origin}/tracker.html`);
    await page.locator('mpp-status-tracker #code').waitFor();
    for (let i = 0; i < 20 && (await deepFocus(page)).id !== 'code'; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('PMH-2026-000125');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0003');
    await page.keyboard.press('Enter');
    await page.locator('mpp-status-tracker .timeline').waitFor();
    assert.equal((await deepFocus(page)).id, 'result-heading');
    assert.match(await page.locator('mpp-status-tracker .deadline').innerText(), /Melewati target waktu layanan/);
    await context.close();
  });

  it('finds a service and opens it', async () => {
    const { page, context } = await openPage(env.browser, `${env.demo.origin}/finder.html`);
    await page.locator('mpp-service-finder .result').first().waitFor();
    for (let i = 0; i < 20 && (await deepFocus(page)).id !== 'search'; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('akta kematian');
    await page.locator('mpp-service-finder').getByRole('button', { name: 'Penerbitan Akta Kematian' }).waitFor();
    for (let i = 0; i < 6 && (await deepFocus(page)).text !== 'Penerbitan Akta Kematian'; i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('mpp-service-finder .detail').waitFor();
    assert.equal((await deepFocus(page)).id, 'detail-heading');
    await context.close();
  });
});
