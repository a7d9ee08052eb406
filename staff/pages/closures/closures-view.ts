// The closures page's views: the list of closed days (each reopenable after a yes), the new closure's question page,
// and the check page that says how many bookings it will mark before anything changes.
import { html, nothing, type TemplateResult } from 'lit';
import { textField } from '../../../src/internal/ui/field.js';
import { heading, type HeadingLevel } from '../../../src/internal/ui/heading.js';
import { notice } from '../../../src/internal/ui/notice.js';
import { summaryRow } from '../../../src/internal/ui/summary-list.js';
import type { Closure } from '../calendar-api.js';
import type { ClosureKind, ClosuresController } from './closures-controller.js';
import { strings as t } from './strings.js';

/** What the page knows of the signed-in administrator: the agencies it may close, and the whole MPP or not. */
export interface ClosureScope {
  agencies: { id: string; name: string }[];
  wholeMpp: boolean;
}

const scopeName = (agencyId: string | null, scope: ClosureScope) =>
  agencyId === null ? t.wholeMpp : (scope.agencies.find((a) => a.id === agencyId)?.name ?? agencyId);

/** The closed days, with a button to reopen those the administrator may. */
export function listView(c: ClosuresController, scope: ClosureScope, level: HeadingLevel): TemplateResult {
  const mayReopen = (x: Closure) =>
    x.agencyId === null ? scope.wholeMpp : scope.agencies.some((a) => a.id === x.agencyId);
  return html`<section aria-labelledby="list-heading">
    ${heading(level, t.listHeading, { id: 'list-heading' })}
    ${
      c.reopening
        ? notice({
            tone: 'warning',
            title: t.reopenConfirm(c.reopening.date),
            message: html`<p>${t.reopenBody}</p>
              <div class="actions">
                <button type="button" class="button" id="reopen-yes" @click=${() => void c.reopen()}>
                  ${t.reopenYes}
                </button>
                <button type="button" class="button button--secondary" @click=${() => c.askReopen(undefined)}>
                  ${t.cancel}
                </button>
              </div>`,
          })
        : nothing
    }
    ${
      c.listState === 'loading'
        ? html`<p role="status">${t.loading}</p>`
        : c.listState === 'failed'
          ? notice({
              tone: 'error',
              title: t.loadFailed,
              message: c.failure,
              action: { label: t.retry, onClick: () => void c.load() },
            })
          : c.list.length === 0
            ? html`<p>${t.none}</p>`
            : html`<table>
                <thead>
                  <tr>
                    <th scope="col">${t.date}</th>
                    <th scope="col">${t.scope}</th>
                    <th scope="col">${t.kind}</th>
                    <th scope="col">${t.reason}</th>
                    <th scope="col">${t.action}</th>
                  </tr>
                </thead>
                <tbody>
                  ${c.list.map(
                    (x) =>
                      html`<tr>
                        <td>${x.date}</td>
                        <td>${scopeName(x.agencyId, scope)}</td>
                        <td>${t.kinds[x.kind]}</td>
                        <td>${x.name}</td>
                        <td>
                          ${
                            mayReopen(x)
                              ? html`<button
                                  type="button"
                                  class="button button--secondary"
                                  @click=${() => c.askReopen(x)}
                                >
                                  ${t.reopen(x.date)}
                                </button>`
                              : nothing
                          }
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
    }
  </section>`;
}

const radio = (c: ClosuresController, kind: ClosureKind) =>
  html`<div class="radio">
    <input
      type="radio"
      id=${`closure-kind-${kind}`}
      name="closure-kind"
      .checked=${c.answers.kind === kind}
      @change=${() => c.answer('kind', kind)}
    />
    <label for=${`closure-kind-${kind}`}>${t.kinds[kind]}</label>
  </div>`;

/** The new closure's questions. */
export function formView(c: ClosuresController, scope: ClosureScope, level: HeadingLevel): TemplateResult {
  const wholeMpp = scope.wholeMpp && !c.answers.scope;
  return html`<form
    novalidate
    aria-labelledby="form-heading"
    @submit=${(e: Event) => {
      e.preventDefault();
      void c.check();
    }}
  >
    ${heading(level, t.formHeading, { id: 'form-heading', focusable: true })}
    ${textField({
      id: 'closure-date',
      label: t.dateLabel,
      hint: t.dateHint,
      error: c.errors['closure-date'],
      value: c.answers.date,
      onInput: (v) => c.answer('date', v),
      size: 'short',
      maxlength: 10,
      autocomplete: 'off',
      errorPrefix: t.errorPrefix,
    })}
    ${
      scope.wholeMpp || scope.agencies.length > 1
        ? html`<div class="field">
            <label class="field__label" for="closure-scope">${t.scopeLabel}</label>
            <select
              class="field__input"
              id="closure-scope"
              @change=${(e: Event) => c.answer('scope', (e.target as HTMLSelectElement).value)}
            >
              ${scope.wholeMpp ? html`<option value="" ?selected=${!c.answers.scope}>${t.wholeMpp}</option>` : nothing}
              ${scope.agencies.map((a) => html`<option value=${a.id} ?selected=${c.answers.scope === a.id}>${a.name}</option>`)}
            </select>
          </div>`
        : html`<p><strong>${t.scopeLabel}:</strong> ${scope.agencies[0]?.name}</p>`
    }
    ${
      wholeMpp
        ? html`<fieldset class="radios" aria-describedby="closure-kind-hint">
            <legend class="field__label">${t.kindLegend}</legend>
            <div class="field__hint" id="closure-kind-hint">${t.kindHint}</div>
            ${radio(c, 'closure')} ${radio(c, 'holiday')} ${radio(c, 'cuti_bersama')}
          </fieldset>`
        : nothing
    }
    ${textField({
      id: 'closure-reason',
      label: t.reasonLabel,
      hint: t.reasonHint,
      error: c.errors['closure-reason'],
      value: c.answers.reason,
      onInput: (v) => c.answer('reason', v),
      maxlength: 120,
      autocomplete: 'off',
      errorPrefix: t.errorPrefix,
    })}
    <button type="submit" class="button" ?disabled=${c.busy}>${t.next}</button>
  </form>`;
}

/** The check page: what will be closed and how many bookings it marks, before anything changes. */
export function checkView(c: ClosuresController, scope: ClosureScope, level: HeadingLevel): TemplateResult {
  const impact = c.impact!;
  return html`<section aria-labelledby="form-heading">
    ${heading(level, t.checkHeading, { id: 'form-heading', focusable: true })}
    <dl class="summary">
      ${summaryRow(t.date, impact.date)} ${summaryRow(t.scope, scopeName(impact.agencyId ?? null, scope))}
      ${summaryRow(t.kind, t.kinds[c.answers.kind])} ${summaryRow(t.reason, c.answers.reason.trim())}
    </dl>
    ${
      impact.alreadyClosed
        ? notice({ tone: 'error', title: t.alreadyClosed })
        : notice({ tone: impact.bookings ? 'warning' : 'info', title: t.affects(impact.bookings) })
    }
    <div class="actions">
      ${
        impact.alreadyClosed
          ? nothing
          : html`<button
              type="button"
              class="button"
              id="closure-confirm"
              ?disabled=${c.busy}
              @click=${() => void c.confirm()}
            >
              ${t.confirm}
            </button>`
      }
      <button type="button" class="button button--secondary" @click=${() => c.back()}>${t.change}</button>
    </div>
  </section>`;
}
