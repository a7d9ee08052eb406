// The schedule page (#/jadwal, #/jadwal/<serviceId>): a service's sessions and quotas per weekday, and the hour its
// booking window's last day opens. An MPP administrator chooses among every service, an agency administrator among
// its agency's.
import { html, nothing } from 'lit';
import { errorSummary, focusErrorSummary } from '../../../src/internal/ui/error-summary.js';
import { heading } from '../../../src/internal/ui/heading.js';
import { notice } from '../../../src/internal/ui/notice.js';
import { pageStyles, StaffPage } from '../../core/page.js';
import { problemMessage } from '../../core/errors.js';
import { calendarStyles } from '../calendar-styles.js';
import { scheduleApiOf } from '../calendar-api.js';
import { ScheduleForm } from './schedule-form.js';
import { scheduleView } from './schedule-view.js';
import { strings as t } from './strings.js';

/**
 * Sessions and quotas per weekday for one service, and the hour the booking window's last day opens. The week is
 * checked by the rules core before it is sent; a change that would drop residents' bookings is refused by the
 * server and shown with the sessions and dates in the way.
 *
 * @tagname staff-schedule-page
 */
export class StaffSchedulePage extends StaffPage {
  static override styles = [pageStyles, calendarStyles];
  static override properties = { ...StaffPage.properties, services: { state: true }, servicesFailed: { state: true } };

  /** The services the administrator may schedule (the server scopes the list to its agency). */
  services?: { id: string; name: string }[];
  servicesFailed?: string;

  /** The week being edited, its checks and its sending. */
  readonly form = new ScheduleForm(
    this,
    () => (this.api ? scheduleApiOf(this.api) : undefined),
    () => void focusErrorSummary(this),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadServices();
    void this.focusHeading();
  }

  private async loadServices() {
    this.servicesFailed = undefined;
    try {
      const { items } = await this.api.call('get', '/staff/services', {
        query: this.account.agencyId ? { agencyId: this.account.agencyId } : {},
      });
      this.services = items.map((s) => ({ id: s.id, name: s.name }));
      const wanted = this.section[1];
      const first = this.services.find((s) => s.id === wanted) ?? this.services[0];
      if (first) await this.form.load(first.id);
    } catch (error) {
      this.servicesFailed = problemMessage(error);
    }
  }

  override render() {
    const services = this.services ?? [];
    return html`
      ${heading(1, t.heading, { id: 'page-heading', focusable: true })}
      <p>${t.intro}</p>
      ${errorSummary({ title: t.errorSummary, errors: this.form.errors, headingLevel: 2, root: this.shadowRoot! })}
      ${
        this.servicesFailed
          ? notice({
              tone: 'error',
              title: t.loadFailed,
              message: this.servicesFailed,
              action: { label: t.retry, onClick: () => void this.loadServices() },
            })
          : nothing
      }
      ${
        services.length
          ? html`<div class="field">
              <label class="field__label" for="service">${t.service}</label>
              <select
                class="field__input"
                id="service"
                @change=${(e: Event) => void this.form.load((e.target as HTMLSelectElement).value)}
              >
                ${services.map((s) => html`<option value=${s.id} ?selected=${s.id === this.form.serviceId}>${s.name}</option>`)}
              </select>
            </div>`
          : nothing
      }
      ${this.services && !services.length ? html`<p>${t.noServices}</p>` : nothing}
      ${services.length || !this.services ? scheduleView(this.form, 1, () => void this.form.save()) : nothing}
    `;
  }
}

customElements.define('staff-schedule-page', StaffSchedulePage);
