// The board's views, as functions of its state: the counters with the number each calls, the last calls, and the
// line's state (connecting, live, reconnecting with the last known calls, failed).
import { html, nothing, type TemplateResult } from 'lit';
import type { HallCall, HallCounter } from '../../api/types.js';
import { heading, type HeadingLevel } from '../../internal/ui/heading.js';
import type { BoardStrings } from './strings.js';

/** One counter: its name (with its agency on a whole-MPP board) and the number it calls, large. */
export function counterCard(k: HallCounter, t: BoardStrings, withAgency: boolean): TemplateResult {
  return html`<li class="counter" part="counter" data-counter=${k.counterId}>
    <span class="counter__name" part="counter-name"
      >${k.counterName}${withAgency && k.agencyName ? html`<span class="counter__agency"> · ${k.agencyName}</span>` : nothing}</span
    >
    ${
      k.nowServing
        ? html`<span class="counter__number" part="number">${k.nowServing}</span>`
        : html`<span class="counter__idle">${t.idle}</span>`
    }
  </li>`;
}

/** The last calls, newest first: number → counter. */
export function recentList(calls: readonly HallCall[], t: BoardStrings, level: HeadingLevel): TemplateResult {
  return html`<section class="recent" part="recent" aria-labelledby="recent-heading">
    ${heading(level, t.recent, { id: 'recent-heading' })}
    <ol class="recent__list">
      ${calls.map(
        (c, i) =>
          html`<li class=${i === 0 ? 'recent__item recent__item--latest' : 'recent__item'} part="recent-call">
            <span class="recent__number">${c.queueNumber}</span>
            <span class="recent__to"><span class="visually-hidden">${t.goTo} </span>${c.counterName}</span>
          </li>`,
      )}
    </ol>
  </section>`;
}

/** The line's state in a word, beside the heading: never colour alone. */
export function statusPill(phase: string, polling: boolean, t: BoardStrings): TemplateResult {
  const label = phase === 'live' ? (polling ? t.polling : t.live) : phase === 'reconnecting' ? t.reconnecting : '';
  return label
    ? html`<span class="pill pill--${phase}" part="status"
        ><span class="pill__dot" aria-hidden="true"></span>${label}</span
      >`
    : html``;
}
