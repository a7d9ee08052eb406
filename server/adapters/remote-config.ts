// The configuration of remote application sources (MPP_APPLICATION_SOURCES: a JSON file), read and checked once
// at start so a mistake stops the server with one line naming it, not a resident's look-up later.
import { readFileSync } from 'node:fs';

/** A step of the MPP's timeline and the remote statuses that mean the application is at it. */
export interface RemoteStep {
  id: string;
  name: string;
  statuses: string[];
}

/** One agency system the server reads applications from. See docs/adapters.md for every field. */
export interface RemoteSourceConfig {
  name: string;
  /** Which application numbers it holds: a regular expression. */
  numbers: RegExp;
  /** The record's address, `{number}` replaced by the (URL-encoded) application number. */
  url: string;
  /** Headers sent with every request, each value read from the environment (credentials never sit in the file). */
  headers: Record<string, string>;
  timeoutMs: number;
  /** How long a record read is answered again without asking the remote system. */
  freshMs: number;
  /** How long a record read may still be shown, marked with its age, while the remote system cannot answer. */
  keepMs: number;
  breaker: { failures: number; coolDownMs: number };
  /** The MPP service the applications belong to, or the record field and a map from its values to service ids. */
  service: { id: string } | { field: string; map: Record<string, string> };
  /** Dotted paths of the record's fields. */
  fields: {
    nik: string;
    status: string;
    submittedAt: string;
    deadline: string;
    history: string;
    historyStatus: string;
    historyAt: string;
    note: string;
  };
  /** The service standard's duration, used when a record has no deadline of its own. */
  deadlineWorkingDays: number | undefined;
  steps: RemoteStep[];
  ready: string[];
  completed: string[];
  rejected: string[];
  /** Statuses meaning the application waits for the resident (its clock paused; `note` says what for). */
  paused: string[];
}

const DEFAULT_FIELDS: RemoteSourceConfig['fields'] = {
  nik: 'nik',
  status: 'status',
  submittedAt: 'submittedAt',
  deadline: 'deadline',
  history: 'history',
  historyStatus: 'status',
  historyAt: 'at',
  note: 'note',
};

type Json = Record<string, unknown>;

/** Reads and checks the sources file; throws an Error whose message names the source and field at fault. */
export function readRemoteSources(path: string | undefined, env: NodeJS.ProcessEnv): RemoteSourceConfig[] {
  if (!path) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`MPP_APPLICATION_SOURCES: cannot read ${path} as JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (!Array.isArray(parsed)) throw new Error('MPP_APPLICATION_SOURCES: the file holds a JSON array of sources');
  return parsed.map((entry, i) => remoteSource(entry as Json, `source ${i + 1}`, env));
}

export function remoteSource(raw: Json, where: string, env: NodeJS.ProcessEnv): RemoteSourceConfig {
  const name = text(raw, 'name', where);
  const at = `MPP_APPLICATION_SOURCES, ${name}`;
  const url = text(raw, 'url', at);
  if (!/^https?:\/\//.test(url) || !url.includes('{number}'))
    throw new Error(`${at}: url must be an http(s) address containing {number}`);
  const headers: Record<string, string> = {};
  for (const [header, value] of Object.entries((raw.headers ?? {}) as Record<string, { env?: string }>)) {
    const variable = value?.env;
    if (!variable) throw new Error(`${at}: header ${header} must be { "env": "VARIABLE" }`);
    const secret = env[variable];
    if (!secret) throw new Error(`${at}: header ${header} reads ${variable}, which is not set`);
    headers[header] = secret;
  }
  const service = raw.serviceId
    ? { id: text(raw, 'serviceId', at) }
    : { field: text(raw, 'serviceField', at), map: (raw.serviceMap ?? {}) as Record<string, string> };
  const steps = (raw.steps ?? []) as RemoteStep[];
  if (!Array.isArray(steps) || !steps.length || steps.some((s) => !s.id || !s.name || !Array.isArray(s.statuses)))
    throw new Error(`${at}: steps must list { "id", "name", "statuses": [...] } in order`);
  const breaker = (raw.breaker ?? {}) as Json;
  return {
    name,
    numbers: new RegExp(text(raw, 'numbers', at)),
    url,
    headers,
    timeoutMs: positive(raw.timeoutMs, 3000),
    freshMs: positive(raw.freshSeconds, 60) * 1000,
    keepMs: positive(raw.keepHours, 24) * 3_600_000,
    breaker: {
      failures: positive(breaker.failures, 5),
      coolDownMs: positive(breaker.coolDownSeconds, 30) * 1000,
    },
    service,
    fields: { ...DEFAULT_FIELDS, ...((raw.fields ?? {}) as Partial<RemoteSourceConfig['fields']>) },
    deadlineWorkingDays: typeof raw.deadlineWorkingDays === 'number' ? raw.deadlineWorkingDays : undefined,
    steps,
    ready: strings(raw.ready),
    completed: strings(raw.completed),
    rejected: strings(raw.rejected),
    paused: strings(raw.paused),
  };
}

function text(raw: Json, key: string, at: string): string {
  const value = raw[key];
  if (typeof value !== 'string' || !value) throw new Error(`${at}: "${key}" is required`);
  return value;
}
const positive = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
