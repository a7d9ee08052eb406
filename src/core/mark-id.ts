// Indonesian names inside the widget's own sentences ("Closed: Natal", "Go to Loket 2"), marked `lang="id"`. A
// module of its own: only the views fetched later (the day choices, the tracker's result) use it, so no first file
// carries it.
import { html } from 'lit';
import type { Lang } from './i18n.js';

/**
 * `text` (a sentence of the widget's) with the first of `id` it holds (a text from the API in Bahasa Indonesia: a
 * counter's, a holiday's or an untranslated service's name) in a `<span lang="id">`, when the widget speaks
 * another language.
 */
export function markId(text: string, id: readonly (string | undefined)[] = [], lang?: Lang): unknown {
  const at = lang && lang != 'id' ? id.find((x) => x && text.includes(x)) : undefined;
  if (!at) return text;
  const i = text.indexOf(at);
  return html`${text.slice(0, i)}<span lang="id">${at}</span>${text.slice(i + at.length)}`;
}
