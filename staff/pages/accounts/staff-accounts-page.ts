// The accounts page (#/akun): the MPP's staff accounts (an agency administrator: its agency's), a new account, and
// one account's change — role, agency, disabled, a new password. Uses the existing /staff/accounts API; the server
// authorizes each change (an agency administrator never reaches another agency nor makes an MPP administrator).
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../src/internal/ui/heading.js';
import { notice } from '../../../src/internal/ui/notice.js';
import { errorSummary, focusSummary } from '../../core/errors.js';
import { checkbox, fieldsStyles, select, textInput } from '../../core/fields.js';
import { pageStyles, StaffPage } from '../../core/page.js';
import { ROLE_LABELS, type StaffRole } from '../../core/roles.js';
import { AccountsController, MIN_PASSWORD } from './accounts-controller.js';

/**
 * Staff accounts: list, create, change role or agency, disable, reset a password.
 *
 * @tagname staff-accounts-page
 */
export class StaffAccountsPage extends StaffPage {
  static override styles = [pageStyles, fieldsStyles];
  static override properties = { ...StaffPage.properties, agencies: { state: true } };

  agencies: { id: string; name: string }[] = [];

  readonly accounts = new AccountsController(
    this,
    () => void focusSummary(this),
    () => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus()),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    void this.accounts.load();
    void this.api
      .call('get', '/agencies')
      .then(({ items }) => (this.agencies = items.map((a) => ({ id: a.id, name: a.name }))))
      .catch(() => undefined);
    void this.focusHeading();
  }

  /** The roles the signed-in administrator may give (the server checks again). */
  private get roles(): StaffRole[] {
    return this.account.role === 'mpp_admin'
      ? ['mpp_admin', 'agency_admin', 'officer', 'viewer']
      : ['agency_admin', 'officer', 'viewer'];
  }

  private agencyName(id: string | null) {
    return id === null ? 'Seluruh MPP' : (this.agencies.find((a) => a.id === id)?.name ?? id);
  }

  private form(): TemplateResult {
    const c = this.accounts;
    const a = c.answers;
    const isNew = c.editing === 'new';
    const self = c.editing === this.account.id;
    const mpp = this.account.role === 'mpp_admin';
    return html`<form
      novalidate
      aria-labelledby="form-heading"
      @submit=${(e: Event) => {
        e.preventDefault();
        void c.save();
      }}
    >
      ${heading(2, isNew ? 'Akun baru' : `Ubah akun ${a.email}`, { id: 'form-heading', focusable: true })}
      ${
        isNew
          ? textInput({
              id: 'account-email',
              label: 'E-mail',
              hint: 'Dipakai untuk masuk.',
              error: c.errors['account-email'],
              value: a.email,
              onInput: (v) => c.answer('email', v),
            })
          : nothing
      }
      ${textInput({ id: 'account-name', label: 'Nama', error: c.errors['account-name'], value: a.name, onInput: (v) => c.answer('name', v) })}
      ${
        self
          ? html`<p>Peran, instansi dan status akun Anda sendiri diubah oleh administrator lain.</p>`
          : html`${select({
              id: 'account-role',
              label: 'Peran',
              error: c.errors['account-role'],
              value: a.role,
              options: this.roles.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
              onChange: (v) => c.answer('role', v as StaffRole),
            })}
            ${
              mpp
                ? select({
                    id: 'account-agency',
                    label: 'Instansi',
                    hint: 'Administrator instansi dan petugas loket memerlukan instansi; administrator MPP tidak.',
                    error: c.errors['account-agency'],
                    value: a.agencyId,
                    options: [
                      { value: '', label: 'Tanpa instansi (seluruh MPP)' },
                      ...this.agencies.map((x) => ({ value: x.id, label: x.name })),
                    ],
                    onChange: (v) => c.answer('agencyId', v),
                  })
                : html`<p><strong>Instansi:</strong> ${this.agencyName(this.account.agencyId)}</p>`
            }
            ${isNew ? nothing : checkbox({ id: 'account-disabled', label: 'Nonaktifkan akun ini (tidak dapat masuk)', checked: a.disabled, onChange: (v) => c.answer('disabled', v) })}`
      }
      ${this.passwordField(isNew)}
      <div class="actions">
        <button type="submit" class="button" ?disabled=${c.busy}>${isNew ? 'Buat akun' : 'Simpan perubahan'}</button>
        <button type="button" class="button button--secondary" @click=${() => c.cancel()}>Batal</button>
      </div>
    </form>`;
  }

  /** The password: required for a new account; for a change, filled only to reset it (its sessions then end). */
  private passwordField(isNew: boolean) {
    const c = this.accounts;
    const error = c.errors['account-password'];
    const hint = isNew
      ? `Sekurang-kurangnya ${MIN_PASSWORD} karakter. Sampaikan kepada pemilik akun secara langsung.`
      : `Isi hanya untuk mengatur ulang kata sandi (sekurang-kurangnya ${MIN_PASSWORD} karakter); sesi akun itu berakhir.`;
    return html`<div class="field ${error ? 'field--error' : ''}">
      <label class="field__label" for="account-password">${isNew ? 'Kata sandi' : 'Kata sandi baru'}</label>
      <div class="field__hint" id="account-password-hint">${hint}</div>
      ${error ? html`<p class="field__error" id="account-password-error"><span class="visually-hidden">Kesalahan:</span> ${error}</p>` : nothing}
      <input
        class="field__input field__input--medium"
        id="account-password"
        name="account-password"
        type="password"
        autocomplete="new-password"
        aria-describedby=${error ? 'account-password-hint account-password-error' : 'account-password-hint'}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${c.answers.password}
        @input=${(e: Event) => c.answer('password', (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  private table(): TemplateResult {
    const c = this.accounts;
    if (c.listState === 'loading') return html`<p role="status">Memuat akun…</p>`;
    if (c.listState === 'failed')
      return notice({
        tone: 'error',
        title: 'Akun tidak dapat dimuat',
        message: c.failure,
        action: { label: 'Coba lagi', onClick: () => void c.load() },
      });
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          Akun staf
        </caption>
        <thead>
          <tr>
            <th scope="col">Nama</th>
            <th scope="col">E-mail</th>
            <th scope="col">Peran</th>
            <th scope="col">Instansi</th>
            <th scope="col">Status</th>
            <th scope="col">Tindakan</th>
          </tr>
        </thead>
        <tbody>
          ${c.list.map(
            (x) =>
              html`<tr>
                <td>${x.name}</td>
                <td>${x.email}</td>
                <td>${ROLE_LABELS[x.role]}</td>
                <td>${this.agencyName(x.agencyId)}</td>
                <td>${x.disabled ? 'Nonaktif' : 'Aktif'}</td>
                <td>
                  <button type="button" class="button button--secondary" @click=${() => c.startEdit(x)}>
                    Ubah<span class="visually-hidden"> ${x.email}</span>
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const c = this.accounts;
    const items = Object.entries(c.errors).map(([field, message]) => ({ field, message }));
    return html`
      ${heading(1, 'Akun staf', { id: 'page-heading', focusable: true })}
      <p>Administrator MPP mengatur semua akun; administrator instansi mengatur akun instansinya.</p>
      ${c.done ? notice({ tone: 'success', title: c.done, live: 'polite' }) : nothing}
      ${c.failure && c.listState !== 'failed' ? notice({ tone: 'error', title: 'Perubahan tidak dapat disimpan', message: c.failure, live: 'assertive' }) : nothing}
      ${errorSummary(this.shadowRoot!, items, 'Ada yang perlu diperbaiki')}
      ${
        c.editing
          ? this.form()
          : html`<p><button type="button" class="button" @click=${() => c.startNew()}>Buat akun baru</button></p>`
      }
      ${this.table()}
    `;
  }
}

customElements.define('staff-accounts-page', StaffAccountsPage);
