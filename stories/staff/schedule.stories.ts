import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../../staff/pages/schedule/staff-schedule-page.js';
import { KTP_SERVICE_ID } from '../../test/mocks/fixtures.js';
import { STAFF_ACCOUNTS } from '../../test/mocks/staff-handlers.js';
import { calendarApi, staffPage } from './support.js';

/** What a person waits for in the page's shadow root. */
const shows =
  (selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const page = () => canvasElement.querySelector('staff-schedule-page')?.shadowRoot;
    await waitFor(() => expect(page()?.querySelector(selector)).not.toBeNull(), { timeout: 5000 });
    return page()!;
  };
const type = (root: ShadowRoot, id: string, value: string) => {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
};

/**
 * The schedule page (`#/jadwal`): a service's sessions and quotas per weekday and the hour its booking window's last
 * day opens, checked by the rules core; the server refuses a change that would drop residents' bookings.
 */
const meta: Meta = {
  title: 'Staff/Jadwal & kuota',
  render: () => staffPage('staff-schedule-page', STAFF_ACCOUNTS.mppAdmin, ['jadwal', KTP_SERVICE_ID]),
};
export default meta;
/** Each story names its mock API (a parameter of the meta would give way to the preview's residents' mock). */
const mppAdmin = () => calendarApi(STAFF_ACCOUNTS.mppAdmin);
type Story = StoryObj;

export const Week: Story = {
  parameters: mppAdmin(),
  play: async (context) => void (await shows('#d1-s0-start')(context)),
};

export const Invalid: Story = {
  parameters: mppAdmin(),
  play: async (context) => {
    const root = await shows('#d1-s0-start')(context);
    type(root, 'd1-s1-start', '08:30');
    type(root, 'd2-s0-end', '07:00');
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => expect(root.querySelector('.error-summary')).not.toBeNull());
  },
};

export const Saved: Story = {
  parameters: mppAdmin(),
  play: async (context) => {
    const root = await shows('#d1-s0-start')(context);
    type(root, 'd1-s0-quota', '15');
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => expect(root.querySelector('.notice--success')).not.toBeNull());
  },
};

/** Three residents hold Monday 14.00: removing it is refused, with the dates in the way. */
export const BookingsInTheWay: Story = {
  parameters: calendarApi(STAFF_ACCOUNTS.mppAdmin, {
    booked: { [KTP_SERVICE_ID]: [{ date: '2026-12-14', weekday: 1, sessionId: 's1400', active: 3, holding: 3 }] },
  }),
  play: async (context) => {
    const root = await shows('#d1-s0-start')(context);
    root.querySelector<HTMLButtonElement>('fieldset:nth-of-type(1) .session:nth-of-type(5) .session__remove')!.click();
    await new Promise(requestAnimationFrame);
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => expect(root.querySelector('.notice--error')).not.toBeNull());
  },
};

export const AgencyAdministrator: Story = {
  render: () => staffPage('staff-schedule-page', STAFF_ACCOUNTS.agencyAdmin, ['jadwal']),
  parameters: calendarApi(STAFF_ACCOUNTS.agencyAdmin),
  play: async (context) => void (await shows('#d1-s0-start')(context)),
};

export const LoadFailed: Story = {
  parameters: calendarApi(STAFF_ACCOUNTS.mppAdmin, { failWith: 500 }),
  play: async (context) => void (await shows('.notice--error')(context)),
};
