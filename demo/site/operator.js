// The demo operator page: calls the operator actions of the reference API with the token from the form. Output is
// written as text, never as HTML.
const output = document.getElementById('output');
const token = () => document.getElementById('token').value.trim();

async function call(path, body) {
  const response = await fetch(`/api/v1/operator${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token()}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  output.textContent = `${response.status}\n${text}`;
}

document.getElementById('check-in').addEventListener('submit', (event) => {
  event.preventDefault();
  const code = event.target.code.value.trim().toUpperCase();
  void call(`/bookings/${encodeURIComponent(code)}/check-in`);
});

document.getElementById('call-next').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  void call(`/queues/${encodeURIComponent(form.agency.value.trim())}/call-next`, {
    counterId: form.counter.value.trim(),
  });
});

document.getElementById('application').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  const note = form.note.value.trim();
  void call(`/applications/${encodeURIComponent(form.number.value.trim())}/advance`, {
    action: event.submitter?.value ?? 'advance',
    ...(note ? { note } : {}),
  });
});
