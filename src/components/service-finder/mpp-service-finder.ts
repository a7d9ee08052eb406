// Registers `<mpp-service-finder>` (and only that): import it to define the tag, or service-finder.ts for the class
// alone.
import { defineElement } from '../../core/define.js';
import { MppServiceFinder } from './service-finder.js';

export { MppServiceFinder };
export type { ServiceEventDetail } from './service-finder.js';

defineElement('mpp-service-finder', MppServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'mpp-service-finder': MppServiceFinder;
  }
  interface HTMLElementEventMap {
    'mpp-service-select': CustomEvent<import('./service-finder.js').ServiceEventDetail>;
    'mpp-service-book': CustomEvent<import('./service-finder.js').ServiceEventDetail>;
  }
}
