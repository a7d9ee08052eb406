/**
 * The all-in entry: `<script type="module" src="…/mpp-widgets.js" data-api-base="…">` registers every element
 * and exposes the page-wide configuration. Elements register through `defineElement`, so loading this script
 * twice warns once and never throws. `MppClient` is not here: a page that talks to the API itself bundles
 * `mpp-widgets` (the package's main entry) instead; every resident would otherwise download it for nothing.
 */
export { configure } from './core/config.js';
export type { MppGlobalConfig } from './core/config.js';
export { VERSION } from './core/define.js';
export { MppApiError } from './api/errors.js';
export type * from './api/types.js';

export { MppServiceFinder } from './components/service-finder/mpp-service-finder.js';
export { MppQueueBooking } from './components/queue-booking/mpp-queue-booking.js';
export { MppStatusTracker } from './components/status-tracker/mpp-status-tracker.js';
