// The tracker offers the satisfaction survey under a served booking, loads it on request and opens it with the
// look-up's token; a visit not served, or answered already, has no offer.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/status-tracker/mpp-status-tracker.js';
import '../../../../src/components/satisfaction-survey/mpp-satisfaction-survey.js';
import type { MppStatusTracker } from '../../../../src/components/status-tracker/status-tracker.js';
import { resetClients } from '../../../../src/core/clients.js';
import { SURVEY_ELEMENTS } from '../../../../src/rules/survey.js';
import { bookingOnTheDay } from '../../../mocks/fixtures.js';
import { installMockFetch, restoreFetch } from '../../../mocks/fetch.js';
import { createMockApi, type MockApi } from '../../../mocks/handlers.js';
import { API_BASE as BASE } from '../../../kit/fixtures.mjs';

const CODE = 'RSV-7KQ2M9XA';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function withVisit(status: 'done' | 'checked_in'): MockApi {
  const api = createMockApi({ base: BASE });
  const { queue: _queue, ...booking } = bookingOnTheDay({ status });
  api.bookings.set(CODE, { ...booking, nikLast4: '0003', nikHash: 'x' });
  installMockFetch(api.handlers);
  return api;
}

async function lookedUp() {
  const el = await fixture<MppStatusTracker>(html`<mpp-status-tracker api-base=${BASE}></mpp-status-tracker>`);
  const root = el.shadowRoot!;
  for (const [id, value] of [
    ['code', CODE],
    ['last4', '0003'],
  ]) {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
  await waitUntil(() => root.querySelector('#result-heading'), 'the result');
  return el;
}

describe('<mpp-status-tracker> and the satisfaction survey', () => {
  beforeEach(() => resetClients());
  afterEach(() => restoreFetch());

  it('offers the survey once the visit is served, opens it in place with focus on its heading, and takes one answer', async () => {
    const api = withVisit('done');
    const el = await lookedUp();
    const root = el.shadowRoot!;
    const offer = root.querySelector('.survey')!;
    expect(text(offer)).to.contain('Bagaimana pelayanan kami?');
    await expect(el).to.be.accessible();
    offer.querySelector<HTMLButtonElement>('button')!.click();
    const survey = await waitUntil(() => root.querySelector('mpp-satisfaction-survey')).then(() =>
      root.querySelector('mpp-satisfaction-survey')!,
    );
    await waitUntil(
      () => survey.shadowRoot?.activeElement?.id === 'survey-heading',
      `focus on the survey: ${document.activeElement?.tagName}`,
    );
    expect(survey.getAttribute('heading-level')).to.equal('3');
    expect(survey.getAttribute('token')).to.equal(null);
    const sr = survey.shadowRoot!;
    for (const e of SURVEY_ELEMENTS) sr.querySelector<HTMLInputElement>(`#${e}-4`)!.click();
    sr.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitUntil(() => text(sr.querySelector('#survey-heading')) === 'Terima kasih', 'thanks');
    expect(api.survey.answers).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('offers nothing before the visit is served', async () => {
    withVisit('checked_in');
    const el = await lookedUp();
    expect(el.shadowRoot!.querySelector('.survey')).to.equal(null);
  });
});
