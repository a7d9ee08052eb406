import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../src/components/status-tracker/mpp-status-tracker.js';
import type { Booking, BookingStatus } from '../src/api/types.js';
import { applications, bookingOnTheDay } from '../test/mocks/fixtures.js';
import type { MockApiOptions } from '../test/mocks/handlers.js';
import { attributes, elementAttributes } from './support/attributes.js';
import { attributeNames } from './support/manifest.js';
import { mockApi } from './support/mock-api.js';
import { statesSideBySide, type StateCell } from './support/states-grid.js';

const API = '/api/v1';
const withLookup = (answer: () => Response, options: MockApiOptions = {}) =>
  mockApi(options, http.post(`${API}/lookup`, answer));
const booking = (b: Booking) => withLookup(() => HttpResponse.json(b));

/**
 * Args are the element's attributes, each with its control (see stories/support/manifest.ts), and the second
 * factor the play function types.
 */
type Args = Record<string, string | number | undefined> & { secondFactor: string };
const names = attributeNames('mpp-status-tracker');

/** Types the second factor into the tracker in `container` and submits, as a resident would. */
async function lookUpIn(container: HTMLElement, secondFactor: string) {
  const root = container.querySelector('mpp-status-tracker')!.shadowRoot!;
  await waitFor(() => expect(root.querySelector('#last4')).not.toBeNull());
  const last4 = root.querySelector<HTMLInputElement>('#last4')!;
  last4.value = secondFactor;
  last4.dispatchEvent(new Event('input'));
  root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
  await waitFor(() => expect(root.querySelector('.result, .notice')).not.toBeNull(), { timeout: 5000 });
}

const lookUp = {
  play: ({ canvasElement, args }: { canvasElement: HTMLElement; args: Args }) =>
    lookUpIn(canvasElement, args.secondFactor),
};

/**
 * `<mpp-status-tracker>` looks up a booking (with the live queue on the day) or an application (with its steps).
 * Each story is a state a resident can find their booking or application in.
 */
const meta: Meta<Args> = {
  title: 'Elements/Status tracker',
  component: 'mpp-status-tracker',
  tags: ['autodocs'],
  args: { 'api-base': API, code: 'RSV-7KQ2M9XA', 'heading-level': 2, secondFactor: '0003' },
  argTypes: { secondFactor: { control: 'text', description: 'What the play function types as the second factor.' } },
  render: (args, { globals }) =>
    html`<mpp-status-tracker ${attributes(elementAttributes(names, args, globals))}></mpp-status-tracker>`,
  parameters: booking(bookingOnTheDay()),
};
export default meta;
type Story = StoryObj<Args>;

export const Form: Story = { args: { code: '' } };
export const LiveQueue: Story = lookUp;
export const LiveQueueMoving: Story = {
  name: 'Live queue moving (refreshes every 5 s)',
  args: { 'refresh-interval': 5 },
  parameters: (() => {
    let ahead = 4;
    return withLookup(() => HttpResponse.json(bookingOnTheDay({}, (ahead = Math.max(0, ahead - 1)))));
  })(),
  ...lookUp,
};
export const YourTurn: Story = { parameters: booking(bookingOnTheDay({ status: 'serving' }, 0)), ...lookUp };
/** Called by a counter: the API names it, and the tracker sends the resident there ("Silakan ke Loket 6"). */
export const CalledToCounter: Story = {
  name: 'Called to a counter',
  parameters: booking(
    bookingOnTheDay({
      status: 'serving',
      queue: { ...bookingOnTheDay({}, 0).queue!, calledTo: { id: 'loket-6', name: 'Loket 6' } },
    }),
  ),
  ...lookUp,
};
export const CalledToCounterEnglish: Story = {
  ...CalledToCounter,
  name: 'Called to a counter (English)',
  args: { lang: 'en' },
};

/** A booking looked up in `status`, after its visit or without one: no live queue. */
const afterTheVisit = (status: BookingStatus): Story => ({
  parameters: booking(bookingOnTheDay({ status, queue: undefined }, 0)),
  ...lookUp,
});
/** Booked, not yet checked in: six ahead in the service's queue, no number of its own yet. */
export const Booked: Story = {
  parameters: booking({
    ...bookingOnTheDay({ status: 'booked' }, 6),
    queue: { ...bookingOnTheDay().queue!, number: null, ahead: 6 },
  }),
  ...lookUp,
};
export const Done = afterTheVisit('done');
export const Cancelled = afterTheVisit('cancelled');
export const Expired = afterTheVisit('expired');
export const NoShow = afterTheVisit('no_show');

/**
 * The MPP closed the booking's day after it was made (a power cut): the reason, and the booking page (the page's
 * `booking-page`) for another day of the same service.
 */
export const ClosedDay: Story = {
  args: { 'booking-page': '/booking.html' },
  parameters: booking(
    bookingOnTheDay({ status: 'closed', queue: undefined, closure: { code: 'closure', name: 'Pemadaman listrik' } }, 0),
  ),
  ...lookUp,
};
export const ClosedDayEnglish: Story = { ...ClosedDay, args: { ...ClosedDay.args, lang: 'en' } };

export const NotFound: Story = {
  args: { secondFactor: '9999' },
  parameters: withLookup(() =>
    HttpResponse.json({ type: 'about:blank', title: 'x', status: 404, code: 'not_found' }, { status: 404 }),
  ),
  ...lookUp,
};
export const RateLimited: Story = {
  parameters: withLookup(() =>
    HttpResponse.json(
      { type: 'about:blank', title: 'x', status: 429, code: 'rate_limited' },
      { status: 429, headers: { 'Retry-After': '60' } },
    ),
  ),
  ...lookUp,
};
export const ServerError: Story = { parameters: withLookup(() => HttpResponse.json({}, { status: 500 })), ...lookUp };
export const Offline: Story = { parameters: withLookup(() => HttpResponse.error()), ...lookUp };

export const ApplicationInProgress: Story = { args: { code: 'PMH-2026-000123' }, ...lookUp };
export const ApplicationRejected: Story = { args: { code: 'PMH-2026-000124' }, ...lookUp };
export const ApplicationOverdue: Story = { args: { code: 'PMH-2026-000125' }, ...lookUp };
export const ApplicationReady: Story = { args: { code: 'PMH-2026-000126' }, ...lookUp };
/** An application waiting for the resident: its clock paused, with what the agency waits for. */
export const ApplicationPaused: Story = { args: { code: 'PMH-2026-000127' }, ...lookUp };
export const EnglishApplicationPaused: Story = { args: { lang: 'en', code: 'PMH-2026-000127' }, ...lookUp };
/** An application the agency's own system holds, shown from the MPP's last copy while that system is away. */
export const ApplicationFromAgencySystemAway: Story = {
  args: { code: 'PMH-2026-000123' },
  parameters: mockApi(
    {},
    http.post(`${API}/lookup`, () =>
      HttpResponse.json({ ...applications()['PMH-2026-000123']!, asOf: '2026-12-07T08:01:00+07:00' }),
    ),
  ),
  play: async (context) => {
    await lookUp.play(context);
    const root = context.canvasElement.querySelector('mpp-status-tracker')!.shadowRoot!;
    await expect(root.querySelector('.result')?.textContent).toContain('tidak dapat dihubungi');
  },
};
export const EnglishQueue: Story = { args: { lang: 'en' }, ...lookUp };
export const EnglishApplication: Story = { args: { lang: 'en', code: 'PMH-2026-000124' }, ...lookUp };
export const Dark: Story = {
  args: { theme: 'dark', code: 'PMH-2026-000125' },
  decorators: [(story) => html`<div style="background:#0d1014;padding:1rem">${story()}</div>`],
  ...lookUp,
};
export const DarkQueue: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1014;padding:1rem">${story()}</div>`],
  ...lookUp,
};
export const Narrow320: Story = {
  name: '320px wide',
  args: { code: 'PMH-2026-000124' },
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
  play: async (context) => {
    await lookUp.play(context);
    const host = context.canvasElement.querySelector('mpp-status-tracker')!;
    await expect(host.scrollWidth).toBeLessThanOrEqual(320);
  },
};

/**
 * Pasted without an API (no `api-base`, `configure()` or `data-api-base`): residents read that the service cannot be
 * reached from this site; the console tells the webmaster what to set.
 */
export const NotConfigured: Story = { args: { 'api-base': '' } };

const answer = (respond: () => Response) => (base: string) => [http.post(`${base}/lookup`, respond)];
// One live queue only: two on a page would be two landmarks with one name (axe: landmark-unique).
const trackerStates: StateCell[] = [
  { name: 'form', label: 'Form', attributes: { code: '' }, shows: '#last4' },
  {
    name: 'live-queue',
    label: 'Live queue on the day',
    first: answer(() => HttpResponse.json(bookingOnTheDay())),
    shows: '.result',
    drive: (cell) => lookUpIn(cell, '0003'),
  },
  ...(
    [
      ['in-progress', 'Application in progress', 'PMH-2026-000123'],
      ['rejected', 'Application rejected', 'PMH-2026-000124'],
      ['overdue', 'Application overdue', 'PMH-2026-000125'],
      ['ready', 'Application ready', 'PMH-2026-000126'],
      ['paused', 'Application paused, waiting for the resident', 'PMH-2026-000127'],
    ] as const
  ).map(([name, label, code]) => ({
    name,
    label,
    attributes: { code },
    shows: '.result',
    drive: (cell: HTMLElement) => lookUpIn(cell, '0003'),
  })),
  {
    name: 'not-found',
    label: 'Not found',
    first: answer(() =>
      HttpResponse.json({ type: 'about:blank', title: 'x', status: 404, code: 'not_found' }, { status: 404 }),
    ),
    shows: '.notice',
    drive: (cell) => lookUpIn(cell, '9999'),
  },
  {
    name: 'offline',
    label: 'Offline',
    first: answer(() => HttpResponse.error()),
    shows: '.notice',
    drive: (cell) => lookUpIn(cell, '0003'),
  },
  { name: 'not-configured', label: 'Not configured', unconfigured: true, shows: '.notice' },
];

/** The states a resident can find a booking or an application in, side by side, each with its own mock API. */
export const StatesSideBySide: Story = statesSideBySide<Args>(
  trackerStates,
  names,
  (a) => html`<mpp-status-tracker ${attributes(a)}></mpp-status-tracker>`,
);
