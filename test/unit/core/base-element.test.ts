import { expect } from '@open-wc/testing';
import '../../../src/components/status-tracker/mpp-status-tracker.js';
import type { MppStatusTracker } from '../../../src/components/status-tracker/status-tracker.js';
import { API_BASE } from '../../kit/fixtures.mjs';

describe('MppElement', () => {
  let el: MppStatusTracker;
  afterEach(() => el?.remove());

  it('renders first in the next frame, not in the task that loaded the page, and updateComplete says when', async () => {
    el = document.createElement('mpp-status-tracker') as MppStatusTracker;
    el.setAttribute('api-base', API_BASE);
    document.body.append(el);
    // Lit renders in a microtask by default: the page's own first layout would then carry the widget's render.
    await Promise.resolve();
    await Promise.resolve();
    expect(el.shadowRoot!.querySelector('form') === null, 'rendered before the frame').to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form') === null).to.equal(false);
  });

  it('updates at once after the first render', async () => {
    el = document.createElement('mpp-status-tracker') as MppStatusTracker;
    el.setAttribute('api-base', API_BASE);
    document.body.append(el);
    await el.updateComplete;
    el.code = 'RSV-7KQ2M9XA';
    await Promise.resolve();
    await Promise.resolve();
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#code')!.value).to.equal('RSV-7KQ2M9XA');
  });
});
