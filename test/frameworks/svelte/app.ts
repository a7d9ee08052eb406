// Svelte 5: the props svelte-check gives each tag (SvelteHTMLElements) once the package's types are imported.
import type {} from 'mpp-widgets/types/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const finder: SvelteHTMLElements['mpp-service-finder'] = {
  agency: 'disdukcapil',
  'booking-url': '/antrean?layanan={service}',
  'heading-level': '2',
  'sync-url': true,
  theme: 'auto',
  'onmpp-service-select': (e) => console.log(e.detail.serviceId),
};
export const booking: SvelteHTMLElements['mpp-queue-booking'] = {
  'api-base': 'https://mpp.example.go.id/api/v1',
  lang: 'en',
  'onmpp-booking-confirmed': (e) => console.log(e.detail.code),
};
export const tracker: SvelteHTMLElements['mpp-status-tracker'] = { 'refresh-interval': 30, class: 'tracker' };
