// The survey's views as functions of its state: a question of the four-point scale, an optional profile question,
// the suggestion, and the form that proves the visit when the survey is placed alone.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** An error line inside a fieldset, read before the choices. */
export const fieldError = (id: string, message: string | undefined, prefix: string) =>
  message
    ? html`<p class="field__error" id=${id}><span class="visually-hidden">${prefix}</span> ${message}</p>`
    : nothing;

/**
 * One question as a GOV.UK radio group: the question is the fieldset's legend, each answer a radio with its label.
 * `ids` are the radios' ids (the first one is what the error summary links to).
 */
export function radioQuestion(o: {
  name: string;
  legend: unknown;
  hint?: string;
  options: readonly string[];
  values: readonly (string | number)[];
  value: string | number | undefined;
  error?: string;
  errorPrefix: string;
  onChange: (value: string) => void;
}): TemplateResult {
  const hintId = o.hint ? `${o.name}-hint` : undefined;
  const errorId = o.error ? `${o.name}-error` : undefined;
  return html`<fieldset
    class="question ${o.error ? 'field--error' : ''}"
    part="question"
    aria-describedby=${ifDefined([hintId, errorId].filter(Boolean).join(' ') || undefined)}
  >
    <legend class="question__legend">${o.legend}</legend>
    ${o.hint ? html`<div class="field__hint" id=${hintId!}>${o.hint}</div>` : nothing}
    ${fieldError(errorId ?? '', o.error, o.errorPrefix)}
    ${o.options.map((label, i) => {
      const id = `${o.name}-${i + 1}`;
      return html`<div class="radio">
        <input
          type="radio"
          id=${id}
          name=${o.name}
          .value=${String(o.values[i])}
          .checked=${o.value === o.values[i]}
          @change=${() => o.onChange(String(o.values[i]))}
        />
        <label for=${id}>${label}</label>
      </div>`;
    })}
  </fieldset>`;
}

/** The suggestion: a textarea with its hint, error and a count of the characters left (GOV.UK character count). */
export function suggestionField(o: {
  label: string;
  hint: string;
  optional: string;
  value: string;
  max: number;
  left: (n: number) => string;
  error?: string;
  errorPrefix: string;
  onInput: (value: string) => void;
}): TemplateResult {
  const over = o.value.length > o.max;
  return html`<div class="field ${o.error ? 'field--error' : ''}" part="field">
    <label class="field__label" for="suggestion">
      ${o.label}<span class="field__optional">${` ${o.optional}`}</span>
    </label>
    <div class="field__hint" id="suggestion-hint">${o.hint}</div>
    ${fieldError('suggestion-error', o.error, o.errorPrefix)}
    <textarea
      part="input"
      class="field__input field__textarea"
      id="suggestion"
      name="suggestion"
      rows="5"
      aria-describedby=${o.error ? 'suggestion-hint suggestion-count suggestion-error' : 'suggestion-hint suggestion-count'}
      aria-invalid=${o.error || over ? 'true' : 'false'}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="count ${over ? 'count--over' : ''}" id="suggestion-count" aria-live="polite">
      ${o.left(o.max - o.value.length)}
    </p>
  </div>`;
}
