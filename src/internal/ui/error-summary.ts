// GOV.UK's error summary: what to fix, each a link to its field; it takes focus when shown.
import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { heading, type HeadingLevel } from './heading.js';

export interface ErrorSummaryItem {
  /** Id of the input the message is about. */
  field: string;
  message: string;
}

/**
 * GOV.UK's error summary: a titled list of what to fix, each a link to its field. Nothing when nothing is wrong.
 * Choosing a link focuses the field, because a `#fragment` link cannot reach into a shadow root.
 *
 * The markup GOV.UK Frontend ships (since 4.2): the box takes focus and has no role; the alert is a wrapper inside
 * it. A box that is both the alert and focused raced in JAWS, which read the heading and not the list. Unlike
 * GOV.UK, whose script adds `tabindex` only while the box has focus, the box keeps `tabindex="-1"`: GOV.UK drops it
 * so that a click inside does not ring the box, and here the ring is `:focus-visible`, which a click does not show.
 */
export function errorSummary(o: {
  title: string;
  /** Messages by field id; empty entries are left out. */
  errors: Readonly<Partial<Record<string, string>>>;
  headingLevel: HeadingLevel;
  root: ShadowRoot;
}): TemplateResult | typeof nothing {
  const errors = Object.entries(o.errors).filter((e): e is [string, string] => !!e[1]);
  if (!errors.length) return nothing;
  return html`
    <div class="error-summary" part="error-summary" tabindex="-1">
      <div role="alert">
        ${heading(o.headingLevel, o.title)}
        <ul>
          ${errors.map(
            ([field, message]) =>
              html`<li>
                <a
                  href=${`#${field}`}
                  @click=${(event: Event) => {
                    event.preventDefault();
                    focusField(o.root, field);
                  }}
                  >${message}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>
  `;
}

/** After a submit that found errors, the summary's box takes focus (once it has rendered). */
export async function focusErrorSummary(host: ReactiveElement): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
}

/**
 * Moves focus to a field and brings its label into the middle of the screen: a host page's sticky header covers
 * the top, and label, hint and error sit above the input.
 */
export function focusField(root: ShadowRoot, field: string): void {
  const input = root.getElementById(field);
  if (!input) return;
  const label = root.querySelector<HTMLElement>(`label[for="${CSS.escape(field)}"]`);
  (label ?? input).scrollIntoView({ block: 'center' });
  input.focus({ preventScroll: true });
}

export const errorSummaryStyles = css`
  .error-summary {
    border: 4px solid var(--_color-error);
    padding: 1em;
    margin-bottom: 1.5em;
  }
  .error-summary [part='heading'] {
    margin-top: 0;
    font-size: 1.25em;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary li + li {
    margin-top: 0.5em;
  }
  .error-summary a {
    color: var(--_color-error);
    font-weight: 700;
  }
`;
