import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../../staff/pages/closures/staff-closures-page.js';
import { STAFF_ACCOUNTS } from '../../test/mocks/staff-handlers.js';
import { calendarApi, staffPage } from './support.js';

const rootOf = (canvasElement: HTMLElement) => canvasElement.querySelector('staff-closures-page')!.shadowRoot!;
const shows =
  (selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector(selector)).not.toBeNull(), { timeout: 5000 });
    return rootOf(canvasElement);
  };
const type = (root: ShadowRoot, id: string, value: string) => {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
};

/**
 * The closures page (`#/hari-tutup`): closed days of the MPP or one agency, a check page that counts the bookings a
 * closure marks before it is made, and reopening a day after a yes.
 */
const meta: Meta = {
  title: 'Staff/Hari tutup',
  render: () => staffPage('staff-closures-page', STAFF_ACCOUNTS.mppAdmin, ['hari-tutup']),
};
export default meta;
/** Each story names its mock API (a parameter of the meta would give way to the preview's residents' mock). */
const mppAdmin = () => calendarApi(STAFF_ACCOUNTS.mppAdmin, { closable: { '2026-12-09': { disdukcapil: 4 } } });
type Story = StoryObj;

export const List: Story = { parameters: mppAdmin(), play: async (context) => void (await shows('table')(context)) };

export const Invalid: Story = {
  parameters: mppAdmin(),
  play: async (context) => {
    const root = await shows('table')(context);
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() => expect(root.querySelector('.error-summary')).not.toBeNull());
  },
};

/** Closing 9 December for Disdukcapil: four bookings will be marked, said before anything changes. */
export const CheckBeforeClosing: Story = {
  parameters: mppAdmin(),
  play: async (context) => {
    const root = await shows('#closure-scope option + option')(context);
    type(root, 'closure-date', '2026-12-09');
    const scope = root.querySelector<HTMLSelectElement>('#closure-scope')!;
    scope.value = 'disdukcapil';
    scope.dispatchEvent(new Event('change'));
    type(root, 'closure-reason', 'Pemadaman listrik');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() => expect(root.querySelector('#closure-confirm')).not.toBeNull());
  },
};

export const Closed: Story = {
  parameters: mppAdmin(),
  play: async (context) => {
    await CheckBeforeClosing.play!(context);
    const root = rootOf(context.canvasElement);
    root.querySelector<HTMLButtonElement>('#closure-confirm')!.click();
    await waitFor(() => expect(root.querySelector('.notice--success')).not.toBeNull());
  },
};

export const AgencyAdministrator: Story = {
  render: () => staffPage('staff-closures-page', STAFF_ACCOUNTS.agencyAdmin, ['hari-tutup']),
  parameters: calendarApi(STAFF_ACCOUNTS.agencyAdmin),
  play: async (context) => void (await shows('table')(context)),
};

export const LoadFailed: Story = {
  parameters: calendarApi(STAFF_ACCOUNTS.mppAdmin, { failWith: 500 }),
  play: async (context) => void (await shows('.notice--error')(context)),
};
