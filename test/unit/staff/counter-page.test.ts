// The counter page against the mock API, whose counter decides with the rules core: choosing a counter, checking a
// visitor in by code, calling, and ending a call as served, no-show or sent to another counter. axe in each state;
// no NIK, name or phone on the screen. Reading the ticket's QR with the camera: counter-qr.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { restoreFetch } from '../../mocks/fetch.js';
import { API_BASE, q, shows, text } from './kit.js';
import { book, button, checkIn, open, press, status } from './counter-kit.js';

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
});
