import { expect, fixture, html, oneEvent, waitUntil as wait } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import '../../../src/components/status-tracker/mpp-status-tracker.js';
import type { MppStatusTracker } from '../../../src/components/status-tracker/status-tracker.js';
import type { Booking, BookingStatus } from '../../../src/api/types.js';
import { applications, bookingOnTheDay, KTP_SERVICE_ID } from '../../mocks/fixtures.js';
import { todayInMpp } from '../../../src/core/format.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { createMockApi } from '../../mocks/handlers.js';
import { API_BASE as BASE, NIK } from '../../kit/fixtures.mjs';

const CODE = 'RSV-7KQ2M9XA'; // the code of bookingOnTheDay()

/**
 * Waits for what a person would see. The bound only ends a failing test: the tracker's clock ticks once a second, so
 * open-wc's default of one second failed on a busy machine before the next tick came.
 */
const waitUntil = <T>(check: () => T, message?: string, options: { timeout?: number } = {}) =>
  wait(check, message, { timeout: 8000, ...options });

const root = (el: HTMLElement) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => root(el).querySelector<T>(s);
const qa = (el: HTMLElement, s: string) => [...root(el).querySelectorAll<HTMLElement>(s)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const todaysBooking = bookingOnTheDay;

function serveBookings(states: (() => Response)[]) {
  const seen: Request[] = [];
  installMockFetch([
    http.post(`${BASE}/lookup`, ({ request }) => {
      seen.push(request);
      return states[Math.min(seen.length - 1, states.length - 1)]();
    }),
    ...createMockApi({ base: BASE }).handlers,
  ]);
  return seen;
}
const ok = (b: Booking) => () => HttpResponse.json(b);
async function tracker(attrs: { code?: string; interval?: number; bookingPage?: string } = {}) {
  return fixture<MppStatusTracker>(
    html`<mpp-status-tracker
      api-base=${BASE}
      code=${attrs.code ?? ''}
      refresh-interval=${attrs.interval ?? 20}
      booking-page=${attrs.bookingPage ?? ''}
    ></mpp-status-tracker>`,
  );
}

async function lookUp(el: MppStatusTracker, code: string, last4 = '0003') {
  const codeInput = q<HTMLInputElement>(el, '#code')!;
  codeInput.value = code;
  codeInput.dispatchEvent(new Event('input'));
  const last4Input = q<HTMLInputElement>(el, '#last4')!;
  last4Input.value = last4;
  last4Input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
}

describe('<mpp-status-tracker>', () => {
  beforeEach(() => resetClients());
  afterEach(() => {
    restoreFetch();
    sinon.restore();
  });

  it('checks the form and links the error summary to the fields', async () => {
    installMockFetch(createMockApi({ base: BASE }).handlers);
    const el = await tracker();
    await expect(el).to.be.accessible();
    await lookUp(el, 'AB', '12');
    await el.updateComplete;
    const summary = q(el, '.error-summary')!;
    expect(text(summary)).to.contain('Kode berisi 3–64 huruf').and.to.contain('4 angka terakhir NIK');
    await waitUntil(() => root(el).activeElement === summary);
    await expect(el).to.be.accessible();
  });

  it('shows a booking on the day with the live queue, and tells the page', async () => {
    // At 09.10, the answer's time: its estimate (09.34) is still ahead.
    sinon.useFakeTimers({ now: Date.parse(`${todayInMpp()}T09:10:00+07:00`), toFake: ['Date'] });
    serveBookings([ok(todaysBooking())]);
    const el = await tracker();
    const found = oneEvent(el, 'mpp-status-result');
    await lookUp(el, 'rsv-7kq2m9xa');
    expect((await found).detail).to.deep.equal({ kind: 'booking', status: 'checked_in' });
    await waitUntil(() => q(el, '.queue'));
    expect(text(q(el, '.status'))).to.equal('Status: Sudah check-in, menunggu dipanggil');
    expect(text(q(el, '[part=queue-number]'))).to.equal('P-015');
    expect(text(q(el, '.queue__ahead'))).to.equal('3 orang di depan Anda');
    expect(text(q(el, '.queue')))
      .to.contain('sekitar 09.34 WIB')
      .and.to.contain('P-012')
      .and.to.contain('Diperbarui');
    expect(root(el).activeElement?.id).to.equal('result-heading');
    await expect(el).to.be.accessible();
  });

  it('looks up a booking whose code has a format of its own (an MPP on another system) and shows it', async () => {
    // Codes have no fixed shape since contract v1 (Surabaya's Siola numbers its bookings like this): `POST /lookup`
    // answers the kind, the tracker does not guess it from the code.
    const code = 'SIOLA.2026.000042';
    const api = createMockApi({ base: BASE });
    // Two days ahead: a booking of today would be settled `expired` once its session's check-in has closed.
    const later = new Date(`${todayInMpp()}T12:00:00Z`);
    later.setUTCDate(later.getUTCDate() + 2);
    const day = later.toISOString().slice(0, 10);
    const { queue: _queue, ...booking } = todaysBooking({
      code,
      status: 'booked',
      qr: undefined,
      date: day,
      session: { id: 's0900', start: `${day}T09:00:00+07:00`, end: `${day}T10:00:00+07:00` },
      checkIn: { opensAt: `${day}T08:45:00+07:00`, closesAt: `${day}T10:15:00+07:00` },
    });
    api.bookings.set(code, { ...booking, nikLast4: '0003', nikHash: 'x' });
    installMockFetch(api.handlers);
    const el = await tracker();
    const found = oneEvent(el, 'mpp-status-result');
    await lookUp(el, code);
    await waitUntil(() => text(q(el, '#result-heading')) === code, 'the booking under its own code');
    expect((await found).detail).to.deep.equal({ kind: 'booking', status: 'booked' });
    expect(text(q(el, '.badge'))).to.contain('Terjadwal');
    const sent = api.requests.filter((r) => new URL(r.url).pathname.endsWith('/lookup'));
    expect(sent.map((r) => new URL(r.url).pathname)).to.deep.equal([new URL(`${BASE}/lookup`).pathname]);
    expect(((await sent[0]!.json()) as { code: string }).code).to.equal(code);
    await expect(el).to.be.accessible();
  });

  it('shows each booking state in words', async () => {
    const states: BookingStatus[] = [
      'booked',
      'checked_in',
      'serving',
      'done',
      'cancelled',
      'expired',
      'no_show',
      'closed',
    ];
    const words = [
      'Terjadwal',
      'Sudah check-in',
      'Sedang dilayani',
      'Selesai dilayani',
      'Dibatalkan',
      'Kedaluwarsa',
      'Tidak hadir',
      'Ditutup',
    ];
    for (const [i, status] of states.entries()) {
      resetClients();
      serveBookings([ok(todaysBooking({ status }))]);
      const el = await tracker();
      await lookUp(el, CODE);
      await waitUntil(() => q(el, '.badge'));
      expect(text(q(el, '.badge'))).to.contain(words[i]);
    }
  });

  describe('a booking whose day the MPP closed', () => {
    /** A booking made through the mock API, whose day staff then close (the mock marks it, as the server does). */
    async function closedBooking() {
      const api = createMockApi({ base: BASE, livedIn: false });
      installMockFetch(api.handlers);
      const availability = await (await fetch(`${BASE}/services/${KTP_SERVICE_ID}/availability`)).json();
      const day = availability.days.find(
        (d: { open: boolean; date: string }) => d.open && d.date > availability.days[0].date,
      );
      const made = await fetch(`${BASE}/bookings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'closed-day-test-1' },
        body: JSON.stringify({
          serviceId: KTP_SERVICE_ID,
          date: day.date,
          sessionId: day.sessions[0].id,
          nik: NIK,
          name: 'Siti Aminah',
          phone: '+6281234567890',
        }),
      });
      const booking = (await made.json()) as Booking;
      api.closeDay({ date: day.date, agencyId: 'disdukcapil', kind: 'closure', name: 'Pemadaman listrik' });
      return booking;
    }

    it('says why, and links to the booking page for another day of the same service', async () => {
      const booking = await closedBooking();
      const el = await tracker({ bookingPage: '/layanan/booking?x=1' });
      await lookUp(el, booking.code, NIK.slice(-4));
      await waitUntil(() => q(el, '.badge'));
      expect(text(q(el, '.badge'))).to.equal('Ditutup');
      expect(text(q(el, '[part=closure]'))).to.equal(
        'MPP tutup pada hari itu: Pemadaman listrik. Silakan pilih hari lain.',
      );
      const link = new URL(q<HTMLAnchorElement>(el, '[part=closure] a')!.href);
      expect(link.pathname).to.equal('/layanan/booking');
      expect(link.searchParams.get('x')).to.equal('1');
      expect(link.searchParams.get('layanan')).to.equal(KTP_SERVICE_ID);
      expect(link.search).not.to.contain(NIK.slice(-4), 'no second factor in the link');
      expect(q(el, '.queue')).to.equal(null);
      await expect(el).to.be.accessible();
      // In English, the same sentence: who is closed, and why (it said only "Closed that day").
      el.setAttribute('lang', 'en');
      await waitUntil(() => text(q(el, '.badge')) !== 'Ditutup', 'English words');
      expect(text(q(el, '[part=closure]'))).to.equal(
        'The MPP is closed that day: Pemadaman listrik. Choose another day.',
      );
    });

    it('without a booking page, asks the resident to choose another day in words', async () => {
      const booking = await closedBooking();
      const el = await tracker();
      await lookUp(el, booking.code, NIK.slice(-4));
      await waitUntil(() => q(el, '[part=closure]'));
      expect(q(el, '[part=closure] a')).to.equal(null);
      expect(text(q(el, '[part=closure]'))).to.contain('Silakan pilih hari lain.');
      await expect(el).to.be.accessible();
    });
  });

  describe('the queue words of the moment (session 08.00–09.00, check-in 07.45–09.15)', () => {
    const today = todayInMpp();
    const wib = (hhmm: string) => Date.parse(`${today}T${hhmm}:00+07:00`);
    /** The reported case: not checked in, nobody in the queue yet, and the API's estimate at 07.10. */
    const morning = (status: BookingStatus, queue: Partial<NonNullable<Booking['queue']>> = {}) =>
      todaysBooking({
        status,
        session: { id: 's0800', start: `${today}T08:00:00+07:00`, end: `${today}T09:00:00+07:00` },
        checkIn: { opensAt: `${today}T07:45:00+07:00`, closesAt: `${today}T09:15:00+07:00` },
        queue: {
          number: null,
          ahead: 0,
          counters: [{ id: 'loket-6', name: 'Loket 6', nowServing: null }],
          estimatedAt: `${today}T07:10:00+07:00`,
          updatedAt: `${today}T07:10:00+07:00`,
          ...queue,
        },
      });
    const at = (hhmm: string) => sinon.useFakeTimers({ now: wib(hhmm), toFake: ['Date'] });

    it('before check-in opens: when and where to check in, and no position or estimate yet', async () => {
      at('07:10');
      serveBookings([ok(morning('booked'))]);
      const el = await tracker();
      await lookUp(el, CODE);
      await waitUntil(() => q(el, '.queue__check-in'));
      expect(text(q(el, '.queue__check-in'))).to.equal(
        'Check-in dibuka pukul 07.45 WIB di Loket 6, MPP Tanjungpinang.',
      );
      const queue = text(q(el, '.queue'));
      expect(queue).to.contain('Nomor antrean dan posisi Anda dalam antrean diberikan saat check-in.');
      expect(queue).to.not.contain('di depan Anda');
      expect(queue).to.not.contain('Perkiraan');
      expect(queue).to.not.contain('07.10');
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await waitUntil(() => text(q(el, '.queue__check-in')).startsWith('Check-in opens'));
      expect(text(q(el, '.queue__check-in'))).to.equal('Check-in opens at 07:45 WIB at Loket 6, MPP Tanjungpinang.');
      expect(text(q(el, '.queue'))).to.contain(
        'You get your queue number and your place in the queue when you check in.',
      );
      await expect(el).to.be.accessible();
    });

    it('says so when the check-in window is open, and follows the clock as it opens', async () => {
      const clock = at('07:44');
      serveBookings([ok(morning('booked'))]);
      const el = await tracker();
      await lookUp(el, CODE);
      await waitUntil(() => q(el, '.queue__check-in'));
      expect(text(q(el, '.queue__check-in'))).to.contain('dibuka pukul 07.45 WIB');
      // The tracker's own clock ticks while the visit is live: no refresh is needed for the words to change.
      clock.setSystemTime(wib('07:45'));
      await waitUntil(() => text(q(el, '.queue__check-in')).startsWith('Check-in sudah dibuka'));
      expect(text(q(el, '.queue__check-in'))).to.equal(
        'Check-in sudah dibuka sampai pukul 09.15 WIB. Silakan check-in di Loket 6, MPP Tanjungpinang.',
      );
      expect(text(q(el, '.queue'))).to.not.contain('di depan Anda');
      await expect(el).to.be.accessible();
    });

    it('once checked in: number, people ahead, and an estimate never before the session starts', async () => {
      at('07:50');
      serveBookings([ok(morning('checked_in', { number: 'P-001', estimatedAt: `${today}T07:50:00+07:00` }))]);
      const el = await tracker();
      await lookUp(el, CODE);
      await waitUntil(() => q(el, '.queue__number'));
      expect(text(q(el, '[part=queue-number]'))).to.equal('P-001');
      expect(text(q(el, '.queue__ahead'))).to.equal('Tidak ada orang di depan Anda');
      expect(text(q(el, '.queue__estimate'))).to.equal('Perkiraan giliran Anda: sekitar 08.00 WIB');
      expect(q(el, '.queue__check-in')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('an estimate the clock has passed since the answer is shown as now, not in the past', async () => {
      at('08:40');
      serveBookings([ok(morning('checked_in', { number: 'P-004', ahead: 1, estimatedAt: `${today}T08:30:00+07:00` }))]);
      const el = await tracker();
      await lookUp(el, CODE);
      await waitUntil(() => q(el, '.queue__estimate'));
      expect(text(q(el, '.queue__estimate'))).to.equal('Perkiraan giliran Anda: sekitar 08.40 WIB');
    });

    it('check-in missed: says when it closed, offers another day, and no queue words', async () => {
      at('09:20');
      serveBookings([ok(morning('booked'))]);
      const el = await tracker({ bookingPage: 'https://dinas.example/booking' });
      await lookUp(el, CODE);
      await waitUntil(() => q(el, '.closure'));
      expect(text(q(el, '.closure'))).to.equal(
        'Check-in ditutup pukul 09.15 WIB, jadi booking ini tidak berlaku lagi. Silakan pilih hari lain.',
      );
      expect(q<HTMLAnchorElement>(el, '.closure a')!.href).to.contain('layanan=polresta-penerbitan-skck-baru');
      expect(q(el, '.queue')).to.equal(null);
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await waitUntil(() => text(q(el, '.closure')).startsWith('Check-in closed'));
      expect(text(q(el, '.closure'))).to.contain('Check-in closed at 09:15 WIB, so this booking is no longer valid.');
    });

    it('an expired booking (the server settled it) says the same', async () => {
      at('10:00');
      serveBookings([ok(morning('expired', undefined))]);
      const el = await tracker();
      await lookUp(el, CODE);
      await waitUntil(() => q(el, '.closure'));
      expect(text(q(el, '.closure'))).to.contain('Check-in ditutup pukul 09.15 WIB');
      expect(text(q(el, '.badge'))).to.contain('Kedaluwarsa');
    });
  });

  it('tells a resident being served which counter to go to, in Bahasa Indonesia and English', async () => {
    const called = todaysBooking({ status: 'serving' }, 0);
    called.queue!.calledTo = { id: 'loket-6', name: 'Loket 6' };
    serveBookings([ok(called)]);
    const el = await tracker();
    await lookUp(el, CODE);
    await waitUntil(() => q(el, '.queue__turn'));
    expect(text(q(el, '.queue__turn'))).to.equal('Giliran Anda sekarang. Silakan ke Loket 6.');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await waitUntil(() => text(q(el, '.queue__turn')).startsWith('It is'));
    expect(text(q(el, '.queue__turn'))).to.equal('It is your turn now. Please go to Loket 6.');
    await expect(el).to.be.accessible();
  });

  it('still sends a called resident to the counter when the API names none', async () => {
    serveBookings([ok(todaysBooking({ status: 'serving' }, 0))]);
    const el = await tracker();
    await lookUp(el, CODE);
    await waitUntil(() => q(el, '.queue__turn'));
    expect(text(q(el, '.queue__turn'))).to.equal('Giliran Anda sekarang. Silakan menuju loket.');
  });

  it('answers a wrong code and a wrong second factor with the same message', async () => {
    installMockFetch(createMockApi({ base: BASE }).handlers);
    const el = await tracker();
    const told: unknown[] = [];
    el.addEventListener('mpp-error', (e) => told.push(e.detail));
    await lookUp(el, 'RSV-ZZZZZZZZ');
    await waitUntil(() => q(el, '.notice--error'));
    const wrongCode = text(q(el, '.notice--error'));
    await lookUp(el, 'PMH-2026-000123', '9999');
    await waitUntil(() => text(q(el, '.notice--error')) === wrongCode);
    expect(wrongCode).to.contain('Data tidak ditemukan');
    await expect(el).to.be.accessible();
    // The page hears each failure once, by its code alone.
    expect(told).to.deep.equal([
      { code: 'not_found', retryable: false },
      { code: 'not_found', retryable: false },
    ]);
  });

  it('counts down a rate limit before another look-up can be sent', async () => {
    const seen = serveBookings([
      () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'x', status: 429, code: 'rate_limited' },
          { status: 429, headers: { 'Retry-After': '60' } },
        ),
      ok(todaysBooking()),
    ]);
    const el = await tracker();
    const told: unknown[] = [];
    el.addEventListener('mpp-error', (e) => told.push(e.detail));
    await lookUp(el, CODE);
    await waitUntil(() => q(el, '.countdown'));
    expect(told).to.deep.equal([{ code: 'rate_limited', retryable: true }]);
    const first = text(q(el, '.countdown'));
    expect(first).to.match(/dalam (60|59) detik/);
    // The resident watches the number go down, a second at a time.
    const seconds = (s: string) => Number(/dalam (\d+) detik/.exec(s)?.[1]);
    await waitUntil(() => seconds(text(q(el, '.countdown'))) < seconds(first), 'the countdown never moved', {
      timeout: 3000,
    });
    expect(q(el, 'form button[type=submit]')!.getAttribute('aria-disabled')).to.equal('true');
    q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
    await el.updateComplete;
    expect(seen.length).to.equal(1); // nothing sent while waiting
    await expect(el).to.be.accessible();
  });

  it('offers to try again after a server error', async () => {
    const seen = serveBookings([
      () => HttpResponse.json({}, { status: 500 }),
      () => HttpResponse.json({}, { status: 500 }),
      () => HttpResponse.json({}, { status: 500 }),
      ok(todaysBooking()),
    ]);
    const el = await tracker();
    await lookUp(el, CODE);
    await waitUntil(() => q(el, '.notice--error button'), 'no retry offered', { timeout: 5000 });
    expect(text(q(el, '.notice--error'))).to.contain('gangguan pada server MPP');
    q<HTMLButtonElement>(el, '.notice--error button')!.click();
    await waitUntil(() => q(el, '.queue'), 'retry did not find the booking');
    expect(seen.length).to.equal(4);
  });

  it('shows an application with its steps, deadline and what comes next', async () => {
    installMockFetch(createMockApi({ base: BASE }).handlers);
    const el = await tracker();
    await lookUp(el, 'PMH-2026-000123');
    await waitUntil(() => q(el, '.timeline'));
    const steps = qa(el, '.timeline__step');
    expect(steps.map((s) => text(s.querySelector('.badge')))).to.deep.equal([
      'Selesai',
      'Sedang berjalan',
      'Menunggu',
      'Menunggu',
    ]);
    expect(steps[1].getAttribute('aria-current')).to.equal('step');
    expect(text(q(el, '.deadline'))).to.match(/^Target selesai: \w+, \d+ \w+ \d{4}$/);
    expect(text(q(el, '.result')))
      .to.contain('Langkah berikutnya')
      .and.to.contain('SP4N-LAPOR!');
    await expect(el).to.be.accessible();
  });

  it('shows rejected and overdue applications plainly', async () => {
    installMockFetch(createMockApi({ base: BASE }).handlers);
    const el = await tracker();
    await lookUp(el, 'PMH-2026-000124');
    await waitUntil(() => q(el, '.rejection'));
    expect(text(q(el, '.rejection'))).to.contain('STR');
    expect(text(q(el, '.status'))).to.contain('Ditolak');
    q<HTMLButtonElement>(el, '.link')!.click();
    await el.updateComplete;
    await lookUp(el, 'PMH-2026-000125');
    await waitUntil(() => q(el, '.deadline--overdue'));
    expect(text(q(el, '.deadline'))).to.contain('Melewati target waktu layanan');
    await expect(el).to.be.accessible();
  });

  it('shows a paused application as waiting for the resident, in both languages, never overdue', async () => {
    installMockFetch(createMockApi({ base: BASE }).handlers);
    const el = await tracker();
    await lookUp(el, 'PMH-2026-000127');
    await waitUntil(() => q(el, '.pause'));
    expect(text(q(el, '.status'))).to.equal('Status: Dihentikan sementara');
    expect(text(q(el, '.result'))).to.contain('Menunggu dari Anda');
    expect(text(q(el, '.pause')))
      .to.contain('Menunggu surat keterangan sehat dari dokter.')
      .and.to.match(/sejak \w+, \d+ \w+ \d{4}$/);
    expect(text(q(el, '.deadline'))).to.contain('Target bergeser selama proses dihentikan.');
    expect(q(el, '.deadline--overdue')).to.equal(null);
    expect(text(q(el, '.timeline__step[aria-current=step] .badge'))).to.equal('Dihentikan sementara');
    await expect(el).to.be.accessible();

    el.setAttribute('lang', 'en');
    await waitUntil(() => text(q(el, '.status')) === 'Status: Paused', 'English words');
    expect(text(q(el, '.result')))
      .to.contain('Waiting for you')
      .and.to.contain('The due date moves on while it is paused.');
    await expect(el).to.be.accessible();
  });

  it('leaves out the deadline line of an application whose standard sets no time', async () => {
    const { deadline: _none, ...noDeadline } = applications()['PMH-2026-000123']!;
    installMockFetch([
      http.post(`${BASE}/lookup`, () => HttpResponse.json(noDeadline)),
      ...createMockApi({ base: BASE }).handlers,
    ]);
    const el = await tracker();
    await lookUp(el, 'PMH-2026-000123');
    await waitUntil(() => q(el, '.timeline'));
    expect(q(el, '.deadline')).to.equal(null);
    expect(text(q(el, '.result'))).not.to.contain('undefined');
  });

  it('shows an application read earlier with its age while the agency’s system cannot be reached', async () => {
    const copy = { ...applications()['PMH-2026-000123']!, asOf: '2026-12-07T08:01:00+07:00' };
    installMockFetch([
      http.post(`${BASE}/lookup`, () => HttpResponse.json(copy)),
      ...createMockApi({ base: BASE }).handlers,
    ]);
    const el = await tracker();
    await lookUp(el, 'PMH-2026-000123');
    await waitUntil(() => q(el, '.timeline'));
    expect(text(q(el, '.result'))).to.contain(
      'Sistem instansi tidak dapat dihubungi; data per Senin, 7 Desember 2026 08.01 WIB.',
    );
    expect(qa(el, '.timeline__step')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('prefills the code from ?kode= and never puts the second factor in the URL', async () => {
    const start = location.href;
    history.replaceState(null, '', `?kode=${CODE}`);
    try {
      serveBookings([ok(todaysBooking())]);
      const el = await tracker();
      expect(q<HTMLInputElement>(el, '#code')!.value).to.equal(CODE);
      await lookUp(el, CODE, '0003');
      await waitUntil(() => q(el, '.queue'));
      expect(location.search).to.equal(`?kode=${CODE}`);
    } finally {
      history.replaceState(null, '', start);
    }
  });

  describe('the live queue', () => {
    let clock: sinon.SinonFakeTimers;
    const flush = async (el: MppStatusTracker) => {
      for (let i = 0; i < 10; i++) await clock.tickAsync(0);
      await el.updateComplete;
    };
    const setVisibility = (state: 'visible' | 'hidden') => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    });
    afterEach(() => {
      clock.restore();
      delete (document as { visibilityState?: string }).visibilityState;
    });

    it('refreshes every interval, announces each change once, and stops when the visit is over', async () => {
      const seen = serveBookings([
        ok(todaysBooking({}, 3)),
        ok(todaysBooking({}, 3)),
        ok(todaysBooking({}, 1)),
        ok(todaysBooking({}, 1)),
        ok(todaysBooking({ status: 'done', queue: undefined })),
      ]);
      const el = await tracker({ interval: 20 });
      const announcements: string[] = [];
      await lookUp(el, CODE);
      await flush(el);
      const region = q(el, '[role=status][aria-live=polite]')!;
      new MutationObserver(() => announcements.push(text(region))).observe(region, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      expect(seen.length).to.equal(1);
      await clock.tickAsync(19_000);
      expect(seen.length).to.equal(1);
      await clock.tickAsync(1_000);
      await flush(el);
      expect(seen.length).to.equal(2);
      expect(text(q(el, '.updated'))).to.equal('Diperbarui sekarang');
      await clock.tickAsync(5_000);
      await el.updateComplete;
      expect(text(q(el, '.updated'))).to.equal('Diperbarui 5 detik yang lalu');
      await clock.tickAsync(15_000); // 3rd look-up: 1 ahead
      await flush(el);
      await clock.tickAsync(20_000); // 4th: unchanged
      await flush(el);
      expect(text(q(el, '.queue__ahead'))).to.equal('1 orang di depan Anda');
      await clock.tickAsync(20_000); // 5th: served
      await flush(el);
      expect(seen.length).to.equal(5);
      expect(announcements.filter(Boolean)).to.deep.equal([
        'Sekarang 1 orang di depan Anda.',
        'Status berubah: Selesai dilayani.',
      ]);
      await clock.tickAsync(600_000);
      expect(seen.length).to.equal(5);
    });

    it('says the English queue count aloud with its noun: "Now 3 people ahead of you.", "Now 1 person …"', async () => {
      serveBookings([ok(todaysBooking({}, 5)), ok(todaysBooking({}, 3)), ok(todaysBooking({}, 1))]);
      const el = await tracker({ interval: 20 });
      el.setAttribute('lang', 'en');
      const announcements: string[] = [];
      await lookUp(el, CODE);
      await flush(el);
      await waitUntil(() => text(q(el, '.queue__ahead')) === '5 people ahead of you', 'English words');
      const region = q(el, '[role=status][aria-live=polite]')!;
      new MutationObserver(() => announcements.push(text(region))).observe(region, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      for (let i = 0; i < 2; i++) {
        await clock.tickAsync(20_000);
        await flush(el);
      }
      expect(announcements.filter(Boolean)).to.deep.equal(['Now 3 people ahead of you.', 'Now 1 person ahead of you.']);
    });

    it('says aloud which counter calls the resident, as the mock counter (the rules core) calls them', async () => {
      clock.setSystemTime(Date.parse('2026-12-07T08:00:00+07:00'));
      installMockFetch(createMockApi({ base: BASE, livedIn: false }).handlers);
      const send = async (path: string, body?: object, headers: Record<string, string> = {}) =>
        (
          await fetch(`${BASE}${path}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...headers },
            body: body && JSON.stringify(body),
          })
        ).json();
      const made = await send(
        '/bookings',
        {
          serviceId: 'polresta-penerbitan-skck-baru',
          date: '2026-12-07',
          sessionId: 's0800',
          nik: '2172010101850003',
          name: 'Siti Aminah',
          phone: '+6281234567890',
        },
        { 'Idempotency-Key': 'kunci-uji-loket' },
      );
      expect((await send(`/operator/bookings/${made.code}/check-in`)).queue.number).to.equal('P-001');
      const el = await tracker({ interval: 20 });
      await lookUp(el, made.code, '0003');
      await flush(el);
      expect(text(q(el, '.queue__number'))).to.contain('P-001');
      const announcements: string[] = [];
      const region = q(el, '[role=status][aria-live=polite]')!;
      new MutationObserver(() => announcements.push(text(region))).observe(region, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      await send('/operator/queues/polresta/call-next', { counterId: 'loket-6' });
      await clock.tickAsync(20_000);
      await flush(el);
      expect(text(q(el, '.queue__turn'))).to.equal('Giliran Anda sekarang. Silakan ke Loket 6.');
      expect(announcements.filter(Boolean)).to.deep.equal(['Giliran Anda sekarang. Silakan ke Loket 6.']);
      // Served: the visit is over, and the tracker says so.
      await send(`/operator/bookings/${made.code}/outcome`, { outcome: 'served' });
      await clock.tickAsync(20_000);
      await flush(el);
      expect(text(q(el, '.badge'))).to.contain('Selesai dilayani');
    });

    it('pauses while the page is hidden and refreshes as soon as it is seen again', async () => {
      const seen = serveBookings([ok(todaysBooking())]);
      const el = await tracker({ interval: 20 });
      await lookUp(el, CODE);
      await flush(el);
      setVisibility('hidden');
      await clock.tickAsync(120_000);
      expect(seen.length).to.equal(1);
      setVisibility('visible');
      await flush(el);
      expect(seen.length).to.equal(2);
    });

    it('backs off after failures and keeps showing the last result, marked offline', async () => {
      const seen = serveBookings([ok(todaysBooking()), () => HttpResponse.error()]);
      const el = await tracker({ interval: 20 });
      await lookUp(el, CODE);
      await flush(el);
      await clock.tickAsync(22_000); // the refresh fails, with the client's own two retries
      await flush(el);
      expect(seen.length).to.equal(4);
      expect(text(q(el, '.notice--warning'))).to.contain('Anda sedang offline');
      expect(q(el, '.queue')).to.not.equal(null);
      await clock.tickAsync(38_000); // the next try waits 40 s, not 20
      expect(seen.length).to.equal(4);
      await clock.tickAsync(4_000);
      await flush(el);
      expect(seen.length).to.equal(7);
      clock.restore(); // axe needs real timers
      await expect(el).to.be.accessible();
    });
  });
});
