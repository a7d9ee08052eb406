// fast-check arbitraries read from the contract: a value of any schema of the OpenAPI document (checked against
// that schema, so "valid" means what the contract says), and each way a field can be broken (wrong type, off the
// pattern, too long, too short, out of range, not in the enum, missing, unknown). Values of fields that name
// something (a service, a session, a booking code) are drawn from pools of real ones as often as at random.
import fc from 'fast-check';

/** The schema behind a `$ref` (component schemas only, which is all the contract uses in requests). */
export function resolve(doc, schema) {
  let s = schema;
  while (s?.$ref) s = doc.components.schemas[s.$ref.split('/').pop()];
  return s;
}

const typesOf = (schema) => [schema.type ?? []].flat();
const codePoints = (s) => [...s].length;

/** A real calendar day of the years 0001–9999, biased (as fast-check is) toward the ends of the range. */
const calendarDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Any value the schema accepts; `validate` (ajv, compiled from the same schema) has the last word. */
export function valueOf(doc, schema, validate) {
  const arb = rawValueOf(doc, resolve(doc, schema));
  return validate ? arb.filter((v) => validate(v)) : arb;
}

function rawValueOf(doc, schema) {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.oneOf) return fc.oneof(...schema.oneOf.map((s) => rawValueOf(doc, resolve(doc, s))));
  const types = typesOf(schema);
  const arbs = types.map((type) => {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -(2 ** 31), max: schema.maximum ?? 2 ** 31 });
      case 'number':
        return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true });
      case 'string':
        return stringOf(schema);
      case 'object':
        return objectOf(doc, schema);
      case 'array':
        return fc.array(rawValueOf(doc, resolve(doc, schema.items)), { maxLength: 3 });
      default:
        throw new Error(`no arbitrary for type ${type}`);
    }
  });
  return arbs.length === 1 ? arbs[0] : fc.oneof(...arbs);
}

function stringOf(schema) {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  if (schema.format === 'date') return calendarDate;
  const fits = (s) => codePoints(s) >= min && codePoints(s) <= max;
  if (schema.pattern) {
    const re = new RegExp(schema.pattern, 'u');
    const matching = fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
    // An unanchored pattern (`\S`: some character not a space) leaves the rest of the text free: any code point.
    if (schema.pattern.startsWith('^') && schema.pattern.endsWith('$')) return matching;
    return fc.oneof(
      matching,
      anyText(min, max).filter((v) => re.test(v) && fits(v)),
    );
  }
  return anyText(min, max).filter(fits);
}

/**
 * Characters that break things more often than chance would pick them: NUL and other controls, a lone surrogate,
 * a right-to-left override, a byte-order mark, an emoji, separators and quotes.
 */
export const NASTY = fc.constantFrom(
  ...['\u0000', '\u0008', '\t', '\n', '\u001b', '\u007f', '\ud800', '\udfff', '\u202e', '\ufeff', '\u00a0'],
  ...['é', '😀', ' ', '%', '/', '\\', '"', "'", '<', '{', '.', 'a', 'Z', '0'],
);

/** Every kind of text a resident or a client may send: any code point, whole graphemes, plain ASCII, nasty. */
export const anyText = (min, max) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
    fc.string({ unit: 'binary', minLength: min, maxLength: max }),
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ unit: NASTY, minLength: min, maxLength: max }),
  );

/** An object with every required property and any of the optional ones. */
function objectOf(doc, schema, pools = {}) {
  const properties = schema.properties ?? {};
  const record = {};
  for (const [name, prop] of Object.entries(properties)) record[name] = fieldValue(doc, name, prop, pools);
  return fc.record(record, { requiredKeys: schema.required ?? [] });
}

/** A field's value: from its pool of real values (when it has one) or from its schema, about half each. */
function fieldValue(doc, name, prop, pools) {
  const generated = rawValueOf(doc, resolve(doc, prop));
  const pool = pools[name];
  if (!pool) return generated;
  const choices = [pool.arbitrary ?? generated];
  if (pool.values.length) choices.push(fc.constantFrom(...pool.values));
  if (!pool.only && pool.arbitrary) choices.push(generated);
  return fc.oneof(...choices);
}

/**
 * A valid request body of `schema` (an object schema): pools of real values by field name
 * (`{ serviceId: { values: [...] } }`, `nik: { values, arbitrary }`, `only: true` for never at random), filtered by
 * the contract's own validator.
 */
export function bodyOf(doc, schema, validate, pools = {}) {
  return objectOf(doc, resolve(doc, schema), pools).filter((v) => validate(v));
}

/** Ways to break a value of `schema`: each answers an arbitrary of values the schema refuses. */
export function breakagesOf(doc, schema) {
  const s = resolve(doc, schema);
  const types = typesOf(s);
  const out = [];
  // Another JSON type than any the schema allows.
  const others = [
    ['string', fc.string({ maxLength: 5 })],
    ['integer', fc.integer()],
    ['boolean', fc.boolean()],
    ['null', fc.constant(null)],
    ['array', fc.constant([])],
    ['object', fc.constant({})],
  ].filter(([t]) => !types.includes(t) && !(t === 'integer' && types.includes('number')));
  if (!s.oneOf && types.length) out.push(['type', fc.oneof(...others.map(([, a]) => a))]);
  if (types.includes('string')) {
    if (s.pattern) {
      const re = new RegExp(s.pattern);
      out.push(['pattern', fc.string({ maxLength: (s.maxLength ?? 20) + 2 }).filter((v) => !re.test(v))]);
    }
    if (s.format === 'date')
      out.push(['date', fc.constantFrom('2026-13-40', '2026-02-30', '2025-02-29', '2026-04-31', '2026-00-10')]);
    if (s.maxLength !== undefined)
      out.push(['too long', fc.integer({ min: s.maxLength + 1, max: s.maxLength + 40 }).map((n) => 'a'.repeat(n))]);
    if (s.minLength) out.push(['too short', fc.constant('a'.repeat(s.minLength - 1))]);
    if (s.enum) out.push(['enum', fc.string({ maxLength: 8 }).filter((v) => !s.enum.includes(v))]);
  }
  if (types.includes('integer')) {
    if (s.maximum !== undefined) out.push(['above maximum', fc.integer({ min: s.maximum + 1, max: s.maximum + 1000 })]);
    if (s.minimum !== undefined) out.push(['below minimum', fc.integer({ min: s.minimum - 1000, max: s.minimum - 1 })]);
    out.push(['fraction', fc.double({ min: 0.1, max: 30, noInteger: true, noNaN: true })]);
  }
  return out;
}
