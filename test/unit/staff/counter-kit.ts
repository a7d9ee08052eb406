// What the counter page's test files share: a mock API on a fixed Monday morning with a second KPP counter, a booking
// made through it, and the officer's actions as a person does them.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../staff/pages/counter/staff-counter-page.js';
import type { StaffCounterPage } from '../../../staff/pages/counter/staff-counter-page.js';
import { agencies } from '../../mocks/fixtures.js';
import { createMockApi, type MockApi } from '../../mocks/handlers.js';
import { API_BASE, mountPage, q, qa, STAFF_ACCOUNTS, text, type } from './kit.js';

/** Monday 7 December 2026, 08:00 WIB: the 08:00 session's check-in is open. */
export const NOW = Date.parse('2026-12-07T08:00:00+07:00');
export const SERVICE = 'kpp-permintaan-kode-otorisasi-efin';
/** The KPP with a second counter, so a visitor can be sent on. */
const twoCounters = agencies.map((a) =>
  a.id === 'kpp' ? { ...a, counters: [...a.counters, { id: 'loket-10b', name: 'Loket 10B' }] } : a,
);

let serial = 0;
export async function book(api: MockApi): Promise<string> {
  const res = await fetch(`${API_BASE}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `kunci-loket-${++serial}` },
    body: JSON.stringify({
      serviceId: SERVICE,
      date: '2026-12-07',
      sessionId: 's0800',
      nik: `21720101018500${String(10 + serial).padStart(2, '0')}`,
      name: 'Rahasia Warga',
      phone: '+6281299887766',
    }),
  });
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).to.equal(201);
  expect(api.bookings.has(body.code)).to.equal(true);
  return body.code;
}

export async function open({ account = STAFF_ACCOUNTS.officer, section = ['loket'] } = {}) {
  const api = createMockApi({ base: API_BASE, now: () => NOW, agencies: twoCounters, livedIn: false });
  const { el } = await mountPage<StaffCounterPage>('staff-counter-page', account, api.handlers, section);
  return { el, api };
}
export const button = (el: Element, label: string) =>
  qa<HTMLButtonElement>(el, 'button').find((b) => text(b) === label) ?? null;
export const status = (el: Element) => text(q(el, '.status'));
/** Presses a button once it is there and no action is under way (as a person waits for it to be usable). */
export async function press(el: Element, label: string) {
  await waitUntil(() => button(el, label) && !button(el, label)!.disabled, `the button ${label}`);
  button(el, label)!.click();
}
export async function checkIn(el: StaffCounterPage, code: string) {
  type(q<HTMLInputElement>(el, '#code'), code);
  await el.updateComplete;
  q<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  await waitUntil(() => status(el).includes(code.toUpperCase()) || q(el, '#code-error'), `check-in of ${code}`);
}
