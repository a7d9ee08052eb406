import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../src/components/status-tracker/mpp-status-tracker.js';
import type { Booking, BookingStatus } from '../src/api/types.js';
import { applications, bookingAtMoment, bookingOnTheDay } from '../test/mocks/fixtures.js';
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
/** The MPP chose another second factor (`MPP_SECOND_FACTOR`, announced by `GET /config`): the field asks for it. */
export const FormAskingPhoneDigits: Story = {
  name: 'Form: the MPP asks the last 4 digits of the mobile number',
  args: { code: '' },
  parameters: mockApi({ secondFactor: 'phone_last4' }),
};
export const FormAskingBirthDate: Story = {
  name: 'Form: the MPP asks the date of birth',
  args: { code: '' },
  parameters: mockApi({ secondFactor: 'birth_date' }),
};
/** A date of birth typed as on the KTP (DD-MM-YYYY) finds the booking. */
export const FoundByBirthDate: Story = {
  name: 'Found by date of birth',
  args: { secondFactor: '05-09-1990' },
  parameters: withLookup(() => HttpResponse.json(bookingOnTheDay()), { secondFactor: 'birth_date' }),
  play: async ({ canvasElement, args }) => {
    // The field asks for the date once the MPP's choice (`GET /config`) has come: a resident types after that.
    const root = canvasElement.querySelector('mpp-status-tracker')!.shadowRoot!;
    await waitFor(() => expect(root.querySelector('label[for=last4]')?.textContent).toContain('Tanggal lahir'));
    await lookUpIn(canvasElement, args.secondFactor);
  },
};
/** A date that does not exist is refused in words that show the form to use. */
export const WrongBirthDate: Story = {
  name: 'Date of birth that does not exist',
  args: { secondFactor: '31-02-1990' },
  parameters: mockApi({ secondFactor: 'birth_date' }),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('mpp-status-tracker')!.shadowRoot!;
    await waitFor(() => expect(root.querySelector('label[for=last4]')?.textContent).toContain('Tanggal lahir'));
    const input = root.querySelector<HTMLInputElement>('#last4')!;
    input.value = '31-02-1990';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() =>
      expect(root.querySelector('.error-summary')?.textContent).toContain('Masukkan tanggal lahir yang benar'),
    );
  },
};
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
/** Served: the tracker offers the satisfaction survey (the look-up carries its token); "Isi survei" loads it. */
export const SurveyOffered: Story = {
  name: 'Served: the survey offered',
  parameters: booking(
    bookingOnTheDay({ status: 'done', queue: undefined, surveyToken: `RSV-7KQ2M9XA.${'0a1b2c3d'.repeat(4)}` }),
  ),
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
/**
 * The moments of the day of the visit, placed around the time the story is opened (`bookingAtMoment`), so each shows
 * what the tracker says at that moment: before check-in opens, when and where to check in (no position: the
 * resident is in no queue yet, whatever the API's figures); check-in open, until when; in the queue, the number,
 * people ahead and an estimate never before the session or now; check-in missed, another day.
 */
const atMoment = (moment: Parameters<typeof bookingAtMoment>[0]): Story => ({
  parameters: withLookup(() => HttpResponse.json(bookingAtMoment(moment))),
  play: async (context) => {
    await lookUp.play(context);
    const root = context.canvasElement.querySelector('mpp-status-tracker')!.shadowRoot!;
    const shows = {
      check_in_later: '.queue__check-in',
      check_in_open: '.queue__check-in',
      waiting: '.queue__estimate',
    };
    if (moment === 'check_in_missed') await expect(root.querySelector('.closure')).not.toBeNull();
    else await expect(root.querySelector(shows[moment])).not.toBeNull();
    // Before check-in the resident is in no queue: no position is given.
    if (moment !== 'waiting') await expect(root.querySelector('.queue__ahead')).toBeNull();
  },
});
export const BeforeCheckIn: Story = { name: 'Before check-in opens', ...atMoment('check_in_later') };
export const BeforeCheckInEnglish: Story = {
  ...BeforeCheckIn,
  name: 'Before check-in opens (English)',
  args: { lang: 'en' },
};
export const CheckInOpen: Story = { name: 'Check-in open, not yet checked in', ...atMoment('check_in_open') };
export const CheckInOpenEnglish: Story = {
  ...CheckInOpen,
  name: 'Check-in open, not yet checked in (English)',
  args: { lang: 'en' },
};
export const InTheQueue: Story = { name: 'Checked in, in the queue', ...atMoment('waiting') };
export const CheckInMissed: Story = {
  name: 'Check-in missed',
  args: { 'booking-page': '/booking.html' },
  ...atMoment('check_in_missed'),
};
export const CheckInMissedEnglish: Story = {
  ...CheckInMissed,
  name: 'Check-in missed (English)',
  args: { 'booking-page': '/booking.html', lang: 'en' },
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
/** A booking answered in English (issue 22 item 2): the service's name in English, unmarked; the agency still lang="id". */
export const EnglishBookingServiceName: Story = {
  name: 'Booking named in English',
  args: { lang: 'en' },
  parameters: booking(
    bookingOnTheDay({ serviceName: 'Recording and Issuing a New Electronic ID Card (KTP-el)', lang: 'en' }),
  ),
  play: async (context) => {
    await lookUp.play(context);
    const root = context.canvasElement.querySelector('mpp-status-tracker')!.shadowRoot!;
    const service = [...root.querySelectorAll('.summary__row')].find(
      (r) => r.querySelector('dt')?.textContent === 'Service',
    );
    await expect(service?.querySelector('dd')?.textContent?.trim()).toBe(
      'Recording and Issuing a New Electronic ID Card (KTP-el)',
    );
    await expect(service?.querySelector('dd [lang]')).toBeNull();
  },
};
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

/**
 * An application on an English page (issue 26, 3.1.2): the widget's words in English, the API's texts (service,
 * agency, the steps and their notes) in Bahasa Indonesia, marked lang="id" for screen readers.
 */
export const EnglishApplicationIndonesianSteps: Story = {
  args: { lang: 'en', code: 'PMH-2026-000123' },
  play: async (context) => {
    await lookUp.play(context);
    const root = context.canvasElement.querySelector('mpp-status-tracker')!.shadowRoot!;
    await waitFor(() => expect(root.querySelector('.timeline__name')?.getAttribute('lang')).toBe('id'));
  },
};
