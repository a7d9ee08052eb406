// Staff pages in stories: a page mounted as the shell mounts it (its client signed in with the mock session's CSRF
// token, an account, a section), over the mock staff API of the story.
import { html } from 'lit';
import type { components } from '../../src/api/mpp-api.js';
import { StaffApi } from '../../staff/core/staff-api.js';
import { CSRF_TOKEN, staffSessionMock } from '../../test/mocks/staff-handlers.js';
import { createAdminMock } from '../../test/mocks/staff-admin-handlers.js';
import { createScheduleMock, type StaffMockOptions } from '../../test/mocks/staff-schedule-handlers.js';
import { mockHandlers } from '../support/mock-api.js';

type StaffAccount = components['schemas']['StaffAccount'];

/** The page `tag` for `account` at `section`, with a client as the shell hands it over. */
export function staffPage(tag: string, account: StaffAccount, section: string[]) {
  const el = document.createElement(tag) as HTMLElement & { api: StaffApi; account: StaffAccount; section: string[] };
  const api = new StaffApi('/api/v1');
  api.csrfToken = CSRF_TOKEN;
  Object.assign(el, { api, account, section });
  return html`${el}`;
}

/** Story parameters: the schedule and closures mock (with `options`) and the mocked session of `account`. */
export const calendarApi = (account: StaffAccount, options: StaffMockOptions = {}) =>
  mockHandlers(() => [
    ...createScheduleMock({ now: () => Date.parse('2026-12-07T08:00:00+07:00'), ...options }).handlers,
    ...staffSessionMock({ base: '/api/v1', signedIn: account }).handlers,
  ]);

/** Story parameters: the accounts and audit mock for `account` (its role and agency shape the answers). */
export const adminApi = (account: StaffAccount, failWith?: 500) =>
  mockHandlers(() => [
    ...createAdminMock({ as: account, failWith }).handlers,
    ...staffSessionMock({ base: '/api/v1', signedIn: account }).handlers,
  ]);
