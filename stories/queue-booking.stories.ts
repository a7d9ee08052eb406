import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { expect, waitFor } from 'storybook/test';
import { formatDate } from '../src/core/format.js';
import '../src/components/queue-booking/mpp-queue-booking.js';
import { setFinishStepsFetch } from '../src/components/queue-booking/queue-booking.js';
import { KTP_SERVICE_ID, mppClock, openWeekdaysAfter, partlyTranslated } from '../test/mocks/fixtures.js';
import { attributes, elementAttributes } from './support/attributes.js';
import { answers, residentIn, type StoryResident } from './support/booking.js';
import { attributeNames } from './support/manifest.js';
import { mockApi } from './support/mock-api.js';
import { statesSideBySide, type StateCell } from './support/states-grid.js';

const API = '/api/v1';
const mocks = mockApi;
const refuse = (status: number, code: string, headers: Record<string, string> = {}, base = API) =>
  http.post(`${base}/bookings`, () =>
    HttpResponse.json(
      { type: 'about:blank', title: code, status, code },
      { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
    ),
  );

/** Args are the element's attributes, each with its control (see stories/support/manifest.ts). */
type Args = Record<string, string | number | undefined>;
const names = attributeNames('mpp-queue-booking');

/**
 * `<mpp-queue-booking>` books a visit one question at a time and ends with a ticket. Each story is a step or a
 * failure a resident can meet; play functions click through the steps before it.
 */
const meta: Meta<Args> = {
  title: 'Elements/Queue booking',
  component: 'mpp-queue-booking',
  tags: ['autodocs'],
  args: { 'api-base': API, service: KTP_SERVICE_ID, 'heading-level': 2 },
  render: (args, { globals }) =>
    html`<mpp-queue-booking ${attributes(elementAttributes(names, args, globals))}></mpp-queue-booking>`,
  parameters: mocks(),
};
export default meta;
type Story = StoryObj<Args>;

/** Fetches the booking's second half with `fetch` for one story, then as the widget does. */
const secondHalfFetchedWith = (fetch: Parameters<typeof setFinishStepsFetch>[0]) => () => {
  setFinishStepsFetch(fetch);
  return () => setFinishStepsFetch(() => import('../src/components/queue-booking/finish-steps.js'));
};

const drive = (steps: (r: StoryResident) => Promise<void>) => ({
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => steps(residentIn(canvasElement)),
});
/** Day and session answered, "Lanjutkan" to the identity, whose questions come in the second file. */
const toSecondHalf = async (r: StoryResident) => {
  await r.chooseDay();
  await r.continue(r.words.sessionQuestion);
  await r.chooseSession();
  await r.continue();
};
/** The identity sent with a NIK that does not match its region and a landline: the error summary shows. */
const wrongIdentity = async (r: StoryResident) => {
  await r.answerUpToIdentity();
  await r.fillIdentity({ nik: '3172013209900003', phone: '0771 444 0123' });
  await r.continue();
};
/** Every question answered, then "Kirim booking", whatever the API answers. */
const sendBooking = async (r: StoryResident) => {
  await r.answerUpToCheck(answers());
  await r.ui.click(r.words.send);
};

export const ChooseService: Story = {
  args: { service: '' },
  ...drive((r) => r.shows('input[name=service]')),
};
/** One agency's page (`agency`): its five services, "Tampilkan semua" away, stay one GOV.UK radio group. */
export const ChooseServiceShortList: Story = {
  args: { service: '', agency: 'dpmptsp' },
  // The list itself; that a short list stays ungrouped is asserted in service-list.test.ts.
  ...drive((r) => r.shows('input[name=service]')),
};
/**
 * A whole-MPP page, every service shown: more than ten, so grouped by agency, each agency a fieldset with its name
 * as the legend (the full demo catalogue: 54 services of 25 agencies).
 */
export const ChooseServiceGrouped: Story = {
  args: { service: '' },
  ...drive(async (r) => {
    await r.ui.click('Tampilkan semua layanan');
    await r.shows('fieldset.radios__group legend');
  }),
};
/** The filter across the groups: "skck" leaves three services, and the count is said (a polite status). */
export const ChooseServiceFiltered: Story = {
  args: { service: '' },
  ...drive(async (r) => {
    await r.ui.fill('Cari layanan', 'skck');
    await r.shows('#service-2');
  }),
};
export const ChooseDay: Story = drive((r) => r.shows('input[name=day]'));
export const ChooseSession: Story = drive(async (r) => {
  await r.chooseDay();
  await r.continue(r.words.sessionQuestion);
  await r.shows('input[name=session]');
});
export const Identity: Story = drive(async (r) => {
  await r.answerUpToIdentity();
  await r.shows('#nik');
});
export const IdentityErrors: Story = drive(async (r) => {
  await wrongIdentity(r);
  await r.shows('.error-summary');
});
export const CheckAnswers: Story = drive(async (r) => {
  await r.answerUpToCheck(answers());
  await r.shows('.summary');
});
export const Ticket: Story = drive((r) => r.book(answers()));
export const ConfirmCancel: Story = drive(async (r) => {
  await r.book(answers());
  await r.ui.click(/Batalkan booking/);
  await r.ui.click(/Tidak, kembali/);
  await r.ui.click(/Batalkan booking/);
});
/** The cancel question with a reason chosen and the resident's words (both optional). */
export const ConfirmCancelWithReason: Story = drive(async (r) => {
  await r.book(answers());
  await r.ui.click(/Batalkan booking/);
  await r.ui.check('Persyaratan belum lengkap');
  await r.ui.fill('Keterangan', 'Akta kelahiran belum jadi');
  await r.shows('#cancel-note');
});
export const EnglishConfirmCancel: Story = {
  args: { lang: 'en' },
  ...drive(async (r) => {
    await r.book(answers());
    await r.ui.click(/Cancel booking/);
    await r.shows('input[name=cancel-reason]');
  }),
};
export const Cancelled: Story = drive(async (r) => {
  await r.book(answers());
  await r.ui.click(/Batalkan booking/);
  await r.ui.click(/Ya, batalkan/);
  await r.shows('.panel--neutral');
});
export const Reschedule: Story = drive(async (r) => {
  await r.book(answers());
  await r.ui.click(/Ubah jadwal/);
  await r.shows('input[name=day]');
});
/** Moving the visit without choosing a day: the error summary, as in the first booking. */
export const RescheduleNothingChosen: Story = drive(async (r) => {
  await r.book(answers());
  await r.ui.click(/Ubah jadwal/);
  await r.shows('input[name=day]');
  await r.continue();
  await r.shows('.error-summary');
});
/** A finder on the page chose another service while the ticket shows: the new booking is offered beside it. */
export const TicketThenAnotherService: Story = drive(async (r) => {
  await r.book(answers());
  document.dispatchEvent(
    new CustomEvent('mpp-service-book', {
      detail: { serviceId: 'polresta-penerbitan-skck-baru', agencyId: 'polresta' },
      bubbles: true,
      composed: true,
    }),
  );
  await r.shows('.notice--info');
});
export const Loading: Story = {
  parameters: mocks({ scenario: 'loading' }),
  ...drive((r) => r.shows('.skeleton')),
};
/**
 * The questions from the identity on come in a second file, fetched once the resident starts. On a slow
 * connection they may not be there yet: the heading holds focus over a placeholder.
 */
export const SecondHalfLoading: Story = {
  beforeEach: secondHalfFetchedWith(() => new Promise(() => undefined)),
  ...drive(async (r) => {
    await toSecondHalf(r);
    await r.shows('.skeleton');
  }),
};
/** The second file could not be fetched (offline, or not copied beside the script): a way on, nothing lost. */
export const SecondHalfFailed: Story = {
  beforeEach: secondHalfFetchedWith(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))),
  ...drive(async (r) => {
    await toSecondHalf(r);
    await r.shows('.notice--error');
  }),
};
/** The next weekday closed by the agency (a power cut): listed, disabled, with its reason. */
const nextWeekday = () => openWeekdaysAfter(mppClock.dateOf(Date.now()))[0];
export const DayClosed: Story = {
  parameters: mocks({
    closures: [{ date: nextWeekday(), agencyId: 'disdukcapil', kind: 'closure', name: 'Pemadaman listrik' }],
  }),
  ...drive((r) => r.shows('input[name=day]')),
};

/**
 * Full and not-yet-open days, shown before the resident picks (issue 22 item 4). Each story checks what the day's
 * radio says: its name (the date and "Penuh" / "Belum dibuka") and its hint (the next day with places, when it
 * opens and, within the hour, how long is left).
 */
/** The open weekdays after `date`: a holiday among them (25 December) is closed, not full, and names no day. */
const weekdaysAfter = openWeekdaysAfter;
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Waits until the day `date`'s radio has the name and the hint given (texts or patterns). */
const dayReads = async (r: StoryResident, date: string, name: string | RegExp, hint: string | RegExp) => {
  const radio = () =>
    r.element.shadowRoot?.querySelector(`input[name=day][value="${date}"]`)?.closest('.radio') ?? undefined;
  await waitFor(
    () => {
      expect(words(radio()?.querySelector('label'))).toMatch(name);
      expect(words(radio()?.querySelector('.radio__hint'))).toMatch(hint);
    },
    { timeout: 8000 },
  );
  return radio()!.querySelector('input')!;
};
/** The days of the next weekdays, the first two full: the first names the third, which has places. */
const fullDays = () => weekdaysAfter(mppClock.dateOf(Date.now())).slice(0, 3);
const dayFull = (lang: 'id' | 'en'): Story => ({
  args: { lang },
  parameters: mocks({ livedIn: false, fullDays: fullDays().slice(0, 2) }),
  ...drive(async (r) => {
    const [full, , next] = fullDays();
    const input = await dayReads(
      r,
      full,
      `${formatDate(full, lang)} ${lang === 'en' ? 'Full' : 'Penuh'}`,
      `${lang === 'en' ? 'Nearest day with places' : 'Hari terdekat yang masih ada tempat'}: ${formatDate(next, lang)}`,
    );
    await expect(input.disabled).toBe(true);
  }),
});
/** A day whose every place is taken: "Penuh" in its name, the next day with places as its hint, disabled. */
export const DayFull: Story = dayFull('id');
export const EnglishDayFull: Story = dayFull('en');
/** A session whose places are all taken: "Penuh" once, in its name (no "0 tempat tersisa" after it). */
/**
 * Monday 07.30, before its first session, which the mock's lived-in places fill (on the device's own clock, after
 * 15.00 the first day on offer was the next one, without a full session).
 */
export const SessionFull: Story = {
  beforeEach: () => onMondayAt('07:30:00')(),
  parameters: mocks({ now: () => Date.now() }),
  ...drive(async (r) => {
    await r.chooseDay();
    await r.continue(r.words.sessionQuestion);
    await r.shows('input[name=session]');
    const full = [...r.element.shadowRoot!.querySelectorAll('.radio')].filter((d) => words(d).includes('Penuh'));
    await expect(full.length).toBeGreaterThan(0);
    for (const radio of full) {
      await expect(words(radio)).toMatch(/WIB Penuh$/);
      await expect(radio.querySelector('input')!.disabled).toBe(true);
    }
  }),
};

/**
 * The device's clock set to `time` (WIB) on the next Monday, running on from there, for one story: the MPP opens
 * the window's last day (a week on) at 07.00, so before it that day says when it opens.
 */
const nextMonday = () => weekdaysAfter(mppClock.dateOf(Date.now())).find((d) => mppClock.weekday(d) === 1)!;
const onMondayAt = (time: string) => () => {
  const clock = sinon.useFakeTimers({
    now: Date.parse(`${nextMonday()}T${time}+07:00`),
    toFake: ['Date'],
    shouldAdvanceTime: true,
  });
  return () => clock.restore();
};
/** The window's last day, before the MPP's opening hour: mocks whose `now` is the story's (faked) clock. */
const notOpenYet = (time: string, lang: 'id' | 'en' = 'id'): Partial<Story> => ({
  args: { lang },
  beforeEach: onMondayAt(time),
  // The mock's clock read through the global Date each time: the story's faked one, however early the mock is made.
  parameters: mocks({ livedIn: false, windowOpensAt: '07:00', now: () => Date.now() }),
});
/** The window's last day, a week after the (faked) Monday the story runs on. */
const lastDay = () => mppClock.addDays(mppClock.dateOf(Date.now()), 7);
/** Monday 05.00: the day a week on says "Belum dibuka" and "Dibuka Senin 07.00 WIB", no countdown yet. */
export const DayNotOpenYet: Story = {
  ...notOpenYet('05:00:00'),
  ...drive(async (r) => {
    const input = await dayReads(r, lastDay(), `${formatDate(lastDay(), 'id')} Belum dibuka`, 'Dibuka Senin 07.00 WIB');
    await expect(input.disabled).toBe(true);
  }),
};
export const EnglishDayNotOpenYet: Story = {
  ...notOpenYet('05:00:00', 'en'),
  ...drive(async (r) => {
    const input = await dayReads(r, lastDay(), `${formatDate(lastDay(), 'en')} Not open yet`, /^Opens Monday 07[.:]00/);
    await expect(input.disabled).toBe(true);
  }),
};
/** Monday 06.45: within the hour, the minutes and seconds left, counting down as the resident reads. */
export const DayOpeningCountdown: Story = {
  ...notOpenYet('06:45:00'),
  ...drive(async (r) => {
    const hint = /^Dibuka Senin 07\.00 WIB \((\d+):(\d\d) lagi\)$/;
    await dayReads(r, lastDay(), /Belum dibuka$/, hint);
    const left = () =>
      words(
        r.element
          .shadowRoot!.querySelector(`input[value="${lastDay()}"]`)!
          .closest('.radio')!
          .querySelector('.radio__hint'),
      );
    const first = left();
    await waitFor(() => expect(left()).not.toBe(first), { timeout: 3000 });
    await expect(left()).toMatch(hint);
  }),
};
/** Monday 06.59.57: the resident watches the day open at 07.00 — its places show, and it can be chosen. */
export const DayOpensWhileWatching: Story = {
  ...notOpenYet('06:59:57'),
  ...drive(async (r) => {
    await dayReads(r, lastDay(), /Belum dibuka$/, /^Dibuka Senin 07\.00 WIB \(0:0\d lagi\)$/);
    const input = await dayReads(r, lastDay(), formatDate(lastDay(), 'id'), /tempat tersisa$/);
    await expect(input.disabled).toBe(false);
  }),
};

export const ScheduleError: Story = {
  parameters: mocks({ scenario: 'server-error' }),
  ...drive((r) => r.shows('.notice--error')),
};
export const SessionFilledMeanwhile: Story = {
  parameters: mocks({}, refuse(409, 'session_full')),
  ...drive(async (r) => {
    await sendBooking(r);
    await r.shows('.notice--error');
  }),
};
export const AlreadyBooked: Story = {
  parameters: mocks({}, refuse(409, 'duplicate_booking')),
  ...drive(async (r) => {
    await sendBooking(r);
    await r.shows('.notice--error');
  }),
};
export const RateLimited: Story = {
  parameters: mocks({}, refuse(429, 'rate_limited', { 'Retry-After': '45' })),
  ...drive(async (r) => {
    await sendBooking(r);
    await r.shows('.notice--warning');
  }),
};
export const ConnectionLost: Story = {
  parameters: mocks(
    {},
    http.post(`${API}/bookings`, () => HttpResponse.error()),
  ),
  ...drive(async (r) => {
    await sendBooking(r);
    await r.shows('.notice--error');
  }),
};
export const EnglishTicket: Story = { args: { lang: 'en' }, ...drive((r) => r.book(answers())) };
export const EnglishIdentityErrors: Story = {
  args: { lang: 'en' },
  ...drive(async (r) => {
    await r.answerUpToIdentity();
    await r.continue();
    await r.shows('.error-summary');
  }),
};
/** A service with its own question (the demo's KIA asks the parents' Nomor KK), under the identity's. */
const KIA = 'disdukcapil-penerbitan-kartu-identitas-anak';
/** A service with a plate and a choice list (the demo's STNK renewal). */
const STNK = 'samsat-perpanjangan-stnk-5-tahunan-dan-penggantian';
export const ExtraField: Story = {
  args: { service: KIA },
  ...drive(async (r) => {
    await r.answerUpToIdentity();
    await r.shows('#field-nomor_kk');
  }),
};
export const ExtraFieldErrors: Story = {
  args: { service: KIA },
  ...drive(async (r) => {
    await r.answerUpToIdentity();
    await r.fillIdentity(answers());
    await r.ui.fill('Nomor KK', '2172 0101');
    await r.continue();
    await r.shows('#field-nomor_kk-error');
  }),
};
export const ExtraFieldCheckAnswers: Story = {
  args: { service: KIA },
  ...drive(async (r) => {
    await r.answerUpToIdentity();
    await r.fillIdentity(answers());
    await r.ui.fill('Nomor KK', '2172 0101 0185 0001');
    await r.continue(r.words.checkQuestion);
    await r.shows('.summary');
  }),
};
export const ExtraFieldsPlateAndChoice: Story = {
  args: { service: STNK },
  ...drive(async (r) => {
    await r.answerUpToIdentity();
    await r.shows('#field-nomor_polisi');
  }),
};
export const EnglishExtraFieldsErrors: Story = {
  args: { service: STNK, lang: 'en' },
  ...drive(async (r) => {
    await r.answerUpToIdentity();
    await r.fillIdentity(answers());
    await r.ui.fill('Vehicle registration plate', '1234');
    await r.continue();
    await r.shows('#field-nomor_polisi-error');
  }),
};
export const EnglishExtraFieldsCheckAnswers: Story = {
  args: { service: STNK, lang: 'en' },
  ...drive(async (r) => {
    await r.answerUpToIdentity();
    await r.fillIdentity(answers());
    await r.ui.fill('Vehicle registration plate', 'bp 1234 ab');
    await r.ui.check('Motorcycle');
    await r.continue(r.words.checkQuestion);
    await r.shows('.summary');
  }),
};
/** The server refuses the Nomor KK after the widget let it through (an agency's own check): back on the field. */
export const ExtraFieldRefusedByServer: Story = {
  args: { service: KIA },
  parameters: mocks(
    {},
    http.post(`${API}/bookings`, () =>
      HttpResponse.json(
        {
          type: 'about:blank',
          title: 'Data belum benar',
          status: 422,
          code: 'validation_failed',
          errors: [{ field: 'fields.nomor_kk', code: 'field_format', message: 'Nomor KK tidak terdaftar' }],
        },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  ),
  ...drive(async (r) => {
    await r.answerUpToIdentity();
    await r.fillIdentity(answers());
    await r.ui.fill('Nomor KK', '2172010101850001');
    await r.continue(r.words.checkQuestion);
    await r.ui.click(r.words.send);
    await r.shows('#field-nomor_kk-error');
  }),
};
export const DarkTicket: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1014;padding:1rem">${story()}</div>`],
  ...drive((r) => r.book(answers())),
};
export const DarkDay: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1014;padding:1rem">${story()}</div>`],
  ...drive((r) => r.shows('input[name=day]')),
};
export const Narrow320Check: Story = {
  name: '320px: check answers',
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
  ...drive(async (r) => {
    await r.answerUpToCheck(answers());
    await r.shows('.summary');
  }),
};
export const Narrow320Ticket: Story = {
  name: '320px: ticket',
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
  ...drive(async (r) => {
    await r.book(answers());
    if (r.element.scrollWidth > 320) throw new Error(`ticket overflows: ${r.element.scrollWidth}px`);
  }),
};

/**
 * Pasted without an API (no `api-base`, `configure()` or `data-api-base`): residents read that the service cannot be
 * reached from this site; the console tells the webmaster what to set.
 */
export const NotConfigured: Story = { args: { 'api-base': '' } };

const bookingStates: StateCell[] = [
  { name: 'choose-service', label: 'Choose a service', attributes: { service: '' }, shows: 'input[name=service]' },
  { name: 'choose-day', label: 'Choose a day', shows: 'input[name=day]' },
  { name: 'schedule-error', label: 'Schedule failed', mock: { scenario: 'server-error' }, shows: '.notice--error' },
  {
    name: 'identity-errors',
    label: 'Identity with errors',
    shows: '.error-summary',
    drive: (cell) => wrongIdentity(residentIn(cell)),
  },
  {
    name: 'check',
    label: 'Check answers',
    shows: '.summary',
    drive: (cell) => residentIn(cell).answerUpToCheck(answers()),
  },
  { name: 'ticket', label: 'Ticket', shows: '.code', drive: (cell) => residentIn(cell).book(answers()) },
  {
    name: 'session-full',
    label: 'Session filled meanwhile',
    first: (base) => [refuse(409, 'session_full', {}, base)],
    shows: '.notice--error',
    drive: (cell) => sendBooking(residentIn(cell)),
  },
  { name: 'not-configured', label: 'Not configured', unconfigured: true, shows: '.notice' },
];

/** The states a resident can meet, side by side, each against a mock API of its own. */
export const StatesSideBySide: Story = statesSideBySide<Args>(
  bookingStates,
  names,
  (a) => html`<mpp-queue-booking ${attributes(a)}></mpp-queue-booking>`,
);

/** Content in English (issue 22): the services listed in English on an English page. */
export const EnglishServices: Story = {
  args: { service: '', agency: 'disdukcapil', lang: 'en' },
  ...drive((r) => r.shows('input[name=service]')),
};

/** A service whose name has no translation: listed in Bahasa Indonesia, its label marked lang="id". */
export const EnglishUntranslatedService: Story = {
  args: { service: '', agency: 'disdukcapil', lang: 'en' },
  parameters: mocks({
    services: partlyTranslated('disdukcapil-penerbitan-kartu-keluarga-baru-membentuk-keluarga', ['category']),
  }),
  ...drive(async (r) => {
    await r.shows('input[name=service]');
    await r.shows('label[lang="id"]');
  }),
};
