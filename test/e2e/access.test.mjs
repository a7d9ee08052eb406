// Accessibility end to end: 320px with text at 200%, reduced motion, visible focus, and the tracker and finder
// with the keyboard alone (the booking's keyboard journey is in resident.test.mjs).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deepFocus, newPage, openPage, useDemo } from '../kit/browser.mjs';
import { newNik } from '../kit/fixtures.mjs';
import { playwrightUi, resident } from '../kit/resident.mjs';

const env = useDemo();

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
    const person = resident(playwrightUi(booking));
    await booking.getByRole('radio').first().waitFor();
    assert.equal(await booking.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)), 32);
    assert.equal(await overflows(booking), false, 'day step overflows');
    await person.answerUpToIdentity();
    await person.fillIdentity({ nik: newNik(), name: 'Dewi Lestari Anggraini Kusumawardhani', phone: '081399990000' });
    assert.equal(await overflows(booking), false, 'identity step overflows');
    await person.continue(person.words.checkQuestion);
    assert.equal(await overflows(booking), false, 'check answers overflow');
    await person.send();
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
    const { page, context } = await newPage(env.browser, { reducedMotion: 'reduce' });
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
