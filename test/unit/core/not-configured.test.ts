// A widget pasted without saying where the API is: residents read that the service cannot be reached from this
// site, the webmaster what to set (test/unit/core/setup-errors.test.ts); it takes up `configure()` when the page
// calls it later (the README's way: import the script, then configure it).
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/queue-booking/mpp-queue-booking.js';
import '../../../src/components/service-finder/mpp-service-finder.js';
import '../../../src/components/status-tracker/mpp-status-tracker.js';
import { resetClients } from '../../../src/core/clients.js';
import { configure, resetConfig } from '../../../src/core/config.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { KTP_SERVICE_ID } from '../../mocks/fixtures.js';
import { createMockApi } from '../../mocks/handlers.js';
import { API_BASE as BASE } from '../../kit/fixtures.mjs';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('a widget with no API configured', () => {
  beforeEach(() => {
    sinon.stub(console, 'warn'); // the webmaster's line, checked in setup-errors.test.ts
    resetClients();
    installMockFetch(createMockApi({ base: BASE }).handlers);
  });
  afterEach(() => {
    sinon.restore();
    resetConfig();
    restoreFetch();
    document.body.replaceChildren();
  });

  for (const [tag, attrs, shown] of [
    ['mpp-service-finder', {}, '.result'],
    ['mpp-queue-booking', { service: KTP_SERVICE_ID }, 'input[name=day]'],
    ['mpp-status-tracker', {}, '#code'],
  ] as const) {
    it(`<${tag}> says so in the widget, then works once the page calls configure()`, async () => {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      document.body.append(el);
      await el.updateComplete;
      expect(text(el)).to.contain('Layanan belum dapat dihubungi dari situs ini.');
      await expect(el).to.be.accessible();
      configure({ apiBase: BASE });
      await waitUntil(() => el.shadowRoot!.querySelector(shown), `${tag} did not take up configure()`);
      expect(text(el)).not.to.contain('belum dapat dihubungi');
    });
  }
});
