// The counter page against the mock API, whose counter decides with the rules core: choosing a counter, checking a
// visitor in by code (typed, or read from the ticket's QR where BarcodeDetector exists), calling, and ending a
// call as served, no-show or sent to another counter. axe in each state; no NIK, name or phone on the screen.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../staff/pages/counter/staff-counter-page.js';
import type { StaffCounterPage } from '../../../staff/pages/counter/staff-counter-page.js';
import { restoreFetch } from '../../mocks/fetch.js';
import { agencies } from '../../mocks/fixtures.js';
import { createMockApi, type MockApi } from '../../mocks/handlers.js';
import { API_BASE, mountPage, q, qa, shows, STAFF_ACCOUNTS, text, type } from './kit.js';

/** Monday 7 December 2026, 08:00 WIB: the 08:00 session's check-in is open. */
const NOW = Date.parse('2026-12-07T08:00:00+07:00');
const SERVICE = 'kpp-permintaan-kode-otorisasi-efin';
/** The KPP with a second counter, so a visitor can be sent on. */
const twoCounters = agencies.map((a) =>
  a.id === 'kpp' ? { ...a, counters: [...a.counters, { id: 'loket-10b', name: 'Loket 10B' }] } : a,
);

let serial = 0;
async function book(api: MockApi): Promise<string> {
  const res = await fetch(`${API_BASE}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `kunci-loket-${++serial}` },
    body: JSON.stringify({
      serviceId: SERVICE,
      date: '2026-12-07',
      sessionId: 's0800',
      nik: `21720101018500${String(10 + serial).padStart(2, '0')}`,
      name: 'Rahasia Warga',
      phone: '+6281299887766',
    }),
  });
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).to.equal(201);
  expect(api.bookings.has(body.code)).to.equal(true);
  return body.code;
}

async function open({ account = STAFF_ACCOUNTS.officer, section = ['loket'] } = {}) {
  const api = createMockApi({ base: API_BASE, now: () => NOW, agencies: twoCounters, livedIn: false });
  const { el } = await mountPage<StaffCounterPage>('staff-counter-page', account, api.handlers, section);
  return { el, api };
}
const button = (el: Element, label: string) =>
  qa<HTMLButtonElement>(el, 'button').find((b) => text(b) === label) ?? null;
const status = (el: Element) => text(q(el, '.status'));
/** Presses a button once it is there and no action is under way (as a person waits for it to be usable). */
async function press(el: Element, label: string) {
  await waitUntil(() => button(el, label) && !button(el, label)!.disabled, `the button ${label}`);
  button(el, label)!.click();
}
async function checkIn(el: StaffCounterPage, code: string) {
  type(q<HTMLInputElement>(el, '#code'), code);
  await el.updateComplete;
  q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  await waitUntil(() => status(el).includes(code.toUpperCase()) || q(el, '#code-error'), `check-in of ${code}`);
}

describe('staff counter page', () => {
  afterEach(() => {
    restoreFetch();
    sinon.restore();
  });

  it('asks an officer of an agency with two counters which one they work', async () => {
    const { el } = await open();
    const choice = await shows<HTMLSelectElement>(el, '#counter');
    expect([...choice.options].map((o) => o.text)).to.deep.equal([
      'Pilih loket',
      'Loket 10 · KPP Pratama',
      'Loket 10B · KPP Pratama',
    ]);
    await expect(el).to.be.accessible();
    choice.value = 'loket-10';
    choice.dispatchEvent(new Event('change'));
    await waitUntil(() => text(q(el, 'h1')) === 'Loket 10 · KPP Pratama');
    expect(location.hash).to.equal('#/loket/loket-10');
    await shows(el, '#serving-heading');
    expect(text(q(el, '.waiting'))).to.equal('Tidak ada yang menunggu.');
    await expect(el).to.be.accessible();
    history.replaceState(null, '', location.pathname);
  });

  it('checks visitors in by code, calls them, sends one to another counter, and ends calls', async () => {
    const { el, api } = await open({ section: ['loket', 'loket-10'] });
    const [first, second] = [await book(api), await book(api)];
    await shows(el, '#check-in-heading');

    await checkIn(el, first.toLowerCase());
    expect(status(el)).to.contain(`${first} sudah check-in. Nomor antrean K-001`);
    await checkIn(el, second);
    await waitUntil(() => text(q(el, '.waiting')) === '2 orang menunggu.');
    expect(q<HTMLInputElement>(el, '#code')!.value, 'the field is ready for the next ticket').to.equal('');

    await press(el, 'Panggil berikutnya');
    await waitUntil(() => text(q(el, '.queue-number')) === 'K-001');
    expect(text(q(el, '.facts')))
      .to.contain(first)
      .and.to.contain('Permintaan Kode Otorisasi');
    expect(status(el)).to.equal('Nomor K-001 dipanggil ke Loket 10.');
    expect(text(el.shadowRoot!.querySelector('.columns'))).not.to.match(/Rahasia|\+62|2172/);
    await expect(el).to.be.accessible();

    // Sent to Loket 10B: this counter calls the next in line; Loket 10B will call the visitor first.
    await press(el, 'Kirim');
    await waitUntil(() => q(el, '#transfer-to-error'));
    expect(text(q(el, '#transfer-to-error'))).to.contain('Pilih loket tujuan.');
    const to = q<HTMLSelectElement>(el, '#transfer-to')!;
    to.value = 'loket-10b';
    to.dispatchEvent(new Event('change'));
    await press(el, 'Kirim');
    await waitUntil(() => status(el) === 'K-001 dikirim ke Loket 10B.');
    expect(text(q(el, '.waiting'))).to.equal('2 orang menunggu.');
    expect(api.bookings.get(first)!.status).to.equal('checked_in');

    await press(el, 'Panggil berikutnya');
    await waitUntil(() => text(q(el, '.queue-number')) === 'K-002');
    await press(el, 'Tidak hadir');
    await waitUntil(() => status(el) === 'K-002 dicatat tidak hadir.');
    expect(api.bookings.get(second)!.status).to.equal('no_show');
    expect(text(q(el, '#serving-heading + p'))).to.equal('Belum ada yang dipanggil ke loket ini.');
    expect(text(q(el, '.waiting'))).to.equal('1 orang menunggu.');
    await expect(el).to.be.accessible();
  });

  it('marks the visitor served', async () => {
    const { el, api } = await open({ section: ['loket', 'loket-10'] });
    const code = await book(api);
    await shows(el, '#check-in-heading');
    await checkIn(el, code);
    await press(el, 'Panggil berikutnya');
    await press(el, 'Selesai dilayani');
    await waitUntil(() => status(el) === 'K-001 selesai dilayani.');
    expect(api.bookings.get(code)!.status).to.equal('done');
  });

  it('follows the line on its own while the screen is seen (others check in and call)', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { el, api } = await open({ section: ['loket', 'loket-10'] });
    await shows(el, '.waiting');
    expect(text(q(el, '.waiting'))).to.equal('Tidak ada yang menunggu.');
    // Another counter's officer checks someone in.
    const code = await book(api);
    await fetch(`${API_BASE}/operator/bookings/${code}/check-in`, { method: 'POST' });
    clock.tick(20_000);
    await waitUntil(() => text(q(el, '.waiting')) === '1 orang menunggu.');
  });

  it('says why a code was refused, beside the field', async () => {
    const { el } = await open({ section: ['loket', 'loket-10'] });
    await shows(el, '#check-in-heading');
    await checkIn(el, 'RSV-123');
    expect(text(q(el, '#code-error'))).to.contain('Masukkan kode booking seperti RSV-7KQ2M9XA.');
    expect(q(el, '#code')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await checkIn(el, 'RSV-ZZZZZZZZ');
    await waitUntil(() => text(q(el, '#code-error')).includes('tidak ditemukan'));
  });

  it('offers no camera where the browser cannot read QR codes', async () => {
    expect('BarcodeDetector' in window, 'this test needs a browser without BarcodeDetector').to.equal(false);
    const { el } = await open({ section: ['loket', 'loket-10'] });
    await shows(el, '#check-in-heading');
    expect(button(el, 'Pindai QR dengan kamera')).to.equal(null);
  });

  it('checks a visitor in from the ticket’s QR where the browser can read it with the camera', async () => {
    const { el, api } = await open({ section: ['loket', 'loket-10'] });
    const code = await book(api);
    // A browser with the Barcode Detection API and a camera: the detector reads the code. The camera is a canvas's
    // track, never attached to a media element: a generated stream in a <video> (a canvas's, then an AudioContext's,
    // played or not) froze headless Chromium's page now and then, and the file never finished. So the video's
    // srcObject is recorded instead; the fake detector reads no frame, so the scanner's loop is the same.
    const canvas = document.createElement('canvas');
    const stream = canvas.captureStream(1);
    sinon.stub(navigator.mediaDevices, 'getUserMedia').resolves(stream);
    const shown: (MediaProvider | null)[] = [];
    sinon.stub(HTMLMediaElement.prototype, 'srcObject').set((value: MediaProvider | null) => shown.push(value));
    sinon.stub(HTMLMediaElement.prototype, 'play').resolves();
    let reads = 0;
    (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
      static getSupportedFormats = async () => ['qr_code'];
      async detect() {
        // The ticket comes into view on the third frame.
        return ++reads < 3 ? [] : [{ rawValue: code }];
      }
    };
    try {
      await shows(el, '#check-in-heading');
      el.remove();
      document.body.append(el);
      await waitUntil(() => button(el, 'Pindai QR dengan kamera'));
      await press(el, 'Pindai QR dengan kamera');
      await shows(el, 'video');
      await expect(el).to.be.accessible();
      await waitUntil(() => status(el).includes(`${code} sudah check-in`), 'scanned and checked in', { timeout: 5000 });
      expect(q(el, 'video'), 'the camera is closed').to.equal(null);
      expect(shown, 'the camera shown in the video, then taken off it').to.deep.equal([stream, null]);
      expect(stream.getTracks().length).to.equal(1);
      expect(
        stream.getTracks().every((t) => t.readyState === 'ended'),
        'the camera is stopped',
      ).to.equal(true);
    } finally {
      delete (window as unknown as { BarcodeDetector?: unknown }).BarcodeDetector;
      el.remove();
    }
  });
});
