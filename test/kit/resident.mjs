// The one driver that books through <mpp-queue-booking> as a resident does: it finds every control by its role and
// the words on it (the label of a field, the name of a button, a step's heading), and before each answer it waits
// for what the resident waits for — the question's heading, the field — never for a fixed time or the next frame.
// It runs on a Playwright locator (end-to-end tests, benchmarks) or on the element itself in the page (unit tests,
// in-page benchmarks): `playwrightUi()` and `domUi()` are the two ways of finding and touching a control.
// No imports: the same file runs in Node and in the browser.

/** The words a resident reads on the booking, in each language the widgets speak. */
export const WORDS = {
  id: {
    serviceQuestion: 'Layanan apa yang Anda perlukan?',
    dayQuestion: 'Kapan Anda akan datang?',
    sessionQuestion: 'Pada jam berapa?',
    identityQuestion: 'Data diri Anda',
    checkQuestion: 'Periksa jawaban Anda',
    booked: 'Booking berhasil',
    continue: 'Lanjutkan',
    send: 'Kirim booking',
    retry: 'Coba lagi',
    nik: 'NIK',
    name: 'Nama lengkap',
    phone: 'Nomor HP',
    email: 'Email',
  },
  en: {
    serviceQuestion: 'Which service do you need?',
    dayQuestion: 'When will you come?',
    sessionQuestion: 'At what time?',
    identityQuestion: 'Your details',
    checkQuestion: 'Check your answers',
    booked: 'Booking confirmed',
    continue: 'Continue',
    send: 'Send booking',
    retry: 'Try again',
    nik: 'NIK',
    name: 'Full name',
    phone: 'Mobile number',
    email: 'Email',
  },
};

/**
 * A resident booking through `ui` (from `playwrightUi()` or `domUi()`), reading `lang`. Each step waits for its
 * question before answering it; `day` and `session` name a choice (text or pattern of its label), else the first
 * that can be taken.
 */
export function resident(ui, lang = 'id') {
  const w = WORDS[lang];
  const self = {
    words: w,
    /** Waits until the heading named `name` shows. */
    see: (name) => ui.heading(name),
    /** "Lanjutkan"; with `question`, waits until that question's heading shows. */
    async continue(question) {
      await ui.click(w.continue);
      if (question) await ui.heading(question);
    },
    async chooseService(name) {
      await ui.heading(w.serviceQuestion);
      await ui.check(name);
    },
    async chooseDay(day) {
      await ui.heading(w.dayQuestion);
      await ui.check(day);
    },
    async chooseSession(session) {
      await ui.heading(w.sessionQuestion);
      await ui.check(session);
    },
    /** Types the identity, each field once it is there: it comes with the booking's second half, fetched lazily. */
    async fillIdentity({ nik, name, phone, email }) {
      await ui.heading(w.identityQuestion);
      for (const [label, value] of [
        [w.nik, nik],
        [w.name, name],
        [w.phone, phone],
        [w.email, email],
      ]) {
        if (value !== undefined) await ui.fill(label, value);
      }
    },
    /** Day and session answered, up to the identity question. */
    async answerUpToIdentity({ day, session } = {}) {
      await self.chooseDay(day);
      await self.continue(w.sessionQuestion);
      await self.chooseSession(session);
      await self.continue(w.identityQuestion);
    },
    /** Every question answered, up to "Periksa jawaban Anda". */
    async answerUpToCheck(answers) {
      await self.answerUpToIdentity(answers);
      await self.fillIdentity(answers);
      await self.continue(w.checkQuestion);
    },
    /** "Kirim booking", and waits for the ticket's heading. */
    async send() {
      await ui.click(w.send);
      await ui.heading(w.booked);
    },
    /** Answers everything and sends: the ticket shows. */
    async book(answers) {
      await self.answerUpToCheck(answers);
      await self.send();
    },
  };
  return self;
}

/** Controls found by Playwright's role and label locators inside `scope` (a widget's locator). */
export function playwrightUi(scope) {
  return {
    heading: (name) => scope.getByRole('heading', { name }).waitFor(),
    check: (name) =>
      (name === undefined
        ? scope.getByRole('radio', { disabled: false }).first()
        : scope.getByRole('radio', { name })
      ).check(),
    click: (name) => scope.getByRole('button', { name }).click(),
    fill: (label, value) => scope.getByLabel(label).fill(value),
  };
}

const normalise = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Playwright's rule for a name: a pattern tests it; a text is found in it, whatever the case. */
const named = (text, name) =>
  name instanceof RegExp ? name.test(normalise(text)) : normalise(text).toLowerCase().includes(name.toLowerCase());
const shown = (el) => el.getClientRects().length > 0 && !el.closest('[hidden],[aria-hidden=true]');
const labelOf = (control) =>
  control.getAttribute('aria-label') ?? [...(control.labels ?? [])].map((l) => l.textContent).join(' ');

/**
 * Controls found in the page, inside `host`'s shadow root, by their role and accessible name: a radio or a field
 * by its `<label>`, a button by its text, a heading by its text. Each waits (checking as the page changes, up to
 * `timeout` ms) for the control to show, then acts as a tap or typing would: a pointerdown, then the click; the
 * value, then the `input` and `change` events. Under `MPP_CPU_SLOWDOWN` (set on the page by the test runner) the
 * waits get as much more time.
 */
export function domUi(host, { timeout = 5000 * (globalThis.MPP_CPU_SLOWDOWN ?? 1) } = {}) {
  const find = (what, pick) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const look = () => {
        const found = host.shadowRoot && pick(host.shadowRoot);
        if (found) return resolve(found);
        if (performance.now() - started > timeout) return reject(new Error(`${what} never showed`));
        setTimeout(look, 20);
      };
      look();
    });
  const all = (root, selector) => [...root.querySelectorAll(selector)].filter(shown);
  const tap = (el) => {
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    el.click();
  };
  return {
    heading: (name) =>
      find(`the heading "${name}"`, (root) =>
        all(root, 'h1, h2, h3, h4, h5, h6, [role=heading]').find((h) => named(h.textContent, name)),
      ),
    check: async (name) =>
      tap(
        await find(`the choice "${name ?? 'first'}"`, (root) =>
          all(root, 'input[type=radio]:not([disabled])').find((r) => name === undefined || named(labelOf(r), name)),
        ),
      ),
    click: async (name) =>
      tap(
        await find(`the button "${name}"`, (root) =>
          all(root, 'button').find((b) => named(b.getAttribute('aria-label') ?? b.textContent, name)),
        ),
      ),
    fill: async (label, value) => {
      const field = await find(`the field "${label}"`, (root) =>
        all(root, 'input:not([type=radio]):not([type=checkbox]), textarea, select').find((f) =>
          named(labelOf(f), label),
        ),
      );
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
}
