// The accessibility kit itself (test/kit/a11y.ts): what it records must be what a screen reader is given, or the
// tests built on it pass for the wrong reason.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { listenToLiveRegions } from '../../kit/a11y.js';

describe('test/kit/a11y.ts', () => {
  it('listenToLiveRegions does not count text under aria-hidden, which is not heard', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><p aria-live="polite"></p></div>`);
    const region = page.querySelector('p')!;
    const live = listenToLiveRegions(page);
    render(html`<span aria-hidden="true">12 / 67</span> 12 dari 67 layanan <b>ditampilkan</b>`, region);
    await waitUntil(() => live.heard.length > 0, 'nothing heard');
    // An alert inserted whose text is all hidden says nothing.
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    render(html`<span aria-hidden="true">!</span>`, alert);
    page.append(alert);
    region.append(' ');
    await waitUntil(() => live.heard.length > 1, 'the second change not heard');
    expect(live.heard).to.deep.equal(['12 dari 67 layanan ditampilkan', '12 dari 67 layanan ditampilkan']);
    live.stop();
  });
});
