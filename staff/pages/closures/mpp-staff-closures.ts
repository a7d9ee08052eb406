// Registers <mpp-staff-closures>.
import { defineElement } from '../../../src/core/define.js';
import { MppStaffClosures } from './closures-page.js';

defineElement('mpp-staff-closures', MppStaffClosures);

declare global {
  interface HTMLElementTagNameMap {
    'mpp-staff-closures': MppStaffClosures;
  }
}
