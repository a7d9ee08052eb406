// Content in the resident's language, in Chromium against the real server (issue 22 item 2, issue 26's 3.1.2
// finding): the demo's English page asks the API for English and reads English from heading to requirement; the
// texts the API gives in Bahasa Indonesia (an agency's name, the legal basis, a counter) carry lang="id", which a
// screen reader follows; the Indonesian page asks for and shows Bahasa Indonesia.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useDemo } from '../kit/browser.mjs';
import { newNik } from '../kit/fixtures.mjs';
import { playwrightUi, resident } from '../kit/resident.mjs';

const env = useDemo();

/** The language each element found by `selector` (inside the widget's shadow root) is read in: its nearest lang. */
const langsOf = (widget, selector) =>
  widget.evaluate(
    (el, sel) =>
      [...el.shadowRoot.querySelectorAll(sel)].map((node) => {
        let at = node;
        while (at) {
          const lang = at.getAttribute?.('lang');
          if (lang) return { text: node.textContent.replace(/\s+/g, ' ').trim(), lang };
          at = at.parentElement ?? at.getRootNode().host ?? null;
        }
        return { text: node.textContent.trim(), lang: null };
      }),
    selector,
  );

describe('content in the resident’s language', () => {
  it('the English page reads English from heading to requirement, and marks Indonesian texts lang="id"', async () => {
    const { page, context, record } = await openPage(env.browser, `${env.demo.origin}/en.html`);
    const finder = page.locator('mpp-service-finder');
    const answered = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/api/v1/services' && r.request().headers()['accept-language'] === 'en',
    );
    await finder.getByRole('searchbox', { name: 'Search services' }).fill('family card');
    const list = await answered;
    assert.equal(list.headers()['content-language'], 'en');
    assert.match(list.headers()['vary'] ?? '', /Accept-Language/);

    await finder.getByRole('button', { name: 'New Family Card (KK) – for a new family' }).click();
    await finder.getByRole('heading', { name: 'New Family Card (KK) – for a new family' }).waitFor();
    await finder.getByRole('heading', { name: 'What to bring' }).waitFor();
    const requirements = await langsOf(finder, '.detail ul:first-of-type li');
    assert.deepEqual(
      requirements.map((r) => r.text),
      [
        'Marriage certificate or marriage book (or an SPTJM statement for an unregistered marriage)',
        'Moving certificate (if you moved from another region)',
        'Electronic ID cards (KTP-el) of husband and wife',
        'Application form, given by the officer',
      ],
    );
    assert.ok(
      requirements.every((r) => r.lang === 'en'),
      JSON.stringify(requirements),
    );
    const [procedure] = await langsOf(finder, '.detail ol li');
    assert.deepEqual(procedure, {
      text: 'Take a queue number at the MPP, or show your booking code when you check in',
      lang: 'en',
    });

    // What the API gives in Bahasa Indonesia is marked so: the agency's name, the legal basis, the counter.
    const [agency] = await langsOf(finder, '.detail__agency');
    assert.deepEqual(agency, { text: 'Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungpinang', lang: 'id' });
    const legal = await langsOf(finder, '.detail ul:last-of-type li');
    assert.match(legal[0].text, /^UU 23\/2006/);
    assert.ok(
      legal.every((l) => l.lang === 'id'),
      JSON.stringify(legal),
    );
    const counter = (await langsOf(finder, '.summary__row dd span')).find((s) => s.text.startsWith('Loket'));
    assert.deepEqual(counter, { text: 'Loket 1, MPP Tanjungpinang', lang: 'id' });
    // Chromium's accessibility tree names the heading in English, the agency's line as it is.
    const heading = finder.getByRole('heading', { name: 'New Family Card (KK) – for a new family' });
    assert.equal(await heading.count(), 1);

    // The booking on the same page lists the services in English too.
    const booking = page.locator('mpp-queue-booking');
    await booking.getByRole('heading', { name: 'Which service do you need?' }).waitFor();
    await booking.getByLabel('Search services').fill('passport');
    await booking.getByRole('radio', { name: 'Applying for a New Electronic Passport' }).waitFor();

    // Booked on the English page, the ticket names the service in English (the API's answer says so), not marked
    // Indonesian; the agency's name, which has no translation, still is.
    const person = resident(playwrightUi(booking), 'en');
    await person.chooseService('Applying for a New Electronic Passport');
    await person.continue(person.words.dayQuestion);
    const booked = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/bookings');
    await person.book({ nik: newNik(), name: 'Siti Aminah', phone: '081234567890' });
    const answer = await booked;
    assert.equal(answer.request().headers()['accept-language'], 'en');
    assert.equal(answer.headers()['content-language'], 'en');
    const rows = await booking.evaluate((el) =>
      Object.fromEntries(
        [...el.shadowRoot.querySelectorAll('.summary__row')].map((r) => [
          r.querySelector('dt').textContent.trim(),
          {
            text: r.querySelector('dd').textContent.replace(/\s+/g, ' ').trim(),
            marked: !!r.querySelector('dd [lang]'),
          },
        ]),
      ),
    );
    assert.deepEqual(rows.Service, { text: 'Applying for a New Electronic Passport', marked: false });
    assert.equal(rows.Agency.marked, true);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('the Indonesian page asks for Bahasa Indonesia and marks nothing', async () => {
    const { page, context } = await openPage(env.browser, `${env.demo.origin}/finder.html`);
    const finder = page.locator('mpp-service-finder');
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/services');
    await finder.getByRole('searchbox', { name: 'Cari layanan' }).fill('kartu keluarga');
    const list = await answered;
    assert.equal(list.request().headers()['accept-language'], 'id');
    assert.equal(list.headers()['content-language'], 'id');
    await finder.getByRole('button', { name: 'Penerbitan Kartu Keluarga (KK) Baru – membentuk keluarga baru' }).click();
    await finder.getByRole('heading', { name: 'Persyaratan' }).waitFor();
    const marked = await finder.evaluate((el) => el.shadowRoot.querySelectorAll('.detail [lang]').length);
    assert.equal(marked, 0);
    await context.close();
  });
});
