// The staff operations the schedule and closures pages call, typed by the contract (src/api/openapi.yaml, tag
// `staff`). Sent with the session cookie (same origin) and, on every change, the session's CSRF token; every failure
// is one `MppApiError`, as in the residents' client. The pages take an object of this shape as their `api` property,
// so the staff shell can hand them its own.
import { errorFromResponse, MppApiError } from '../../src/api/errors.js';
import type { components } from '../../src/api/mpp-api.js';

type Schema<N extends keyof components['schemas']> = components['schemas'][N];
export type ServiceSchedule = Schema<'ServiceSchedule'>;
export type ServiceScheduleChange = Schema<'ServiceScheduleChange'>;
export type Closure = Schema<'Closure'>;
export type ClosureNew = Schema<'ClosureNew'>;
export type ClosureImpact = Schema<'ClosureImpact'>;
export type ClosureMade = Schema<'ClosureMade'>;

/** What the schedule page needs of the API. */
export interface ScheduleApi {
  getSchedule(serviceId: string): Promise<ServiceSchedule>;
  replaceSchedule(serviceId: string, change: ServiceScheduleChange): Promise<ServiceSchedule>;
}

/** What the closures page needs of the API. */
export interface ClosuresApi {
  listClosures(query?: { from?: string; days?: number }): Promise<{ items: Closure[]; total: number }>;
  previewClosure(date: string, agencyId: string | null): Promise<ClosureImpact>;
  createClosure(closure: ClosureNew): Promise<ClosureMade>;
  deleteClosure(closureId: string): Promise<Closure>;
}

export type StaffApi = ScheduleApi & ClosuresApi;

/**
 * The staff API over `fetch`: `base` is the API's root (`/api/v1`), `csrfToken` the session's (from the log-in or
 * `GET /staff/session`). Nothing is retried: a staff change is seen and decided by the person making it.
 */
export function createStaffApi({ base = '/api/v1', csrfToken }: { base?: string; csrfToken: string }): StaffApi {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(base.replace(/\/+$/, '') + path, {
        method,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(method === 'GET' ? {} : { 'X-CSRF-Token': csrfToken }),
        },
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch {
      throw new MppApiError({ status: 0, code: 'network_error' });
    }
    if (!response.ok) throw await errorFromResponse(response);
    return (await response.json()) as T;
  }
  const enc = encodeURIComponent;
  return {
    getSchedule: (serviceId) => call('GET', `/staff/services/${enc(serviceId)}/schedule`),
    replaceSchedule: (serviceId, change) => call('PUT', `/staff/services/${enc(serviceId)}/schedule`, change),
    listClosures: (query = {}) => {
      const q = new URLSearchParams();
      if (query.from) q.set('from', query.from);
      if (query.days) q.set('days', String(query.days));
      return call('GET', `/staff/closures${q.size ? `?${q}` : ''}`);
    },
    previewClosure: (date, agencyId) =>
      call('GET', `/staff/closures/preview?${new URLSearchParams({ date, ...(agencyId ? { agencyId } : {}) })}`),
    createClosure: (closure) => call('POST', '/staff/closures', closure),
    deleteClosure: (closureId) => call('DELETE', `/staff/closures/${enc(closureId)}`),
  };
}
