import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import '../../../src/components/queue-booking/mpp-queue-booking.js';
import { setFinishStepsFetch, type MppQueueBooking } from '../../../src/components/queue-booking/queue-booking.js';
import { resetClients } from '../../../src/core/clients.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { KTP_SERVICE_ID, mppClock, openWeekdaysAfter, services } from '../../mocks/fixtures.js';
import { createMockApi, type MockApiOptions } from '../../mocks/handlers.js';
import type { Availability } from '../../../src/api/types.js';
import { formatDate } from '../../../src/core/format.js';
import { API_BASE as BASE, NIK, timeBudget } from '../../kit/fixtures.mjs';
import { domUi, resident, WORDS } from '../../kit/resident.mjs';
import { axNode } from '../../kit/a11y.js';

function mock(options: MockApiOptions = {}, ...overrides: Parameters<typeof installMockFetch>[0]) {
  const api = createMockApi({ base: BASE, ...options });
  installMockFetch([...overrides, ...api.handlers]);
  return api;
}

const problem = (
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  HttpResponse.json(
    { type: 'about:blank', title: code, status, code, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );

async function booking(service: string | null = KTP_SERVICE_ID) {
  const el = await fixture<MppQueueBooking>(
    service
      ? html`<mpp-queue-booking api-base=${BASE} service=${service}></mpp-queue-booking>`
      : html`<mpp-queue-booking api-base=${BASE}></mpp-queue-booking>`,
  );
  await el.updateComplete;
  return el;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => root(el).querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: HTMLElement, s: string) => [...root(el).querySelectorAll<T>(s)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The step's question, without its "Langkah n dari m" caption. */
const headingText = (el: HTMLElement) =>
  text(q(el, '#step-heading'))
    .replace(text(q(el, '#step-heading .progress')), '')
    .trim();
const focused = (el: HTMLElement) => root(el).activeElement;

/** The resident, booking through the kit's driver: by the words on each control, waiting for each question. */
const person = (el: MppQueueBooking) => resident(domUi(el));

/** The element has rendered what the last action changed. */
const settle = (el: MppQueueBooking) => el.updateComplete;

/** Once its question shows, picks the first choice that can be taken in it, as a resident would tap it. */
async function choose(el: MppQueueBooking, question: 'service' | 'day' | 'session') {
  const resident = person(el);
  await { service: resident.chooseService, day: resident.chooseDay, session: resident.chooseSession }[question]();
  await el.updateComplete;
}

/** The step's button ("Lanjutkan", or `name`). */
async function next(el: MppQueueBooking, name = WORDS.id.continue) {
  await domUi(el).click(name);
  await settle(el);
}

/** Types into the identity fields, each once it shows: they come with the flow's second half. */
async function fill(el: MppQueueBooking, values: Partial<Record<'nik' | 'name' | 'phone' | 'email', string>>) {
  await person(el).fillIdentity(values);
  await el.updateComplete;
}

/** Takes the first free day and session, up to the identity question. */
const toIdentity = (el: MppQueueBooking) => person(el).answerUpToIdentity();

async function toCheck(el: MppQueueBooking, identity = { nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' }) {
  await person(el).answerUpToCheck(identity);
}

/** The day question, asked for the service named. */
async function expectDayQuestionFor(el: MppQueueBooking, serviceName: string) {
  expect(headingText(el)).to.equal('Kapan Anda akan datang?');
  await waitUntil(() => q(el, '#day-hint'));
  expect(text(q(el, '#day-hint'))).to.contain(serviceName);
}

/** Sends the booking and waits, as the resident does, until the button no longer says it is sending. */
async function confirm(el: MppQueueBooking) {
  await domUi(el).click(/Kirim booking|Coba lagi/);
  await el.updateComplete;
  await waitUntil(() => !/Mengirim booking/.test(text(q(el, '.booking'))), 'the booking was never answered', {
    timeout: 5000, // the client's own retries back off for a second or two
  });
  await settle(el);
}

/** Answers every question and sends the booking, up to the ticket. */
async function toTicket(el: MppQueueBooking) {
  await toCheck(el);
  await person(el).send();
}

/** What the resident is asked on screen now: the radio groups, and the text fields by id. */
const asked = (el: HTMLElement) => ({
  choices: [...new Set(qa<HTMLInputElement>(el, 'input[type=radio]').map((r) => r.name))],
  fields: qa<HTMLInputElement>(el, 'input:not([type=radio])').map((i) => i.id),
});

/** "Ambil antrean" in a finder on the same page, which sends this event. */
const chooseInFinder = (serviceId: string) =>
  document.dispatchEvent(
    new CustomEvent('mpp-service-book', {
      detail: { serviceId, agencyId: serviceId.split('-')[0] },
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );

/** A ticket action ("Ubah jadwal", "Batalkan booking"…) by the words on it, as the resident finds it. */
const action = (el: MppQueueBooking, label: string) =>
  qa<HTMLButtonElement>(el, '.actions button').find((b) => text(b) === label)!;

describe('<mpp-queue-booking>', () => {
  beforeEach(() => resetClients());
  afterEach(() => {
    restoreFetch();
    sinon.restore();
  });

  it('walks day, session, identity and check answers to a ticket, one question at a time', async function () {
    this.timeout(timeBudget(15_000)); // the whole journey, with an accessibility audit of every step
    const api = mock();
    // Listening before the element exists: it announces its first step ("day") as it starts.
    const steps: string[] = [];
    const heard = (e: Event) => steps.push((e as CustomEvent<{ step: string }>).detail.step);
    document.addEventListener('mpp-booking-step', heard);
    const el = await booking();
    const resident = person(el);
    try {
      await resident.chooseDay();
      expect(text(q(el, '.progress'))).to.equal('Langkah 1 dari 4');
      expect(asked(el)).to.deep.equal({ choices: ['day'], fields: [] });
      await expect(el).to.be.accessible();

      await resident.continue(WORDS.id.sessionQuestion);
      await waitUntil(() => focused(el)?.id === 'step-heading', 'focus never reached the question');
      await resident.chooseSession();
      expect(text(q(el, '.progress'))).to.equal('Langkah 2 dari 4');
      expect(asked(el)).to.deep.equal({ choices: ['session'], fields: [] });
      await expect(el).to.be.accessible();

      await resident.continue(WORDS.id.identityQuestion);
      await resident.fillIdentity({ nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' });
      expect(focused(el)?.id).to.equal('step-heading');
      expect(text(q(el, '.progress'))).to.equal('Langkah 3 dari 4');
      expect(asked(el)).to.deep.equal({ choices: [], fields: ['nik', 'name', 'phone', 'email'] });
      await expect(el).to.be.accessible();

      await resident.continue(WORDS.id.checkQuestion);
      await waitUntil(() => focused(el)?.id === 'step-heading', 'focus never reached the check');
      expect(text(q(el, '.progress'))).to.equal('Langkah 4 dari 4');
      expect(asked(el)).to.deep.equal({ choices: [], fields: [] });
      expect(text(q(el, '.summary')))
        .to.contain(NIK)
        .and.to.contain('Siti Aminah')
        .and.to.contain('0812-3456-7890');
      await expect(el).to.be.accessible();

      const confirmed = oneEvent(el, 'mpp-booking-confirmed');
      await resident.send();
      const event = await confirmed;
      expect(Object.keys(event.detail).sort()).to.deep.equal(['code', 'date', 'serviceId', 'sessionStart']);
      expect(JSON.stringify(event.detail)).not.to.contain(NIK.slice(-4) + '"');
      expect(event.detail.code).to.match(/^RSV-/);
      expect(steps).to.deep.equal(['day', 'session', 'identity', 'check', 'ticket']);
      expect(text(q(el, '.code'))).to.equal(event.detail.code);
      expect(q(el, 'svg[part=qr]')!.getAttribute('aria-label')).to.equal(`Kode QR booking ${event.detail.code}`);
      expect(text(q(el, '.ticket')))
        .to.contain('************0003')
        .and.to.contain('Yang perlu dibawa');
      expect(asked(el)).to.deep.equal({ choices: [], fields: [] });
      await waitUntil(() => focused(el)?.id === 'step-heading', 'focus never reached the ticket');
      expect(api.bookings.size).to.equal(1);
      const sent = api.requests.find((r) => r.url.endsWith('/bookings'))!;
      expect(await sent.clone().json()).to.include({ nik: NIK, phone: '+6281234567890', name: 'Siti Aminah' });
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('mpp-booking-step', heard);
    }
  });

  it('keeps the NIK out of the page, the URL, storage and events once the ticket shows', async () => {
    mock();
    const details: unknown[] = [];
    for (const name of ['mpp-booking-step', 'mpp-booking-confirmed'])
      document.addEventListener(name, (e) => details.push((e as CustomEvent).detail));
    const el = await booking();
    await toTicket(el);
    expect(root(el).innerHTML).not.to.contain(NIK);
    expect(root(el).innerHTML).not.to.contain('3456');
    expect(location.href).not.to.contain(NIK);
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.to.contain(NIK);
    expect(JSON.stringify(details)).not.to.contain(NIK).and.not.to.contain('Siti');
  });

  it('keeps the height of its loading state when the first services come, and draws only those', async () => {
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    mock(
      {},
      http.get(`${BASE}/services`, async () => void (await held)),
    );
    const el = await booking(null);
    await waitUntil(() => q(el, '.skeleton'), 'no skeleton while the services load');
    const loading = el.getBoundingClientRect().height;
    release();
    await waitUntil(() => q(el, 'input[name=service]'), 'the services did not come');
    expect(el.getBoundingClientRect().height).to.equal(loading);
    expect(qa(el, 'input[name=service]')).to.have.length(2);
  });

  it('asks for the service first when none is preselected, with a searchable list and an error summary', async () => {
    mock();
    const el = await booking(null);
    await waitUntil(() => q(el, 'input[name=service]'));
    expect(text(q(el, '.progress'))).to.equal('Langkah 1 dari 5');
    expect(qa(el, '#step-heading')).to.have.length(1);
    // The first two services, then every other one a press away, without searching first; focus goes to the
    // first of those that came.
    const bookable = services.filter((s) => s.bookable).length;
    expect(qa(el, 'input[name=service]').length).to.equal(2);
    const more = [...qa(el, 'button')].find((b) => text(b) === 'Tampilkan semua layanan')!;
    more.click();
    await el.updateComplete;
    expect(qa(el, 'input[name=service]').length).to.equal(bookable);
    await waitUntil(() => focused(el) === qa(el, 'input[name=service]')[2], 'focus did not move to the next service');
    expect(qa(el, 'button').filter((b) => text(b).startsWith('Tampilkan'))).to.have.length(0);
    const filter = q<HTMLInputElement>(el, '#service-filter')!;
    filter.value = 'skck';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    // Both SKCK services, and the court's certificate residents also call "SKCK pengadilan".
    expect(qa(el, 'input[name=service]').length).to.equal(3);
    await next(el);
    const summary = q(el, '.error-summary')!;
    expect(text(summary)).to.contain('Pilih layanan yang Anda perlukan');
    expect(focused(el)).to.equal(summary);
    q<HTMLAnchorElement>(el, '.error-summary a')!.click();
    expect(focused(el)?.id).to.equal('service');
    await expect(el).to.be.accessible();
    await choose(el, 'service');
    await next(el);
    expect(headingText(el)).to.equal('Kapan Anda akan datang?');
  });

  it('holds the place of the days while they load, so nothing below moves when they come', async () => {
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    // Passes the request on to the mock API once released.
    mock(
      {},
      http.get(`${BASE}/services/:id/availability`, async () => void (await held)),
    );
    const el = await booking();
    await waitUntil(() => q(el, '.skeleton'), 'no placeholder');
    const button = () => q(el, 'form button[type=submit]')!.getBoundingClientRect().top;
    const before = { height: el.getBoundingClientRect().height, button: button() };
    expect(text(q(el, '[role=status]'))).to.equal('Memuat hari dan sesi…');
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => q(el, 'input[name=day]'), 'the days never came');
    expect(el.getBoundingClientRect().height).to.equal(before.height);
    expect(button()).to.equal(before.button);
  });

  it('never shows a session as chosen that the resident did not choose', async () => {
    mock();
    const el = await booking();
    await waitUntil(() => q(el, 'input[name=day]:not([disabled])'));
    // The first day, and "Lanjutkan" before the widget has re-rendered (a quick tap, or assistive technology).
    q<HTMLInputElement>(el, 'input[name=day]:not([disabled])')!.click();
    q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
    await waitUntil(() => q(el, 'input[name=session]'));
    await settle(el);
    expect(qa<HTMLInputElement>(el, 'input[name=session]').filter((r) => r.checked).length).to.equal(0);
  });

  it('shows closed days with their reason and full sessions disabled', async () => {
    // A Monday at 07.30, before its first session, which the mock's lived-in places fill. Run after 15.00 without
    // a clock of its own, the first day on offer was the next one, which has no full session.
    const today = mppClock.dateOf(Date.now());
    const monday = openWeekdaysAfter(today).find((d) => mppClock.weekday(d) === 1)!;
    sinon.useFakeTimers({ now: Date.parse(`${monday}T07:30:00+07:00`), toFake: ['Date'], shouldAdvanceTime: true });
    mock();
    const el = await booking();
    await waitUntil(() => q(el, 'input[name=day]'));
    const weekend = qa(el, '.radio').find((r) => text(r).includes('Tutup (akhir pekan)'))!;
    expect(weekend.querySelector('input')!.disabled).to.equal(true);
    await choose(el, 'day');
    await next(el);
    await waitUntil(() => q(el, 'input[name=session]'));
    const full = qa(el, '.radio').filter((r) => text(r).includes('Penuh'));
    expect(full.length, 'the mock has a full session').to.be.greaterThan(0);
    expect(full.every((r) => r.querySelector('input')!.disabled)).to.equal(true);
    // Said once: "Penuh" in its name, no "0 tempat tersisa" after it.
    for (const r of full) {
      expect(text(r)).to.match(/WIB Penuh$/);
      expect(r.querySelector('input')!.hasAttribute('aria-describedby')).to.equal(false);
      expect((await axNode(r.querySelector('input')!)).description ?? '').to.equal('');
    }
  });

  it('shows a day staff closed for the agency with its reason, and offers none of its sessions', async () => {
    const today = mppClock.dateOf(Date.now());
    // The next day the MPP opens: a holiday is closed already and would show its own reason.
    const closed = openWeekdaysAfter(today)[0];
    mock({ closures: [{ date: closed, agencyId: 'disdukcapil', kind: 'closure', name: 'Pemadaman listrik' }] });
    const el = await booking();
    await waitUntil(() => q(el, 'input[name=day]'));
    const day = qa(el, '.radio').find((r) => r.querySelector<HTMLInputElement>('input')!.value === closed)!;
    expect(text(day)).to.contain('Tutup: Pemadaman listrik');
    expect(day.querySelector('input')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describe('full and not-yet-open days, shown before the choice', () => {
    const today = () => mppClock.dateOf(Date.now());
    /** The window's open weekdays after today, in order (a holiday is closed, not full, and names no day). */
    const weekdaysAfterToday = () => openWeekdaysAfter(today());
    const dayRadio = (el: MppQueueBooking, date: string) =>
      qa(el, '.radio').find((r) => r.querySelector<HTMLInputElement>('input')!.value === date)!;
    /** A radio's accessible name: the text of its label. */
    const nameOf = (radio: HTMLElement) => text(radio.querySelector('label'));
    const hintOf = (radio: HTMLElement) => text(radio.querySelector('.radio__hint'));

    it('a full day says "Penuh" in its name, names the next day with places, and cannot be chosen', async () => {
      const [full, , next] = weekdaysAfterToday();
      // The day after the full one is full too: the next day with places is the one after.
      const alsoFull = weekdaysAfterToday()[1];
      mock({ livedIn: false, fullDays: [full, alsoFull] });
      const el = await booking();
      await waitUntil(() => q(el, 'input[name=day]'));
      const radio = dayRadio(el, full);
      expect(radio.querySelector('input')!.disabled).to.equal(true);
      expect(nameOf(radio)).to.match(/Penuh$/);
      expect(hintOf(radio)).to.equal(`Hari terdekat yang masih ada tempat: ${formatDate(next, 'id')}`);
      expect(nameOf(dayRadio(el, next))).to.not.contain('Penuh');
      await expect(el).to.be.accessible();
      // Keyboard: arrows move among the days that can be taken, never onto a full one.
      const first = qa<HTMLInputElement>(el, 'input[name=day]').find((r) => !r.disabled)!;
      first.focus();
      const reached: string[] = [first.value];
      for (let i = 0; i < 8; i++) {
        await sendKeys({ press: 'ArrowDown' });
        reached.push((focused(el) as HTMLInputElement).value);
      }
      expect(reached).to.include(next);
      expect(reached).to.not.include(full);
      expect(reached).to.not.include(alsoFull);
    });

    it('a full or not-yet-open day is named with a space between its date and its word (not "2026Penuh")', async () => {
      const [full] = weekdaysAfterToday();
      mock({ livedIn: false, fullDays: [full] });
      const el = await booking();
      await waitUntil(() => q(el, 'input[name=day]'));
      // What a screen reader says on the radio: Chromium's accessible name, from the shipped template.
      const name = (await axNode(dayRadio(el, full).querySelector('input')!)).name;
      expect(name).to.equal(`${formatDate(full, 'id')} Penuh`);
      expect(text(dayRadio(el, full).querySelector('label'))).to.equal(`${formatDate(full, 'id')} Penuh`);
    });

    it('every day full: each says no other day has places', async () => {
      const days = [today(), ...weekdaysAfterToday()];
      mock({ livedIn: false, fullDays: days });
      const el = await booking();
      await waitUntil(() => q(el, 'input[name=day]'));
      const full = qa(el, '.radio').filter((r) => nameOf(r).endsWith('Penuh'));
      expect(full.length).to.be.greaterThan(3);
      for (const radio of full) expect(hintOf(radio)).to.equal('Tidak ada hari lain yang masih ada tempat');
      expect(qa<HTMLInputElement>(el, 'input[name=day]').every((r) => r.disabled)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('the last day before the opening hour: when it opens, a live countdown, then its places at the hour', async () => {
      // 06.59.58 on a weekday whose window's last day (a week on) is a weekday too; the MPP opens it at 07.00.
      const monday = weekdaysAfterToday().find((d) => mppClock.weekday(d) === 1)!;
      sinon.useFakeTimers({ now: Date.parse(`${monday}T06:59:58+07:00`), toFake: ['Date'], shouldAdvanceTime: true });
      const last = mppClock.addDays(monday, 7);
      const others = [0, 1, 2, 3, 4].map((n) => mppClock.addDays(monday, n));
      mock({ livedIn: false, windowOpensAt: '07:00', fullDays: others });
      const el = await booking();
      await waitUntil(() => q(el, 'input[name=day]'));
      const before = dayRadio(el, last);
      expect(before.querySelector('input')!.disabled).to.equal(true);
      expect(nameOf(before)).to.match(/Belum dibuka$/);
      expect((await axNode(before.querySelector('input')!)).name).to.equal(`${formatDate(last, 'id')} Belum dibuka`);
      expect(hintOf(before)).to.match(/^Dibuka Senin 07\.00 WIB \(0:0[12] lagi\)$/);
      expect(hintOf(dayRadio(el, monday)), 'nothing else has places yet').to.equal(
        'Tidak ada hari lain yang masih ada tempat',
      );
      await expect(el).to.be.accessible();
      // At the hour the schedule is asked again: the day opens, and the full days point to it.
      await waitUntil(() => !dayRadio(el, last).querySelector('input')!.disabled, 'the day never opened', {
        timeout: 8000,
      });
      expect(hintOf(dayRadio(el, last))).to.match(/tempat tersisa$/);
      expect(hintOf(dayRadio(el, monday))).to.equal(`Hari terdekat yang masih ada tempat: ${formatDate(last, 'id')}`);
    });
  });

  it('explains how to fix a NIK, keeps everything typed, and links the summary to the field', async () => {
    mock();
    const el = await booking();
    await toIdentity(el);
    await fill(el, { nik: '3172013209900003', name: 'Siti Aminah', phone: '0771 444 0123', email: 'siti@contoh' });
    await next(el);
    const summary = text(q(el, '.error-summary'));
    expect(summary).to.contain('Tanggal lahir dalam NIK tidak valid');
    expect(summary).to.contain('bukan nomor telepon rumah');
    expect(summary).to.contain('alamat email');
    expect(q<HTMLInputElement>(el, '#name')!.value).to.equal('Siti Aminah');
    expect(q<HTMLInputElement>(el, '#nik')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q<HTMLInputElement>(el, '#nik')!.getAttribute('aria-describedby')).to.equal('nik-hint nik-error');
    qa<HTMLAnchorElement>(el, '.error-summary a')[0].click();
    expect(focused(el)?.id).to.equal('nik');
    await expect(el).to.be.accessible();
  });

  it('keeps every answer when the resident goes back, and returns to the check after a change', async () => {
    mock();
    const el = await booking();
    await toCheck(el);
    const dayChosen = text(qa(el, '.summary__row')[0]);
    qa<HTMLButtonElement>(el, '.summary .link')[2].click(); // NIK → identity
    await settle(el);
    expect(q<HTMLInputElement>(el, '#nik')!.value).to.equal(NIK);
    q<HTMLButtonElement>(el, 'p .link')!.click(); // Back to session
    await settle(el);
    expect(q<HTMLInputElement>(el, 'input[name=session]:checked')).to.not.equal(null);
    await next(el); // session → straight back to the check, the answers being complete
    expect(headingText(el)).to.equal('Periksa jawaban Anda');
    expect(text(qa(el, '.summary__row')[0])).to.equal(dayChosen);
  });

  it('sends the resident to fresh sessions when theirs filled meanwhile, keeping the identity', async () => {
    mock(
      {},
      http.post(`${BASE}/bookings`, () => problem(409, 'session_full')),
    );
    const el = await booking();
    const told: unknown[] = [];
    el.addEventListener('mpp-error', (e) => told.push(e.detail));
    await toCheck(el);
    await confirm(el);
    expect(headingText(el)).to.equal('Pada jam berapa?');
    expect(text(q(el, '.notice--error'))).to.contain('baru saja penuh');
    expect(told).to.deep.equal([{ code: 'session_full', retryable: false }]);
    await choose(el, 'session');
    await next(el);
    expect(q<HTMLInputElement>(el, '#nik')!.value).to.equal(NIK);
    await expect(el).to.be.accessible();
  });

  it('says when the resident already has a booking that day', async () => {
    mock(
      {},
      http.post(`${BASE}/bookings`, () => problem(409, 'duplicate_booking')),
    );
    const el = await booking();
    await toCheck(el);
    await confirm(el);
    expect(text(q(el, '.notice--error'))).to.contain('sudah memiliki booking');
  });

  it('says the schedule could not be loaded, and tells the page once by the problem’s code', async () => {
    mock(
      {},
      http.get(`${BASE}/services/:id/availability`, () => problem(404, 'not_found')),
    );
    const told: unknown[] = [];
    const record = (e: Event) => told.push((e as CustomEvent).detail);
    document.addEventListener('mpp-error', record);
    const el = await booking();
    await waitUntil(() => q(el, '.notice--error'), 'no error shown');
    expect(text(q(el, '.notice--error'))).to.contain('Jadwal tidak dapat dimuat');
    await el.updateComplete;
    document.removeEventListener('mpp-error', record);
    expect(told).to.deep.equal([{ code: 'not_found', retryable: false }]);
    await expect(el).to.be.accessible();
  });

  it('puts the server’s field errors on the fields', async () => {
    mock(
      {},
      http.post(`${BASE}/bookings`, () =>
        problem(422, 'validation_failed', { errors: [{ field: 'nik', code: 'nik_province', message: 'x' }] }),
      ),
    );
    const el = await booking();
    await toCheck(el);
    await confirm(el);
    expect(headingText(el)).to.equal('Data diri Anda');
    expect(text(q(el, '#nik-error'))).to.contain('bukan kode provinsi');
  });

  it('counts down a rate limit before the booking can be sent again', async () => {
    mock(
      {},
      http.post(`${BASE}/bookings`, () => problem(429, 'rate_limited', {}, { 'Retry-After': '30' })),
    );
    const el = await booking();
    await toCheck(el);
    await confirm(el);
    expect(text(q(el, '.notice--warning'))).to.match(/dalam (30|29) detik/);
    expect(
      qa(el, 'button.button')
        .find((b) => /Kirim/.test(b.textContent!))!
        .getAttribute('aria-disabled'),
    ).to.equal('true');
  });

  it('retries a booking whose answer was lost with the same key, and ends with one booking', async () => {
    const api = createMockApi({ base: BASE });
    let drop = 3; // the client's own two retries fail too: the resident sees the failure and presses "Coba lagi"
    installMockFetch([
      http.post(`${BASE}/bookings`, async ({ request }) => {
        if (drop-- <= 0) return undefined;
        await api.handlers
          .find((h) => h.info.header === `POST ${BASE}/bookings`)!
          .run({ request, requestId: crypto.randomUUID() });
        return HttpResponse.error();
      }),
      ...api.handlers,
    ]);
    const el = await booking();
    await toCheck(el);
    await confirm(el);
    await waitUntil(() => q(el, '.notice--error'), 'no failure shown', { timeout: 5000 });
    expect(text(q(el, '.notice--error'))).to.contain('belum pasti');
    await confirm(el);
    await waitUntil(() => q(el, '.code'), 'no ticket after retry', { timeout: 5000 });
    expect(api.bookings.size).to.equal(1);
    const keys = new Set(
      api.requests.filter((r) => r.url.endsWith('/bookings')).map((r) => r.headers.get('Idempotency-Key')),
    );
    expect(keys.size).to.equal(1);
  });

  it('prints only the ticket, shares without personal data, and falls back to WhatsApp', async () => {
    mock();
    const el = await booking();
    await toTicket(el);
    const code = text(q(el, '.code'));

    let sheetsWhilePrinting: CSSStyleSheet[] = [];
    const print = sinon.stub(window, 'print').callsFake(() => {
      sheetsWhilePrinting = [...document.adoptedStyleSheets];
    });
    action(el, 'Cetak').click();
    expect(print.calledOnce).to.equal(true);
    const printRules = sheetsWhilePrinting.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
    expect(printRules).to.contain('@media print').and.to.contain('visibility: hidden');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.adoptedStyleSheets.length).to.equal(sheetsWhilePrinting.length - 1);

    // "Bagikan", with "(membuka tab baru)" where the browser has no Web Share (headless Chromium on Linux).
    const share = () => qa<HTMLButtonElement>(el, '.actions button').find((b) => text(b).startsWith('Bagikan'))!;
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => (shared.push(data), Promise.resolve()),
      configurable: true,
    });
    try {
      share().click();
      expect(shared[0].text).to.contain(code).and.to.contain('WIB');
      expect(JSON.stringify(shared)).not.to.contain(NIK).and.not.to.contain('Siti').and.not.to.contain('0812');
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
    const open = sinon.stub(window, 'open').returns(null);
    share().click();
    const url = new URL(open.firstCall.args[0] as string);
    expect(url.origin).to.equal('https://wa.me');
    expect(url.searchParams.get('text')).to.contain(code);
    expect(url.href).not.to.contain(NIK.slice(-4));
  });

  it('cancels after asking first, and tells the page', async () => {
    mock();
    const el = await booking();
    await toTicket(el);
    const code = text(q(el, '.code'));
    action(el, 'Batalkan booking').click();
    await settle(el);
    expect(headingText(el)).to.equal(`Batalkan booking ${code}?`);
    await expect(el).to.be.accessible();
    const cancelled = oneEvent(el, 'mpp-booking-cancelled');
    action(el, 'Ya, batalkan').click();
    expect((await cancelled).detail).to.deep.equal({ code });
    await settle(el);
    expect(headingText(el)).to.equal('Booking dibatalkan');
  });

  // The resident just gave the answer the MPP asks (GET /config): the ticket's cancel sends it without asking again.
  for (const kind of ['phone_last4', 'birth_date'] as const) {
    it(`cancels where the MPP asks ${kind}, sending that answer, not the NIK's digits`, async () => {
      const sent: unknown[] = [];
      const api = mock({ secondFactor: kind });
      const el = await booking();
      await toTicket(el);
      const code = text(q(el, '.code'));
      const real = window.fetch;
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input instanceof Request ? input.url : input).endsWith('/cancel'))
          sent.push(JSON.parse(String(init?.body)));
        return real(input, init);
      };
      try {
        action(el, 'Batalkan booking').click();
        await settle(el);
        const cancelled = oneEvent(el, 'mpp-booking-cancelled');
        action(el, 'Ya, batalkan').click();
        expect((await cancelled).detail).to.deep.equal({ code });
      } finally {
        window.fetch = real;
      }
      expect(api.bookings.get(code)!.status).to.equal('cancelled');
      // The resident: 0812-3456-7890, and a NIK of a woman born 5 September 1990 (day 45 = 5 + 40).
      expect(sent).to.have.length(1);
      const body = sent[0] as { secondFactor?: string; nikLast4?: string };
      expect(body.nikLast4).to.equal(undefined);
      if (kind === 'phone_last4') expect(body.secondFactor).to.equal('7890');
      else expect(body.secondFactor).to.equal('1990-09-05');
    });
  }

  it('moves the visit to another session', async () => {
    const api = mock();
    const el = await booking();
    await toTicket(el);
    const code = text(q(el, '.code'));
    const before = api.bookings.get(code)!.session.id;
    // Which sessions are still free depends on the hour and the weekday: ask the API, as the widget does, for the
    // first day with a free session other than the booked one.
    const window = (await (await fetch(`${BASE}/services/${KTP_SERVICE_ID}/availability`)).json()) as Availability;
    const [day, other] = window.days
      .flatMap((d) => d.sessions.map((s) => [d.date, s] as const))
      .find(([, s]) => s.bookable !== false && s.remaining > 0 && s.id !== before)!;
    action(el, 'Ubah jadwal').click();
    await settle(el);
    await waitUntil(() => q(el, `input[name=day][value="${day}"]`));
    q<HTMLInputElement>(el, `input[name=day][value="${day}"]`)!.click();
    await next(el);
    await waitUntil(() => q(el, `input[name=session][value="${other.id}"]:not([disabled])`));
    q<HTMLInputElement>(el, `input[name=session][value="${other.id}"]`)!.click();
    await el.updateComplete;
    expect(text(q(el, 'form button[type=submit]'))).to.equal('Pindahkan booking');
    await next(el, 'Pindahkan booking');
    await waitUntil(() => q(el, '.code'));
    // The confirmation is the ticket's heading, which takes focus (heard, unlike a notice above it).
    expect(text(q(el, '#step-heading'))).to.contain('Jadwal booking sudah diubah');
    expect(api.bookings.get(code)!.session.id).to.equal(other.id);
    expect(api.bookings.get(code)!.date).to.equal(day);
  });

  it('says what is missing when moving the visit, in the error summary, as the first booking did', async () => {
    mock();
    const el = await booking();
    await toTicket(el);
    action(el, 'Ubah jadwal').click();
    await settle(el);
    await waitUntil(() => q(el, 'input[name=day]'));
    await next(el); // no day chosen
    const summary = q(el, '.error-summary')!;
    expect(text(summary)).to.contain('Pilih hari kunjungan');
    expect(focused(el)).to.equal(summary);
    await choose(el, 'day');
    await next(el);
    await waitUntil(() => q(el, 'input[name=session]'));
    await next(el, 'Pindahkan booking'); // no session chosen
    expect(text(q(el, '.error-summary'))).to.contain('Pilih sesi kunjungan');
    expect(focused(el)).to.equal(q(el, '.error-summary'));
    await expect(el).to.be.accessible();
    // Back to the ticket and into a move again: the old complaint is gone.
    q<HTMLButtonElement>(el, 'p .link')!.click(); // session → day
    await settle(el);
    q<HTMLButtonElement>(el, 'p .link')!.click(); // day → ticket
    await settle(el);
    action(el, 'Ubah jadwal').click();
    await settle(el);
    expect(q(el, '.error-summary') === null, 'the old error summary is still there').to.equal(true);
  });

  it('offers a new booking for the service a finder chose while a ticket shows, and keeps the ticket', async () => {
    mock();
    const el = await booking();
    await toTicket(el);
    const code = text(q(el, '.code'));
    chooseInFinder('polresta-penerbitan-skck-baru');
    await settle(el);
    const offer = q(el, '.notice--info')!;
    expect(text(offer)).to.contain('Penerbitan SKCK Baru');
    expect(text(offer)).to.contain(code);
    expect(text(q(el, '.code')), 'the ticket is still there').to.equal(code);
    const start = offer.querySelector('button')!;
    expect(focused(el) === start, 'focus is on the way on').to.equal(true);
    await expect(el).to.be.accessible();
    start.click();
    await settle(el);
    await expectDayQuestionFor(el, 'Penerbitan SKCK Baru');
  });

  it('keeps the identity typed when a finder changes the service halfway', async () => {
    mock();
    const el = await booking();
    await toIdentity(el);
    await fill(el, { nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' });
    chooseInFinder('polresta-penerbitan-skck-baru');
    await settle(el);
    await expectDayQuestionFor(el, 'Penerbitan SKCK Baru');
    await toIdentity(el);
    expect(q<HTMLInputElement>(el, '#nik')!.value).to.equal(NIK);
    expect(q<HTMLInputElement>(el, '#name')!.value).to.equal('Siti Aminah');
  });

  it('starts with the service a finder on the page chose', async () => {
    mock();
    const el = await booking(null);
    await waitUntil(() => q(el, 'input[name=service]'));
    const untaken = chooseInFinder('polresta-penerbitan-skck-baru');
    expect(untaken, 'taken, so the finder does not say booking is not offered here').to.equal(false);
    await settle(el);
    await expectDayQuestionFor(el, 'Penerbitan SKCK Baru');
  });

  it('labels the optional e-mail "Email (opsional)", with its space, for a screen reader too', async () => {
    mock();
    const el = await booking();
    await toIdentity(el);
    await waitUntil(() => q(el, '#email'), 'no e-mail field');
    expect(text(q(el, 'label[for=email]'))).to.equal('Email (opsional)');
  });

  it('speaks English', async () => {
    mock();
    const el = await fixture<MppQueueBooking>(
      html`<mpp-queue-booking api-base=${BASE} service=${KTP_SERVICE_ID} lang="en"></mpp-queue-booking>`,
    );
    await waitUntil(() => q(el, 'input[name=day]'));
    expect(headingText(el)).to.equal('When will you come?');
    expect(text(q(el, '.progress'))).to.equal('Step 1 of 4');
  });

  it('can be completed with the keyboard alone', async () => {
    mock();
    const el = await booking();
    await waitUntil(() => q(el, 'input[name=day]:not([disabled])'));
    q<HTMLInputElement>(el, 'input[name=day]:not([disabled])')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' }); // submits the form
    await settle(el);
    await waitUntil(() => q(el, 'input[name=session]:not([disabled])'));
    expect(focused(el)?.id).to.equal('step-heading');
    await sendKeys({ press: 'Tab' });
    // Tab lands on the checked radio or the first enabled one; arrows move, space selects.
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(headingText(el)).to.equal('Data diri Anda');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: NIK });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Siti Aminah' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '081234567890' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(headingText(el)).to.equal('Periksa jawaban Anda');
    const send = qa<HTMLButtonElement>(el, 'button.button').find((b) => /Kirim/.test(b.textContent!))!;
    send.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '.code'), 'no ticket');
  });

  describe('the second half of the flow (identity onwards), fetched once the resident starts', () => {
    const realFetch = () => import('../../../src/components/queue-booking/finish-steps.js');
    afterEach(() => setFinishStepsFetch(realFetch));

    it('is not fetched until the resident touches the widget', async () => {
      mock();
      const fetchSecondHalf = sinon.spy(realFetch);
      setFinishStepsFetch(fetchSecondHalf);
      const el = await booking();
      await waitUntil(() => q(el, 'input[name=day]'));
      expect(fetchSecondHalf.called, 'fetched before any touch').to.equal(false);
      q<HTMLInputElement>(el, 'input[name=day]:not([disabled])')!.focus();
      expect(fetchSecondHalf.callCount).to.equal(1);
      await toIdentity(el);
      expect(fetchSecondHalf.callCount, 'fetched once').to.equal(1);
    });

    it('while it is on its way: the identity heading, focused, over a placeholder; then the questions', async () => {
      mock();
      let arrive!: () => void;
      setFinishStepsFetch(() => new Promise((done) => (arrive = () => done(realFetch()))));
      const el = await booking();
      await toIdentity(el);
      expect(headingText(el)).to.equal('Data diri Anda');
      expect(focused(el)?.id).to.equal('step-heading');
      expect(text(q(el, '[role=status]'))).to.equal('Memuat pertanyaan berikutnya…');
      expect(q(el, '#nik') === null, 'no field yet').to.equal(true);
      await expect(el).to.be.accessible();
      arrive();
      await waitUntil(() => q(el, '#nik'), 'the questions never came');
      expect(focused(el)?.id, 'focus stays on the heading').to.equal('step-heading');
    });

    it('when it cannot be fetched: says so with "Coba lagi", which fetches it again; the answers stay', async () => {
      mock();
      let fail = true;
      const fetchSecondHalf = sinon.spy(() =>
        fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : realFetch(),
      );
      setFinishStepsFetch(fetchSecondHalf);
      const el = await booking();
      await toIdentity(el);
      await waitUntil(() => q(el, '[role=alert]'), 'no error shown');
      expect(text(q(el, '[role=alert]'))).to.contain('Pertanyaan berikutnya tidak dapat dimuat');
      expect(text(q(el, '[role=alert]'))).to.contain('Periksa koneksi Anda');
      await expect(el).to.be.accessible();
      fail = false;
      const fetchesBefore = fetchSecondHalf.callCount;
      qa<HTMLButtonElement>(el, '.notice button')
        .find((b) => text(b) === 'Coba lagi')!
        .click();
      await fill(el, { nik: NIK, name: 'Siti Aminah', phone: '0812-3456-7890' });
      await next(el);
      expect(headingText(el)).to.equal('Periksa jawaban Anda');
      // The day's row: its key and its value, each its own element (the shipped template has no space between).
      const dayRow = qa(el, '.summary__row')[0];
      expect(text(dayRow.querySelector('dt'))).to.equal('Hari');
      expect(text(dayRow.querySelector('dd'))).to.match(/\d{4}$/);
      expect(fetchSecondHalf.callCount, '"Coba lagi" fetched it again').to.equal(fetchesBefore + 1);
    });
  });
});
