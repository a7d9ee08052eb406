// <staff-privacy-page> (#/data-pribadi): a person's request under UU 27/2022 — see, download (CSV from the server,
// or JSON of what was found) or erase the personal data on their bookings. For administrators: the MPP's across
// every agency, an agency's within its own bookings (the server scopes and audits every request).
import { css } from 'lit';
import { focusSummary } from '../../core/errors.js';
import { fieldsStyles } from '../../core/fields.js';
import { pageStyles, StaffPage } from '../../core/page.js';
import { PrivacyController } from './privacy-controller.js';
import { privacyPage } from './privacy-views.js';

function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export class StaffPrivacyPage extends StaffPage {
  static override styles = [
    pageStyles,
    fieldsStyles,
    css`
      form {
        max-width: 36em;
      }
      .warning {
        border-inline-start: 6px solid var(--_color-warning, var(--_color-error));
        padding: 0.5em 0.75em;
      }
      .button--warning {
        background: var(--_color-error);
        color: #fff;
      }
      .confirm {
        margin-top: 1em;
      }
      .notice {
        border-inline-start: 6px solid var(--_color-border);
        padding: 0.5em 0.75em;
      }
      .notice--success {
        border-color: var(--_color-success);
      }
      .notice--error {
        border-color: var(--_color-error);
      }
    `,
  ];

  private readonly privacy = new PrivacyController(this);

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async find(event: Event) {
    event.preventDefault();
    if (!(await this.privacy.find())) return focusSummary(this);
    await this.focusOn('#result-heading');
  }

  private async erase() {
    if (!(await this.privacy.erase())) return focusSummary(this);
    await this.focusOn('#result-heading');
  }

  override render() {
    const c = this.privacy;
    const update = (set: () => void) => (set(), this.requestUpdate());
    return privacyPage(
      c,
      {
        onNik: (v) => update(() => (c.nik = v)),
        onName: (v) => update(() => (c.name = v)),
        onPhone: (v) => update(() => (c.phone = v)),
        onFind: (e) => void this.find(e),
        onCsv: () => void c.downloadCsv(saveFile),
        onJson: () => {
          if (c.state.kind === 'found')
            saveFile(
              new Blob([JSON.stringify({ items: c.state.items }, null, 2)], { type: 'application/json' }),
              'data-pribadi-booking.json',
            );
        },
        onAskErase: () => {
          c.askToErase();
          void this.focusOn('#confirm-heading');
        },
        onConfirm: (v) => update(() => ((c.confirmed = v), delete c.errors.confirm)),
        onErase: () => void this.erase(),
        onCancelErase: () => {
          c.cancelErase();
          // The question and its buttons go: focus returns to the button that asked it, not to the page's body.
          void this.focusOn('#ask-erase');
        },
      },
      this.shadowRoot!,
    );
  }
}

customElements.define('staff-privacy-page', StaffPrivacyPage);
