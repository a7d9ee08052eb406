// What the staff pages' stories share: a page mounted as the shell mounts it (client, account, section) over the
// mocked staff API (test/mocks/staff-handlers.ts and the page's own handlers), made afresh for each story.
import { html } from 'lit';
import type { components } from '../../src/api/mpp-api.js';
import type { StaffPage } from '../../staff/core/page.js';
import { StaffApi } from '../../staff/core/staff-api.js';
import { staffCatalogueMock, type CatalogueScenario } from '../../test/mocks/staff-catalogue-handlers.js';
import { CSRF_TOKEN, staffSessionMock } from '../../test/mocks/staff-handlers.js';
import { mockHandlers } from '../support/mock-api.js';

export { STAFF_ACCOUNTS } from '../../test/mocks/staff-handlers.js';

type StaffAccount = components['schemas']['StaffAccount'];

/** Where the stories' mocked API lives. */
export const API = '/api/v1';

/**
 * Story parameters: the session of `account` (null: signed out) and the catalogue in `scenario`. Spread them into
 * an object literal (`parameters: { ...staffApi(a) }`): given as a call, the stories' test run kept the preview's
 * mock API instead.
 */
export const staffApi = (account: StaffAccount | null, scenario: CatalogueScenario = 'normal') =>
  mockHandlers(() => [
    ...staffCatalogueMock({ base: API, agencyId: account?.agencyId ?? null, scenario }).handlers,
    ...staffSessionMock({ base: API, signedIn: account }).handlers,
  ]);

/** A staff page element, signed in as `account`, at `section` (`['layanan', 'baru']`). */
export function staffPage(tag: string, account: StaffAccount, section: string[] = []) {
  const api = new StaffApi(API);
  api.csrfToken = CSRF_TOKEN;
  const page = document.createElement(tag) as StaffPage;
  page.api = api;
  page.account = account;
  page.section = section;
  return html`<div class="staff-story">${page}</div>`;
}

/** The element `tag`'s shadow root in the story's canvas, once it is there. */
export const rootOf = (canvas: HTMLElement, tag: string) => canvas.querySelector(tag)?.shadowRoot ?? null;

/** Types into a field of a shadow root as a person does. */
export function typeInto(root: ShadowRoot, id: string, value: string) {
  const input = root.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
