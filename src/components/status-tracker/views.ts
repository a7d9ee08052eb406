// What the tracker shows once found: a booking (its state and live queue) or an application (its steps), as views.
import { html, nothing, type TemplateResult } from 'lit';
import type { Application, Booking } from '../../api/types.js';
import { formatDate, formatTime } from '../../core/format.js';
import type { Lang } from '../../core/i18n.js';
import { complaintChannels } from '../../internal/ui/complaint-channels.js';
import { heading, subLevel, type HeadingLevel } from '../../internal/ui/heading.js';
import { bookingFacts, summaryRow } from '../../internal/ui/summary-list.js';
import type { TrackerStrings } from './strings.js';

interface ViewContext {
  t: TrackerStrings;
  lang: Lang;
  level: HeadingLevel;
  bookingPage?: string;
}

/** The booking page for another day of the same service (`?layanan=`, which the booking widget reads). */
function anotherDay(page: string, serviceId: string): string {
  const url = new URL(page, location.href);
  url.searchParams.set('layanan', serviceId);
  return url.href;
}

/** A state as words inside a shaped badge: colour is never the only signal. */
const badge = (tone: string, label: string) => html`<span class="badge badge--${tone}" part="badge">${label}</span>`;

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

/** A booking: its state, where and when, and on the day the live queue. */
export function bookingView(b: Booking, c: ViewContext, updatedAgo: string): TemplateResult {
  const { t, lang, level } = c;
  const q = b.queue;
  return html`
    ${heading(level, b.code, { id: 'result-heading', focusable: true })}
    <p class="status">${t.status}: ${badge(BOOKING_TONE[b.status] ?? 'neutral', t.bookingStatus[b.status])}</p>
    ${
      b.closure
        ? html`<p class="closure" part="closure">
            ${t.closedOn(b.closure.name ?? '')}
            ${c.bookingPage ? html`<a href=${anotherDay(c.bookingPage, b.serviceId)}>${t.otherDay}</a>` : t.otherDay}
          </p>`
        : nothing
    }
    <dl class="summary">${bookingFacts(b, t, lang)}</dl>
    ${
      q
        ? html`<section class="queue" part="queue" aria-labelledby="queue-heading">
            ${heading(subLevel(level), t.queueTitle, { id: 'queue-heading' })}
            ${
              b.status === 'serving'
                ? html`<p class="queue__turn">${t.yourTurn(q.calledTo?.name)}</p>`
                : html`${
                      q.number
                        ? html`<p class="queue__number">
                            ${t.yourNumber}: <strong part="queue-number">${q.number}</strong>
                          </p>`
                        : html`<p>${t.notCheckedIn}</p>`
                    }
                    <p class="queue__ahead">${t.ahead(q.ahead)}</p>
                    ${q.estimatedAt ? html`<p>${t.estimate(formatTime(q.estimatedAt, lang))}</p>` : nothing}`
            }
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
                      <td>${k.name}</td>
                      <td>${k.nowServing ?? t.nobody}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
            <p class="updated">${t.updated(updatedAgo)}</p>
          </section>`
        : nothing
    }
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
  return html`
    ${heading(level, a.number, { id: 'result-heading', focusable: true })}
    <p class="status">
      ${t.status}:
      ${pause ? badge('warning', t.paused) : badge(APPLICATION_TONE[a.status] ?? 'neutral', t.applicationStatus[a.status])}
    </p>
    ${a.asOf ? html`<p><strong>${t.asOf(`${day(a.asOf)} ${formatTime(a.asOf, lang)}`)}</strong></p>` : nothing}
    <dl class="summary">
      ${summaryRow(t.service, a.serviceName)} ${summaryRow(t.agency, a.agencyName)}
      ${summaryRow(t.submitted, day(a.submittedAt))}
      ${current ? summaryRow(t.currentStep, `${current.name} (${t.since(day(current.startedAt))})`) : nothing}
    </dl>
    ${
      pause
        ? html`${heading(subLevel(level), t.waitingForYou)}
            <p class="pause">${pause.reason}<br />${t.since(day(pause.since))}</p>`
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
            <p class="rejection">${a.rejectionReason}</p>`
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
            <span class="timeline__name">${s.name}</span>
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
            ${s.note ? html`<span class="timeline__note">${s.note}</span>` : nothing}
          </li>`,
      )}
    </ol>
    ${
      a.collection
        ? html`${heading(subLevel(level), t.collection)}
            <p><strong>${a.collection.place}</strong><br />${a.collection.instructions}</p>`
        : nothing
    }
    ${
      a.nextStep
        ? html`${heading(subLevel(level), t.nextStep)}
            <p>${a.nextStep}</p>`
        : nothing
    }
    ${
      a.complaints?.length
        ? html`${heading(subLevel(level), t.complaints)} ${complaintChannels(a.complaints)}`
        : nothing
    }
  `;
}
