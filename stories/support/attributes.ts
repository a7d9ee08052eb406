// Stories render their element from args named after its attributes, so every control in the panel changes the
// attribute a webmaster would write.
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { presetOf } from './theme-presets.js';

type Value = string | number | boolean | null | undefined;

class AttributesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }

  render(_values: Record<string, Value>) {
    return nothing;
  }

  override update(part: ElementPart, [values]: [Record<string, Value>]) {
    const element = part.element;
    for (const name of this.previous) if (!(name in values)) element.removeAttribute(name);
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || value === null || value === false || value === '') element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    this.previous = new Set(Object.keys(values));
    return nothing;
  }
}

/** Sets each attribute that has a value and removes the rest (`''`, `false`, `undefined`). */
export const attributes = directive(AttributesDirective);

/**
 * The element's attributes from a story's args: every arg that names one of `names`. `lang` and `theme` left
 * empty follow the toolbar (language, theme preset).
 */
export function elementAttributes(
  names: readonly string[],
  args: Record<string, unknown>,
  globals: Record<string, unknown>,
): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const name of names) values[name] = args[name] as Value;
  if (names.includes('lang')) values.lang = (args.lang as string) || (globals.locale as string) || 'id';
  if (names.includes('theme')) values.theme = (args.theme as string) || presetOf(globals.theme).theme;
  return values;
}
