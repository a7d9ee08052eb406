// The schedule page: a service's sessions and quotas per weekday, and the hour its booking window's last day opens.
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { errorSummary, errorSummaryStyles, focusErrorSummary } from '../../../src/internal/ui/error-summary.js';
import { formStyles } from '../../../src/internal/ui/form-styles.js';
import { heading, type HeadingLevel } from '../../../src/internal/ui/heading.js';
import { widgetStyles } from '../../../src/internal/ui/widget-styles.js';
import { pageStyles } from '../page-styles.js';
import type { ScheduleApi } from '../staff-api.js';
import { ScheduleForm } from './schedule-form.js';
import { scheduleView } from './schedule-view.js';
import { strings as t } from './strings.js';

/** A service the signed-in administrator may schedule. */
export interface SchedulableService {
  id: string;
  name: string;
}

/**
 * Sessions and quotas per weekday for one service, and the hour the booking window's last day opens. The week is
 * checked by the rules core before it is sent; a change that would drop residents' bookings is refused by the
 * server and shown with the sessions and dates in the way.
 *
 * @tagname mpp-staff-schedule
 * @prop api - The staff API (`createStaffApi()`, or the staff shell's).
 * @prop services - The services the administrator may schedule; with more than one, a list to choose from.
 * @attr service - The service shown first (its id); default the first of `services`.
 * @attr heading-level - Level of the page's heading (default 1).
 */
export class MppStaffSchedule extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    services: { attribute: false },
    service: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };
  static override styles = [widgetStyles, formStyles, errorSummaryStyles, pageStyles];

  api?: ScheduleApi;
  services: SchedulableService[] = [];
  service = '';
  headingLevel: HeadingLevel = 1;

  /** The week being edited, its checks and its sending. */
  readonly form = new ScheduleForm(this, () => void focusErrorSummary(this));

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('service') || changed.has('services')) {
      const id = this.service || this.services[0]?.id || '';
      if (id && (id !== this.form.serviceId || changed.has('api'))) void this.form.load(id);
    }
  }

  override render() {
    const level = this.headingLevel;
    return html`
      ${heading(level, t.heading, { id: 'page-heading' })}
      <p>${t.intro}</p>
      ${errorSummary({ title: t.errorSummary, errors: this.form.errors, headingLevel: Math.min(6, level + 1) as HeadingLevel, root: this.shadowRoot! })}
      ${
        this.services.length > 1
          ? html`<div class="field">
              <label class="field__label" for="service">${t.service}</label>
              <select
                class="field__input"
                id="service"
                .value=${this.form.serviceId}
                @change=${(e: Event) => (this.service = (e.target as HTMLSelectElement).value)}
              >
                ${this.services.map((s) => html`<option value=${s.id} ?selected=${s.id === this.form.serviceId}>${s.name}</option>`)}
              </select>
            </div>`
          : this.services[0]
            ? html`<p><strong>${t.service}:</strong> ${this.services[0].name}</p>`
            : nothing
      }
      ${scheduleView(this.form, level, () => void this.form.save())}
    `;
  }
}
