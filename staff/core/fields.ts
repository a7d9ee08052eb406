// GOV.UK form fields for the staff pages: text, long text (one entry per line), a choice, a checkbox — each with
// its label, hint and error tied to the control (`for`, `aria-describedby`), the error beside the field.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface Common {
  /** The control's id (the error summary links to it). */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** "(opsional)" after the label. */
  optional?: boolean;
  /** The language of what is typed, when not the page's (an English translation: `en`). */
  lang?: string;
}

const describedBy = (o: Common) =>
  [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ') || undefined;

function frame(o: Common, control: TemplateResult): TemplateResult {
  return html`<div class="field ${o.error ? 'field--error' : ''}">
    <label class="field__label" for=${o.id}
      >${o.label}${o.optional ? html`<span class="field__optional">${' (opsional)'}</span>` : nothing}</label
    >
    ${o.hint ? html`<div class="field__hint" id=${`${o.id}-hint`}>${o.hint}</div>` : nothing}
    ${
      o.error
        ? html`<p class="field__error" id=${`${o.id}-error`}>
            <span class="visually-hidden">Kesalahan:</span> ${o.error}
          </p>`
        : nothing
    }
    ${control}
  </div>`;
}

/** A one-line text input. */
export function textInput(
  o: Common & { value: string; onInput: (v: string) => void; width?: 'short' | 'medium'; inputmode?: 'numeric' },
) {
  return frame(
    o,
    html`<input
      class="field__input ${o.width ? `field__input--${o.width}` : ''}"
      id=${o.id}
      name=${o.id}
      type="text"
      lang=${ifDefined(o.lang)}
      inputmode=${ifDefined(o.inputmode)}
      spellcheck="false"
      aria-describedby=${ifDefined(describedBy(o))}
      aria-invalid=${o.error ? 'true' : 'false'}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />`,
  );
}

/** A text area: for the standard's lists, one entry per line. */
export function textArea(o: Common & { value: string; onInput: (v: string) => void; rows?: number }) {
  return frame(
    o,
    html`<textarea
      class="field__input field__textarea"
      id=${o.id}
      name=${o.id}
      rows=${o.rows ?? 4}
      lang=${ifDefined(o.lang)}
      aria-describedby=${ifDefined(describedBy(o))}
      aria-invalid=${o.error ? 'true' : 'false'}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>`,
  );
}

/** A choice from a short list. */
export function select(
  o: Common & { value: string; options: readonly { value: string; label: string }[]; onChange: (v: string) => void },
) {
  return frame(
    o,
    html`<select
      class="field__input field__select"
      id=${o.id}
      name=${o.id}
      aria-describedby=${ifDefined(describedBy(o))}
      aria-invalid=${o.error ? 'true' : 'false'}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      ${o.options.map((opt) => html`<option value=${opt.value} ?selected=${opt.value === o.value}>${opt.label}</option>`)}
    </select>`,
  );
}

/** A yes/no question as one checkbox (GOV.UK: the label says what ticking it means). */
export function checkbox(o: Common & { checked: boolean; onChange: (v: boolean) => void }) {
  return html`<div class="field checkbox ${o.error ? 'field--error' : ''}">
    ${
      o.error
        ? html`<p class="field__error" id=${`${o.id}-error`}>
            <span class="visually-hidden">Kesalahan:</span> ${o.error}
          </p>`
        : nothing
    }
    <input
      type="checkbox"
      id=${o.id}
      name=${o.id}
      aria-describedby=${ifDefined(describedBy(o))}
      .checked=${o.checked}
      @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
    />
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<div class="field__hint" id=${`${o.id}-hint`}>${o.hint}</div>` : nothing}
  </div>`;
}

export const fieldsStyles = css`
  .field__textarea {
    min-height: 6em;
    resize: vertical;
    line-height: 1.4;
  }
  .field__select {
    max-width: 30em;
  }
  .field__input--short {
    max-width: 12ch;
  }
  .checkbox {
    display: grid;
    grid-template-columns: 2.75em 1fr;
    align-items: center;
    column-gap: 0.5em;
  }
  .checkbox input {
    width: 1.75em;
    height: 1.75em;
    margin: 0.5em;
    accent-color: var(--_color-primary);
  }
  .checkbox label {
    font-weight: 700;
  }
  .checkbox .field__hint,
  .checkbox .field__error {
    grid-column: 2;
  }
  .checkbox .field__error {
    grid-row: 1;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1.5em;
  }
  legend {
    font-weight: 700;
    font-size: 1.125em;
    margin-bottom: 0.5em;
  }
`;
