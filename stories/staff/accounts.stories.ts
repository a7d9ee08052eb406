import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../../staff/pages/accounts/staff-accounts-page.js';
import { STAFF_ACCOUNTS } from '../../test/mocks/staff-handlers.js';
import { adminApi, staffPage } from './support.js';

const rootOf = (canvasElement: HTMLElement) => canvasElement.querySelector('staff-accounts-page')!.shadowRoot!;
const shows =
  (selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector(selector)).not.toBeNull(), { timeout: 5000 });
    return rootOf(canvasElement);
  };

/** The accounts page (`#/akun`): list, create, change role or agency, disable, reset a password. */
const meta: Meta = {
  title: 'Staff/Akun staf',
  render: () => staffPage('staff-accounts-page', STAFF_ACCOUNTS.mppAdmin, ['akun']),
};
export default meta;
type Story = StoryObj;

export const List: Story = {
  parameters: adminApi(STAFF_ACCOUNTS.mppAdmin),
  play: async (context) => void (await shows('table')(context)),
};

export const NewAccountInvalid: Story = {
  parameters: adminApi(STAFF_ACCOUNTS.mppAdmin),
  play: async (context) => {
    const root = await shows('table')(context);
    root.querySelector<HTMLButtonElement>('.button')!.click();
    await waitFor(() => expect(root.querySelector('#account-email')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() => expect(root.querySelector('.error-summary')).not.toBeNull());
  },
};

export const ChangeAccount: Story = {
  parameters: adminApi(STAFF_ACCOUNTS.mppAdmin),
  play: async (context) => {
    const root = await shows('table')(context);
    root.querySelector<HTMLButtonElement>('tbody tr:nth-of-type(3) button')!.click();
    await waitFor(() => expect(root.querySelector('#account-disabled')).not.toBeNull());
  },
};

export const AgencyAdministrator: Story = {
  render: () => staffPage('staff-accounts-page', STAFF_ACCOUNTS.agencyAdmin, ['akun']),
  parameters: adminApi(STAFF_ACCOUNTS.agencyAdmin),
  play: async (context) => void (await shows('table')(context)),
};

export const LoadFailed: Story = {
  parameters: adminApi(STAFF_ACCOUNTS.mppAdmin, 500),
  play: async (context) => void (await shows('.notice--error')(context)),
};
