// Mobile networks drop and servers fail. Against the real reference server, with failures injected on the way
// (Playwright route interception): each time a clear message in Bahasa Indonesia, a way on, nothing typed lost,
// no unhandled error, and never two bookings.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { describe, it } from 'node:test';
import { appErrors, newPage, openPage, useDemo } from '../kit/browser.mjs';
import { newNik } from '../kit/fixtures.mjs';
import { playwrightUi, resident } from '../kit/resident.mjs';

const env = useDemo();

/** The day every booking here is for: the server's clock starts on Monday 7 December 2026. */
const MONDAY = /Senin, 7 Desember 2026/;

/**
 * Until `locator` shows, the page's clock (installed with `page.clock.install()`) moves on a second at a time, as
 * the resident's minutes would pass while a request hangs: the widget's own timeouts fire without the test
 * sleeping through them. At most `limit` ms of the page's time.
 */
async function letTimePassUntil(page, locator, limit = 60_000) {
  for (let passed = 0; !(await locator.isVisible()); passed += 1000) {
    assert.ok(passed < limit, `nothing showed after ${limit / 1000} s of the page's time`);
    await page.clock.runFor(1000);
  }
}

const problem = (status, code, headers = {}) => ({
  status,
  contentType: 'application/problem+json',
  headers,
  body: JSON.stringify({ type: 'about:blank', title: code, status, code }),
});

async function expectNoCrash(record) {
  assert.deepEqual(record.errors, [], 'unhandled errors');
  assert.deepEqual(appErrors(record), [], 'console errors');
}

describe('a failing catalogue', () => {
  const cases = [
    ['a 500', (route) => route.fulfill(problem(500, 'internal')), /gangguan pada server MPP/],
    [
      'malformed JSON',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": [' }),
      /tidak dapat dibaca/,
    ],
    [
      'JSON that breaks the contract',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": 5}' }),
      /tidak dapat dibaca/,
    ],
    ['a dropped connection', (route) => route.abort('connectionfailed'), /Tidak ada koneksi internet/],
  ];
  for (const [name, answer, message] of cases) {
    it(`${name}: says so, and "Coba lagi" works once the server is back`, async () => {
      const { page, context, record } = await newPage(env.browser);
      await page.route('**/api/v1/services', answer);
      await page.goto(`${env.demo.origin}/finder.html`);
      const finder = page.locator('mpp-service-finder');
      await finder.locator('.notice--error').waitFor({ timeout: 10_000 });
      assert.match(await finder.locator('.notice--error').innerText(), message);
      await finder.getByRole('searchbox').fill('akta lahir'); // typed while it failed
      await page.unroute('**/api/v1/services');
      await finder.getByRole('button', { name: 'Coba lagi' }).click();
      await finder.getByRole('button', { name: 'Penerbitan Akta Kelahiran' }).waitFor();
      assert.equal(await finder.getByRole('searchbox').inputValue(), 'akta lahir');
      await expectNoCrash(record);
      await context.close();
    });
  }

  it('a server that never answers: says it took too long, and "Coba lagi" works once it answers', async () => {
    const { page, context, record } = await newPage(env.browser);
    await page.clock.install();
    let asked = 0;
    await page.route('**/api/v1/services', () => asked++); // held: no answer, no error, as a stuck server
    await page.goto(`${env.demo.origin}/finder.html`);
    const finder = page.locator('mpp-service-finder');
    const error = finder.locator('.notice--error');
    await letTimePassUntil(page, error);
    assert.match(await error.innerText(), /Server terlalu lama menjawab/);
    assert.equal(asked, 3, 'the first attempt and two retries, each given up on');
    await page.unroute('**/api/v1/services');
    await finder.getByRole('button', { name: 'Coba lagi' }).click();
    await finder.locator('.result').first().waitFor();
    await expectNoCrash(record);
    await context.close();
  });

  it('a 503 with Retry-After: waits as asked and loads without bothering the resident', async () => {
    const { page, context, record } = await newPage(env.browser);
    let refused = 0;
    await page.route('**/api/v1/services', (route) =>
      refused++ === 0 ? route.fulfill(problem(503, 'unavailable', { 'Retry-After': '1' })) : route.continue(),
    );
    await page.goto(`${env.demo.origin}/finder.html`);
    await page.locator('mpp-service-finder .result').first().waitFor();
    assert.equal(refused, 2);
    assert.equal(await page.locator('mpp-service-finder .notice--error').count(), 0);
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

/** Walks the booking page to "Periksa jawaban Anda" for a new resident; answers that resident's NIK. */
async function toCheck(page) {
  const nik = newNik();
  const booking = page.locator('mpp-queue-booking');
  const person = resident(playwrightUi(booking));
  await person.answerUpToCheck({ day: MONDAY, nik, name: 'Rina Wati', phone: '081377778888' });
  return { booking, person, nik };
}

const rowsFor = (nik) => {
  const db = new Database(env.demo.dbPath, { readonly: true });
  try {
    return db
      .prepare(`SELECT COUNT(*) AS n FROM bookings WHERE nik_last4 = ? AND date = '2026-12-07'`)
      .get(nik.slice(-4)).n;
  } finally {
    db.close();
  }
};

describe('a booking on a broken connection', () => {
  it('the answer is lost after the server booked, again and again: the resident’s retry gets that booking, one row', async () => {
    const { page, context, record } = await openPage(
      env.browser,
      `${env.demo.origin}/booking.html?layanan=bnn-surat-keterangan-hasil-pemeriksaan-narkotika`,
    );
    const keys = [];
    let broken = true;
    await page.route('**/api/v1/bookings', async (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      if (!broken) return route.continue();
      await route.fetch(); // the server commits (or replays) the booking…
      await route.abort('connectionreset'); // …and the answer never arrives
    });
    const { booking, nik } = await toCheck(page);
    await booking.getByRole('button', { name: 'Kirim booking' }).click();
    await booking.locator('.notice--error').waitFor({ timeout: 15_000 });
    assert.match(await booking.locator('.notice--error').innerText(), /belum pasti/);
    broken = false;
    await booking.getByRole('button', { name: 'Coba lagi' }).click();
    await booking.getByRole('heading', { name: 'Booking berhasil' }).waitFor({ timeout: 10_000 });
    assert.ok(keys.length >= 4, `${keys.length} attempts`);
    assert.equal(
      new Set(keys).size,
      1,
      'every attempt, the client’s and the resident’s, carried the same Idempotency-Key',
    );
    assert.equal(rowsFor(nik), 1);
    await expectNoCrash(record);
    await context.close();
  });

  it('offline at confirm: says the booking is not certain, keeps every answer, and books once back online', async () => {
    const { page, context, record } = await openPage(
      env.browser,
      `${env.demo.origin}/booking.html?layanan=bnn-surat-keterangan-hasil-pemeriksaan-narkotika`,
    );
    const { booking, nik } = await toCheck(page);
    await context.setOffline(true);
    await booking.getByRole('button', { name: 'Kirim booking' }).click();
    await booking.locator('.notice--error').waitFor({ timeout: 15_000 });
    assert.match(await booking.locator('.notice--error').innerText(), /belum pasti/);
    assert.match(await booking.locator('.summary').innerText(), /Rina Wati/);
    await context.setOffline(false);
    await booking.getByRole('button', { name: 'Coba lagi' }).click();
    await booking.getByRole('heading', { name: 'Booking berhasil' }).waitFor();
    assert.equal(rowsFor(nik), 1);
    await expectNoCrash(record);
    await context.close();
  });

  it('a tracker look-up that times out keeps what was typed and works on retry', async () => {
    const { page, context, record } = await newPage(env.browser);
    await page.clock.install();
    await page.goto(`${env.demo.origin}/tracker.html`);
    const tracker = page.locator('mpp-status-tracker');
    await page.route('**/api/v1/lookup', () => undefined); // held: the server never answers
    await tracker.getByLabel('Kode booking atau nomor permohonan').fill('PMH-2026-000123');
    await tracker.getByLabel('4 angka terakhir NIK').fill('0003');
    await tracker.getByRole('button', { name: 'Cek status' }).click();
    await letTimePassUntil(page, tracker.locator('.notice--error'));
    assert.match(await tracker.locator('.notice--error').innerText(), /Server terlalu lama menjawab/);
    assert.equal(await tracker.getByLabel('4 angka terakhir NIK').inputValue(), '0003');
    await page.unroute('**/api/v1/lookup');
    await tracker.getByRole('button', { name: 'Coba lagi' }).click();
    await tracker.locator('.timeline').waitFor();
    await expectNoCrash(record);
    await context.close();
  });
});

// The questions from the identity on, and the ticket, are a second file (dist/mpp-widgets.finish-steps.js) that
// the booking fetches once the resident starts answering.
describe('the booking’s second half, fetched when the resident starts', () => {
  const SECOND_HALF = /finish-steps\.js$/;
  const BOOKING_PAGE = '/booking.html?layanan=bnn-surat-keterangan-hasil-pemeriksaan-narkotika';

  it('is not downloaded by a visitor who does not book, and is there by the identity question', async () => {
    const { page, context, record } = await openPage(env.browser, `${env.demo.origin}/booking.html`);
    const booking = page.locator('mpp-queue-booking');
    const person = resident(playwrightUi(booking));
    await booking.getByRole('radio').first().waitFor();
    await page.waitForLoadState('networkidle'); // everything the page fetches by itself has come
    const fetched = () => record.requests.filter((r) => SECOND_HALF.test(r.url)).length;
    assert.equal(fetched(), 0, 'fetched before the resident touched the widget');
    await person.chooseService();
    await person.continue(person.words.dayQuestion);
    await person.answerUpToCheck({ day: MONDAY, nik: newNik(), name: 'Rina Wati', phone: '081377778888' });
    assert.equal(fetched(), 1, 'fetched once');
    await expectNoCrash(record);
    await context.close();
  });

  it('missing or cut off: says so under the identity question, and "Coba lagi" brings the questions', async () => {
    const { page, context, record } = await openPage(env.browser, `${env.demo.origin}${BOOKING_PAGE}`);
    let broken = true;
    await page.route(SECOND_HALF, (route) => (broken ? route.abort('connectionreset') : route.continue()));
    const booking = page.locator('mpp-queue-booking');
    const person = resident(playwrightUi(booking));
    await person.answerUpToIdentity({ day: MONDAY });
    const alert = booking.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Pertanyaan berikutnya tidak dapat dimuat[\s\S]*Periksa koneksi Anda/);
    broken = false;
    await booking.getByRole('button', { name: 'Coba lagi' }).click();
    await person.fillIdentity({ nik: newNik(), name: 'Rina Wati', phone: '081377778888' });
    await person.continue(person.words.checkQuestion);
    // The answers before it were kept: the check page lists the chosen day.
    assert.match(await booking.locator('.summary').innerText(), /Senin, 7 Desember 2026/);
    await expectNoCrash(record);
    await context.close();
  });

  it('slow: the identity question’s heading holds focus over a placeholder until its fields come', async () => {
    const { page, context } = await openPage(env.browser, `${env.demo.origin}${BOOKING_PAGE}`);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(SECOND_HALF, async (route) => {
      await held;
      await route.continue();
    });
    const booking = page.locator('mpp-queue-booking');
    await resident(playwrightUi(booking)).answerUpToIdentity({ day: MONDAY });
    assert.match(await booking.getByRole('status').innerText(), /Memuat pertanyaan berikutnya/);
    // The focused heading's question, without its "Langkah n dari m" caption.
    const focusedHeading = () =>
      booking.evaluate((el) => {
        const heading = el.shadowRoot.activeElement;
        if (!heading) return '(nothing)';
        const caption = heading.querySelector('.progress')?.textContent ?? '';
        return heading.textContent.replace(caption, '').replace(/\s+/g, ' ').trim();
      });
    assert.equal(await focusedHeading(), 'Data diri Anda');
    release();
    await booking.getByLabel('NIK').waitFor();
    assert.equal(await focusedHeading(), 'Data diri Anda', 'focus stayed on the heading');
    await context.close();
  });
});
