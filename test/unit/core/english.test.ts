// English is loaded on first use (src/core/i18n.ts). This file runs in its own page, so English starts unloaded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/status-tracker/mpp-status-tracker.js';
import type { MppStatusTracker } from '../../../src/components/status-tracker/status-tracker.js';
import { englishReady } from '../../../src/core/i18n.js';
import { API_BASE } from '../../kit/fixtures.mjs';

const heading = (el: HTMLElement) => el.shadowRoot!.querySelector('h2')?.textContent?.trim();

describe('English strings, loaded on first use', () => {
  it('gives an English page its first render in English, never Indonesian first', async () => {
    expect(englishReady(), 'English was loaded before any widget asked for it').to.equal(false);
    const el = document.createElement('mpp-status-tracker') as MppStatusTracker;
    el.setAttribute('api-base', API_BASE);
    el.setAttribute('lang', 'en');
    const seen: string[] = [];
    document.body.append(el);
    new MutationObserver(() => seen.push(heading(el) ?? '')).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await el.updateComplete;
    expect(heading(el)).to.equal('Check a booking or an application');
    expect(
      seen.some((h) => h.startsWith('Cek status')),
      `headings shown: ${seen.join(' | ')}`,
    ).to.equal(false);
    expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    el.remove();
  });

  it('follows the page when it switches language, both ways', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="id"><mpp-status-tracker api-base=${API_BASE}></mpp-status-tracker></div>`,
    );
    const el = wrapper.querySelector('mpp-status-tracker')!;
    await el.updateComplete;
    expect(heading(el)).to.equal('Cek status booking atau permohonan');
    wrapper.lang = 'en';
    await waitUntil(() => heading(el) === 'Check a booking or an application', 'did not switch to English');
    wrapper.lang = 'id';
    await waitUntil(() => heading(el) === 'Cek status booking atau permohonan', 'did not switch back');
  });
});
