// What the staff pages say when something fails: the GOV.UK error summary (items with or without a field),
// the API's failures in Bahasa Indonesia, and a wait said in words.
import { html, nothing, type TemplateResult } from 'lit';
import { focusField } from '../../src/internal/ui/error-summary.js';
import { MppApiError } from './staff-api.js';

export interface SummaryItem {
  /** The id of the field the message is about (a link to it); none for a message about the whole form. */
  field?: string;
  message: string;
}

/**
 * GOV.UK's error summary: a titled list of what went wrong, each about a field a link to it (focus moves there:
 * a `#fragment` cannot reach into a shadow root). Nothing when the list is empty. Call `focusSummary` after it shows.
 * GOV.UK Frontend's markup, as the widgets' (src/internal/ui/error-summary.ts, where the reasons are): the box takes
 * focus and has no role or label of its own, and the one alert is a wrapper inside it.
 */
export function errorSummary(
  root: ShadowRoot,
  items: readonly SummaryItem[],
  title = 'Ada masalah',
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`
    <div class="error-summary" tabindex="-1">
      <div role="alert">
        <h2 part="heading">${title}</h2>
        <ul>
          ${items.map((item) =>
            item.field
              ? html`<li>
                  <a
                    href=${`#${item.field}`}
                    @click=${(event: Event) => {
                      event.preventDefault();
                      focusField(root, item.field!);
                    }}
                    >${item.message}</a
                  >
                </li>`
              : html`<li>${item.message}</li>`,
          )}
        </ul>
      </div>
    </div>
  `;
}

/** Moves focus to the error summary once it has rendered. */
export async function focusSummary(host: { updateComplete: Promise<unknown>; renderRoot: ParentNode }): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
}

/** Seconds as a person says them: "45 detik", "2 menit", "1 menit 30 detik", "1 jam 5 menit". */
export function waitInWords(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const parts = [h && `${h} jam`, m && `${m} menit`, !h && rest && `${rest} detik`].filter(Boolean);
  return parts.join(' ');
}

/** An API failure as one sentence for a staff member (field errors are shown beside their fields instead). */
export function problemMessage(error: unknown): string {
  if (!(error instanceof MppApiError))
    return 'Terjadi kesalahan yang tidak terduga. Muat ulang halaman lalu coba lagi.';
  if (error.isNetwork) return 'Tidak dapat terhubung ke server. Periksa jaringan, lalu coba lagi.';
  switch (error.status) {
    case 401:
      return 'Sesi Anda telah berakhir. Silakan masuk lagi.';
    case 403:
      return 'Anda tidak berwenang melakukan ini.';
    case 404:
      return 'Data tidak ditemukan. Mungkin sudah dihapus orang lain.';
    case 409:
      return error.detail ?? 'Data ini sudah diubah atau sudah ada. Muat ulang, lalu coba lagi.';
    case 413:
      return 'Berkas terlalu besar.';
    case 429:
      return error.retryAfter
        ? `Terlalu banyak permintaan. Coba lagi dalam ${waitInWords(error.retryAfter)}.`
        : 'Terlalu banyak permintaan. Coba lagi sebentar lagi.';
    default:
      if (error.status >= 500) return 'Server sedang bermasalah. Coba lagi sebentar lagi.';
      return error.detail ?? 'Permintaan tidak dapat diproses.';
  }
}

/** The field errors of a 422 by field name (the first message per field). */
export function fieldMessages(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof MppApiError)
    for (const e of error.fieldErrors) if (!(e.field in out)) out[e.field] = e.message ?? 'Isian tidak valid.';
  return out;
}
