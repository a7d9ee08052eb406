// The floor: Lit and one trivial element.
import { LitElement, html } from 'lit';
class FloorElement extends LitElement {
  render() {
    return html`<p>Lit</p>`;
  }
}
customElements.define('floor-element', FloorElement);
