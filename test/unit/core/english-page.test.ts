// An English page that already holds a widget when the script defines it (src/core/define.ts). Its own file: the
// element must be in the page before the script that defines it runs, and English must not be loaded yet.
import { expect } from '@open-wc/testing';
import { englishReady } from '../../../src/core/i18n.js';
import { API_BASE } from '../../kit/fixtures.mjs';

describe('a widget already on an English page', () => {
  it('is defined once its English is here, so the page holds its place until it can render in English', async () => {
    document.body.innerHTML = `<div lang="en"><mpp-status-tracker api-base="${API_BASE}"></mpp-status-tracker></div>`;
    const el = document.querySelector('mpp-status-tracker')!;
    await import('../../../src/components/status-tracker/mpp-status-tracker.js');
    expect(englishReady(), 'English was loaded before the script asked for it').to.equal(false);
    expect(el.matches(':defined'), 'defined before its English came').to.equal(false);
    await customElements.whenDefined('mpp-status-tracker');
    expect(englishReady()).to.equal(true);
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Check a booking or an application');
  });
});
