// The service form's English section: the translation residents on English pages read (`translations.en`), each
// field typed in English (`lang="en"`), an empty one untranslated (those residents read Bahasa Indonesia there).
import { html } from 'lit';
import type { TranslatableField } from '../../../src/api/types.js';
import { textArea, textInput } from '../../core/fields.js';
import type { DraftPatch, EnglishDraft } from './service-draft.js';

/**
 * The English fields: each text residents read (TRANSLATABLE_FIELDS), labelled in Bahasa Indonesia, typed in
 * English. A hint says a list's format; the section's hint says what an empty field means.
 */
const ENGLISH: readonly { field: TranslatableField; label: string; hint?: string; rows?: number }[] = [
  { field: 'name', label: 'Nama layanan' },
  { field: 'category', label: 'Kategori' },
  { field: 'summary', label: 'Ringkasan' },
  { field: 'duration', label: 'Jangka waktu penyelesaian' },
  { field: 'cost', label: 'Biaya/tarif' },
  { field: 'requirements', label: 'Persyaratan', hint: 'Satu persyaratan per baris.', rows: 5 },
  { field: 'procedure', label: 'Prosedur', hint: 'Satu langkah per baris, berurutan.', rows: 5 },
  { field: 'product', label: 'Produk layanan' },
  {
    field: 'complaints',
    label: 'Penanganan pengaduan',
    hint: 'Satu sarana per baris: nama | keterangan | alamat web, seperti di atas.',
    rows: 3,
  },
  { field: 'notes', label: 'Catatan untuk warga', rows: 2 },
];

/** The form's optional English section; `set` takes the English fields changed. */
export function englishSection(en: EnglishDraft, errors: Record<string, string>, set: (patch: DraftPatch) => void) {
  return html`<fieldset aria-describedby="en-section-hint">
    <legend>Bahasa Inggris (opsional)</legend>
    <p class="field__hint" id="en-section-hint">
      Untuk warga yang membuka halaman berbahasa Inggris. Kolom yang kosong ditampilkan kepada warga dalam bahasa
      Indonesia.
    </p>
    ${ENGLISH.map((f) => {
      const o = {
        id: `en-${f.field}`,
        label: `${f.label} dalam bahasa Inggris`,
        lang: 'en',
        value: en[f.field],
        error: errors[`en-${f.field}`],
        onInput: (v: string) => set({ en: { [f.field]: v } }),
        ...(f.hint ? { hint: f.hint } : {}),
      };
      return f.rows ? textArea({ ...o, rows: f.rows }) : textInput(o);
    })}
  </fieldset>`;
}
