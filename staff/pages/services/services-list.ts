// The services list: what each agency offers, published or draft, filtered by name and (for an MPP administrator)
// agency; each name opens its form.
import { html, nothing, type TemplateResult } from 'lit';
import type { Agency, StaffService } from '../../../src/api/types.js';
import { notice } from '../../../src/internal/ui/notice.js';
import { select, textInput } from '../../core/fields.js';
import { hrefOf } from '../../core/router.js';
import type { ListState } from './services-controller.js';

export interface ListView {
  state: ListState;
  agencies: Agency[];
  search: string;
  agencyFilter: string;
  /** Whether the agency filter shows (an MPP administrator sees every agency). */
  allAgencies: boolean;
  onSearch: (v: string) => void;
  onAgency: (v: string) => void;
  onRetry: () => void;
}

const matches = (s: StaffService, search: string, agency: string) =>
  (!agency || s.agencyId === agency) &&
  (!search.trim() || `${s.name} ${s.id} ${s.category}`.toLowerCase().includes(search.trim().toLowerCase()));

export function servicesList(v: ListView): TemplateResult {
  const top = html`<h1 part="heading" tabindex="-1">Layanan</h1>
    <p>Standar pelayanan setiap layanan: persyaratan, prosedur, waktu, biaya, produk, pengaduan dan dasar hukum.</p>
    <p class="actions">
      <a class="button" href=${hrefOf('layanan', 'baru')}>Tambah layanan</a>
      <a class="link" href=${hrefOf('katalog')}>Impor atau ekspor CSV</a>
    </p>`;
  const s = v.state;
  if (s.kind === 'loading')
    return html`${top}
      <p role="status">Memuat layanan…</p>`;
  if (s.kind === 'failed')
    return html`${top}${notice({
      tone: 'error',
      title: 'Daftar layanan tidak dapat dimuat.',
      message: s.message,
      live: 'assertive',
      action: { label: 'Coba lagi', onClick: v.onRetry },
    })}`;
  if (!s.items.length)
    return html`${top}${notice({
      tone: 'info',
      title: 'Belum ada layanan.',
      message: 'Tambah layanan satu per satu, atau impor katalog dari berkas CSV.',
    })}`;
  const agencyName = (id: string) => v.agencies.find((a) => a.id === id)?.shortName ?? id;
  const shown = s.items.filter((x) => matches(x, v.search, v.agencyFilter));
  return html`${top}
    <div class="filters">
      ${textInput({ id: 'search', label: 'Cari layanan', value: v.search, onInput: v.onSearch })}
      ${
        v.allAgencies
          ? select({
              id: 'agency-filter',
              label: 'Instansi',
              value: v.agencyFilter,
              options: [
                { value: '', label: 'Semua instansi' },
                ...[...new Set(s.items.map((x) => x.agencyId))].map((id) => ({ value: id, label: agencyName(id) })),
              ],
              onChange: v.onAgency,
            })
          : nothing
      }
    </div>
    <p role="status">${shown.length} dari ${s.items.length} layanan</p>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          Daftar layanan
        </caption>
        <thead>
          <tr>
            <th scope="col">Nama layanan</th>
            <th scope="col">Instansi</th>
            <th scope="col">Kategori</th>
            <th scope="col">Status</th>
            <th scope="col">Booking daring</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (x) =>
              html`<tr>
                <td><a href=${hrefOf('layanan', x.id)}>${x.name}</a></td>
                <td>${agencyName(x.agencyId)}</td>
                <td>${x.category}</td>
                <td><strong class="tag ${x.published ? 'tag--on' : ''}">${x.published ? 'Terbit' : 'Draf'}</strong></td>
                <td>${x.bookable ? 'Ya' : 'Tidak'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
