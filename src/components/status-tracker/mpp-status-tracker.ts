// Registers `<mpp-status-tracker>` (and only that): import it to define the tag, or status-tracker.ts for the class
// alone.
import { defineElement } from '../../core/define.js';
import { MppStatusTracker } from './status-tracker.js';
import type { StatusResultDetail } from './status-tracker.js';

export { MppStatusTracker };
export type { StatusResultDetail } from './status-tracker.js';

defineElement('mpp-status-tracker', MppStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'mpp-status-tracker': MppStatusTracker;
  }
  interface HTMLElementEventMap {
    'mpp-status-result': CustomEvent<StatusResultDetail>;
  }
}
