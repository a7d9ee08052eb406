// Registers `<mpp-queue-booking>` (and only that): import it to define the tag, or queue-booking.ts for the class
// alone.
import { defineElement } from '../../core/define.js';
import { MppQueueBooking } from './queue-booking.js';
import type { BookingCancelledDetail, BookingConfirmedDetail, BookingStepDetail } from './queue-booking.js';

export { MppQueueBooking };
export type {
  BookingCancelledDetail,
  BookingConfirmedDetail,
  BookingStepDetail,
  BookingStep,
} from './queue-booking.js';

defineElement('mpp-queue-booking', MppQueueBooking);

declare global {
  interface HTMLElementTagNameMap {
    'mpp-queue-booking': MppQueueBooking;
  }
  interface HTMLElementEventMap {
    'mpp-booking-step': CustomEvent<BookingStepDetail>;
    'mpp-booking-confirmed': CustomEvent<BookingConfirmedDetail>;
    'mpp-booking-cancelled': CustomEvent<BookingCancelledDetail>;
  }
}
