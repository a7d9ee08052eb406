// The schedule page's views: functions of the form's state. One fieldset per weekday, a row of labelled inputs per
// session (GOV.UK: labels, hints and errors beside their inputs; the error summary links to each).
import { html, nothing, type TemplateResult } from 'lit';
import { heading, subLevel, type HeadingLevel } from '../../../src/internal/ui/heading.js';
import { notice } from '../../../src/internal/ui/notice.js';
import { weekdayName } from '../../../src/rules/index.js';
import { fieldId, type DraftSession, type ScheduleForm } from './schedule-form.js';
import { strings as t } from './strings.js';

/** One input of a session: its own label (read with the day and the session's number), its error above it. */
function sessionInput(
  form: ScheduleForm,
  weekday: number,
  index: number,
  field: keyof DraftSession,
  label: string,
): TemplateResult {
  const id = fieldId(weekday, index, field);
  const error = form.errors[id];
  const value = form.draft.days[weekday - 1]![index]![field];
  return html`<div class="field session__field ${error ? 'field--error' : ''}">
    <label class="field__label" for=${id}>
      ${label}<span class="visually-hidden"> (${t.sessionLabel(weekdayName(weekday), index + 1)})</span>
    </label>
    ${error ? html`<p class="field__error" id=${`${id}-error`}><span class="visually-hidden">${t.errorPrefix}</span> ${error}</p>` : nothing}
    <input
      class="field__input"
      id=${id}
      name=${id}
      type="text"
      inputmode=${field === 'quota' ? 'numeric' : 'text'}
      autocomplete="off"
      maxlength=${field === 'quota' ? 4 : 5}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-error` : nothing}
      .value=${value}
      @input=${(e: Event) => form.setField(weekday, index, field, (e.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** A weekday: its sessions, each removable, and a button that adds one. */
function dayView(form: ScheduleForm, weekday: number, level: HeadingLevel): TemplateResult {
  const day = weekdayName(weekday);
  const sessions = form.draft.days[weekday - 1]!;
  const addId = `d${weekday}-add`;
  return html`<fieldset class="day" aria-labelledby=${`d${weekday}-legend`}>
    <legend id=${`d${weekday}-legend`}>${heading(level, day)}</legend>
    ${form.errors[addId] ? html`<p class="field__error">${form.errors[addId]}</p>` : nothing}
    ${sessions.length ? nothing : html`<p class="day__none">${t.noSessions}</p>`}
    ${sessions.map(
      (_, i) =>
        html`<div class="session" role="group" aria-label=${t.sessionLabel(day, i + 1)}>
          ${sessionInput(form, weekday, i, 'start', t.start)} ${sessionInput(form, weekday, i, 'end', t.end)}
          ${sessionInput(form, weekday, i, 'quota', t.quota)}
          <button
            type="button"
            class="button button--secondary session__remove"
            @click=${() => form.removeSession(weekday, i)}
          >
            ${t.remove(day, i + 1)}
          </button>
        </div>`,
    )}
    <button type="button" class="button button--secondary" id=${addId} @click=${() => form.addSession(weekday)}>
      ${t.add(day)}
    </button>
  </fieldset>`;
}

/** The week's form: the opening hour, the seven days, what the server refused, and the save button. */
export function scheduleView(form: ScheduleForm, level: HeadingLevel, onSave: () => void): TemplateResult {
  if (form.state === 'loading' || form.state === 'idle') return html`<p role="status">${t.loading}</p>`;
  if (form.state === 'failed')
    return notice({
      tone: 'error',
      title: t.loadFailed,
      message: form.failure,
      action: { label: t.retry, onClick: () => void form.load(form.serviceId) },
    });
  const opensError = form.errors['opens-at'];
  return html`
    ${form.schedule?.bookable === false ? notice({ tone: 'info', title: t.notBookable }) : nothing}
    ${form.saved ? notice({ tone: 'success', title: t.saved, live: 'polite' }) : nothing}
    ${
      form.conflicts.length
        ? notice({
            tone: 'error',
            title: t.conflictTitle,
            live: 'assertive',
            message: html`<ul>
                ${form.conflicts.map((c) => html`<li>${c}</li>`)}
              </ul>
              <p>${t.conflictHint}</p>`,
          })
        : nothing
    }
    ${form.failure ? notice({ tone: 'error', title: t.saveFailed, message: form.failure, live: 'assertive' }) : nothing}
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        onSave();
      }}
    >
      <div class="field ${opensError ? 'field--error' : ''}">
        <label class="field__label" for="opens-at">${t.opensAt}</label>
        <div class="field__hint" id="opens-at-hint">${t.opensAtHint}</div>
        ${opensError ? html`<p class="field__error" id="opens-at-error"><span class="visually-hidden">${t.errorPrefix}</span> ${opensError}</p>` : nothing}
        <input
          class="field__input field__input--short"
          id="opens-at"
          name="opens-at"
          type="text"
          autocomplete="off"
          maxlength="5"
          aria-describedby=${opensError ? 'opens-at-hint opens-at-error' : 'opens-at-hint'}
          aria-invalid=${opensError ? 'true' : 'false'}
          .value=${form.draft.opensAt}
          @input=${(e: Event) => form.setOpensAt((e.target as HTMLInputElement).value)}
        />
      </div>
      ${[1, 2, 3, 4, 5].map((d) => dayView(form, d, subLevel(level)))}
      <p>${t.weekend}</p>
      <button type="submit" class="button" ?disabled=${form.saving}>${form.saving ? t.saving : t.save}</button>
    </form>
  `;
}
