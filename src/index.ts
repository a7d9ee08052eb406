/**
 * The entry for people who bundle: the element classes without registering any tag, the client and the
 * configuration. Register a tag yourself with `customElements.define`, or import `mpp-widgets/mpp-<name>.js`.
 */
export { configure } from './core/config.js';
export type { MppGlobalConfig } from './core/config.js';
export { VERSION } from './core/define.js';
export { MppElement } from './core/base-element.js';
export type { MppErrorDetail } from './core/messages.js';
export { MppClient } from './api/client.js';
export type { MppClientOptions, RequestOptions, CachedResult } from './api/client.js';
export { MppApiError } from './api/errors.js';
export type * from './api/types.js';
export { MppServiceFinder } from './components/service-finder/service-finder.js';
export type { ServiceEventDetail } from './components/service-finder/service-finder.js';
export { MppQueueBooking } from './components/queue-booking/queue-booking.js';
export type {
  BookingCancelledDetail,
  BookingConfirmedDetail,
  BookingStep,
  BookingStepDetail,
} from './components/queue-booking/queue-booking.js';
export { MppStatusTracker } from './components/status-tracker/status-tracker.js';
export type { StatusResultDetail } from './components/status-tracker/status-tracker.js';
export { MppSatisfactionSurvey } from './components/satisfaction-survey/satisfaction-survey.js';
export type { SurveySentDetail } from './components/satisfaction-survey/satisfaction-survey.js';
export { MppQueueBoard } from './components/queue-board/queue-board.js';
export type { QueueCallDetail } from './components/queue-board/queue-board.js';
export { MppSatisfactionIndex } from './components/satisfaction-index/satisfaction-index.js';
