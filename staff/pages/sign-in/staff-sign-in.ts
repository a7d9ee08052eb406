// The sign-in page: e-mail and password, checked here for what is missing, then by the server (401, or 429 while
// the account waits after failed tries). Every problem goes into the GOV.UK error summary, which takes focus.
import { html, LitElement, type PropertyDeclarations } from 'lit';
import { textField } from '../../../src/internal/ui/field.js';
import { notice } from '../../../src/internal/ui/notice.js';
import { errorSummary, focusSummary, problemMessage, waitInWords, type SummaryItem } from '../../core/errors.js';
import { pageStyles } from '../../core/page.js';
import type { StaffSession } from '../../core/roles.js';
import { MppApiError, type StaffApi } from '../../core/staff-api.js';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Why the form cannot be sent yet, per field. */
export function signInProblems(email: string, password: string): SummaryItem[] {
  const items: SummaryItem[] = [];
  if (!email.trim()) items.push({ field: 'email', message: 'Masukkan alamat e-mail Anda.' });
  else if (!EMAIL.test(email.trim()))
    items.push({ field: 'email', message: 'Masukkan alamat e-mail yang benar, misalnya nama@instansi.go.id.' });
  if (!password) items.push({ field: 'password', message: 'Masukkan kata sandi Anda.' });
  return items;
}

/** What the server's refusal means to the person signing in. */
export function refusalOf(error: unknown): SummaryItem {
  if (error instanceof MppApiError && error.status === 401)
    return { field: 'email', message: 'E-mail atau kata sandi salah.' };
  if (error instanceof MppApiError && error.status === 429)
    return {
      message: error.retryAfter
        ? `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${waitInWords(error.retryAfter)}.`
        : 'Terlalu banyak percobaan masuk yang gagal. Coba lagi nanti.',
    };
  return { message: problemMessage(error) };
}

/**
 * `<staff-sign-in>`: the sign-in form. Sends `staff-signed-in` (detail: the session) when the server lets the
 * person in; the shell then shows the pages their role may use.
 */
export class StaffSignIn extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    message: {},
    email: { state: true },
    password: { state: true },
    problems: { state: true },
    sending: { state: true },
  };
  static override styles = pageStyles;

  api!: StaffApi;
  /** A note above the form: "you signed out", "your session ended". */
  message = '';
  email = '';
  password = '';
  problems: SummaryItem[] = [];
  sending = false;

  private async submit(event: Event) {
    event.preventDefault();
    if (this.sending) return;
    this.problems = signInProblems(this.email, this.password);
    if (this.problems.length) return focusSummary(this);
    this.sending = true;
    try {
      const session: StaffSession = await this.api.call('post', '/staff/login', {
        body: { email: this.email.trim(), password: this.password },
      });
      this.password = '';
      this.dispatchEvent(new CustomEvent('staff-signed-in', { detail: session, bubbles: true, composed: true }));
    } catch (error) {
      this.problems = [refusalOf(error)];
      await focusSummary(this);
    } finally {
      this.sending = false;
    }
  }

  private errorOf(field: string) {
    return this.problems.find((p) => p.field === field)?.message;
  }

  override render() {
    return html`
      ${errorSummary(this.shadowRoot!, this.problems)}
      <h1 part="heading" tabindex="-1">Masuk sebagai petugas MPP</h1>
      ${this.message ? notice({ tone: 'info', title: this.message, live: 'polite' }) : ''}
      <form novalidate @submit=${this.submit}>
        ${textField({
          id: 'email',
          label: 'E-mail',
          type: 'email',
          autocomplete: 'email',
          value: this.email,
          error: this.errorOf('email'),
          errorPrefix: 'Kesalahan:',
          onInput: (v) => (this.email = v),
        })}
        <div class="field ${this.errorOf('password') ? 'field--error' : ''}">
          <label class="field__label" for="password">Kata sandi</label>
          ${
            this.errorOf('password')
              ? html`<p class="field__error" id="password-error">
                  <span class="visually-hidden">Kesalahan:</span> ${this.errorOf('password')}
                </p>`
              : ''
          }
          <input
            class="field__input field__input--medium"
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            aria-describedby=${this.errorOf('password') ? 'password-error' : ''}
            aria-invalid=${this.errorOf('password') ? 'true' : 'false'}
            .value=${this.password}
            @input=${(e: Event) => (this.password = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button class="button" type="submit" ?disabled=${this.sending}>${this.sending ? 'Memeriksa…' : 'Masuk'}</button>
      </form>
      <p>Lupa kata sandi? Minta administrator instansi atau administrator MPP mengaturnya ulang.</p>
    `;
  }
}

customElements.define('staff-sign-in', StaffSignIn);
