// The service question: every bookable service as a radio, narrowed by a light word filter (the finder is where
// residents search), or its loading and failure states. A view of the booking flow.
import { html, type TemplateResult } from 'lit';
import { errorMessage } from '../../core/messages.js';
import type { Lang } from '../../core/i18n.js';
import { matchesEveryTerm } from '../../core/search.js';
import { textField } from '../../internal/ui/field.js';
import { notice } from '../../internal/ui/notice.js';
import { skeleton } from '../../internal/ui/skeleton.js';
import type { BookingFlow } from './booking-flow.js';
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
      message: errorMessage(flow.servicesError, o.lang),
      action: { label: t.retry, onClick: () => void flow.loadServices() },
    })}`;
  }
  if (!flow.services)
    return html`${o.legend(t.serviceQuestion)}${skeleton({ label: t.servicesLoading, rows: 12, size: 'tall' })}`;
  // Every service is listed; the filter only narrows it (the finder is where residents search).
  const shown = flow.services.filter((s) =>
    matchesEveryTerm(flow.serviceFilter, `${s.name} ${s.keywords.join(' ')} ${s.category}`),
  );
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
            choices: shown.map((s) => ({ value: s.id, label: s.name, hint: s.category, disabled: false })),
            value: flow.serviceId,
            onChange: (v) => flow.choose('service', v),
          })
        : html`<p>${t.serviceNone}</p>`
    }
    ${o.continueButton()}
  `;
}
