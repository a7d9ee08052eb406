// The person's-data page's views: the GOV.UK form (NIK, name or phone), the bookings found with their personal
// data, the downloads, and the erasure behind a warning and a confirmation.
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../../src/core/format.js';
import { errorSummary } from '../../core/errors.js';
import { checkbox, textInput } from '../../core/fields.js';
import type { PersonBooking, PrivacyController } from './privacy-controller.js';

export interface PrivacyHandlers {
  onNik: (v: string) => void;
  onName: (v: string) => void;
  onPhone: (v: string) => void;
  onFind: (event: Event) => void;
  onCsv: () => void;
  onJson: () => void;
  onAskErase: () => void;
  onConfirm: (v: boolean) => void;
  onErase: () => void;
  onCancelErase: () => void;
}

const STATUS: Record<string, string> = {
  booked: 'Terjadwal',
  checked_in: 'Sudah check-in',
  serving: 'Sedang dilayani',
  done: 'Selesai dilayani',
  cancelled: 'Dibatalkan',
  expired: 'Kedaluwarsa',
  no_show: 'Tidak hadir',
};

function bookings(items: PersonBooking[]): TemplateResult {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="found-caption">
    <table>
      <caption id="found-caption">
        Booking orang ini
      </caption>
      <thead>
        <tr>
          <th scope="col">Kode</th>
          <th scope="col">Layanan</th>
          <th scope="col">Tanggal</th>
          <th scope="col">Status</th>
          <th scope="col">Nama</th>
          <th scope="col">Nomor HP</th>
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (b) =>
            html`<tr>
              <td>${b.code}</td>
              <td>${b.serviceName}</td>
              <td>${formatDate(b.date, 'id')}</td>
              <td>${STATUS[b.status] ?? b.status}</td>
              <td>${b.name}</td>
              <td>${b.phone}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function found(c: PrivacyController, h: PrivacyHandlers, items: PersonBooking[], confirming: boolean) {
  if (!items.length) return html`<p>Tidak ada booking dengan NIK tersebut dan nama atau nomor HP itu.</p>`;
  return html`
    <p>${items.length} booking ditemukan.</p>
    ${bookings(items)}
    <div class="actions">
      <button type="button" class="button button--secondary" @click=${h.onCsv}>Unduh CSV</button>
      <button type="button" class="button button--secondary" @click=${h.onJson}>Unduh JSON</button>
      ${confirming ? nothing : html`<button type="button" id="ask-erase" class="button button--warning" @click=${h.onAskErase}>Hapus data pribadi</button>`}
    </div>
    ${
      confirming
        ? html`<section class="confirm" aria-labelledby="confirm-heading">
            <h3 id="confirm-heading" tabindex="-1">Hapus data pribadi ${items.length} booking?</h3>
            <p class="warning">
              <strong>Peringatan:</strong> nama, nomor HP, e-mail dan NIK pada booking ini dihapus permanen. Booking
              yang masih aktif dibatalkan. Jumlahnya tetap terhitung di laporan tanpa data pribadi.
            </p>
            ${checkbox({
              id: 'confirm',
              label: 'Saya sudah memeriksa identitas pemohon (KTP) dan permintaannya',
              error: c.errors.confirm,
              checked: c.confirmed,
              onChange: h.onConfirm,
            })}
            <div class="actions">
              <button type="button" class="button button--warning" @click=${h.onErase}>Hapus permanen</button>
              <button type="button" class="button button--secondary" @click=${h.onCancelErase}>Batal</button>
            </div>
          </section>`
        : nothing
    }
  `;
}

function result(c: PrivacyController, h: PrivacyHandlers): TemplateResult | typeof nothing {
  const s = c.state;
  switch (s.kind) {
    case 'idle':
      return nothing;
    case 'busy':
      return html`<p role="status">Memproses…</p>`;
    case 'failed':
      return html`<p class="notice notice--error" role="alert">${s.message}</p>`;
    case 'erased':
      return html`<div class="notice notice--success" role="status">
        <h2 id="result-heading" tabindex="-1">Data pribadi ${s.count} booking telah dihapus</h2>
        <p>Tindakan ini tercatat di log audit (tanpa NIK).</p>
      </div>`;
    case 'found':
      return html`<section aria-labelledby="result-heading">
        <h2 id="result-heading" tabindex="-1">Hasil pencarian</h2>
        ${found(c, h, s.items, s.confirming)}
      </section>`;
  }
}

export function privacyPage(c: PrivacyController, h: PrivacyHandlers, root: ShadowRoot): TemplateResult {
  return html`
    <h1 part="heading" tabindex="-1">Data pribadi warga</h1>
    <p>
      Atas permintaan warga (UU 27/2022): lihat, unduh atau hapus data pribadi pada booking-nya. Setiap pencarian dan
      penghapusan tercatat di log audit, tanpa NIK.
    </p>
    ${errorSummary(root, c.summary)}
    <form novalidate @submit=${h.onFind}>
      ${textInput({
        id: 'nik',
        label: 'NIK',
        hint: '16 angka, dari KTP pemohon.',
        error: c.errors.nik,
        value: c.nik,
        width: 'medium',
        inputmode: 'numeric',
        onInput: h.onNik,
      })}
      ${textInput({
        id: 'name',
        label: 'Nama',
        hint: 'Seperti tercantum pada booking. Isi nama atau nomor HP.',
        error: c.errors.name,
        value: c.name,
        optional: true,
        onInput: h.onName,
      })}
      ${textInput({
        id: 'phone',
        label: 'Nomor HP',
        hint: 'Misalnya 0812 3456 7890.',
        error: c.errors.phone,
        value: c.phone,
        width: 'medium',
        optional: true,
        onInput: h.onPhone,
      })}
      <div class="actions"><button type="submit" class="button">Cari data</button></div>
    </form>
    ${result(c, h)}
  `;
}
