// The page's own glue, as a webmaster might write it: when a booking is confirmed, offer its code to the tracker.
// (An external file: the demo pages run under a CSP without 'unsafe-inline'.)
document.addEventListener('mpp-booking-confirmed', (event) => {
  const tracker = document.querySelector('mpp-status-tracker');
  if (tracker) tracker.code = event.detail.code;
});
