// The MPP API contract (OpenAPI 3.1) as the kit reads it: its operations by operationId, and a check of an answer
// against what the operation documents for its status (media type, schema, headers).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

// ajv-formats is CommonJS: under ESM its default export may arrive wrapped.
const addFormats = addFormatsModule.default ?? addFormatsModule;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Where the kit finds the contract by default: its own copy when packed, else the repository's. */
export function defaultContractPath() {
  for (const candidate of ['../openapi.yaml', '../../src/api/openapi.yaml']) {
    const url = new URL(candidate, import.meta.url);
    try {
      readFileSync(url);
      return url;
    } catch {
      // not here: try the next place
    }
  }
  throw new Error('no openapi.yaml beside the kit: pass --contract <file>');
}

/** Schema refs rewritten from OpenAPI's place to the $defs of one JSON Schema document. */
const toDefs = (schema) => JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', 'mpp#/$defs/'));

/**
 * Loads the contract. Answers `{ version, operations, schema(name), check(operationId, answer) }`:
 * - `operations`: operationId → `{ id, method, path, security, parameters, requestBody, responses, public }`;
 * - `check`: the list of ways an answer breaks the contract (empty when it conforms).
 */
export function loadContract(source) {
  const doc = parse(readFileSync(source, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'mpp', $defs: toDefs(doc.components.schemas) });

  const deref = (thing, kind) => (thing?.$ref ? doc.components[kind][thing.$ref.split('/').pop()] : thing);

  const operations = new Map();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const security = op.security ?? doc.security ?? [];
      operations.set(op.operationId, {
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        // `security: []` (or an empty requirement) means anyone may call it.
        public: security.length === 0 || security.some((req) => Object.keys(req).length === 0),
        parameters: (op.parameters ?? []).map((p) => deref(p, 'parameters')),
        requestBody: op.requestBody,
        responses: Object.fromEntries(Object.entries(op.responses).map(([s, r]) => [s, deref(r, 'responses')])),
        tags: op.tags ?? [],
      });
    }
  }

  const compiled = new Map();
  const compile = (schema) => {
    const key = JSON.stringify(schema);
    if (!compiled.has(key)) compiled.set(key, ajv.compile(toDefs(schema)));
    return compiled.get(key);
  };

  /** The response an operation documents for a status: its own entry, else `default`. */
  const documented = (op, status) => op.responses[String(status)] ?? op.responses.default;

  /**
   * What is wrong with an answer `{ status, headers, text, json }` to `operationId`, by the contract: a status it
   * does not document, another media type, a body off the schema, a documented header missing or malformed.
   */
  function check(operationId, answer) {
    const op = operations.get(operationId);
    if (!op) return [`the contract has no operation ${operationId}`];
    const response = documented(op, answer.status);
    if (!response) return [`${answer.status} is not a documented answer of ${operationId}`];
    const problems = [];
    const content = response.content ?? {};
    const types = Object.keys(content);
    const type = (answer.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!types.length) {
      if (answer.text) problems.push(`${answer.status} documents no body, got ${answer.text.length} bytes`);
    } else if (!types.includes(type)) {
      problems.push(`Content-Type ${type || '(none)'} where the contract says ${types.join(' or ')}`);
    } else {
      const schema = content[type].schema;
      if (answer.json === undefined) problems.push(`the body is not JSON: ${JSON.stringify(answer.text.slice(0, 80))}`);
      else if (schema) {
        const validate = compile(schema);
        if (!validate(answer.json)) problems.push(...schemaErrors(validate.errors));
      }
    }
    if (answer.status === 429 || answer.status === 503) {
      const headers = response.headers ?? {};
      if ('Retry-After' in headers) {
        const value = answer.headers.get('retry-after');
        if (value === null) problems.push(`${answer.status} without Retry-After`);
        else if (!/^\d+$/.test(value.trim())) problems.push(`Retry-After "${value}" is not a number of seconds`);
      }
    }
    return problems;
  }

  /** A named component schema's validator (`BookingCode`, `Problem`, …). */
  const schema = (name) => compile({ $ref: `#/components/schemas/${name}` });

  const problemCodes = new Set(doc.components.schemas.ProblemCode?.enum ?? []);
  /** The problem codes the description of an operation's answer names (in backticks) for a status. */
  function documentedCodes(operationId, status) {
    const response = documented(operations.get(operationId), status);
    const words = [...(response?.description ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
    return words.filter((w) => problemCodes.has(w));
  }

  return {
    version: doc.info.version,
    title: doc.info.title,
    doc,
    operations,
    check,
    schema,
    validatorOf: compile,
    documented,
    documentedCodes,
  };
}

/** Ajv's errors, short: where and what, at most three. */
export function schemaErrors(errors) {
  const lines = (errors ?? []).map((e) => `body${e.instancePath || ''} ${e.message}`);
  return lines.length > 3 ? [...lines.slice(0, 3), `… and ${lines.length - 3} more schema errors`] : lines;
}
