// GOV.UK radios that draw any one-answer question, and what one choice is (the day and session choices are made in
// schedule-choices.ts, fetched with the schedule).
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';

export interface Choice {
  value: string;
  label: string;
  /** The label's language (a text of the API, src/core/content-lang.ts) when it differs from the widget's. */
  lang?: string;
  /** A word in the label, so that it is part of the choice's accessible name: "Penuh", "Belum dibuka". */
  tag?: string;
  /** Shown after the label: places left, or why it cannot be chosen (a holiday's name marked `lang`); none when the tag says it all. */
  hint: unknown;
  /** The hint's language, when it is a text of the API in another language than the widget's. */
  hintLang?: string;
  disabled?: boolean;
  /** The group it is shown in (the agency's name) when the radios are grouped. */
  group?: string;
}

/**
 * GOV.UK radios: one question as the fieldset's legend (a heading that takes focus when the step opens), hint,
 * error, and one radio per choice. Choices that cannot be taken stay in the list, disabled, with the reason —
 * a resident sees why Saturday is missing instead of wondering.
 */
export function radios(o: {
  name: string;
  legend: TemplateResult;
  hint?: string;
  error?: string;
  errorPrefix: string;
  choices: readonly Choice[];
  /** Shown in place of the choices while they load, holding their place. */
  placeholder?: TemplateResult;
  value?: string;
  onChange: (value: string) => void;
  /** The choices of each `group` in a fieldset of their own, the group as its legend (long lists). */
  grouped?: boolean;
}): ReturnType<typeof keyed> {
  // The error summary links to the question by this id: give it to the first choice that can take focus.
  const first = Math.max(
    0,
    o.choices.findIndex((c) => !c.disabled),
  );
  const idOf = (i: number) => (i === first ? o.name : `${o.name}-${i}`);
  // The space before the tag ends the label's own text: the build's minifier drops whitespace at a template's edge,
  // and Chromium leaves a text node of a space alone out of the name, which read "2026Penuh" either way.
  const radio = (c: Choice, i: number) =>
    html`<div class="radio ${c.disabled ? 'radio--disabled' : ''}">
      <input
        type="radio"
        name=${o.name}
        id=${idOf(i)}
        value=${c.value}
        .checked=${o.value === c.value}
        ?disabled=${c.disabled}
        required
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${c.hint ? `${o.name}-${i}-hint` : nothing}
        @change=${() => o.onChange(c.value)}
      />
      <label for=${idOf(i)} lang=${ifDefined(c.lang)}
        >${c.tag ? `${c.label} ` : c.label}${c.tag ? html`<strong class="radio__tag">${c.tag}</strong>` : nothing}</label
      >
      ${
        c.hint
          ? html`<span class="radio__hint" id=${`${o.name}-${i}-hint`} lang=${ifDefined(c.hintLang)}>${c.hint}</span>`
          : nothing
      }
    </div>`;
  const describedBy = [o.hint ? `${o.name}-hint` : '', o.error ? `${o.name}-error` : ''].filter(Boolean).join(' ');
  // Keyed by the question: two questions rendered in turn from one template (the day's, then the session's) get
  // their own inputs. Reused, an input the resident checked stays checked in the next question when "Lanjutkan"
  // comes before the re-render that would uncheck it.
  return keyed(
    o.name,
    html`<fieldset class="radios ${o.error ? 'field--error' : ''}" aria-describedby=${describedBy || nothing}>
      <legend>${o.legend}</legend>
      ${o.hint ? html`<div class="field__hint" id=${`${o.name}-hint`}>${o.hint}</div>` : nothing}
      ${
        o.error
          ? html`<p class="field__error" id=${`${o.name}-error`}>
              <span class="visually-hidden">${o.errorPrefix}</span> ${o.error}
            </p>`
          : nothing
      }
      ${o.placeholder} ${o.grouped ? groups(o.choices, radio) : o.choices.map(radio)}
    </fieldset>`,
  );
}

/**
 * The choices by group, each group a fieldset whose legend names it, in the order the groups first appear: a screen
 * reader says the agency as focus enters its services, and a resident scrolling sees where each agency's services
 * begin. All radios keep one name, so the arrow keys still walk the whole list, and their ids stay those of their
 * place in `choices` (the error summary's link, "show all"'s focus still find them).
 */
function groups(choices: readonly Choice[], radio: (c: Choice, i: number) => TemplateResult): TemplateResult[] {
  const byGroup = new Map<string | undefined, TemplateResult[]>();
  choices.forEach((c, i) => byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), radio(c, i)]));
  return [...byGroup].map(
    ([group, items]) =>
      html`<fieldset class="radios__group">
        <legend>${group}</legend>
        ${items}
      </fieldset>`,
  );
}
