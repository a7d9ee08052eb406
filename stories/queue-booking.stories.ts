import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import '../src/components/queue-booking/mpp-queue-booking.js';
import { setFinishStepsFetch } from '../src/components/queue-booking/queue-booking.js';
import { KTP_SERVICE_ID, mppClock } from '../test/mocks/fixtures.js';
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
const nextWeekday = () => {
  const today = mppClock.dateOf(Date.now());
  return [1, 2, 3, 4, 5, 6].map((n) => mppClock.addDays(today, n)).find((d) => mppClock.weekday(d) <= 5)!;
};
export const DayClosed: Story = {
  parameters: mocks({
    closures: [{ date: nextWeekday(), agencyId: 'disdukcapil', kind: 'closure', name: 'Pemadaman listrik' }],
  }),
  ...drive((r) => r.shows('input[name=day]')),
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
