// The OpenAPI document as the server's validator: request bodies are checked against its schemas (so a bad
// request gets a 422 with field errors, never a 500), and tests check responses against it.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { FieldError } from '../src/api/types.js';
import { projectFile } from './paths.js';

// ajv-formats is CommonJS with a default export: under NodeNext its default is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export const openapiText = readFileSync(projectFile('src/api/openapi.yaml'), 'utf8');

interface OpenApiResponse {
  $ref?: string;
  content?: Record<string, { schema?: unknown }>;
}
interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content: Record<string, { schema: unknown }> };
        responses: Record<string, OpenApiResponse>;
      }
    >
  >;
  components: { schemas: Record<string, unknown>; responses: Record<string, OpenApiResponse> };
}
export const openapi = parse(openapiText) as OpenApiDocument;

const toDefs = (schema: unknown): object =>
  JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', 'mpp#/$defs/'));

// The component schemas as one JSON Schema 2020-12 document, refs rewritten from OpenAPI's place to $defs.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ $id: 'mpp', $defs: toDefs(openapi.components.schemas) });

const validators = new Map<string, ValidateFunction>();
/** A compiled validator of a named component schema; `T` is the contract type it proves. */
export function schemaValidator<T>(name: string): ValidateFunction<T> {
  let validate = validators.get(name);
  if (!validate) {
    validate = ajv.getSchema(`mpp#/$defs/${name}`);
    if (!validate) throw new Error(`No schema ${name} in the contract`);
    validators.set(name, validate);
  }
  return validate as ValidateFunction<T>;
}

/** An inline schema (operator bodies are declared inline in the contract). */
export function inlineValidator<T>(path: string, method: string): ValidateFunction<T> {
  const schema = openapi.paths[path]?.[method]?.requestBody?.content['application/json']?.schema;
  if (!schema) throw new Error(`No request body for ${method} ${path} in the contract`);
  return ajv.compile<T>(toDefs(schema));
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
export function fieldErrors(errors: ErrorObject[] | null | undefined): FieldError[] {
  const out = new Map<string, FieldError>();
  for (const e of errors ?? []) {
    let field = e.instancePath.replace(/^\//, '').replaceAll('/', '.');
    let code: keyof typeof MESSAGES;
    if (e.keyword === 'required') {
      field = [field, e.params.missingProperty].filter(Boolean).join('.');
      code = 'required';
    } else if (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties') {
      field = [field, e.params.additionalProperty ?? e.params.unevaluatedProperty].filter(Boolean).join('.');
      code = 'unknown_field';
    } else if (e.keyword === 'type') code = 'type';
    else if (e.keyword === 'pattern' || e.keyword === 'format') code = 'format';
    else if (e.keyword === 'maxLength' || e.keyword === 'maximum') code = 'too_long';
    else if (e.keyword === 'minLength' || e.keyword === 'minimum') code = 'too_short';
    else code = 'not_allowed';
    const name = field || 'body';
    // A text's limit is said, so an administrator knows how much to cut (a translation, a note).
    const message =
      e.keyword === 'maxLength' ? `${MESSAGES.too_long} Paling banyak ${e.params.limit} karakter.` : MESSAGES[code];
    if (!out.has(name)) out.set(name, { field: name, code, message });
  }
  return [...out.values()];
}

/** For tests: the schema a response of an operation must follow, by status. */
function responseSchema(path: string, method: string, status: number): unknown {
  const responses = openapi.paths[path]?.[method]?.responses;
  if (!responses) throw new Error(`No operation ${method} ${path} in the contract`);
  let response = responses[String(status)] ?? responses.default;
  if (response?.$ref) response = openapi.components.responses[response.$ref.split('/').pop()!];
  const content = response?.content?.['application/json'] ?? response?.content?.['application/problem+json'];
  return content?.schema ?? null;
}

/** For tests: validates a response body against the contract; answers the errors, or null when it conforms. */
export function checkResponse(path: string, method: string, status: number, body: unknown): ErrorObject[] | null {
  const schema = responseSchema(path, method, status);
  if (!schema) return null;
  const validate = ajv.compile(toDefs(schema));
  return validate(body) ? null : (validate.errors ?? null);
}
