import { expect, fixture, html } from '@open-wc/testing';
import { englishReady, loadEnglish, localised, normaliseLang, resolveLang } from '../../../src/core/i18n.js';

describe('language', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('maps tags to the languages the widgets speak', () => {
    expect(normaliseLang('id-ID')).to.equal('id');
    expect(normaliseLang('in')).to.equal('id');
    expect(normaliseLang('en-US')).to.equal('en');
    expect(normaliseLang('EN')).to.equal('en');
    expect(normaliseLang('jv')).to.equal(undefined);
  });

  it("uses the element's own lang first, then the nearest ancestor, then <html lang>", async () => {
    document.documentElement.lang = 'en';
    const tree = await fixture<HTMLElement>(
      html`<section lang="id">
        <p><span id="a"></span><span id="b" lang="en"></span></p>
      </section>`,
    );
    expect(resolveLang(tree.querySelector('#a')!)).to.equal('id');
    expect(resolveLang(tree.querySelector('#b')!)).to.equal('en');
    const loose = await fixture<HTMLElement>(html`<span></span>`);
    expect(resolveLang(loose)).to.equal('en');
  });

  it('crosses shadow roots to find the host page language', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLang(inner)).to.equal('en');
  });

  it('falls back to Bahasa Indonesia for a language it does not speak, or none', async () => {
    // Inside an English page and section, so that a language it does not speak cannot pass for one it skipped: the
    // README's rule is that the nearest lang decides, and one the widgets do not speak means Bahasa Indonesia.
    document.documentElement.lang = 'en';
    const section = await fixture<HTMLElement>(html`<div lang="en"><span lang="jv"></span></div>`);
    expect(resolveLang(section.querySelector('[lang=jv]')!)).to.equal('id');
    document.documentElement.removeAttribute('lang');
    const bare = await fixture<HTMLElement>(html`<span></span>`);
    expect(resolveLang(bare)).to.equal('id');
  });
});

describe('a table whose English cannot be loaded', () => {
  it('stays in Bahasa Indonesia with one warning, and tries again on the next call', async () => {
    let attempts = 0;
    const table = localised({ hello: 'Halo' }, async () => {
      attempts++;
      if (attempts < 3) throw new TypeError('Failed to fetch dynamically imported module');
      return { hello: 'Hello' };
    });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(await loadEnglish()).to.equal(false);
      expect(table.in('en').hello).to.equal('Halo');
      expect(await loadEnglish()).to.equal(false);
      expect(warnings.length, 'one warning, not one per attempt').to.equal(1);
      expect(String(warnings[0][0])).to.contain('Bahasa Indonesia');
      expect(String(warnings[0][1]), 'the error names what failed').to.contain('dynamically imported module');
      expect(englishReady()).to.equal(false);
      expect(await loadEnglish()).to.equal(true);
      expect(table.in('en').hello).to.equal('Hello');
      expect(table.in('id').hello).to.equal('Halo');
      expect(englishReady()).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});
