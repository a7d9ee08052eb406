// English strings that stall on a bad connection (src/core/i18n.ts). Its own file: the stalled table it registers
// would hold up every English test after it.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/components/status-tracker/mpp-status-tracker.js';
import type { MppStatusTracker } from '../../../src/components/status-tracker/status-tracker.js';
import { englishWait, localised } from '../../../src/core/i18n.js';
import { API_BASE } from '../../kit/fixtures.mjs';

describe('English strings that do not arrive', () => {
  it('show the widget in Bahasa Indonesia after a wait, rather than nothing', async () => {
    const original = englishWait.ms;
    englishWait.ms = 200;
    // A table whose English never comes, as over a connection that stalls.
    localised({}, () => new Promise(() => undefined));
    const el = document.createElement('mpp-status-tracker') as MppStatusTracker;
    el.setAttribute('api-base', API_BASE);
    el.setAttribute('lang', 'en');
    try {
      const started = performance.now();
      document.body.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'the widget never rendered', { timeout: 2000 });
      expect(performance.now() - started).to.be.at.least(150);
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Cek status booking atau permohonan');
    } finally {
      englishWait.ms = original;
      el.remove();
    }
  });
});
