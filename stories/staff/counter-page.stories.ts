import type { Meta, StoryObj } from '@storybook/web-components';
import { http } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../../staff/pages/counter/staff-counter-page.js';
import { agencies, bookingOnTheDay } from '../../test/mocks/fixtures.js';
import { createMockApi, type MockBooking } from '../../test/mocks/handlers.js';
import { problem } from '../../test/mocks/problem.js';
import { STAFF_ACCOUNTS } from '../../test/mocks/staff-handlers.js';
import { API, staffMock, staffPage } from './support.js';

/** The KPP with a second counter, so a visitor can be sent on. */
const twoCounters = agencies.map((a) =>
  a.id === 'kpp' ? { ...a, counters: [...a.counters, { id: 'loket-10b', name: 'Loket 10B' }] } : a,
);

/** A day at the KPP's counters: the first visitor called to Loket 10, two more waiting (one sent to Loket 10B). */
function busyDay() {
  const api = createMockApi({ base: API, agencies: twoCounters, livedIn: false });
  const today = bookingOnTheDay().date;
  const visitor = (
    code: string,
    seq: number,
    status: MockBooking['status'],
    counterId: string | null,
  ): MockBooking => ({
    ...bookingOnTheDay({ code, status, agencyId: 'kpp', agencyName: 'KPP Pratama', serviceName: 'Permintaan EFIN' }),
    nikLast4: '0003',
    nikHash: `hash-${code}`,
    phone: '+6281234567890',
    nikBirth: '010185',
    visit: {
      seq,
      number: `K-00${seq}`,
      counterId,
      checkedInAt: `${today}T08:5${seq}:00+07:00`,
      calledAt: status === 'serving' ? `${today}T09:02:00+07:00` : null,
    },
  });
  api.bookings.set('RSV-7KQ2M9XA', visitor('RSV-7KQ2M9XA', 1, 'serving', 'loket-10'));
  api.bookings.set('RSV-8PQ3N4XB', visitor('RSV-8PQ3N4XB', 2, 'checked_in', 'loket-10b'));
  api.bookings.set('RSV-9RS4P5XC', visitor('RSV-9RS4P5XC', 3, 'checked_in', null));
  return api.handlers;
}

/**
 * `<staff-counter-page>` (`#/loket`): a counter's screen on a counter PC or a tablet — check-in by code (or the
 * ticket's QR where the browser has `BarcodeDetector`), call next, served / no-show / sent to another counter.
 */
const meta: Meta = {
  title: 'Staff/Counter',
  render: () => staffPage('staff-counter-page', STAFF_ACCOUNTS.officer, ['loket', 'loket-10']),
};
export default meta;
type Story = StoryObj;

// Each story names its mock API: a meta's mock API parameter loses to the preview's default here.
export const Serving: Story = {
  parameters: staffMock(STAFF_ACCOUNTS.officer, busyDay),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('staff-counter-page')!.shadowRoot!;
    await waitFor(() => expect(root.querySelector('.queue-number')?.textContent).toBe('K-001'), { timeout: 5000 });
  },
};
export const NobodyCalled: Story = {
  parameters: staffMock(STAFF_ACCOUNTS.officer, () => createMockApi({ base: API, agencies: twoCounters }).handlers),
};
export const ChooseACounter: Story = {
  render: () => staffPage('staff-counter-page', STAFF_ACCOUNTS.mppAdmin, ['loket']),
  parameters: staffMock(STAFF_ACCOUNTS.mppAdmin, busyDay),
};
export const Tablet: Story = { ...Serving, globals: { viewport: { value: 'tablet' } } };
export const CountersUnavailable: Story = {
  parameters: staffMock(STAFF_ACCOUNTS.officer, () => [http.get(`${API}/agencies`, () => problem(500, 'internal'))]),
};
