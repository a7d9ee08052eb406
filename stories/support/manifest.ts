// The element docs of custom-elements.json for Storybook. Controls and docs tables: every attribute gets the control its type calls for, and
// the events, custom properties and parts are listed. Storybook's own reading gives `string | undefined` an
// object editor ("Set object") and lists each attribute twice (as attribute and as property).
import type { ArgTypes, InputType } from 'storybook/internal/types';
import manifest from '../../custom-elements.json';

interface Typed {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  kind?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  attributes?: Typed[];
  members?: Typed[];
  events?: Typed[];
  cssProperties?: Typed[];
  cssParts?: Typed[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap(
  (m) => m.declarations ?? [],
);

/** The element's entry in the manifest. */
export const elementOf = (tagName: string) => declarations.find((d) => d.tagName === tagName);

/** Every `mpp-*` element's tag name, from the manifest. */
export const elementTags = declarations.flatMap((d) => (d.tagName ? [d.tagName] : []));

/** The documented events of every element, for the actions panel. */
export const allEvents = [...new Set(declarations.flatMap((d) => (d.events ?? []).map((e) => e.name)))];

const quoted = /^(['"])(.*)\1$/;

/** The control a TypeScript type calls for: a union of string literals is a select of those values. */
export function controlFor(typeText: string | undefined): Pick<InputType, 'control' | 'options'> {
  const parts = (typeText ?? 'string')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (parts.length > 0 && parts.every((p) => quoted.test(p)))
    return { control: 'select', options: parts.map((p) => quoted.exec(p)![2]) };
  if (parts.length === 1 && parts[0] === 'boolean') return { control: 'boolean' };
  if (parts.length === 1 && parts[0] === 'number') return { control: 'number' };
  return { control: 'text' };
}

const row = (item: Typed, category: string, extra: Partial<InputType> = {}): InputType => ({
  name: item.name,
  description: item.description,
  table: {
    category,
    type: item.type?.text ? { summary: item.type.text } : undefined,
    defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
  },
  control: false,
  ...extra,
});

/**
 * `parameters.docs.extractArgTypes` for web components: arg names are attribute names (what a webmaster writes),
 * so a story's args are its element's attributes.
 */
export function argTypesFromManifest(tagName: string): ArgTypes | null {
  const element = elementOf(tagName);
  if (!element) return null;
  const argTypes: ArgTypes = {};
  const attributeFields = new Set((element.attributes ?? []).map((a) => a.fieldName));
  for (const attribute of element.attributes ?? [])
    argTypes[attribute.name] = row(attribute, 'attributes', controlFor(attribute.type?.text));
  // Public properties without an attribute: documented, set from script only.
  for (const member of element.members ?? [])
    if (member.kind === 'field' && !member.static && !attributeFields.has(member.name))
      argTypes[`property:${member.name}`] = row(member, 'properties');
  for (const event of element.events ?? []) argTypes[`event:${event.name}`] = row(event, 'events');
  for (const property of element.cssProperties ?? [])
    argTypes[`css:${property.name}`] = row(property, 'css custom properties');
  for (const part of element.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'css shadow parts');
  return argTypes;
}

/** The attribute names of an element, in the manifest's order. */
export const attributeNames = (tagName: string): string[] => (elementOf(tagName)?.attributes ?? []).map((a) => a.name);
