/**
 * The all-in entry: `<script type="module" src="…/mpp-widgets.js" data-api-base="…">` registers every element
 * and exposes the page-wide configuration. Elements register through `defineElement`, so loading this script
 * twice warns once and never throws.
 */
export { configure } from './core/config.js';
export type { MppGlobalConfig } from './core/config.js';
export { VERSION } from './core/define.js';
export { MppClient } from './api/client.js';
export { MppApiError } from './api/errors.js';
export type * from './api/types.js';

export { MppServiceFinder } from './components/service-finder/mpp-service-finder.js';
export { MppQueueBooking } from './components/queue-booking/mpp-queue-booking.js';
export { MppStatusTracker } from './components/status-tracker/mpp-status-tracker.js';
