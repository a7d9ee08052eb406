// Kept only for bench/host-cost.mjs, which is being rewritten elsewhere: everything here lives in test/kit/.
// Suites import the kit; once host-cost.mjs does too, this file goes.
export { readmeReserveRule } from '../kit/browser.mjs';
export { startDemo } from '../kit/server.mjs';
