// What the schedule and closures pages ask of the API, over the shell's client (staff/core/staff-api.ts): small
// interfaces, so each page's controller states what it uses and a test can see every call.
import type { components } from '../../src/api/mpp-api.js';
import type { StaffApi } from '../core/staff-api.js';

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
  listClosures(): Promise<{ items: Closure[]; total: number }>;
  previewClosure(date: string, agencyId: string | null): Promise<ClosureImpact>;
  createClosure(closure: ClosureNew): Promise<ClosureMade>;
  deleteClosure(closureId: string): Promise<Closure>;
}

export const scheduleApiOf = (api: StaffApi): ScheduleApi => ({
  getSchedule: (serviceId) => api.call('get', '/staff/services/{serviceId}/schedule', { path: { serviceId } }),
  replaceSchedule: (serviceId, body) =>
    api.call('put', '/staff/services/{serviceId}/schedule', { path: { serviceId }, body }),
});

export const closuresApiOf = (api: StaffApi): ClosuresApi => ({
  listClosures: () => api.call('get', '/staff/closures'),
  previewClosure: (date, agencyId) =>
    api.call('get', '/staff/closures/preview', { query: { date, ...(agencyId ? { agencyId } : {}) } }),
  createClosure: (body) => api.call('post', '/staff/closures', { body }),
  deleteClosure: (closureId) => api.call('delete', '/staff/closures/{closureId}', { path: { closureId } }),
});
