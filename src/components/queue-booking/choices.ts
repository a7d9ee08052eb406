// The day and session questions' choices, and GOV.UK radios that draw any one-answer question.
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { AvailabilityDay, Session } from '../../api/types.js';
import { formatDate, formatTimeRange } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import type { BookingStrings } from './strings.js';

export interface Choice {
  value: string;
  label: string;
  /** Shown after the label: places left, or why it cannot be chosen. */
  hint: string;
  disabled?: boolean;
}

/** Why a day cannot be booked, or how many places it has left. */
export function dayChoice(day: AvailabilityDay, t: BookingStrings, lang: Lang): Choice {
  const label = formatDate(day.date, lang);
  if (!day.open) {
    const reason = day.reason;
    const hint =
      reason?.code === 'weekend'
        ? t.closedWeekend
        : reason?.code === 'holiday'
          ? t.closedHoliday(reason.name ?? '')
          : reason?.code === 'cuti_bersama'
            ? t.closedCutiBersama(reason.name ?? '')
            : reason?.name
              ? `${t.closed}: ${reason.name}`
              : t.closed;
    return { value: day.date, label, hint, disabled: true };
  }
  const places = day.sessions.filter((s) => s.bookable !== false).reduce((sum, s) => sum + s.remaining, 0);
  return { value: day.date, label, hint: places ? t.placesLeft(places) : t.full, disabled: places === 0 };
}

export function sessionChoice(session: Session, t: BookingStrings, lang: Lang): Choice {
  const label = formatTimeRange(session.start, session.end, lang);
  const ended = session.bookable === false && session.remaining > 0;
  const hint = ended ? t.ended : session.remaining ? t.placesLeft(session.remaining) : t.full;
  return { value: session.id, label, hint, disabled: ended || session.remaining === 0 };
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
}): ReturnType<typeof keyed> {
  // The error summary links to the question by this id: give it to the first choice that can take focus.
  const first = Math.max(
    0,
    o.choices.findIndex((c) => !c.disabled),
  );
  const idOf = (i: number) => (i === first ? o.name : `${o.name}-${i}`);
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
      ${o.placeholder}
      ${o.choices.map(
        (c, i) =>
          html`<div class="radio ${c.disabled ? 'radio--disabled' : ''}">
            <input
              type="radio"
              name=${o.name}
              id=${idOf(i)}
              value=${c.value}
              .checked=${o.value === c.value}
              ?disabled=${c.disabled}
              aria-describedby=${`${o.name}-${i}-hint`}
              @change=${() => o.onChange(c.value)}
            />
            <label for=${idOf(i)}>${c.label}</label>
            <span class="radio__hint" id=${`${o.name}-${i}-hint`}>${c.hint}</span>
          </div>`,
      )}
    </fieldset>`,
  );
}
