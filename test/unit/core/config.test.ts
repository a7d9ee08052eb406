import { expect } from '@open-wc/testing';
import { configure, resetConfig, resolveApiBase } from '../../../src/core/config.js';

describe('resolveApiBase', () => {
  let scripts: HTMLScriptElement[] = [];
  const addScript = (src: string, apiBase: string) => {
    const script = document.createElement('script');
    script.type = 'text/plain'; // present in the DOM without running anything
    script.src = src;
    script.dataset.apiBase = apiBase;
    document.head.append(script);
    scripts.push(script);
  };
  afterEach(() => {
    resetConfig();
    scripts.forEach((s) => s.remove());
    scripts = [];
  });

  it('prefers the attribute, then configure(), then the loading script', () => {
    addScript('https://cdn.example/mpp-widgets.js', 'https://script.example/api/v1');
    configure({ apiBase: 'https://global.example/api/v1' });
    expect(resolveApiBase('https://attr.example/api/v1/')).to.equal('https://attr.example/api/v1');
    expect(resolveApiBase(null)).to.equal('https://global.example/api/v1');
    resetConfig();
    expect(resolveApiBase(null)).to.equal('https://script.example/api/v1');
  });

  it('picks the data-api-base of the script that loaded this bundle when several have one', () => {
    addScript('https://cdn.example/other.js', 'https://wrong.example/api');
    addScript('https://cdn.example/mpp-widgets.js', 'https://right.example/api');
    expect(resolveApiBase(null, document, 'https://cdn.example/mpp-widgets.js')).to.equal('https://right.example/api');
  });

  it('resolves a relative base against the page and answers undefined when nothing is configured', () => {
    expect(resolveApiBase('/api/v1')).to.equal(`${location.origin}/api/v1`);
    expect(resolveApiBase(undefined)).to.equal(undefined);
  });
});
