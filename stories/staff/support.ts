// Staff pages in Storybook: a page element mounted as the shell mounts it (a client signed in as an account, its
// CSRF token set), over the story's mock API: the mocked session plus the page's own handlers.
import type { HttpHandler } from 'msw';
import type { components } from '../../src/api/mpp-api.js';
import { StaffApi } from '../../staff/core/staff-api.js';
import type { StaffPage } from '../../staff/core/page.js';
import { createAdminMock } from '../../test/mocks/staff-admin-handlers.js';
import { CSRF_TOKEN, staffSessionMock } from '../../test/mocks/staff-handlers.js';
import { createScheduleMock, type StaffMockOptions } from '../../test/mocks/staff-schedule-handlers.js';
import { mockHandlers } from '../support/mock-api.js';

export const API = '/api/v1';
type StaffAccount = components['schemas']['StaffAccount'];

/** The page `tag` for `account` at `section` (the hash's parts). */
export function staffPage(tag: string, account: StaffAccount, section: string[] = []): HTMLElement {
  const api = new StaffApi(API);
  api.csrfToken = CSRF_TOKEN;
  const el = document.createElement(tag) as StaffPage;
  el.api = api;
  el.account = account;
  el.section = section;
  return el;
}

/** Story parameters: the mocked session of `account` and the handlers `make` builds, fresh for each load. */
export const staffMock = (account: StaffAccount, make: () => HttpHandler[]) =>
  mockHandlers(() => [...make(), ...staffSessionMock({ base: API, signedIn: account }).handlers]);

/** Story parameters: the schedule and closures mock (with `options`) and the mocked session of `account`. */
export const calendarApi = (account: StaffAccount, options: StaffMockOptions = {}) =>
  staffMock(
    account,
    () => createScheduleMock({ now: () => Date.parse('2026-12-07T08:00:00+07:00'), ...options }).handlers,
  );

/** Story parameters: the accounts and audit mock for `account` (its role and agency shape the answers). */
export const adminApi = (account: StaffAccount, failWith?: 500) =>
  staffMock(account, () => createAdminMock({ as: account, failWith }).handlers);
