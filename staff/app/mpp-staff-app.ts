// <mpp-staff-app>: the staff pages' shell. Reads the session, shows the sign-in page or the navigation of what
// the signed-in role may use, and mounts one page element per section of the location hash (core/routes.ts).
import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { notice } from '../../src/internal/ui/notice.js';
import { problemMessage } from '../core/errors.js';
import { pageStyles, type StaffPage } from '../core/page.js';
import { ROLE_LABELS, type StaffAccount, type StaffSession } from '../core/roles.js';
import { hrefOf, sectionOf } from '../core/router.js';
import { routesFor, type StaffRoute } from '../core/routes.js';
import { MppApiError, StaffApi } from '../core/staff-api.js';
import '../pages/sign-in/staff-sign-in.js';

type ShellState =
  | { kind: 'loading' }
  | { kind: 'signed-out'; message: string }
  | { kind: 'unreachable'; message: string }
  | { kind: 'signed-in'; account: StaffAccount };

/** The document's title for a section. */
const titleOf = (label: string) => `${label} — Petugas MPP`;

export class MppStaffApp extends LitElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    state: { state: true },
    route: { state: true },
    page: { state: true },
    pageError: { state: true },
  };
  static override styles = [
    pageStyles,
    css`
      :host {
        min-height: 100vh;
        display: flex;
        flex-direction: column;
      }
      .skip {
        position: absolute;
        left: -10000px;
      }
      .skip:focus {
        position: static;
        display: inline-block;
        padding: 0.5em;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1.5em;
        align-items: center;
        justify-content: space-between;
        padding: 0.75em 1.25em;
        color: var(--_color-on-primary);
        background: var(--_color-primary);
      }
      header .brand {
        font-weight: 700;
        font-size: 1.125em;
        margin: 0;
      }
      header .who {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        align-items: center;
        margin: 0;
      }
      header .button--secondary {
        min-height: 2.75em;
      }
      nav {
        border-bottom: 1px solid var(--_color-border);
        background: var(--_color-surface-alt);
        padding: 0 1.25em;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0 0.25em;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      nav a {
        display: inline-block;
        padding: 0.75em 0.75em;
        min-height: 1.5em;
        color: var(--_color-primary);
        font-weight: 700;
        text-decoration: none;
        border-bottom: 4px solid transparent;
      }
      nav a[aria-current='page'] {
        color: var(--_color-text);
        border-bottom-color: var(--_color-primary);
      }
      nav a:hover {
        text-decoration: underline;
      }
      main {
        flex: 1;
        width: 100%;
        max-width: 72em;
        margin: 0 auto;
        padding: 1.5em 1.25em 3em;
        box-sizing: border-box;
      }
      main:focus {
        outline: none;
      }
    `,
  ];

  /** The API's base URL; the reference server's `/api/v1` on this origin unless set. */
  apiBase = '/api/v1';
  state: ShellState = { kind: 'loading' };
  route: StaffRoute | null = null;
  /** The mounted page element. */
  page: StaffPage | null = null;
  pageError = '';

  private api!: StaffApi;
  /** The section asked for before the session was known (a bookmarked `#/layanan`), opened once signed in. */
  private opening = 0;
  private readonly onHash = () => void this.open(true);

  override connectedCallback() {
    super.connectedCallback();
    this.api = new StaffApi(new URL(this.apiBase, location.href).href);
    this.api.onSignedOut = () => this.signedOut('Sesi Anda telah berakhir. Silakan masuk lagi.');
    addEventListener('hashchange', this.onHash);
    void this.loadSession();
  }

  override disconnectedCallback() {
    removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  /** Asks the server who is signed in (the cookie is HttpOnly: only the server knows). */
  async loadSession() {
    this.state = { kind: 'loading' };
    try {
      const session = await this.api.call('get', '/staff/session');
      this.signedIn(session, false);
    } catch (error) {
      if (error instanceof MppApiError && error.status === 401) this.signedOut('');
      else this.state = { kind: 'unreachable', message: problemMessage(error) };
    }
  }

  private signedIn(session: StaffSession, moveFocus: boolean) {
    this.api.csrfToken = session.csrfToken;
    this.state = { kind: 'signed-in', account: session.account };
    void this.open(moveFocus);
  }

  private signedOut(message: string) {
    this.api.csrfToken = null;
    this.page = null;
    this.route = null;
    this.state = { kind: 'signed-out', message };
    document.title = titleOf('Masuk');
  }

  private async signOut() {
    try {
      await this.api.call('post', '/staff/logout');
      this.signedOut('Anda telah keluar.');
    } catch (error) {
      if (!(error instanceof MppApiError && error.status === 401)) this.pageError = problemMessage(error);
    }
  }

  /** Mounts the page of the hash's section (the first allowed one when the hash names none it may open). */
  private async open(moveFocus: boolean): Promise<void> {
    if (this.state.kind !== 'signed-in') return;
    const account = this.state.account;
    const allowed = routesFor(account.role);
    const [path] = sectionOf(location.hash);
    const route = allowed.find((r) => r.path === path);
    if (!route) {
      // An unknown section, or one this role may not open: the first it may, without a history entry.
      if (allowed[0] && path !== allowed[0].path) history.replaceState(null, '', hrefOf(allowed[0].path));
      if (!allowed[0]) return;
      return this.open(moveFocus);
    }
    const ticket = ++this.opening;
    this.route = route;
    this.pageError = '';
    document.title = titleOf(route.label);
    try {
      await route.load();
    } catch {
      if (ticket === this.opening) this.pageError = 'Halaman tidak dapat dimuat. Periksa jaringan, lalu muat ulang.';
      return;
    }
    if (ticket !== this.opening) return;
    const page = document.createElement(route.tag) as StaffPage;
    page.api = this.api;
    page.account = account;
    page.section = sectionOf(location.hash);
    this.page = page;
    if (moveFocus) await page.focusHeading();
  }

  /** The skip link: a button, since a `#main` link cannot reach into the shadow root. */
  private skipToMain() {
    const main = this.renderRoot.querySelector('main');
    const heading = main?.querySelector('h1') ?? this.page?.renderRoot.querySelector('h1');
    ((heading as HTMLElement | null) ?? main)?.focus();
  }

  override render() {
    const s = this.state;
    return html`
      <button type="button" class="skip link" @click=${this.skipToMain}>Langsung ke isi utama</button>
      <header>
        <p class="brand">Petugas MPP</p>
        ${
          s.kind === 'signed-in'
            ? html`<p class="who">
                <span
                  >${s.account.name} ·
                  ${ROLE_LABELS[s.account.role]}${s.account.agencyId ? ` · ${s.account.agencyId}` : ''}</span
                >
                <button type="button" class="button button--secondary" @click=${this.signOut}>Keluar</button>
              </p>`
            : nothing
        }
      </header>
      ${s.kind === 'signed-in' ? this.nav(s.account) : nothing}
      <main id="main" tabindex="-1">${this.main()}</main>
    `;
  }

  private nav(account: StaffAccount) {
    return html`<nav aria-label="Menu petugas">
      <ul>
        ${routesFor(account.role).map(
          (r) =>
            html`<li>
              <a href=${hrefOf(r.path)} aria-current=${r === this.route ? 'page' : 'false'}>${r.label}</a>
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private main() {
    const s = this.state;
    switch (s.kind) {
      case 'loading':
        return html`<p role="status">Memuat…</p>`;
      case 'unreachable':
        return html`<h1 part="heading" tabindex="-1">Petugas MPP</h1>
          ${notice({
            tone: 'error',
            title: s.message,
            live: 'assertive',
            action: { label: 'Coba lagi', onClick: () => void this.loadSession() },
          })}`;
      case 'signed-out':
        return html`<staff-sign-in
          .api=${this.api}
          .message=${s.message}
          @staff-signed-in=${(e: CustomEvent<StaffSession>) => this.signedIn(e.detail, true)}
        ></staff-sign-in>`;
      case 'signed-in':
        return html`${this.pageError ? notice({ tone: 'error', title: this.pageError, live: 'assertive' }) : nothing}
        ${this.page ?? html`<p role="status">Memuat…</p>`}`;
    }
  }
}

customElements.define('mpp-staff-app', MppStaffApp);
