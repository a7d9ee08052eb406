import { LitElement, html, type TemplateResult, type PropertyDeclarations } from 'lit';
import { widgetStyles } from '../../src/internal/ui/widget-styles.js';

/**
 * Stories only: renders an internal UI part inside a shadow root with the same styles a widget gives it, so
 * designers see the parts exactly as residents will.
 */
export class MppUiPreview extends LitElement {
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    theme: { reflect: true },
  };

  static override styles = widgetStyles;

  content?: (root: MppUiPreview) => TemplateResult;
  theme: 'light' | 'dark' | 'auto' = 'light';

  override render() {
    return html`${this.content?.(this)}`;
  }
}

if (!customElements.get('mpp-ui-preview')) customElements.define('mpp-ui-preview', MppUiPreview);

/** Renders a part in the preview host. */
export const preview = (content: (root: MppUiPreview) => TemplateResult, theme: 'light' | 'dark' = 'light') =>
  html`<mpp-ui-preview .content=${content} theme=${theme}></mpp-ui-preview>`;
