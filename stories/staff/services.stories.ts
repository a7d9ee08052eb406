import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../../staff/pages/services/staff-services-page.js';
import { rootOf, STAFF_ACCOUNTS, staffApi, staffPage, typeInto } from './staff-story.js';

const TAG = 'staff-services-page';
const SERVICE = 'kpp-permintaan-kode-otorisasi-efin';

/** The page's shadow root once `selector` shows in it. */
async function shown(canvas: HTMLElement, selector: string) {
  await waitFor(() => expect(rootOf(canvas, TAG)?.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
  return rootOf(canvas, TAG)!;
}

/**
 * The services page (`#/layanan`): the catalogue's services of the agency (every agency for an MPP administrator),
 * and the form of one service with every public component of its service standard.
 */
const meta: Meta = {
  title: 'Staff/Services',
  render: () => staffPage(TAG, STAFF_ACCOUNTS.agencyAdmin, ['layanan']),
  parameters: { ...staffApi(STAFF_ACCOUNTS.agencyAdmin) },
};
export default meta;
type Story = StoryObj;

export const List: Story = { play: ({ canvasElement }) => shown(canvasElement, 'table').then(() => undefined) };
export const ListOfEveryAgency: Story = {
  render: () => staffPage(TAG, STAFF_ACCOUNTS.mppAdmin, ['layanan']),
  parameters: { ...staffApi(STAFF_ACCOUNTS.mppAdmin) },
};
export const Loading: Story = { parameters: { ...staffApi(STAFF_ACCOUNTS.agencyAdmin, 'slow') } };
export const Empty: Story = {
  parameters: { ...staffApi(STAFF_ACCOUNTS.agencyAdmin, 'empty') },
  play: ({ canvasElement }) => shown(canvasElement, '.notice--info').then(() => undefined),
};
export const Failed: Story = {
  parameters: { ...staffApi(STAFF_ACCOUNTS.agencyAdmin, 'failing') },
  play: ({ canvasElement }) => shown(canvasElement, '.notice--error button').then(() => undefined),
};

export const NewService: Story = { render: () => staffPage(TAG, STAFF_ACCOUNTS.agencyAdmin, ['layanan', 'baru']) };

export const ValidationErrors: Story = {
  render: () => staffPage(TAG, STAFF_ACCOUNTS.agencyAdmin, ['layanan', 'baru']),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'form');
    typeInto(root, 'name', 'Legalisir Akta');
    typeInto(root, 'duration-days', 'tiga');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await shown(canvasElement, '.error-summary');
  },
};

export const Edit: Story = {
  render: () => staffPage(TAG, STAFF_ACCOUNTS.agencyAdmin, ['layanan', SERVICE]),
  play: ({ canvasElement }) => shown(canvasElement, 'form').then(() => undefined),
};

export const Saved: Story = {
  render: () => staffPage(TAG, STAFF_ACCOUNTS.agencyAdmin, ['layanan', SERVICE]),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'form');
    typeInto(root, 'product', 'Kode EFIN');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await shown(canvasElement, '.notice--success');
  },
};

/** A service with its English translation: the optional section, each field typed in English (`lang="en"`). */
export const EditTranslation: Story = {
  render: () => staffPage(TAG, STAFF_ACCOUNTS.agencyAdmin, ['layanan', SERVICE]),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '#en-name');
    await expect(root.querySelector('#en-name')!.getAttribute('lang')).toBe('en');
    root.querySelector<HTMLElement>('#en-name')!.scrollIntoView();
  },
};

/** The server refuses an English text (too long): the summary and the field say so, what was typed stays. */
export const TranslationError: Story = {
  render: () => staffPage(TAG, STAFF_ACCOUNTS.agencyAdmin, ['layanan', SERVICE]),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '#en-name');
    typeInto(root, 'en-name', 'Requesting an authorisation code '.repeat(7));
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await shown(canvasElement, '#en-name-error');
    await expect(root.querySelector('.error-summary a')!.getAttribute('href')).toBe('#en-name');
  },
};
