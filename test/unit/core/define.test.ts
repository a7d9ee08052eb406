import { expect } from '@open-wc/testing';
import { defineElement, resetDefineWarning } from '../../../src/core/define.js';

describe('defineElement', () => {
  let warnings: unknown[][] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    resetDefineWarning();
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('registers a free tag silently', () => {
    class First extends HTMLElement {}
    defineElement('mpp-define-test-a', First);
    expect(customElements.get('mpp-define-test-a')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('skips a tag another copy registered, with one warning naming both versions, and never throws', () => {
    class OldCopy extends HTMLElement {
      static version = '0.0.9';
    }
    class NewCopy extends HTMLElement {
      static version = '0.1.0';
    }
    class NewCopyOther extends HTMLElement {
      static version = '0.1.0';
    }
    customElements.define('mpp-define-test-b', OldCopy);
    customElements.define('mpp-define-test-c', class extends HTMLElement {});
    expect(() => defineElement('mpp-define-test-b', NewCopy)).not.to.throw();
    expect(() => defineElement('mpp-define-test-c', NewCopyOther)).not.to.throw();
    expect(customElements.get('mpp-define-test-b')).to.equal(OldCopy);
    expect(customElements.get('mpp-define-test-c')).not.to.equal(NewCopyOther);
    expect(warnings).to.have.length(1);
    // Which version is on the page and which registers nothing, as the webmaster must read it to fix the page.
    const warning = String(warnings[0][0]);
    expect(warning).to.match(/version 0\.0\.9 is already on this page \(<mpp-define-test-b> is defined\)/);
    expect(warning).to.contain('this copy (version 0.1.0) registers nothing');
  });

  it('stays silent when the same class is defined again (one copy, imported twice)', () => {
    class Only extends HTMLElement {}
    defineElement('mpp-define-test-d', Only);
    expect(() => defineElement('mpp-define-test-d', Only)).not.to.throw();
    expect(warnings).to.have.length(0);
  });
});
