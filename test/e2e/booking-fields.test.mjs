// End to end in Chromium against the reference server: a service that asks its own question (the demo's KIA
// asks the parents' Nomor KK) is booked through the demo agency's booking page, the question refused when left
// empty, reviewed, sent, and kept with the booking — never in a URL, the page's events or its storage.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { describe, it } from 'node:test';
import { openPage, useDemo } from '../kit/browser.mjs';
import { newNik } from '../kit/fixtures.mjs';
import { playwrightUi, resident } from '../kit/resident.mjs';

const env = useDemo();
const KIA = 'disdukcapil-penerbitan-kartu-identitas-anak';
const KK = '2172010101850001';

describe('a service with its own booking question', () => {
  it('is booked with the Nomor KK, which is checked, reviewed and kept with the booking only', async () => {
    const nik = newNik();
    const { page, context, record } = await openPage(env.browser, `${env.demo.origin}/booking.html?layanan=${KIA}`);
    await page.evaluate(() => {
      window.__events = [];
      for (const name of ['mpp-booking-step', 'mpp-booking-confirmed', 'mpp-error'])
        document.addEventListener(name, (e) => window.__events.push({ name, detail: e.detail }));
    });
    const booking = page.locator('mpp-queue-booking');
    const person = resident(playwrightUi(booking));
    await person.answerUpToIdentity({ day: /Senin, 7 Desember 2026/, session: /10\.00–11\.00 WIB/ });
    await person.fillIdentity({ nik, name: 'Ayu Lestari', phone: '0812 5555 0101' });

    // Left empty, the question is refused like the built-in ones: the error summary names it and leads to it.
    const kk = booking.getByLabel('Nomor KK');
    await kk.waitFor();
    await booking.getByRole('button', { name: 'Lanjutkan' }).click();
    const summary = booking.locator('.error-summary');
    await summary.getByRole('link', { name: 'Masukkan Nomor KK' }).click();
    assert.equal(await kk.evaluate((input) => input === input.getRootNode().activeElement), true);
    await kk.fill('2172 0101 0185 0001');
    await person.continue('Periksa jawaban Anda');
    const review = booking.locator('.summary');
    assert.match(await review.innerText(), /Nomor KK\s+2172010101850001/);
    await person.send();
    const code = (await booking.locator('[part=code]').innerText()).trim();

    // Kept with the booking, as typed but without its spaces; the server checked it with the widget's rules.
    const db = new Database(env.demo.dbPath, { readonly: true });
    try {
      const row = db.prepare('SELECT service_id, extra_fields FROM bookings WHERE code = ?').get(code);
      assert.equal(row.service_id, KIA);
      assert.deepEqual(JSON.parse(row.extra_fields), { nomor_kk: KK });
    } finally {
      db.close();
    }
    // Personal data: only in the booking request's body.
    const sent = record.requests.filter((r) => r.body.includes(KK));
    assert.deepEqual(
      sent.map((r) => `${r.method} ${new URL(r.url).pathname}`),
      ['POST /api/v1/bookings'],
    );
    for (const r of record.requests) assert.ok(!r.url.includes(KK), `the KK in a URL: ${r.url}`);
    const events = JSON.stringify(await page.evaluate(() => window.__events));
    assert.ok(!events.includes(KK), 'the KK in an event');
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    assert.ok(!stored.includes(KK), 'the KK in storage');
    assert.ok(!(await booking.locator('.ticket').innerText()).includes(KK), 'the ticket does not show it');
    assert.ok(!record.console.some((line) => line.includes(KK)), 'the KK in the console');
    await context.close();
  });
});
