import type { Meta, StoryObj } from '@storybook/web-components';
import { http } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../../staff/pages/reports/staff-reports-page.js';
import { createMockApi } from '../../test/mocks/handlers.js';
import { staffRecordsMock } from '../../test/mocks/staff-records-handlers.js';
import { problem } from '../../test/mocks/problem.js';
import { STAFF_ACCOUNTS } from '../../test/mocks/staff-handlers.js';
import { API, staffMock, staffPage } from './support.js';

const records = (agencyId: string | null) => () => [
  ...staffRecordsMock({ base: API, agencyId }).handlers,
  ...createMockApi({ base: API }).handlers,
];

/**
 * `<staff-reports-page>` (`#/laporan`): bookings, visits, no-shows and waiting times per day, agency and service,
 * as totals, a chart (its table the text alternative) and a CSV download. The mock counts with the rules core.
 */
const meta: Meta = {
  title: 'Staff/Reports',
  render: () => {
    const el = staffPage('staff-reports-page', STAFF_ACCOUNTS.viewer, ['laporan']);
    return el;
  },
  play: async ({ canvasElement }) => {
    const page = canvasElement.querySelector('staff-reports-page')!;
    await customElements.whenDefined('staff-reports-page');
    const root = page.shadowRoot!;
    const set = (id: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    set('from', '2026-12-01');
    set('to', '2026-12-05');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() => expect(root.querySelector('table, [role=alert]')).not.toBeNull(), { timeout: 5000 });
  },
};
export default meta;
type Story = StoryObj;

// Each story names its mock API: a meta's mock API parameter loses to the preview's default here.
export const EveryAgency: Story = { parameters: staffMock(STAFF_ACCOUNTS.viewer, records(null)) };
export const AgencyAdministrator: Story = {
  render: () => staffPage('staff-reports-page', STAFF_ACCOUNTS.agencyAdmin, ['laporan']),
  parameters: staffMock(STAFF_ACCOUNTS.agencyAdmin, records('kpp')),
};
export const ReadFailed: Story = {
  parameters: staffMock(STAFF_ACCOUNTS.viewer, () => [
    http.get(`${API}/staff/reports`, () => problem(500, 'internal')),
    http.get(`${API}/staff/reports/satisfaction`, () => problem(500, 'internal')),
    ...createMockApi({ base: API }).handlers,
  ]),
};
