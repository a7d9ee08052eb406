import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../../staff/pages/privacy/staff-privacy-page.js';
import { PERSON_NIK, personWithTwoBookings, staffRecordsMock } from '../../test/mocks/staff-records-handlers.js';
import { STAFF_ACCOUNTS } from '../../test/mocks/staff-handlers.js';
import { API, staffMock, staffPage } from './support.js';

const NIK = PERSON_NIK;
const people = () =>
  staffRecordsMock({
    base: API,
    people: personWithTwoBookings(),
  }).handlers;

/** Types the person's NIK and name and asks, as an administrator does. */
async function find(canvasElement: HTMLElement, confirm = false) {
  await customElements.whenDefined('staff-privacy-page');
  const root = canvasElement.querySelector('staff-privacy-page')!.shadowRoot!;
  const set = (id: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  set('nik', NIK);
  set('name', 'Dewi Lestari');
  root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
  await waitFor(() => expect(root.querySelectorAll('tbody tr').length).toBe(2), { timeout: 5000 });
  if (!confirm) return;
  const erase = () => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Hapus data pribadi');
  for (let i = 0; i < 50 && !erase(); i++) await new Promise((r) => setTimeout(r, 50));
  erase()?.click();
}

/**
 * `<staff-privacy-page>` (`#/data-pribadi`): a person's request under UU 27/2022 — find their bookings by NIK and
 * name or phone, download them, or erase the personal data after a confirmation. Administrators only.
 */
const meta: Meta = {
  title: 'Staff/Personal data',
  render: () => staffPage('staff-privacy-page', STAFF_ACCOUNTS.mppAdmin, ['data-pribadi']),
};
export default meta;
// On each story: a meta's mock API parameter loses to the preview's default here.
const parameters = staffMock(STAFF_ACCOUNTS.mppAdmin, people);
type Story = StoryObj;

export const Form: Story = { parameters };
export const Found: Story = { parameters, play: ({ canvasElement }) => find(canvasElement) };
export const ConfirmErasure: Story = { parameters, play: ({ canvasElement }) => find(canvasElement, true) };
