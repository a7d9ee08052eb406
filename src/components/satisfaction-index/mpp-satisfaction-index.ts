// Registers `<mpp-satisfaction-index>` (and only that): import it to define the tag, or satisfaction-index.ts for the
// class alone. Its own script (dist/mpp-satisfaction-index.js): the published index sits on an MPP's or an agency's
// information page, not beside a booking.
import { defineElement } from '../../core/define.js';
import { MppSatisfactionIndex } from './satisfaction-index.js';

export { MppSatisfactionIndex };

defineElement('mpp-satisfaction-index', MppSatisfactionIndex);

declare global {
  interface HTMLElementTagNameMap {
    'mpp-satisfaction-index': MppSatisfactionIndex;
  }
}
