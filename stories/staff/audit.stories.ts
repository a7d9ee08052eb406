import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../../staff/pages/audit/staff-audit-page.js';
import { STAFF_ACCOUNTS } from '../../test/mocks/staff-handlers.js';
import { adminApi, staffPage } from './support.js';

const rootOf = (canvasElement: HTMLElement) => canvasElement.querySelector('staff-audit-page')!.shadowRoot!;
const shows =
  (selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector(selector)).not.toBeNull(), { timeout: 5000 });
    return rootOf(canvasElement);
  };

/** The audit log (`#/audit`): every staff action by date range, actor and action, with before and after. */
const meta: Meta = {
  title: 'Staff/Catatan audit',
  render: () => staffPage('staff-audit-page', STAFF_ACCOUNTS.mppAdmin, ['audit']),
};
export default meta;
type Story = StoryObj;

export const Log: Story = {
  parameters: adminApi(STAFF_ACCOUNTS.mppAdmin),
  play: async (context) => void (await shows('table')(context)),
};

export const Filtered: Story = {
  parameters: adminApi(STAFF_ACCOUNTS.mppAdmin),
  play: async (context) => {
    const root = await shows('table')(context);
    const action = root.querySelector<HTMLSelectElement>('#audit-action')!;
    action.value = 'booking.';
    action.dispatchEvent(new Event('change'));
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() => expect(root.querySelectorAll('tbody tr').length).toBe(1));
  },
};

export const NothingMatches: Story = {
  parameters: adminApi(STAFF_ACCOUNTS.mppAdmin),
  play: async (context) => {
    const root = await shows('table')(context);
    const from = root.querySelector<HTMLInputElement>('#audit-from')!;
    from.value = '2030-01-01';
    from.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    // The status line is always there (its text changes, so it is heard): wait for its words.
    await waitFor(() =>
      expect(root.querySelector('p[role=status]')?.textContent).toBe('Tidak ada catatan yang cocok.'),
    );
  },
};

export const AgencyAdministrator: Story = {
  render: () => staffPage('staff-audit-page', STAFF_ACCOUNTS.agencyAdmin, ['audit']),
  parameters: adminApi(STAFF_ACCOUNTS.agencyAdmin),
  play: async (context) => void (await shows('table')(context)),
};

export const LoadFailed: Story = {
  parameters: adminApi(STAFF_ACCOUNTS.mppAdmin, 500),
  play: async (context) => void (await shows('.notice--error')(context)),
};
