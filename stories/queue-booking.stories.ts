import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import '../src/components/queue-booking/mpp-queue-booking.js';
import { setFinishStepsFetch } from '../src/components/queue-booking/queue-booking.js';
import { KTP_SERVICE_ID } from '../test/mocks/fixtures.js';
import { createMockApi, type MockApiOptions } from '../test/mocks/handlers.js';
import { attributes, elementAttributes } from './support/attributes.js';
import { BookingDriver } from './support/booking-steps.js';
import { attributeNames } from './support/manifest.js';
import { driveStates, stateHandlers, statesGrid, type StateCell } from './support/states-grid.js';

const API = '/api/v1';
const mocks = (options: MockApiOptions = {}, ...first: ReturnType<typeof http.post>[]) => ({
  msw: { handlers: [...first, ...createMockApi(options).handlers] },
});
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

const drive = (steps: (d: BookingDriver) => Promise<void>) => ({
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => steps(new BookingDriver(canvasElement)),
});

export const ChooseService: Story = {
  args: { service: '' },
  ...drive(async (d) => void (await d.see('input[name=service]'))),
};
export const ChooseDay: Story = drive(async (d) => void (await d.see('input[name=day]')));
export const ChooseSession: Story = drive(async (d) => {
  await d.choose('day');
  await d.next();
  await d.see('input[name=session]');
});
export const Identity: Story = drive((d) => d.toIdentity());
export const IdentityErrors: Story = drive(async (d) => {
  await d.toIdentity();
  await d.fill({ nik: '3172013209900003', phone: '0771 444 0123' });
  await d.next();
  await d.see('.error-summary');
});
export const CheckAnswers: Story = drive((d) => d.toCheck());
export const Ticket: Story = drive((d) => d.toTicket());
export const ConfirmCancel: Story = drive(async (d) => {
  await d.toTicket();
  await d.button(/Batalkan booking/);
  await d.button(/Tidak, kembali/);
  await d.button(/Batalkan booking/);
});
export const Cancelled: Story = drive(async (d) => {
  await d.toTicket();
  await d.button(/Batalkan booking/);
  await d.button(/Ya, batalkan/);
  await d.see('.panel--neutral');
});
export const Reschedule: Story = drive(async (d) => {
  await d.toTicket();
  await d.button(/Ubah jadwal/);
  await d.see('input[name=day]');
});
/** Moving the visit without choosing a day: the error summary, as in the first booking. */
export const RescheduleNothingChosen: Story = drive(async (d) => {
  await d.toTicket();
  await d.button(/Ubah jadwal/);
  await d.see('input[name=day]');
  await d.next();
  await d.see('.error-summary');
});
/** A finder on the page chose another service while the ticket shows: the new booking is offered beside it. */
export const TicketThenAnotherService: Story = drive(async (d) => {
  await d.toTicket();
  document.dispatchEvent(
    new CustomEvent('mpp-service-book', {
      detail: { serviceId: 'polresta-penerbitan-skck-baru', agencyId: 'polresta' },
      bubbles: true,
      composed: true,
    }),
  );
  await d.see('.notice--info');
});
export const Loading: Story = {
  parameters: mocks({ scenario: 'loading' }),
  ...drive(async (d) => void (await d.see('.skeleton'))),
};
/**
 * The questions from the identity on come in a second file, fetched once the resident starts. On a slow
 * connection they may not be there yet: the heading holds focus over a placeholder.
 */
export const SecondHalfLoading: Story = {
  beforeEach: secondHalfFetchedWith(() => new Promise(() => undefined)),
  ...drive(async (d) => {
    await d.toSessionAnswered();
    await d.see('.skeleton');
  }),
};
/** The second file could not be fetched (offline, or not copied beside the script): a way on, nothing lost. */
export const SecondHalfFailed: Story = {
  beforeEach: secondHalfFetchedWith(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))),
  ...drive(async (d) => {
    await d.toSessionAnswered();
    await d.see('.notice--error');
  }),
};
export const ScheduleError: Story = {
  parameters: mocks({ scenario: 'server-error' }),
  ...drive(async (d) => void (await d.see('.notice--error'))),
};
export const SessionFilledMeanwhile: Story = {
  parameters: mocks({}, refuse(409, 'session_full')),
  ...drive(async (d) => {
    await d.toCheck();
    await d.button(/Kirim booking/);
    await d.see('.notice--error');
  }),
};
export const AlreadyBooked: Story = {
  parameters: mocks({}, refuse(409, 'duplicate_booking')),
  ...drive(async (d) => {
    await d.toCheck();
    await d.button(/Kirim booking/);
    await d.see('.notice--error');
  }),
};
export const RateLimited: Story = {
  parameters: mocks({}, refuse(429, 'rate_limited', { 'Retry-After': '45' })),
  ...drive(async (d) => {
    await d.toCheck();
    await d.button(/Kirim booking/);
    await d.see('.notice--warning');
  }),
};
export const ConnectionLost: Story = {
  parameters: mocks(
    {},
    http.post(`${API}/bookings`, () => HttpResponse.error()),
  ),
  ...drive(async (d) => {
    await d.toCheck();
    await d.button(/Kirim booking/);
    await d.see('.notice--error');
  }),
};
export const EnglishTicket: Story = { args: { lang: 'en' }, ...drive((d) => d.toTicket()) };
export const EnglishIdentityErrors: Story = {
  args: { lang: 'en' },
  ...drive(async (d) => {
    await d.toIdentity();
    await d.next();
    await d.see('.error-summary');
  }),
};
export const DarkTicket: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1014;padding:1rem">${story()}</div>`],
  ...drive((d) => d.toTicket()),
};
export const DarkDay: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1014;padding:1rem">${story()}</div>`],
  ...drive(async (d) => void (await d.see('input[name=day]'))),
};
export const Narrow320Check: Story = {
  name: '320px: check answers',
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
  ...drive((d) => d.toCheck()),
};
export const Narrow320Ticket: Story = {
  name: '320px: ticket',
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
  ...drive(async (d) => {
    await d.toTicket();
    const host = d.root.host as HTMLElement;
    if (host.scrollWidth > 320) throw new Error(`ticket overflows: ${host.scrollWidth}px`);
  }),
};

/** Pasted without an API (no `api-base`, `configure()` or `data-api-base`): the widget tells the webmaster. */
export const NotConfigured: Story = { args: { 'api-base': '' } };

const bookingStates: StateCell[] = [
  { name: 'choose-service', label: 'Choose a service', attributes: { service: '' }, shows: 'input[name=service]' },
  { name: 'choose-day', label: 'Choose a day', shows: 'input[name=day]' },
  { name: 'schedule-error', label: 'Schedule failed', mock: { scenario: 'server-error' }, shows: '.notice--error' },
  {
    name: 'identity-errors',
    label: 'Identity with errors',
    shows: '.error-summary',
    drive: async (cell) => {
      const d = new BookingDriver(cell);
      await d.toIdentity();
      await d.fill({ nik: '3172013209900003', phone: '0771 444 0123' });
      await d.next();
    },
  },
  { name: 'check', label: 'Check answers', shows: '.summary', drive: (cell) => new BookingDriver(cell).toCheck() },
  { name: 'ticket', label: 'Ticket', shows: '.code', drive: (cell) => new BookingDriver(cell).toTicket() },
  {
    name: 'session-full',
    label: 'Session filled meanwhile',
    first: (base) => [refuse(409, 'session_full', {}, base)],
    shows: '.notice--error',
    drive: async (cell) => {
      const d = new BookingDriver(cell);
      await d.toCheck();
      await d.button(/Kirim booking|Send booking/);
    },
  },
  { name: 'not-configured', label: 'Not configured', unconfigured: true, shows: '.notice' },
];

/** The states a resident can meet, side by side, each against a mock API of its own. */
export const StatesSideBySide: Story = {
  name: 'States side by side',
  // A page of its own: on the element's docs page its cells would share the other stories' mock API.
  tags: ['!autodocs'],
  parameters: stateHandlers(bookingStates),
  render: (args, { globals }) =>
    statesGrid(
      bookingStates,
      (apiBase, cell) =>
        html`<mpp-queue-booking
          ${attributes(
            elementAttributes(names, { ...args, 'heading-level': 3, ...cell.attributes, 'api-base': apiBase }, globals),
          )}
        ></mpp-queue-booking>`,
    ),
  play: driveStates(bookingStates),
};
