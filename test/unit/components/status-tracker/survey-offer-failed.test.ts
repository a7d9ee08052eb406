// The survey's own file cannot be fetched (not copied beside the script, or the network dropped): the tracker says
// so under the offer and keeps the button to try again. The survey is not defined on this page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/status-tracker/mpp-status-tracker.js';
import type { MppStatusTracker } from '../../../../src/components/status-tracker/status-tracker.js';
import { resetClients } from '../../../../src/core/clients.js';
import { bookingOnTheDay } from '../../../mocks/fixtures.js';
import { installMockFetch, restoreFetch } from '../../../mocks/fetch.js';
import { createMockApi } from '../../../mocks/handlers.js';
import { API_BASE as BASE } from '../../../kit/fixtures.mjs';

describe('<mpp-status-tracker> when the survey cannot be loaded', () => {
  beforeEach(() => resetClients());
  afterEach(() => restoreFetch());

  it('says the survey could not be loaded and keeps the offer', async () => {
    const api = createMockApi({ base: BASE });
    const { queue: _queue, ...booking } = bookingOnTheDay({ status: 'done' });
    api.bookings.set(booking.code, { ...booking, nikLast4: '0003', nikHash: 'x' });
    installMockFetch(api.handlers);
    const el = await fixture<MppStatusTracker>(
      html`<mpp-status-tracker api-base=${BASE} code=${booking.code}></mpp-status-tracker>`,
    );
    const root = el.shadowRoot!;
    const last4 = root.querySelector<HTMLInputElement>('#last4')!;
    last4.value = '0003';
    last4.dispatchEvent(new Event('input'));
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitUntil(() => root.querySelector('.survey button'), 'the offer');
    root.querySelector<HTMLButtonElement>('.survey button')!.click();
    await waitUntil(() => root.querySelector('.survey [role=alert]'), 'the failure', { timeout: 5000 });
    expect(root.querySelector('.survey [role=alert]')!.textContent).to.contain('Survei belum dapat dimuat');
    expect(root.querySelector('.survey button')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});
