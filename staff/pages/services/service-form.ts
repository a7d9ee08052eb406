// The form of one service: every public component of the service standard (PermenPANRB 15/2014), published or a
// draft. Errors show beside their fields and in the error summary; nothing typed is lost when a save is refused.
import { html, nothing, type TemplateResult } from 'lit';
import type { Agency } from '../../../src/api/types.js';
import { notice } from '../../../src/internal/ui/notice.js';
import { errorSummary } from '../../core/errors.js';
import { checkbox, select, textArea, textInput } from '../../core/fields.js';
import { hrefOf } from '../../core/router.js';
import { summaryOf, type FormState } from './services-controller.js';
import type { DraftPatch, ServiceDraft } from './service-draft.js';
import { englishSection } from './service-form-english.js';

export interface FormView {
  state: FormState;
  root: ShadowRoot;
  agencies: Agency[];
  /** An MPP administrator chooses the agency; an agency administrator's is fixed. */
  chooseAgency: boolean;
  onChange: (patch: DraftPatch) => void;
  onSave: (event: Event) => void;
  onRetry: () => void;
}

const CONFIDENCE = [
  { value: 'verified-local', label: 'Terverifikasi dengan SOP setempat' },
  { value: 'verified-national', label: 'Terverifikasi dengan ketentuan nasional' },
  { value: 'typical', label: 'Tipikal nasional, menunggu konfirmasi setempat' },
];

export function serviceForm(v: FormView): TemplateResult {
  const s = v.state;
  const title = s.kind !== 'editing' ? 'Layanan' : s.stored ? `Ubah layanan: ${s.stored.name}` : 'Tambah layanan';
  // One outer template whatever the state: the heading (focused when the page opens) stays the same element when
  // the service arrives, so focus is not lost.
  return html`<p><a class="link" href=${hrefOf('layanan')}>Kembali ke daftar layanan</a></p>
    ${s.kind === 'editing' ? errorSummary(v.root, summaryOf(s.errors, s.problem), 'Layanan belum disimpan') : nothing}
    <h1 part="heading" tabindex="-1">${title}</h1>
    ${formBody(v)}`;
}

function formBody(v: FormView): TemplateResult {
  const s = v.state;
  if (s.kind === 'loading') return html`<p role="status">Memuat layanan…</p>`;
  if (s.kind === 'failed')
    return notice({
      tone: 'error',
      title: 'Layanan tidak dapat dimuat.',
      message: s.message,
      live: 'assertive',
      action: { label: 'Coba lagi', onClick: v.onRetry },
    });
  const d = s.draft;
  const e = s.errors;
  const set = v.onChange;
  const own = v.agencies.find((a) => a.id === d.agencyId);
  return html`${
      s.saved
        ? notice({
            tone: 'success',
            title: 'Layanan disimpan.',
            message: s.stored?.published
              ? 'Warga sudah dapat melihat perubahan ini di pencari layanan.'
              : 'Layanan ini masih draf: warga belum melihatnya.',
            live: 'polite',
          })
        : nothing
    }
    <form novalidate @submit=${v.onSave}>
      <fieldset>
        <legend>Identitas layanan</legend>
        ${
          s.stored
            ? html`<p>Kode layanan: <code>${s.stored.id}</code></p>`
            : textInput({
                id: 'id',
                label: 'Kode layanan',
                optional: true,
                hint: 'Huruf kecil, angka dan tanda hubung. Kosongkan agar dibuat dari instansi dan nama.',
                value: d.id,
                error: e.id,
                onInput: (id) => set({ id }),
              })
        }
        ${
          v.chooseAgency
            ? select({
                id: 'agency',
                label: 'Instansi',
                value: d.agencyId,
                error: e.agency,
                options: [
                  ...(d.agencyId ? [] : [{ value: '', label: 'Pilih instansi' }]),
                  ...v.agencies.map((a) => ({ value: a.id, label: a.name })),
                ],
                onChange: (agencyId) => set({ agencyId }),
              })
            : html`<p>Instansi: <strong>${own?.name ?? d.agencyId}</strong></p>`
        }
        ${textInput({ id: 'name', label: 'Nama layanan', value: d.name, error: e.name, onInput: (name) => set({ name }) })}
        ${textInput({
          id: 'category',
          label: 'Kategori',
          hint: 'Misalnya Kependudukan, Perizinan, Pajak.',
          value: d.category,
          error: e.category,
          onInput: (category) => set({ category }),
        })}
        ${textInput({
          id: 'summary',
          label: 'Ringkasan',
          optional: true,
          hint: 'Satu kalimat tentang kegunaan layanan.',
          value: d.summary,
          error: e.summary,
          onInput: (summary) => set({ summary }),
        })}
        ${textInput({
          id: 'keywords',
          label: 'Kata kunci pencarian',
          optional: true,
          hint: 'Singkatan dan sinonim yang diketik warga, dipisah koma. Misalnya: ktp, e-ktp, kartu tanda penduduk.',
          value: d.keywords,
          error: e.keywords,
          onInput: (keywords) => set({ keywords }),
        })}
      </fieldset>
      <fieldset>
        <legend>Standar pelayanan</legend>
        ${textArea({
          id: 'requirements',
          label: 'Persyaratan',
          hint: 'Satu persyaratan per baris.',
          value: d.requirements,
          error: e.requirements,
          rows: 5,
          onInput: (requirements) => set({ requirements }),
        })}
        ${textArea({
          id: 'procedure',
          label: 'Prosedur',
          hint: 'Satu langkah per baris, berurutan.',
          value: d.procedure,
          error: e.procedure,
          rows: 5,
          onInput: (procedure) => set({ procedure }),
        })}
        ${textInput({
          id: 'duration-text',
          label: 'Jangka waktu penyelesaian',
          hint: 'Seperti diumumkan, misalnya 3 hari kerja setelah berkas lengkap.',
          value: d.durationText,
          error: e['duration-text'],
          onInput: (durationText) => set({ durationText }),
        })}
        ${textInput({
          id: 'duration-days',
          label: 'Waktu terlama dalam hari kerja',
          optional: true,
          hint: 'Angka; 0 berarti selesai di hari yang sama.',
          width: 'short',
          inputmode: 'numeric',
          value: d.durationDays,
          error: e['duration-days'],
          onInput: (durationDays) => set({ durationDays }),
        })}
        ${checkbox({
          id: 'cost-free',
          label: 'Layanan ini gratis',
          checked: d.free,
          error: e['cost-free'],
          onChange: (free) => set({ free }),
        })}
        ${textInput({
          id: 'cost-amount',
          label: 'Tarif tetap (rupiah)',
          optional: true,
          hint: 'Hanya bila ada satu tarif tetap, misalnya 650000.',
          width: 'medium',
          inputmode: 'numeric',
          value: d.amount,
          error: e['cost-amount'],
          onInput: (amount) => set({ amount }),
        })}
        ${textInput({
          id: 'cost-text',
          label: 'Biaya/tarif seperti diumumkan',
          hint: 'Misalnya Gratis, atau Rp650.000 (5 tahun) / Rp950.000 (10 tahun).',
          value: d.costText,
          error: e['cost-text'],
          onInput: (costText) => set({ costText }),
        })}
        ${textInput({ id: 'product', label: 'Produk layanan', value: d.product, error: e.product, onInput: (product) => set({ product }) })}
        ${textArea({
          id: 'complaints',
          label: 'Penanganan pengaduan',
          hint: 'Satu sarana per baris: nama | keterangan | alamat web. Keterangan dan alamat web boleh kosong.',
          value: d.complaints,
          error: e.complaints,
          rows: 3,
          onInput: (complaints) => set({ complaints }),
        })}
        ${textArea({
          id: 'legalBasis',
          label: 'Dasar hukum',
          optional: true,
          hint: 'Satu peraturan per baris.',
          value: d.legalBasis,
          error: e.legalBasis,
          rows: 3,
          onInput: (legalBasis) => set({ legalBasis }),
        })}
        ${textInput({
          id: 'counter',
          label: 'Tempat layanan',
          hint: 'Di mana layanan diberikan di MPP, misalnya Loket 1–3, lantai 1.',
          value: d.counter,
          error: e.counter,
          onInput: (counter) => set({ counter }),
        })}
        ${textArea({
          id: 'notes',
          label: 'Catatan untuk warga',
          optional: true,
          value: d.notes,
          error: e.notes,
          rows: 2,
          onInput: (notes) => set({ notes }),
        })}
        ${select({
          id: 'confidence',
          label: 'Kepastian standar',
          value: d.confidence,
          error: e.confidence,
          options: CONFIDENCE,
          onChange: (confidence) => set({ confidence: confidence as ServiceDraft['confidence'] }),
        })}
      </fieldset>
      ${englishSection(d.en, e, set)}
      <fieldset>
        <legend>Penayangan</legend>
        ${checkbox({
          id: 'bookable',
          label: 'Warga dapat memesan kunjungan secara daring',
          hint: 'Sesi dan kuota diatur di halaman Jadwal.',
          checked: d.bookable,
          error: e.bookable,
          onChange: (bookable) => set({ bookable }),
        })}
        ${checkbox({
          id: 'published',
          label: 'Tampilkan kepada warga',
          hint: 'Tanpa centang, layanan disimpan sebagai draf yang tidak terlihat warga.',
          checked: d.published,
          error: e.published,
          onChange: (published) => set({ published }),
        })}
      </fieldset>
      <p class="actions">
        <button class="button" type="submit" ?disabled=${s.saving}>
          ${s.saving ? 'Menyimpan…' : 'Simpan layanan'}
        </button>
        <a class="link" href=${hrefOf('layanan')}>Batal</a>
      </p>
    </form>`;
}
