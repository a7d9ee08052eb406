// The service question: the first bookable services as radios, the rest on demand, narrowed by a light word filter
// (the finder is where residents search), or its loading and failure states. A view of the booking flow.
import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage } from '../../core/messages.js';
import type { Lang } from '../../core/i18n.js';
import { matchesEveryTerm } from '../../core/search.js';
import { textField } from '../../internal/ui/field.js';
import { afterTyping } from '../../internal/ui/announcer.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import { FIRST_SERVICES, type BookingFlow } from './booking-flow.js';
import { radios } from './choices.js';
import type { BookingStrings } from './strings.js';

/**
 * From this many services on, the list is grouped by agency, a fieldset with the agency's name as its legend each:
 * more than ten radios (about two phone screens with their hints) is more than a resident reads as one list. A
 * shorter list stays one GOV.UK radio group. Grouping on the page, not an agency question first: a resident looking
 * for SKCK need not know that the Polresta gives it, the filter still reaches every service, and the arrow keys
 * still walk the one list (see docs/embedding.md, "Long service lists").
 */
export const GROUP_FROM = 11;

export interface ServiceQuestionOptions {
  flow: BookingFlow;
  t: BookingStrings;
  lang: Lang;
  /** The question as the step's heading (it takes focus when the step opens). */
  legend: (text: string) => TemplateResult;
  continueButton: () => TemplateResult;
}

export function serviceQuestion(o: ServiceQuestionOptions): TemplateResult {
  const { t, flow } = o;
  if (flow.servicesError) {
    return html`${o.legend(t.serviceQuestion)}
    ${notice({
      tone: 'error',
      title: t.servicesError,
      message: errorMessage(flow.servicesError, flow.host),
      action: { label: t.retry, onClick: () => void flow.loadServices() },
    })}`;
  }
  if (!flow.services)
    return html`${o.legend(t.serviceQuestion)}${skeleton({ label: t.servicesLoading, rows: 6, size: 'choice' })}`;
  // The filter only narrows the list (the finder is where residents search).
  const matching = flow.services.filter((s) =>
    matchesEveryTerm(flow.serviceFilter, `${s.name} ${s.keywords.join(' ')} ${s.category}`),
  );
  // Until the resident asks for more (or filters), the first few: the question fits the height the element holds
  // from its first paint, and the first screen does not wait for every service to be drawn as a radio.
  const more = flow.moreServices || flow.serviceFilter;
  const shown = more ? matching : matching.slice(0, FIRST_SERVICES);
  // How many services the filter leaves, once typing pauses (none for an empty filter). The region is empty while
  // the resident types, so each count it settles on is a change and is heard, the same count as before too.
  const said = flow.saidFor ? t.serviceCount(matching.length) : '';
  // The question comes first (it takes focus), then the filter, then the choices it filters.
  return html`
    ${o.legend(t.serviceQuestion)}
    ${textField({
      id: 'service-filter',
      label: t.serviceFilter,
      type: 'search',
      value: flow.serviceFilter,
      errorPrefix: t.errorPrefix,
      onInput: (v) => {
        flow.set({ serviceFilter: v, saidFor: undefined });
        afterTyping(flow, () => flow.set({ saidFor: v }));
      },
    })}
    <p class="visually-hidden" role="status">${said}</p>
    ${
      shown.length
        ? radios({
            name: 'service',
            // The question is the heading above the filter; the group repeats it for screen readers only.
            legend: html`<span class="visually-hidden">${t.serviceQuestion}</span>`,
            error: flow.errors.service,
            errorPrefix: t.errorPrefix,
            choices: shown.map((s) => ({
              value: s.id,
              label: s.name,
              // Texts that stayed Indonesian on an English page are marked (src/core/content-lang.ts).
              // A text that stayed Indonesian on a page in another language is marked so (src/core/content-lang.ts);
              // the services are asked in the page's language, so one answered in it needs no mark.
              lang: s.lang != o.lang || s.untranslated?.includes('name') ? 'id' : undefined,
              hint: s.category,
              hintLang: s.lang != o.lang || s.untranslated?.includes('category') ? 'id' : undefined,
              group: flow.agencies?.find((a) => a.id === s.agencyId)?.name ?? s.agencyId,
            })),
            grouped: shown.length >= GROUP_FROM,
            value: flow.serviceId,
            onChange: (v) => flow.choose('service', v),
          })
        : html`<p>${t.serviceNone}</p>`
    }
    ${
      shown.length < matching.length
        ? html`<p>
            <button
              type="button"
              class="link"
              @click=${() => {
                // The others join the list; focus goes to the first of them (moving it renders again).
                flow.moreServices = true;
                flow.host.moveFocus(`#service-${FIRST_SERVICES}`);
              }}
            >
              ${t.serviceMore}
            </button>
          </p>`
        : nothing
    }
    ${o.continueButton()}
  `;
}
