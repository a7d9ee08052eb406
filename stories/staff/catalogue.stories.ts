import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../../staff/pages/catalogue/staff-catalogue-page.js';
import { catalogueToCsv } from '../../src/rules/index.js';
import { seededServices } from '../../test/mocks/staff-catalogue-handlers.js';
import { rootOf, STAFF_ACCOUNTS, staffApi, staffPage } from './staff-story.js';

const TAG = 'staff-catalogue-page';

/** Imports a CSV of the KPP's services, `change`d, on the page in `canvas`; answers its root once `shows` shows. */
async function importCsv(
  canvas: HTMLElement,
  change: (rows: ReturnType<typeof seededServices>) => void,
  shows: string,
) {
  await waitFor(() => expect(rootOf(canvas, TAG)?.getElementById('file')).toBeTruthy());
  const root = rootOf(canvas, TAG)!;
  const rows = seededServices().filter((s) => s.agencyId === 'kpp');
  change(rows);
  const files = new DataTransfer();
  const csv = catalogueToCsv(rows.map(({ revision: _r, updatedAt: _u, ...s }) => s));
  files.items.add(new File([csv], 'katalog.csv', { type: 'text/csv' }));
  const input = root.getElementById('file') as HTMLInputElement;
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
  root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
  await waitFor(() => expect(root.querySelector(shows)).toBeTruthy(), { timeout: 5000 });
}

/**
 * The catalogue as a spreadsheet (`#/katalog`): export, import with its row-by-row report (nothing applied when a
 * row is wrong), and the columns explained.
 */
const meta: Meta = {
  title: 'Staff/Catalogue CSV',
  render: () => staffPage(TAG, STAFF_ACCOUNTS.agencyAdmin, ['katalog']),
  parameters: { ...staffApi(STAFF_ACCOUNTS.agencyAdmin) },
};
export default meta;
type Story = StoryObj;

export const Ready: Story = {};
export const MppAdministrator: Story = {
  render: () => staffPage(TAG, STAFF_ACCOUNTS.mppAdmin, ['katalog']),
  parameters: { ...staffApi(STAFF_ACCOUNTS.mppAdmin) },
};

export const ImportRefused: Story = {
  play: ({ canvasElement }) =>
    importCsv(
      canvasElement,
      (rows) => {
        rows[1] = { ...rows[1]!, requirements: [] };
        rows[2] = { ...rows[2]!, complaints: [{ name: 'Situs', url: 'lapor.go.id' }] };
      },
      '.report',
    ),
};

export const ImportApplied: Story = {
  play: ({ canvasElement }) =>
    importCsv(canvasElement, (rows) => (rows[0] = { ...rows[0]!, name: 'Nama baru dari impor' }), '.notice--success'),
};
