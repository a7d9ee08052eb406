// The page's own glue: the period asked in the address (`?periode=2026-Q3`) goes to the element and stays in the
// form's field. (An external file: the demo pages run under a CSP without 'unsafe-inline'.)
const periode = new URLSearchParams(location.search).get('periode');
if (periode) {
  document.querySelector('mpp-satisfaction-index')?.setAttribute('period', periode);
  const field = document.querySelector('#periode');
  if (field) field.value = periode;
}
