// The closures page: closed days of the MPP or of one agency, each new one checked against the bookings it marks.
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { errorSummary, errorSummaryStyles, focusErrorSummary } from '../../../src/internal/ui/error-summary.js';
import { formStyles } from '../../../src/internal/ui/form-styles.js';
import { heading, subLevel, type HeadingLevel } from '../../../src/internal/ui/heading.js';
import { notice } from '../../../src/internal/ui/notice.js';
import { widgetStyles } from '../../../src/internal/ui/widget-styles.js';
import { pageStyles } from '../page-styles.js';
import type { ClosuresApi } from '../staff-api.js';
import { ClosuresController } from './closures-controller.js';
import { checkView, formView, listView } from './closures-view.js';
import { strings as t } from './strings.js';

/**
 * Holidays, cuti bersama and ad-hoc closures: the list of closed days (reopen one after a yes), and a new closure in
 * two steps — its answers, then a check page that says how many bookings it will mark before anything changes. An
 * MPP administrator closes days for the whole MPP or any agency; an agency administrator for its own agency.
 *
 * @tagname mpp-staff-closures
 * @prop api - The staff API (`createStaffApi()`, or the staff shell's).
 * @prop agencies - The agencies the administrator may close days for (an agency administrator: its own).
 * @attr whole-mpp - The administrator may close days for the whole MPP (an MPP administrator).
 * @attr heading-level - Level of the page's heading (default 1).
 */
export class MppStaffClosures extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    agencies: { attribute: false },
    wholeMpp: { attribute: 'whole-mpp', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
  };
  static override styles = [widgetStyles, formStyles, errorSummaryStyles, pageStyles];

  api?: ClosuresApi;
  agencies: { id: string; name: string }[] = [];
  wholeMpp = false;
  headingLevel: HeadingLevel = 1;

  readonly closures = new ClosuresController(
    this,
    () => void focusErrorSummary(this),
    () => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus()),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) {
      void this.closures.load();
      if (!this.wholeMpp && this.agencies[0] && !this.closures.answers.scope)
        this.closures.answers.scope = this.agencies[0].id;
    }
  }

  override render() {
    const c = this.closures;
    const level = this.headingLevel;
    const scope = { agencies: this.agencies, wholeMpp: this.wholeMpp };
    return html`
      ${heading(level, t.heading)}
      <p>${t.intro}</p>
      ${c.done ? notice({ tone: 'success', title: c.done, live: 'polite' }) : nothing}
      ${c.failure && c.listState !== 'failed' ? notice({ tone: 'error', title: t.failed, message: c.failure, live: 'assertive' }) : nothing}
      ${errorSummary({ title: t.errorSummary, errors: c.errors, headingLevel: subLevel(level), root: this.shadowRoot! })}
      ${c.step === 'check' ? checkView(c, scope, subLevel(level)) : formView(c, scope, subLevel(level))}
      ${listView(c, scope, subLevel(level))}
    `;
  }
}
