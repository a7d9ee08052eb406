// Each line marked MISUSE must fail the type check (test/frameworks/frameworks.test.mjs reads the markers).
import type {} from 'mpp-widgets/types/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const wrong: SvelteHTMLElements['mpp-service-finder'] = {
  // MISUSE: theme takes light, dark or auto
  theme: 'purple',
};
export const wrongEvent: SvelteHTMLElements['mpp-queue-booking'] = {
  // MISUSE: detail has no nik
  'onmpp-booking-confirmed': (e) => console.log(e.detail.nik),
};
export const wrongLevel: SvelteHTMLElements['mpp-status-tracker'] = {
  // MISUSE: heading-level is a number
  'heading-level': 'second',
};
