// Cal.com's inline embed as its snippet writes it (init, then inline into an element), the host side only: the
// booker is an iframe from a second origin, here a blank page served by the bench.
import './calcom-stub.js';
import '@calcom/embed-core';

window.Cal('init', { origin: `http://localhost:${location.port}/cal-app` });
window.Cal('inline', { elementOrSelector: '#cal', calLink: 'mpp/antrean' });
