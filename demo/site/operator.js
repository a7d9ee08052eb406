// The demo operator page: signs in (the server sets an HttpOnly session cookie and answers a CSRF token, kept here in
// memory only), then calls the operator actions with that token in X-CSRF-Token. Output is written as text, never
// as HTML.
const output = document.getElementById('output');
let csrfToken = '';

function show(status, text) {
  output.textContent = `${status}\n${text}`;
}

async function send(method, path, body) {
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers: {
      ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status === 401 && path !== '/staff/login') signedIn(null);
  show(response.status, text);
  return { ok: response.ok, text };
}

function signedIn(session) {
  csrfToken = session?.csrfToken ?? '';
  document.getElementById('login').hidden = Boolean(session);
  document.getElementById('logout').hidden = !session;
  document.getElementById('who').textContent = session
    ? `Masuk sebagai ${session.account.email} (${session.account.role}${session.account.agencyId ? `, ${session.account.agencyId}` : ''})`
    : '';
}

document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const { ok, text } = await send('POST', '/staff/login', {
    email: form.email.value.trim(),
    password: form.password.value,
  });
  form.password.value = '';
  if (ok) {
    signedIn(JSON.parse(text));
    show(200, 'Berhasil masuk.');
  }
});

document.getElementById('logout').addEventListener('submit', async (event) => {
  event.preventDefault();
  await send('POST', '/staff/logout');
  signedIn(null);
});

document.getElementById('check-in').addEventListener('submit', (event) => {
  event.preventDefault();
  const code = event.target.code.value.trim().toUpperCase();
  void send('POST', `/operator/bookings/${encodeURIComponent(code)}/check-in`);
});

document.getElementById('call-next').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  void send('POST', `/operator/queues/${encodeURIComponent(form.agency.value.trim())}/call-next`, {
    counterId: form.counter.value.trim(),
  });
});

document.getElementById('application').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  const note = form.note.value.trim();
  void send('POST', `/operator/applications/${encodeURIComponent(form.number.value.trim())}/advance`, {
    action: event.submitter?.value ?? 'advance',
    ...(note ? { note } : {}),
  });
});
