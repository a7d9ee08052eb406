// The language of a text that came from the API, for its `lang` attribute: screen readers switch voice by it
// (WCAG 3.1.2), so Indonesian text on an English page is read as Indonesian, not as English.
import { html } from 'lit';
import type { ServiceSummary, TranslatableField } from '../api/types.js';
import type { Lang } from './i18n.js';

/**
 * `lang` for a text from the API shown by a widget speaking `widget`: the text's language when it differs, else
 * undefined (it inherits the widget's; bind with `ifDefined`). A service's field is in the service's `lang` unless it is `untranslated`;
 * a booking's service name and requirements likewise (the booking carries `lang`, `untranslated`); every other text
 * of the API (agency, counter and holiday names, legal basis, an application's texts) is Bahasa Indonesia: call
 * without a record.
 */
export function textLang(
  widget: Lang,
  record?: Pick<ServiceSummary, 'lang' | 'untranslated'>,
  field?: TranslatableField,
): Lang | undefined {
  const text = record?.lang == 'en' && field && !record.untranslated?.includes(field) ? 'en' : 'id';
  return text == widget ? undefined : text;
}

/** `text` in a `<span lang>` when its language differs from the widget's (`textLang`); as it is otherwise. */
export const langText = (text: unknown, lang?: Lang): unknown =>
  lang ? html`<span lang=${lang}>${text}</span>` : text;

/** `lang` for a service's cost as `formatCost` shows it: the widget's own word or a figure, else the API's text. */
export const costLang = (s: Pick<ServiceSummary, 'cost' | 'lang' | 'untranslated'>, widget: Lang) =>
  s.cost.free || typeof s.cost.amount == 'number' ? undefined : textLang(widget, s, 'cost');
