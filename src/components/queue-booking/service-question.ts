// The service question: the first bookable services as radios, the rest on demand, narrowed by a light word filter
// (the finder is where residents search), or its loading and failure states. A view of the booking flow.
import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage } from '../../core/messages.js';
import type { Lang } from '../../core/i18n.js';
import { matchesEveryTerm } from '../../core/search.js';
import { textField } from '../../internal/ui/field.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import { FIRST_SERVICES, type BookingFlow } from './booking-flow.js';
import { radios } from './choices.js';
import type { BookingStrings } from './strings.js';

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
  // The question comes first (it takes focus), then the filter, then the choices it filters.
  return html`
    ${o.legend(t.serviceQuestion)}
    ${textField({
      id: 'service-filter',
      label: t.serviceFilter,
      type: 'search',
      value: flow.serviceFilter,
      errorPrefix: t.errorPrefix,
      onInput: (v) => flow.set({ serviceFilter: v }),
    })}
    ${
      shown.length
        ? radios({
            name: 'service',
            // The question is the heading above the filter; the group repeats it for screen readers only.
            legend: html`<span class="visually-hidden">${t.serviceQuestion}</span>`,
            error: flow.errors.service,
            errorPrefix: t.errorPrefix,
            choices: shown.map((s) => ({ value: s.id, label: s.name, hint: s.category })),
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
