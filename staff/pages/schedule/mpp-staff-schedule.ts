// Registers <mpp-staff-schedule>.
import { defineElement } from '../../../src/core/define.js';
import { MppStaffSchedule } from './schedule-page.js';

defineElement('mpp-staff-schedule', MppStaffSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'mpp-staff-schedule': MppStaffSchedule;
  }
}
