// <staff-services-page> (#/layanan): the catalogue's services, a new one (#/layanan/baru) and one service's form
// (#/layanan/<id>). For MPP administrators (every agency) and agency administrators (their own).
import { css } from 'lit';
import { fieldsStyles } from '../../core/fields.js';
import { focusSummary } from '../../core/errors.js';
import { pageStyles, StaffPage } from '../../core/page.js';
import { hrefOf } from '../../core/router.js';
import { ServicesController } from './services-controller.js';
import { serviceForm } from './service-form.js';
import { servicesList } from './services-list.js';

export class StaffServicesPage extends StaffPage {
  static override styles = [
    pageStyles,
    fieldsStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5em;
      }
      .filters .field {
        flex: 1 1 16em;
        margin-bottom: 0.75em;
      }
      .tag {
        display: inline-block;
        padding: 0.1em 0.5em;
        border: 2px solid var(--_color-border);
        border-radius: var(--_radius);
        font-size: 0.875em;
      }
      .tag--on {
        border-color: var(--_color-success);
        color: var(--_color-success);
      }
      form {
        max-width: 48em;
      }
    `,
  ];

  private readonly services = new ServicesController(this);
  /** `undefined`: the list; `''`: a new service; else the id of the service open in the form. */
  private serviceId: string | undefined;

  override connectedCallback() {
    super.connectedCallback();
    const [, sub] = this.section;
    this.serviceId = sub === undefined ? undefined : sub === 'baru' ? '' : sub;
    void this.services.loadAgencies();
    if (this.serviceId === undefined) void this.services.loadList();
    else void this.services.openForm(this.serviceId || undefined);
  }

  private async save(event: Event) {
    event.preventDefault();
    const created = this.serviceId === '';
    const saved = await this.services.save();
    const f = this.services.form;
    if (!saved) return focusSummary(this);
    // A new service now has an address of its own; replaceState keeps this page (and its notice) mounted.
    if (created && f.kind === 'editing' && f.stored) {
      this.serviceId = f.stored.id;
      history.replaceState(null, '', hrefOf('layanan', f.stored.id));
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  override render() {
    const c = this.services;
    if (this.serviceId === undefined)
      return servicesList({
        state: c.list,
        agencies: c.agencies,
        search: c.search,
        agencyFilter: c.agencyFilter,
        allAgencies: this.account.role === 'mpp_admin',
        onSearch: (v) => ((c.search = v), this.requestUpdate()),
        onAgency: (v) => ((c.agencyFilter = v), this.requestUpdate()),
        onRetry: () => void c.loadList(),
      });
    return serviceForm({
      state: c.form,
      root: this.shadowRoot!,
      agencies: c.agencies,
      chooseAgency: this.account.role === 'mpp_admin',
      onChange: (patch) => c.change(patch),
      onSave: (e) => void this.save(e),
      onRetry: () => void c.openForm(this.serviceId || undefined),
    });
  }
}

customElements.define('staff-services-page', StaffServicesPage);
