// The first page after signing in: who is signed in, with which role, and the sections they may open.
import { html } from 'lit';
import { StaffPage } from '../../core/page.js';
import { ROLE_LABELS } from '../../core/roles.js';
import { hrefOf } from '../../core/router.js';
import { routesFor } from '../../core/routes.js';

export class StaffHomePage extends StaffPage {
  override render() {
    const sections = routesFor(this.account.role).filter((r) => r.path !== 'beranda');
    return html`
      <h1 part="heading" tabindex="-1">Selamat datang, ${this.account.name}</h1>
      <p>
        Anda masuk sebagai <strong>${ROLE_LABELS[this.account.role]}</strong>${
          this.account.agencyId ? html` untuk instansi <strong>${this.account.agencyId}</strong>` : ''
        }.
      </p>
      ${
        sections.length
          ? html`<h2 part="heading">Yang dapat Anda kerjakan</h2>
              <ul>
                ${sections.map((r) => html`<li><a href=${hrefOf(r.path)}>${r.label}</a></li>`)}
              </ul>`
          : html`<p>Belum ada halaman untuk peran Anda.</p>`
      }
    `;
  }
}

customElements.define('staff-home-page', StaffHomePage);
