// End to end, as residents would do it: real Chromium, the demo pages that embed the widgets by script tag, the
// reference server over SQLite. Run by `npm test` after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { deepFocus, newPage, openPage, useDemo } from '../kit/browser.mjs';
import { newNik } from '../kit/fixtures.mjs';
import { playwrightUi, resident } from '../kit/resident.mjs';
import { operator } from '../kit/server.mjs';

const env = useDemo();

describe('a resident', () => {
  it('finds a service, books it, gets the ticket and its calendar file, tracks it and cancels it', async () => {
    const nik = newNik();
    const { page, context, record } = await openPage(env.browser, `${env.demo.origin}/all.html`);
    // Everything the widgets tell the page, as an analytics script listening on the document would hear it.
    await page.evaluate(() => {
      window.__events = [];
      for (const name of [
        'mpp-service-select',
        'mpp-service-book',
        'mpp-booking-step',
        'mpp-booking-confirmed',
        'mpp-booking-cancelled',
        'mpp-status-result',
      ]) {
        document.addEventListener(name, (e) => window.__events.push({ name, detail: e.detail }));
      }
    });
    const finder = page.locator('mpp-service-finder');
    const booking = page.locator('mpp-queue-booking');
    const tracker = page.locator('mpp-status-tracker');

    await finder.getByRole('searchbox', { name: 'Cari layanan' }).fill('skck');
    await finder.getByRole('button', { name: 'Penerbitan SKCK Baru' }).click();
    await finder.getByRole('heading', { name: 'Penerbitan SKCK Baru' }).waitFor();
    assert.match(await finder.locator('.detail').innerText(), /Persyaratan/);
    await finder.getByRole('button', { name: 'Ambil antrean' }).click();

    const person = resident(playwrightUi(booking));
    await person.see('Kapan Anda akan datang?');
    assert.match(await booking.locator('#day-hint').innerText(), /Penerbitan SKCK Baru/);
    await person.book({
      day: /Senin, 7 Desember 2026/,
      session: /09\.00–10\.00 WIB/,
      nik,
      name: 'Siti Aminah',
      phone: '0812 3456 7890',
    });
    const code = (await booking.locator('[part=code]').innerText()).trim();
    assert.match(code, /^RSV-[2-9A-HJ-NP-Z]{8}$/);
    assert.equal(await booking.getByRole('img', { name: `Kode QR booking ${code}` }).count(), 1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      booking.getByRole('button', { name: 'Tambah ke kalender' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `${code}.ics`);
    const ics = readFileSync(await download.path(), 'utf8');
    assert.match(ics, /DTSTART:20261207T020000Z/, '09.00 WIB');
    assert.match(ics, /DTEND:20261207T030000Z/, '10.00 WIB');

    // The page's own script hands the code to the tracker; the resident adds the second factor.
    await tracker.getByLabel('4 angka terakhir NIK').fill(nik.slice(-4));
    assert.equal(await tracker.getByLabel('Kode booking atau nomor permohonan').inputValue(), code);
    await tracker.getByRole('button', { name: 'Cek status' }).click();
    await tracker.locator('.badge', { hasText: 'Terjadwal' }).waitFor();
    // Before check-in: when and where to check in, and that the place in the queue comes then (issue 22 item 3).
    const queueWords = await tracker.locator('.queue').innerText();
    assert.match(queueWords, /Check-in dibuka pukul \d{2}\.\d{2} WIB di Loket/);
    assert.match(queueWords, /Nomor antrean dan posisi Anda dalam antrean diberikan saat check-in/);

    await booking.getByRole('button', { name: 'Batalkan booking' }).click();
    await booking.getByRole('button', { name: 'Ya, batalkan' }).click();
    await booking.getByRole('heading', { name: 'Booking dibatalkan' }).waitFor();
    await tracker.getByRole('button', { name: 'Cek kode lain' }).click();
    await tracker.getByLabel('Kode booking atau nomor permohonan').fill(code);
    await tracker.getByLabel('4 angka terakhir NIK').fill(nik.slice(-4));
    await tracker.getByRole('button', { name: 'Cek status' }).click();
    await tracker.locator('.badge', { hasText: 'Dibatalkan' }).waitFor();

    // Every API call asks for JSON (gateways and caches answer by it) and says what it sends.
    const apiCalls = record.requests.filter((r) => r.url.startsWith(env.demo.api));
    assert.ok(apiCalls.length > 5);
    for (const r of apiCalls) {
      assert.equal(r.headers.accept, 'application/json', `Accept of ${r.method} ${r.url}`);
      if (r.method === 'POST') assert.equal(r.headers['content-type'], 'application/json', `${r.url}`);
    }

    // What left the device, and what stayed on it.
    const personal = [nik, nik.slice(-4), 'Siti Aminah', '3456 7890', '81234567890'];
    for (const r of record.requests) {
      for (const p of personal) assert.ok(!r.url.includes(p), `personal data in a URL: ${r.url}`);
    }
    const withNik = record.requests.filter((r) => r.body.includes(nik)).map((r) => new URL(r.url).pathname);
    assert.deepEqual(withNik, ['/api/v1/bookings'], 'the NIK went only into the booking');
    const withLast4 = record.requests
      .filter((r) => r.body.includes(`"${nik.slice(-4)}"`))
      .map((r) => new URL(r.url).pathname);
    assert.ok(
      withLast4.length > 0 && withLast4.every((p) => /^\/api\/v1\/(lookup|bookings\/RSV-[A-Z0-9]+\/cancel)$/.test(p)),
      `the last 4 digits went elsewhere: ${withLast4}`,
    );
    const stored = await page.evaluate(async () => {
      const databases = indexedDB.databases ? await indexedDB.databases() : [];
      return (
        JSON.stringify({ ...localStorage }) +
        JSON.stringify({ ...sessionStorage }) +
        document.cookie +
        JSON.stringify(databases)
      );
    });
    for (const p of personal) assert.ok(!stored.includes(p), `personal data stored in the browser: ${p}`);
    assert.ok(!record.console.some((line) => personal.some((p) => line.includes(p))), 'personal data in the console');
    const events = await page.evaluate(() => JSON.stringify(window.__events));
    assert.ok(
      JSON.parse(events).some((e) => e.name === 'mpp-booking-confirmed'),
      'the page heard the booking',
    );
    for (const p of personal) assert.ok(!events.includes(p), `personal data in an event: ${p}`);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('books a visit with the keyboard alone', async () => {
    const { page, context, record } = await openPage(
      env.browser,
      `${env.demo.origin}/booking.html?layanan=polresta-perpanjangan-skck`,
    );
    const booking = page.locator('mpp-queue-booking');
    await booking.getByRole('radio').first().waitFor();
    // From the top of the page, Tab until the first day that can be chosen has focus.
    for (let i = 0; i < 20 && (await deepFocus(page)).name !== 'day'; i++) await page.keyboard.press('Tab');
    assert.equal((await deepFocus(page)).name, 'day');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await booking.getByRole('heading', { name: 'Pada jam berapa?' }).waitFor();
    assert.equal((await deepFocus(page)).id, 'step-heading');
    await booking.getByRole('radio').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal((await deepFocus(page)).name, 'session');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await booking.getByRole('heading', { name: 'Data diri Anda' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type(newNik());
    await page.keyboard.press('Tab');
    await page.keyboard.type('Budi Santoso');
    await page.keyboard.press('Tab');
    await page.keyboard.type('081298765432');
    await page.keyboard.press('Enter');
    await booking.getByRole('heading', { name: 'Periksa jawaban Anda' }).waitFor();
    for (let i = 0; i < 20 && (await deepFocus(page)).text !== 'Kirim booking'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await booking.getByRole('heading', { name: 'Booking berhasil' }).waitFor();
    assert.equal((await deepFocus(page)).id, 'step-heading');
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('watches the live queue move after checking in', async () => {
    const book = async (nik, key) => {
      const res = await fetch(`${env.demo.api}/bookings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({
          serviceId: 'kpp-permintaan-kode-otorisasi-efin',
          date: '2026-12-07',
          sessionId: 's0900',
          nik,
          name: 'Warga',
          phone: '+6281200000000',
        }),
      });
      assert.equal(res.status, 201);
      return res.json();
    };
    const first = await book(newNik(), `e2e-first-${Date.now()}`);
    const mineNik = newNik();
    const mine = await book(mineNik, `e2e-mine-${Date.now()}`);
    await operator(env.demo.api, `/bookings/${first.code}/check-in`);
    const checkedIn = await operator(env.demo.api, `/bookings/${mine.code}/check-in`);

    const { page, context, record } = await openPage(env.browser, `${env.demo.origin}/tracker.html?kode=${mine.code}`);
    const tracker = page.locator('mpp-status-tracker');
    await tracker.evaluate((el) => (el.refreshInterval = 5));
    await tracker.getByLabel('4 angka terakhir NIK').fill(mineNik.slice(-4));
    await tracker.getByRole('button', { name: 'Cek status' }).click();
    await tracker.locator('.queue__ahead', { hasText: '1 orang di depan Anda' }).waitFor();
    assert.equal((await tracker.locator('[part=queue-number]').innerText()).trim(), checkedIn.queue.number);

    const counter = (await (await fetch(`${env.demo.api}/queues/kpp`)).json()).counters[0].id;
    await operator(env.demo.api, '/queues/kpp/call-next', { counterId: counter });
    await tracker.locator('.queue__ahead', { hasText: 'Tidak ada orang di depan Anda' }).waitFor({ timeout: 15_000 });
    await operator(env.demo.api, '/queues/kpp/call-next', { counterId: counter });
    // Seen on the page, and said once to a screen reader with the counter to go to.
    await tracker.getByRole('region').getByText('Giliran Anda sekarang').waitFor({ timeout: 15_000 });
    assert.match(
      await tracker.locator('[role=status][aria-live=polite]').innerText(),
      /Giliran Anda sekarang\. Silakan ke /,
    );
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('finds an application with its steps', async () => {
    const { page, context } = await openPage(env.browser, `${env.demo.origin}/tracker.html`);
    const tracker = page.locator('mpp-status-tracker');
    await tracker.getByLabel('Kode booking atau nomor permohonan').fill('PMH-2026-000124');
    await tracker.getByLabel('4 angka terakhir NIK').fill('0003');
    await tracker.getByRole('button', { name: 'Cek status' }).click();
    await tracker.getByRole('heading', { name: 'Alasan penolakan' }).waitFor();
    assert.match(await tracker.locator('.timeline').innerText(), /Verifikasi berkas\s+Ditolak/);
    await context.close();
  });
});

describe('a resident reading English', () => {
  it('books a visit and tracks it with every word in English', async () => {
    const nik = newNik();
    const { page, context, record } = await openPage(env.browser, `${env.demo.origin}/en.html`);
    const finder = page.locator('mpp-service-finder');
    const booking = page.locator('mpp-queue-booking');
    const tracker = page.locator('mpp-status-tracker');
    // A name the English file and the script disagree on shows as "undefined", or throws.
    const noGaps = async () =>
      assert.doesNotMatch(
        await page
          .locator('main')
          .evaluate(
            (m) => m.innerText + [...m.querySelectorAll('*')].map((e) => e.shadowRoot?.textContent ?? '').join(' '),
          ),
        /undefined|NaN/,
      );

    await finder.getByRole('searchbox', { name: 'Search services' }).fill('skck');
    // The catalogue itself reads English on an English page (issue 22 item 2).
    await finder.getByRole('button', { name: 'New Police Clearance Certificate (SKCK)' }).click();
    await finder.getByRole('heading', { name: 'What to bring' }).waitFor();
    await noGaps();
    await finder.getByRole('button', { name: 'Book a visit' }).click();

    const person = resident(playwrightUi(booking), 'en');
    await person.answerUpToIdentity({ day: /Monday, 7 December 2026/ });
    await person.fillIdentity({ nik: '1234', name: 'Siti Aminah', phone: '0812 3456 7890' });
    await person.continue();
    await booking.getByRole('link', { name: 'NIK must be 16 digits' }).waitFor();
    await noGaps();
    await person.fillIdentity({ nik });
    await person.continue(person.words.checkQuestion);
    await noGaps();
    await person.send();
    const code = (await booking.locator('[part=code]').innerText()).trim();
    assert.equal(await booking.getByRole('img', { name: `QR code of booking ${code}` }).count(), 1);
    await noGaps();

    await tracker.getByLabel('Booking code or application number').fill(code);
    await tracker.getByLabel('Last 4 digits of the NIK').fill(nik.slice(-4));
    await tracker.getByRole('button', { name: 'Check status' }).click();
    await tracker.getByText(code).first().waitFor();
    await noGaps();
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

describe('the demo pages', () => {
  for (const path of [
    '/',
    '/finder.html',
    '/booking.html',
    '/tracker.html',
    '/all.html',
    '/kepuasan.html',
    '/en.html',
    '/operator.html',
  ]) {
    it(`${path} runs under its strict CSP without a violation or an error`, async () => {
      const { page, context, record } = await openPage(env.browser, `${env.demo.origin}${path}`);
      await page.waitForLoadState('networkidle');
      const widgets = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            'mpp-service-finder, mpp-queue-booking, mpp-status-tracker, mpp-satisfaction-index',
          ),
        ].map((el) => !!el.shadowRoot?.childElementCount),
      );
      assert.ok(widgets.every(Boolean), 'every widget rendered');
      assert.deepEqual(record.violations, []);
      assert.deepEqual(record.errors, []);
      assert.deepEqual(
        record.console.filter((l) => l.startsWith('error')),
        [],
      );
      const english = record.requests.filter((r) => r.url.endsWith('.en.js'));
      assert.equal(
        english.length,
        path === '/en.html' ? 1 : 0,
        'the English strings: once on English pages, else never',
      );
      await context.close();
    });
  }

  it('speaks English on the English page', async () => {
    const { page, context } = await openPage(env.browser, `${env.demo.origin}/en.html`);
    await page.locator('mpp-service-finder').getByRole('heading', { name: 'Find an MPP service' }).waitFor();
    await page.locator('mpp-status-tracker').getByRole('button', { name: 'Check status' }).waitFor();
    await page.locator('mpp-queue-booking').getByRole('heading', { name: 'Which service do you need?' }).waitFor();
    await context.close();
  });

  it('stays in Bahasa Indonesia, with one warning, when the English file was not copied beside the script', async () => {
    const { page, context, record } = await newPage(env.browser);
    await page.route('**/dist/mpp-widgets.en.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${env.demo.origin}/en.html`);
    await page.locator('mpp-service-finder').getByRole('heading', { name: 'Cari layanan MPP' }).waitFor();
    await page.locator('mpp-status-tracker').getByRole('button', { name: 'Cek status' }).waitFor();
    const warnings = record.console.filter((l) => l.startsWith('warning'));
    assert.equal(warnings.filter((w) => w.includes('.en.js')).length, 1, warnings.join('\n'));
    await context.close();
  });
});
