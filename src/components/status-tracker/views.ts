// What the tracker shows once found: a booking (its state and, on the day, the queue words of the moment, and the
// survey's offer once it was served) or an application (its steps), as views. A file of its own, fetched with the
// first look-up (status-lookup.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Application, Booking } from '../../api/types.js';
import { langText, textLang } from '../../core/content-lang.js';
import { markId } from '../../core/mark-id.js';
import { formatDate, formatTime } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { heading, subLevel, type HeadingLevel } from '../../internal/ui/heading.js';
import { complaintChannels } from '../../internal/ui/complaint-channels.js';
import { bookingFacts, summaryRow } from '../../internal/ui/summary-list.js';
import { shownEstimate, visitPhase, type VisitPhase } from '../../rules/queue.js';
import type { TrackerStrings } from './strings.js';

/** The satisfaction survey's place under a served booking: offered, loading, open, or failed to load. */
export type SurveyOffer = 'offered' | 'loading' | 'open' | 'failed';

export interface ViewContext {
  t: TrackerStrings;
  lang: Lang;
  level: HeadingLevel;
  bookingPage?: string;
  survey?: SurveyOffer;
  apiBase?: string;
  openSurvey?: () => void;
  /** The tracker's clock: the queue words follow it between refreshes (check-in opening, closing). */
  now: number;
}

/**
 * The survey under a served visit: a button that loads `<mpp-satisfaction-survey>` (its own file) and opens it
 * with the look-up's token; the token goes to the element as a property, never into a URL or an attribute.
 */
function surveySection(token: string, c: ViewContext): TemplateResult {
  const level = subLevel(c.level);
  return html`<section class="survey" part="survey">
    ${
      c.survey === 'open'
        ? html`<mpp-satisfaction-survey
            .token=${token}
            api-base=${c.apiBase ?? ''}
            lang=${c.lang}
            heading-level=${level}
          ></mpp-satisfaction-survey>`
        : html`${heading(level, c.t.surveyTitle)}
            <p>${c.t.surveyBody}</p>
            ${c.survey === 'failed' ? html`<p class="field__error" role="alert">${c.t.surveyFailed}</p>` : nothing}
            <button
              type="button"
              class="button button--secondary"
              aria-disabled=${c.survey === 'loading' ? 'true' : 'false'}
              @click=${c.openSurvey}
            >
              ${c.t.surveyOpen}
            </button>`
    }
  </section>`;
}

/** The booking page for another day of the same service (`?layanan=`, which the booking widget reads). */
function anotherDay(page: string, serviceId: string): string {
  const url = new URL(page, location.href);
  url.searchParams.set('layanan', serviceId);
  return url.href;
}

/** A state as words inside a shaped badge: colour is never the only signal. */
export const badge = (tone: string, label: string) =>
  html`<span class="badge badge--${tone}" part="badge">${label}</span>`;

const BOOKING_TONE: Record<string, string> = {
  booked: 'info',
  checked_in: 'info',
  serving: 'success',
  done: 'neutral',
  cancelled: 'neutral',
  expired: 'warning',
  no_show: 'warning',
  closed: 'warning',
};

/**
 * What the queue section says at this moment (src/rules/queue.ts, `visitPhase`): before check-in, when and where to
 * check in and that the position comes with it — a resident who has not checked in is in no queue yet; in the
 * queue, the number, the people ahead and an estimate never before the session or now; called, the counter.
 */
function queueWords(b: Booking, c: ViewContext, phase: VisitPhase): TemplateResult {
  const { t, lang } = c;
  const q = b.queue!;
  const time = (iso: string) => formatTime(iso, lang);
  if (phase === 'called')
    return html`<p class="queue__turn">${markId(t.yourTurn(q.calledTo?.name), [q.calledTo?.name], lang)}</p>`;
  if (phase === 'waiting')
    return html`${
        q.number
          ? html`<p class="queue__number">${t.yourNumber}: <strong part="queue-number">${q.number}</strong></p>`
          : nothing
      }
      <p class="queue__ahead">${t.ahead(q.ahead)}</p>
      ${
        q.estimatedAt
          ? html`<p class="queue__estimate">
              ${t.estimate(
                formatTime(
                  new Date(shownEstimate(Date.parse(q.estimatedAt), Date.parse(b.session.start), c.now)),
                  lang,
                ),
              )}
            </p>`
          : nothing
      }`;
  return html`<p class="queue__check-in">
      <strong
        >${markId(
          phase === 'check_in_open'
            ? t.checkInOpen(time(b.checkIn.closesAt), b.counter)
            : t.checkInOpens(time(b.checkIn.opensAt), b.counter),
          [b.counter],
          c.lang,
        )}</strong
      >
    </p>
    <p>${t.notCheckedIn}</p>`;
}

/** A booking: its state, where and when, and on the day the queue words of the moment. */
export function bookingView(b: Booking, c: ViewContext, updatedAgo: string): TemplateResult {
  const { t, lang, level } = c;
  const q = b.queue;
  const phase = visitPhase(
    b.status,
    { opensAt: Date.parse(b.checkIn.opensAt), closesAt: Date.parse(b.checkIn.closesAt) },
    c.now,
  );
  // The API's texts are Bahasa Indonesia: marked so on a page in another language (src/core/content-lang.ts).
  const id = textLang(lang);
  const other = c.bookingPage ? html`<a href=${anotherDay(c.bookingPage, b.serviceId)}>${t.otherDay}</a>` : t.otherDay;
  return html`
    ${heading(level, b.code, { id: 'result-heading', focusable: true })}
    <p class="status">${t.status}: ${badge(BOOKING_TONE[b.status] ?? 'neutral', t.bookingStatus[b.status])}</p>
    ${
      b.closure
        ? html`<p class="closure" part="closure">
            ${markId(t.closedOn(b.closure.name ?? ''), [b.closure.name], lang)} ${other}
          </p>`
        : nothing
    }
    ${
      phase === 'check_in_missed'
        ? html`<p class="closure" part="closure">${t.checkInMissed(formatTime(b.checkIn.closesAt, lang))} ${other}</p>`
        : nothing
    }
    <dl class="summary">${bookingFacts(b, t, lang)}</dl>
    ${
      q && phase !== 'check_in_missed' && phase !== 'over'
        ? html`<section class="queue" part="queue" aria-labelledby="queue-heading">
            ${heading(subLevel(level), t.queueTitle, { id: 'queue-heading' })} ${queueWords(b, c, phase)}
            <table class="counters">
              <thead>
                <tr>
                  <th scope="col">${t.counter}</th>
                  <th scope="col">${t.nowServing}</th>
                </tr>
              </thead>
              <tbody>
                ${q.counters.map(
                  (k) =>
                    html`<tr>
                      <td lang=${ifDefined(id)}>${k.name}</td>
                      <td>${k.nowServing ?? t.nobody}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
            <p class="updated">${t.updated(updatedAgo)}</p>
          </section>`
        : nothing
    }
    ${b.surveyToken ? surveySection(b.surveyToken, c) : nothing}
  `;
}

const APPLICATION_TONE: Record<string, string> = {
  in_progress: 'info',
  ready: 'success',
  completed: 'neutral',
  rejected: 'error',
};

/** An application: its steps in order with dates, the deadline, and what comes next. */
export function applicationView(a: Application, c: ViewContext): TemplateResult {
  const { t, lang, level } = c;
  const day = (instant?: string) => (instant ? formatDate(instant.slice(0, 10), lang) : '');
  const current = a.steps.find((s) => s.status === 'current');
  const pause = a.pause;
  // The API's texts (names, steps, notes, places) are Bahasa Indonesia: marked so on a page in another language.
  const id = textLang(lang);
  return html`
    ${heading(level, a.number, { id: 'result-heading', focusable: true })}
    <p class="status">
      ${t.status}:
      ${pause ? badge('warning', t.paused) : badge(APPLICATION_TONE[a.status] ?? 'neutral', t.applicationStatus[a.status])}
    </p>
    ${a.asOf ? html`<p><strong>${t.asOf(`${day(a.asOf)} ${formatTime(a.asOf, lang)}`)}</strong></p>` : nothing}
    <dl class="summary">
      ${summaryRow(t.service, langText(a.serviceName, id))} ${summaryRow(t.agency, langText(a.agencyName, id))}
      ${summaryRow(t.submitted, day(a.submittedAt))}
      ${current ? summaryRow(t.currentStep, html`${langText(current.name, id)} (${t.since(day(current.startedAt))})`) : nothing}
    </dl>
    ${
      pause
        ? html`${heading(subLevel(level), t.waitingForYou)}
            <p class="pause"><span lang=${ifDefined(id)}>${pause.reason}</span><br />${t.since(day(pause.since))}</p>`
        : nothing
    }
    ${
      a.deadline
        ? html`<p class="deadline ${a.overdue ? 'deadline--overdue' : ''}">
            ${t.deadline(formatDate(a.deadline, lang))} ${pause ? t.deadlineMoves : nothing}
            ${a.overdue ? html`<br />${badge('warning', t.overdue)} ${t.overdueHint}` : nothing}
          </p>`
        : nothing
    }
    ${
      a.rejectionReason
        ? html`${heading(subLevel(level), t.rejectionReason)}
            <p class="rejection" lang=${ifDefined(id)}>${a.rejectionReason}</p>`
        : nothing
    }
    ${heading(subLevel(level), t.steps)}
    <ol class="timeline" part="timeline">
      ${a.steps.map(
        (s) =>
          html`<li
            class="timeline__step timeline__step--${s.status}"
            aria-current=${s.status === 'current' ? 'step' : 'false'}
          >
            <span class="timeline__name" lang=${ifDefined(id)}>${s.name}</span>
            ${
              pause && s.status === 'current'
                ? badge('warning', t.paused)
                : badge(
                    s.status === 'rejected'
                      ? 'error'
                      : s.status === 'done'
                        ? 'success'
                        : s.status === 'current'
                          ? 'info'
                          : 'neutral',
                    t.stepStatus[s.status],
                  )
            }
            ${s.completedAt || s.startedAt ? html`<span class="timeline__date">${day(s.completedAt ?? s.startedAt)}</span>` : nothing}
            ${s.note ? html`<span class="timeline__note" lang=${ifDefined(id)}>${s.note}</span>` : nothing}
          </li>`,
      )}
    </ol>
    ${
      a.collection
        ? html`${heading(subLevel(level), t.collection)}
            <p lang=${ifDefined(id)}><strong>${a.collection.place}</strong><br />${a.collection.instructions}</p>`
        : nothing
    }
    ${
      a.nextStep
        ? html`${heading(subLevel(level), t.nextStep)}
            <p lang=${ifDefined(id)}>${a.nextStep}</p>`
        : nothing
    }
    ${
      a.complaints?.length
        ? html`${heading(subLevel(level), t.complaints)} ${complaintChannels(a.complaints, id)}`
        : nothing
    }
  `;
}
