import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { errorSummary } from '../../src/internal/ui/error-summary.js';
import { textField } from '../../src/internal/ui/field.js';
import { notice } from '../../src/internal/ui/notice.js';
import { skeleton } from '../../src/internal/ui/skeleton.js';
import { preview } from '../support/ui-preview.js';

/**
 * The internal parts every widget is built from: fields, the error summary, notices for each state, and the
 * loading skeleton. Not public elements — shown so designers can judge them on their own.
 */
const meta: Meta = {
  title: 'Internal/Parts',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

const noop = () => undefined;

export const Field: Story = {
  render: () =>
    preview(() =>
      textField({
        id: 'nik',
        label: 'NIK',
        hint: '16 angka, tertera pada KTP atau Kartu Keluarga',
        value: '',
        inputmode: 'numeric',
        size: 'medium',
        errorPrefix: 'Kesalahan:',
        onInput: noop,
      }),
    ),
};

export const FieldWithError: Story = {
  render: () =>
    preview(() =>
      textField({
        id: 'nik',
        label: 'NIK',
        hint: '16 angka, tertera pada KTP atau Kartu Keluarga',
        error: 'NIK harus 16 angka',
        value: '31720145099',
        inputmode: 'numeric',
        size: 'medium',
        errorPrefix: 'Kesalahan:',
        onInput: noop,
      }),
    ),
};

export const ErrorSummary: Story = {
  render: () =>
    preview(
      (root) => html`
        ${errorSummary({
          title: 'Ada yang perlu diperbaiki',
          headingLevel: 2,
          errors: { nik: 'NIK harus 16 angka', phone: 'Masukkan nomor HP seperti 0812 3456 7890' },
          root: root.renderRoot as ShadowRoot,
        })}
        ${textField({ id: 'nik', label: 'NIK', error: 'NIK harus 16 angka', value: '123', errorPrefix: 'Kesalahan:', onInput: noop })}
        ${textField({ id: 'phone', label: 'Nomor HP', error: 'Masukkan nomor HP seperti 0812 3456 7890', value: '0771', errorPrefix: 'Kesalahan:', onInput: noop })}
      `,
    ),
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('mpp-ui-preview')!;
    await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const root = host.shadowRoot!;
    const link = root.querySelector<HTMLAnchorElement>('.error-summary a[href="#phone"]')!;
    await userEvent.click(link);
    await expect(root.activeElement?.id).toBe('phone');
  },
};

export const Notices: Story = {
  render: () =>
    preview(
      () => html`
        ${notice({ tone: 'info', title: 'Memuat lebih lama dari biasanya', message: 'Jaringan Anda tampaknya lambat.' })}
        ${notice({ tone: 'warning', title: 'Anda sedang offline', message: 'Daftar layanan yang tampil adalah salinan terakhir.' })}
        ${notice({ tone: 'error', title: 'Gagal memuat layanan', message: 'Terjadi gangguan pada server MPP.', action: { label: 'Coba lagi', onClick: noop } })}
        ${notice({ tone: 'success', title: 'Booking berhasil' })}
      `,
    ),
};

export const NoticesDark: Story = {
  render: () =>
    preview(
      () => html`
        ${notice({ tone: 'warning', title: 'Anda sedang offline', message: 'Daftar layanan yang tampil adalah salinan terakhir.' })}
        ${notice({ tone: 'error', title: 'Gagal memuat layanan', action: { label: 'Coba lagi', onClick: noop } })}
      `,
      'dark',
    ),
};

export const Skeleton: Story = {
  render: () => preview(() => skeleton({ label: 'Memuat layanan…', rows: 4 })),
};
