// The published index's views, as functions of its state: the period, one line's summary (GOV.UK summary list),
// the agencies' table and a line's nine elements (GOV.UK tables). Every value is printed as a number and, for the
// grade, a letter and words: the bars beside them repeat the number for the eye, never colour alone.
import { html, nothing, type TemplateResult } from 'lit';
import type { PublicIkm, PublicSatisfaction } from '../../api/types.js';
import type { Lang } from '../../core/i18n.js';
import { summaryRow } from '../../internal/ui/summary-list.js';
import { SURVEY_ELEMENTS } from '../../rules/survey.js';
import type { IndexStrings } from './strings.js';

/** A value with two decimals in the language's way (83,33 / 83.33). */
export const decimal = (n: number, lang: Lang) =>
  n.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The period in words: `Triwulan III 2026` / `Quarter 3, 2026`, or the year. */
export function periodName(period: string, t: IndexStrings): string {
  const [year, q] = period.split('-Q');
  return q ? t.quarter(q, year!) : t.year(year!);
}

/** A value out of 100 with a bar (a `<meter>`, hidden from assistive technology: the number says it). */
function valueWithBar(v: number, t: IndexStrings, lang: Lang): TemplateResult {
  return html`<span class="value"
    ><span class="value__number">${decimal(v, lang)}</span
    ><meter class="value__bar" min="25" max="100" low="65" high="88.31" optimum="100" value=${v} aria-hidden="true">
      ${t.outOf(decimal(v, lang))}
    </meter></span
  >`;
}

/** The grade as letter and words (`B · Baik`). */
const gradeText = (line: PublicIkm, t: IndexStrings) =>
  line.grade ? html`<span class="grade grade--${line.grade}">${line.grade}</span> ${t.gradeWords[line.grade]}` : '';

/** What stands in a line's place without figures: withheld, or no answers yet. */
const noFigures = (line: PublicIkm, t: IndexStrings) => (line.withheld ? t.withheld : t.none);

/** One line in a summary list: the index, its grade, respondents against the minimum sample. */
export function lineSummary(line: PublicIkm, t: IndexStrings, lang: Lang, minRespondents: number): TemplateResult {
  if (line.converted === null)
    return html`<dl class="summary" part="summary">
      ${summaryRow(t.ikm, html`${noFigures(line, t)}${line.withheld ? html`<p class="hint">${t.withheldWhy(minRespondents)}</p>` : nothing}`)}
    </dl>`;
  return html`<dl class="summary" part="summary">
    ${summaryRow(t.ikm, valueWithBar(line.converted, t, lang))} ${summaryRow(t.grade, gradeText(line, t))}
    ${summaryRow(
      t.respondents,
      html`${t.sampleOf(line.respondents ?? 0, line.minimumSample, line.population)}:
        <strong>${line.sampleReached ? t.reached : t.notReached}</strong>`,
    )}
  </dl>`;
}

/** Every agency's line in a table: name, index with its bar, grade in words, respondents. */
export function agencyTable(data: PublicSatisfaction, t: IndexStrings, lang: Lang, caption: string): TemplateResult {
  return html`<table class="table" part="table">
    <caption class="table__caption">
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.agency}</th>
        <th scope="col">${t.ikm}</th>
        <th scope="col">${t.grade}</th>
        <th scope="col" class="table__numeric">${t.respondents}</th>
      </tr>
    </thead>
    <tbody>
      ${data.agencies.map(
        (a) =>
          html`<tr data-agency=${a.agencyId}>
            <th scope="row">${a.agencyName}</th>
            ${
              a.converted === null
                ? html`<td colspan="2">${noFigures(a, t)}</td>`
                : html`<td>${valueWithBar(a.converted, t, lang)}</td>
                    <td>${gradeText(a, t)}</td>`
            }
            <td class="table__numeric">${a.respondents ?? '–'}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** A line's nine elements, each on 25–100, in the regulation's order. */
export function elementTable(line: PublicIkm, t: IndexStrings, lang: Lang, caption: string): TemplateResult {
  return html`<table class="table" part="elements">
    <caption class="table__caption">
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.element}</th>
        <th scope="col">${t.value}</th>
      </tr>
    </thead>
    <tbody>
      ${SURVEY_ELEMENTS.map((e, i) => {
        const v = line.elements[e];
        return html`<tr>
          <th scope="row">U${i + 1} ${t.elements[e]}</th>
          <td>${v === null ? '–' : valueWithBar(v, t, lang)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
