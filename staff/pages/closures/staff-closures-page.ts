// The closures page (#/hari-tutup): closed days of the MPP or of one agency, each new one checked against the
// bookings it marks before it is made; reopening one after a yes.
import { html, nothing } from 'lit';
import { errorSummary, focusErrorSummary } from '../../../src/internal/ui/error-summary.js';
import { heading } from '../../../src/internal/ui/heading.js';
import { notice } from '../../../src/internal/ui/notice.js';
import { pageStyles, StaffPage } from '../../core/page.js';
import { calendarStyles } from '../calendar-styles.js';
import { closuresApiOf } from '../calendar-api.js';
import { ClosuresController } from './closures-controller.js';
import { checkView, formView, listView, type ClosureScope } from './closures-view.js';
import { strings as t } from './strings.js';

/**
 * Holidays, cuti bersama and ad-hoc closures: the list of closed days (reopen one after a yes), and a new closure in
 * two steps — its answers, then a check page that says how many bookings it will mark before anything changes. An
 * MPP administrator closes days for the whole MPP or any agency; an agency administrator for its own agency.
 *
 * @tagname staff-closures-page
 */
export class StaffClosuresPage extends StaffPage {
  static override styles = [pageStyles, calendarStyles];
  static override properties = { ...StaffPage.properties, agencies: { state: true } };

  /** The agencies of the MPP, by name (the public list). */
  agencies: { id: string; name: string }[] = [];

  readonly closures = new ClosuresController(
    this,
    () => (this.api ? closuresApiOf(this.api) : undefined),
    () => void focusErrorSummary(this),
    () => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus()),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.account.agencyId) this.closures.answers.scope = this.account.agencyId;
    void this.closures.load();
    void this.loadAgencies();
    void this.focusHeading();
  }

  private async loadAgencies() {
    try {
      const { items } = await this.api.call('get', '/agencies');
      this.agencies = items.map((a) => ({ id: a.id, name: a.name }));
    } catch {
      // Without names the page still works: agencies show by their ids.
    }
  }

  /** Whom the signed-in administrator may close days for. */
  private get scope(): ClosureScope {
    const own = this.account.agencyId;
    const agencies = own ? [this.agencies.find((a) => a.id === own) ?? { id: own, name: own }] : this.agencies;
    return { agencies, wholeMpp: this.account.role === 'mpp_admin' };
  }

  override render() {
    const c = this.closures;
    const scope = this.scope;
    return html`
      ${heading(1, t.heading, { id: 'page-heading', focusable: true })}
      <p>${t.intro}</p>
      ${c.done ? notice({ tone: 'success', title: c.done, live: 'polite' }) : nothing}
      ${
        c.failure && c.listState !== 'failed'
          ? notice({ tone: 'error', title: t.failed, message: c.failure, live: 'assertive' })
          : nothing
      }
      ${errorSummary({ title: t.errorSummary, errors: c.errors, headingLevel: 2, root: this.shadowRoot! })}
      ${c.step === 'check' ? checkView(c, scope, 2) : formView(c, scope, 2)} ${listView(c, scope, 2)}
    `;
  }
}

customElements.define('staff-closures-page', StaffClosuresPage);
