/**
 * What the staff pages' component tests share: the shell or one page mounted against a mocked staff API (MSW,
 * with the server's session and CSRF rules), and small queries into shadow roots. A page's test passes its own
 * handlers; `axe` runs through `expect(el).to.be.accessible()`.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { HttpHandler } from 'msw';
import type { components } from '../../../src/api/mpp-api.js';
import '../../../staff/app/mpp-staff-app.js';
import type { MppStaffApp } from '../../../staff/app/mpp-staff-app.js';
import type { StaffPage } from '../../../staff/core/page.js';
import { StaffApi } from '../../../staff/core/staff-api.js';
import { API_BASE } from '../../kit/fixtures.mjs';
import { installMockFetch } from '../../mocks/fetch.js';
import { CSRF_TOKEN, staffSessionMock, type StaffSessionMock } from '../../mocks/staff-handlers.js';

export { API_BASE };
export { STAFF_ACCOUNTS, STAFF_PASSWORD, STAFF_THROTTLED_PASSWORD, CSRF_TOKEN } from '../../mocks/staff-handlers.js';

type StaffAccount = components['schemas']['StaffAccount'];

export const root = (el: Element) => el.shadowRoot!;
export const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<T>(selector);
export const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the element's shadow root shows `selector` (what a person waits for), and answers it. */
export async function shows<T extends Element = HTMLElement>(el: Element, selector: string, message?: string) {
  await waitUntil(() => q(el, selector), message ?? `waiting for ${selector}`);
  return q<T>(el, selector)!;
}

/** Types into an input of a shadow root as a person does (value, then an input event). */
export function type(input: HTMLInputElement | HTMLTextAreaElement | null, value: string) {
  if (!input) throw new Error('no such field');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The shell, mounted against the mocked API with `signedIn` (null: the sign-in page) and a page's handlers. */
export async function mountShell({
  signedIn = null,
  handlers = [],
  hash = '',
}: { signedIn?: StaffAccount | null; handlers?: HttpHandler[]; hash?: string } = {}): Promise<{
  el: MppStaffApp;
  session: StaffSessionMock;
}> {
  const session = staffSessionMock({ base: API_BASE, signedIn });
  installMockFetch([...handlers, ...session.handlers]);
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const el = await fixture<MppStaffApp>(html`<mpp-staff-app api-base=${API_BASE}></mpp-staff-app>`);
  return { el, session };
}

/**
 * One staff page on its own, as the shell mounts it: `tag` created with a client signed in as `account` (its CSRF
 * token set) over the mocked API with `handlers`, at `section` (`['layanan', 'baru']` for `#/layanan/baru`).
 * Import the page's module first.
 */
export async function mountPage<T extends StaffPage>(
  tag: string,
  account: StaffAccount,
  handlers: HttpHandler[] = [],
  section: string[] = [],
): Promise<{ el: T; api: StaffApi; session: StaffSessionMock }> {
  const session = staffSessionMock({ base: API_BASE, signedIn: account });
  installMockFetch([...handlers, ...session.handlers]);
  const api = new StaffApi(API_BASE);
  api.csrfToken = CSRF_TOKEN;
  const el = document.createElement(tag) as T;
  el.api = api;
  el.account = account;
  el.section = section;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return { el, api, session };
}
