// The OpenAPI document as the server's validator: request bodies are checked against its schemas (so a bad
// request gets a 422 with field errors, never a 500), and tests check responses against it.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const openapiText = readFileSync(new URL('../../src/api/openapi.yaml', import.meta.url), 'utf8');
export const openapi = parse(openapiText);

// The component schemas as one JSON Schema 2020-12 document, refs rewritten from OpenAPI's place to $defs.
const defs = JSON.parse(JSON.stringify(openapi.components.schemas).replaceAll('#/components/schemas/', 'mpp#/$defs/'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ $id: 'mpp', $defs: defs });

const validators = new Map();
/** A compiled validator of a named component schema. */
export function schemaValidator(name) {
  let validate = validators.get(name);
  if (!validate) {
    validate = ajv.getSchema(`mpp#/$defs/${name}`);
    if (!validate) throw new Error(`No schema ${name} in the contract`);
    validators.set(name, validate);
  }
  return validate;
}

/** An inline schema (operator bodies are declared inline in the contract). */
export function inlineValidator(path, method) {
  const schema = openapi.paths[path][method].requestBody.content['application/json'].schema;
  return ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', 'mpp#/$defs/')));
}

const MESSAGES = {
  required: 'Wajib diisi.',
  unknown_field: 'Kolom ini tidak dikenal.',
  type: 'Jenis nilainya salah.',
  format: 'Formatnya tidak sesuai.',
  too_long: 'Terlalu panjang.',
  too_short: 'Terlalu pendek.',
  not_allowed: 'Nilai ini tidak diperbolehkan.',
};

/** Ajv's errors as the contract's field errors (`{ field, code, message }`), one per field. */
export function fieldErrors(errors) {
  const out = new Map();
  for (const e of errors ?? []) {
    let field = e.instancePath.replace(/^\//, '').replaceAll('/', '.');
    let code;
    if (e.keyword === 'required') {
      field = [field, e.params.missingProperty].filter(Boolean).join('.');
      code = 'required';
    } else if (e.keyword === 'additionalProperties') {
      field = [field, e.params.additionalProperty].filter(Boolean).join('.');
      code = 'unknown_field';
    } else if (e.keyword === 'type') code = 'type';
    else if (e.keyword === 'pattern' || e.keyword === 'format') code = 'format';
    else if (e.keyword === 'maxLength' || e.keyword === 'maximum') code = 'too_long';
    else if (e.keyword === 'minLength' || e.keyword === 'minimum') code = 'too_short';
    else code = 'not_allowed';
    if (!out.has(field || 'body')) out.set(field || 'body', { field: field || 'body', code, message: MESSAGES[code] });
  }
  return [...out.values()];
}

/** For tests: the schema a response of an operation must follow, by status. */
export function responseSchemaName(path, method, status) {
  const responses = openapi.paths[path][method].responses;
  let response = responses[String(status)] ?? responses.default;
  if (response.$ref) response = openapi.components.responses[response.$ref.split('/').pop()];
  const content = response.content?.['application/json'] ?? response.content?.['application/problem+json'];
  return content?.schema ?? null;
}

/** For tests: validates a response body against the contract; answers the errors, or null when it conforms. */
export function checkResponse(path, method, status, body) {
  const schema = responseSchemaName(path, method, status);
  if (!schema) return null;
  const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', 'mpp#/$defs/')));
  return validate(body) ? null : validate.errors;
}
