// The audit log page (#/audit): every staff action, newest first, read by date range, actor and action (the server
// filters: /staff/audit?from&to&actor&action), with the state before and after. The log never holds a NIK, a phone
// or a resident's name (server/test/staff-audit.test.ts); the page shows what the log holds, as text.
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../src/internal/ui/heading.js';
import { notice } from '../../../src/internal/ui/notice.js';
import { isCalendarDate } from '../../../src/rules/index.js';
import { errorSummary, fieldMessages, focusSummary, problemMessage } from '../../core/errors.js';
import { fieldsStyles, select, textInput } from '../../core/fields.js';
import { pageStyles, StaffPage } from '../../core/page.js';
import type { components } from '../../../src/api/mpp-api.js';

type AuditEntry = components['schemas']['AuditEntry'];

/** The actions a person looks for, in words; a prefix ending in a dot is every action of its kind. */
export const ACTIONS: readonly { value: string; label: string }[] = [
  { value: '', label: 'Semua tindakan' },
  { value: 'staff.', label: 'Akun dan masuk/keluar' },
  { value: 'staff.login_refused', label: 'Masuk ditolak' },
  { value: 'api_key.', label: 'Kunci API' },
  { value: 'service.', label: 'Layanan dan katalog' },
  { value: 'schedule.replace', label: 'Jadwal dan kuota' },
  { value: 'closure.', label: 'Hari tutup' },
  { value: 'booking.', label: 'Booking di loket' },
  { value: 'queue.', label: 'Panggilan antrean' },
  { value: 'application.', label: 'Permohonan' },
];

/** A recorded state as `key: value` lines (text only: Lit escapes every value). */
function stateView(state: unknown): TemplateResult | string {
  if (state === null || state === undefined) return '—';
  if (typeof state !== 'object') return String(state);
  return html`<ul class="state">
    ${Object.entries(state as Record<string, unknown>).map(
      ([k, v]) =>
        html`<li>
          <span class="state__key">${k}</span>: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}
        </li>`,
    )}
  </ul>`;
}

/**
 * The audit log for administrators (an agency administrator sees its agency's entries).
 *
 * @tagname staff-audit-page
 */
export class StaffAuditPage extends StaffPage {
  static override styles = [pageStyles, fieldsStyles];
  static override properties = {
    ...StaffPage.properties,
    entries: { state: true },
    state: { state: true },
    filters: { state: true },
    errors: { state: true },
    failure: { state: true },
    next: { state: true },
  };

  entries: AuditEntry[] = [];
  state: 'loading' | 'ready' | 'failed' = 'loading';
  filters = { from: '', to: '', actor: '', action: '' };
  errors: Record<string, string> = {};
  failure?: string;
  /** The `before` of the next (older) page; null on the last. */
  next: number | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    void this.focusHeading();
  }

  /** Reads the first page with the filters, or the next page after `before`. */
  private async load(before?: number): Promise<void> {
    const f = this.filters;
    const errors: Record<string, string> = {};
    if (f.from && !isCalendarDate(f.from)) errors['audit-from'] = 'Tulis tanggal seperti 2026-12-07.';
    if (f.to && !isCalendarDate(f.to)) errors['audit-to'] = 'Tulis tanggal seperti 2026-12-07.';
    this.errors = errors;
    if (Object.keys(errors).length) return void focusSummary(this);
    if (before === undefined) this.state = 'loading';
    try {
      const page = await this.api.call('get', '/staff/audit', {
        query: {
          limit: 50,
          ...(before ? { before } : {}),
          ...(f.from ? { from: f.from } : {}),
          ...(f.to ? { to: f.to } : {}),
          ...(f.actor.trim() ? { actor: f.actor.trim() } : {}),
          ...(f.action ? { action: f.action } : {}),
        },
      });
      this.entries = before === undefined ? page.items : [...this.entries, ...page.items];
      this.next = page.next;
      this.state = 'ready';
    } catch (error) {
      const byField = fieldMessages(error);
      if (Object.keys(byField).length) {
        this.errors = Object.fromEntries(Object.entries(byField).map(([k, m]) => [`audit-${k}`, m]));
        this.state = 'ready';
        void focusSummary(this);
      } else {
        this.failure = problemMessage(error);
        this.state = 'failed';
      }
    }
  }

  private set(key: keyof StaffAuditPage['filters'], value: string) {
    this.filters = { ...this.filters, [key]: value };
  }

  /**
   * What the status line says. It stays in the page and only its text changes, so a screen reader hears each
   * outcome of a filter (a region inserted with its text is not read); "Memuat" between two loads makes a repeated
   * count a change too.
   */
  private get status(): string {
    if (this.state === 'loading') return 'Memuat catatan…';
    if (this.state === 'failed') return '';
    return this.entries.length ? `${this.entries.length} catatan ditampilkan.` : 'Tidak ada catatan yang cocok.';
  }

  private table(): TemplateResult | typeof nothing {
    if (this.state === 'failed')
      return notice({
        tone: 'error',
        title: 'Catatan audit tidak dapat dimuat',
        message: this.failure,
        action: {
          label: 'Coba lagi',
          // The button goes while the log loads: focus to the heading, not the page's body.
          onClick: () => (void this.focusHeading(), void this.load()),
        },
      });
    if (this.state === 'loading' || !this.entries.length) return nothing;
    return html`<div class="table-wrap">
        <table>
          <caption class="visually-hidden">
            Catatan audit, terbaru di atas
          </caption>
          <thead>
            <tr>
              <th scope="col">Waktu</th>
              <th scope="col">Pelaku</th>
              <th scope="col">Tindakan</th>
              <th scope="col">Instansi</th>
              <th scope="col">Sasaran</th>
              <th scope="col">Sebelum</th>
              <th scope="col">Sesudah</th>
            </tr>
          </thead>
          <tbody>
            ${this.entries.map(
              (e) =>
                html`<tr>
                  <td>${e.at.slice(0, 16).replace('T', ' ')}</td>
                  <td>${e.actorLabel}</td>
                  <td>${e.action}</td>
                  <td>${e.agencyId ?? 'Seluruh MPP'}</td>
                  <td>${e.target ?? '—'}</td>
                  <td>${stateView(e.before)}</td>
                  <td>${stateView(e.after)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        this.next
          ? html`<p>
              <button type="button" class="button button--secondary" @click=${() => void this.load(this.next!)}>
                Tampilkan yang lebih lama
              </button>
            </p>`
          : nothing
      }`;
  }

  override render() {
    const f = this.filters;
    const items = Object.entries(this.errors).map(([field, message]) => ({ field, message }));
    return html`
      ${heading(1, 'Catatan audit', { id: 'page-heading', focusable: true })}
      <p>
        Setiap tindakan staf: siapa, kapan, apa, keadaan sebelum dan sesudah. Tidak memuat NIK, nomor telepon, atau nama
        warga.
      </p>
      ${errorSummary(this.shadowRoot!, items, 'Ada yang perlu diperbaiki')}
      <form
        novalidate
        aria-label="Saring catatan"
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.load();
        }}
      >
        <div class="filters">
          ${textInput({ id: 'audit-from', label: 'Dari tanggal', hint: 'Contoh: 2026-12-01', optional: true, width: 'short', error: this.errors['audit-from'], value: f.from, onInput: (v) => this.set('from', v) })}
          ${textInput({ id: 'audit-to', label: 'Sampai tanggal', hint: 'Contoh: 2026-12-31', optional: true, width: 'short', error: this.errors['audit-to'], value: f.to, onInput: (v) => this.set('to', v) })}
          ${textInput({ id: 'audit-actor', label: 'Pelaku', hint: 'E-mail staf atau nama kunci API, persis', optional: true, error: this.errors['audit-actor'], value: f.actor, onInput: (v) => this.set('actor', v) })}
          ${select({ id: 'audit-action', label: 'Tindakan', error: this.errors['audit-action'], value: f.action, options: ACTIONS, onChange: (v) => this.set('action', v) })}
        </div>
        <button type="submit" class="button">Saring</button>
      </form>
      <p role="status">${this.status}</p>
      ${this.table()}
    `;
  }
}

customElements.define('staff-audit-page', StaffAuditPage);
