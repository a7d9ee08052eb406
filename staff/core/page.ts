// StaffPage, the base of every staff page: the API client and the signed-in account, handed over by the shell.
import { LitElement, css, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { errorSummaryStyles } from '../../src/internal/ui/error-summary.js';
import { formStyles } from '../../src/internal/ui/form-styles.js';
import { summaryListStyles } from '../../src/internal/ui/summary-list-styles.js';
import { widgetStyles } from '../../src/internal/ui/widget-styles.js';
import type { StaffAccount } from './roles.js';
import type { StaffApi } from './staff-api.js';

/** What every staff page draws with: the widgets' tokens and parts, forms and error summaries, tables. */
export const pageStyles: CSSResultGroup = [
  widgetStyles,
  summaryListStyles,
  formStyles,
  errorSummaryStyles,
  css`
    :host {
      display: block;
    }
    h1[part='heading'] {
      font-size: 1.75em;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.5em 0.75em 0.5em 0;
      border-bottom: 1px solid var(--_color-border);
    }
    .table-wrap {
      overflow-x: auto;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      align-items: center;
      margin: 1em 0;
    }
    :focus-visible {
      outline: 3px solid var(--_color-focus);
      outline-offset: 1px;
    }
  `,
];

/**
 * A staff page: one element per section, mounted by the shell (staff/app/mpp-staff-app.ts) with `api`, `account`
 * and `section` set before it connects. Its heading (`h1`, focusable) takes focus when the page opens.
 */
export abstract class StaffPage extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    account: { attribute: false },
    section: { attribute: false },
  };
  static override styles = pageStyles;

  /** The client for every call (CSRF token included on writes). */
  api!: StaffApi;
  /** Who is signed in. */
  account!: StaffAccount;
  /** The location hash's parts when the page opened: `#/layanan/baru` → `['layanan', 'baru']`. */
  section: string[] = [];
  /**
   * Whether the page has asked for its data: the shell may mount the same page again after a new sign-in (the
   * session ended under it), and what was typed in it must still be there.
   */
  protected loaded = false;

  /** Focus the page's heading: a screen reader hears where it arrived, a keyboard starts from the top. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }
}
