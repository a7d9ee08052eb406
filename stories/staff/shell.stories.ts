import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../staff/app/mpp-staff-app.js';
import { STAFF_THROTTLED_PASSWORD } from '../../test/mocks/staff-handlers.js';
import { API, rootOf, STAFF_ACCOUNTS, staffApi, typeInto } from './staff-story.js';

/** Signs in (or tries to) on the sign-in page in `canvas`. */
async function signIn(canvas: HTMLElement, email: string, password: string) {
  let form: ShadowRoot | null = null;
  await waitFor(() => {
    form = rootOf(rootOf(canvas, 'mpp-staff-app') as unknown as HTMLElement, 'staff-sign-in');
    return expect(form?.getElementById('email')).toBeTruthy();
  });
  typeInto(form!, 'email', email);
  typeInto(form!, 'password', password);
  form!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  return form!;
}

/**
 * The staff pages' shell (`/staff/`): the sign-in page, and once signed in the menu of what the role may use. Each
 * story is a state staff meet; the API is mocked with the server's session and CSRF rules.
 */
const meta: Meta = {
  title: 'Staff/Shell',
  render: () => html`<mpp-staff-app api-base=${API}></mpp-staff-app>`,
  parameters: { layout: 'fullscreen', ...staffApi(null) },
};
export default meta;
type Story = StoryObj;

export const SignIn: Story = {};

export const MissingInput: Story = {
  play: async ({ canvasElement }) => {
    const form = await signIn(canvasElement, '', '');
    await waitFor(() => expect(form.querySelectorAll('.error-summary a')).toHaveLength(2));
  },
};

export const WrongPassword: Story = {
  play: async ({ canvasElement }) => {
    const form = await signIn(canvasElement, STAFF_ACCOUNTS.agencyAdmin.email, 'salah-sekali');
    await waitFor(() =>
      expect(form.querySelector('.error-summary')?.textContent).toContain('E-mail atau kata sandi salah.'),
    );
  },
};

export const TooManyTries: Story = {
  play: async ({ canvasElement }) => {
    const form = await signIn(canvasElement, STAFF_ACCOUNTS.agencyAdmin.email, STAFF_THROTTLED_PASSWORD);
    await waitFor(() => expect(form.querySelector('.error-summary')?.textContent).toContain('1 menit 30 detik'));
  },
};

/** Waits for the signed-in shell's menu. */
const menu = {
  play: ({ canvasElement }: { canvasElement: HTMLElement }) =>
    waitFor(() => expect(rootOf(canvasElement, 'mpp-staff-app')?.querySelector('nav')).toBeTruthy()),
};
export const AgencyAdministrator: Story = { parameters: { ...staffApi(STAFF_ACCOUNTS.agencyAdmin) }, ...menu };
export const MppAdministrator: Story = { parameters: { ...staffApi(STAFF_ACCOUNTS.mppAdmin) }, ...menu };
export const CounterOfficer: Story = { parameters: { ...staffApi(STAFF_ACCOUNTS.officer) }, ...menu };
