// A GOV.UK text field (label, hint, error, input) and the styles every field shares.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface TextFieldOptions {
  /** Id of the input, unique in the widget's shadow root (the error summary links to it). */
  id: string;
  label: string;
  hint?: string;
  /** The error message to show above the input; the input is then marked invalid. */
  error?: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'tel' | 'email' | 'search';
  inputmode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
  autocomplete?: 'name' | 'tel' | 'email' | 'bday' | 'off';
  /** A box as wide as the answer is long (GOV.UK): `short` for 4 digits, `medium` for a NIK or a phone number. */
  size?: 'short' | 'medium';
  maxlength?: number;
  /**
   * Shown after the label of an optional field: "(opsional)". The space before it is added inside its text: a margin
   * is not read aloud, and a lone space is dropped by the build's minifier and from Chromium's accessible name.
   */
  optional?: string;
  /** The answer is needed (exposed to screen readers as required; the widget checks it itself). */
  required?: boolean;
  /** Read before the error by screen readers: "Kesalahan:" / "Error:". */
  errorPrefix: string;
}

/**
 * A labelled text input with hint and error, GOV.UK style: label, hint, error message, input — all in the same
 * shadow root, tied with `for` and `aria-describedby`. Paste is never blocked.
 */
export function textField(o: TextFieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return html`
    <div class="field ${o.error ? 'field--error' : ''}" part="field">
      <label class="field__label" for=${o.id}>
        ${o.label}${o.optional ? html`<span class="field__optional">${` ${o.optional}`}</span>` : nothing}
      </label>
      ${o.hint ? html`<div class="field__hint" id=${hintId!}>${o.hint}</div>` : nothing}
      ${
        o.error
          ? html`<p class="field__error" id=${errorId!}>
              <span class="visually-hidden">${o.errorPrefix}</span> ${o.error}
            </p>`
          : nothing
      }
      <input
        part="input"
        class="field__input ${o.size ? `field__input--${o.size}` : ''}"
        id=${o.id}
        name=${o.id}
        type=${o.type ?? 'text'}
        inputmode=${ifDefined(o.inputmode)}
        autocomplete=${ifDefined(o.autocomplete)}
        maxlength=${ifDefined(o.maxlength)}
        spellcheck="false"
        ?required=${o.required}
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${o.error ? 'true' : 'false'}
        .value=${o.value}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
      />
    </div>
  `;
}

/** Fields as every widget draws them: label, hint, input (the finder's search and filters, and `textField`). */
export const fieldStyles = css`
  .field {
    margin: 0 0 1.5em;
  }
  .field__label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  .field__hint {
    color: var(--_color-text-muted);
    margin-bottom: 0.25em;
  }
  .field__input {
    display: block;
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em;
    font: inherit;
    font-size: max(16px, 1em);
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }
`;
