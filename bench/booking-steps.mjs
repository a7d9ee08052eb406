#!/usr/bin/env node
// Step-to-step time of <mpp-queue-booking> with the CPU slowed 4×: from "Lanjutkan" (or "Kirim booking") to the
// next step on screen, with the API answering from memory so the figure is the widget's own, and to the moment
// the next step is rendered (before the frame that shows it). A measurement, not a test: it prints medians and
// compares the on-screen ones with bench/baseline.json.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { launch } from '../test/kit/browser.mjs';

const root = new URL('..', import.meta.url);
const catalogue = JSON.parse(readFileSync(new URL('data/catalogue.json', root), 'utf8'));
const baseline = JSON.parse(readFileSync(new URL('bench/baseline.json', root), 'utf8')).bookingSteps ?? {};
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const service = catalogue.services.find((s) => s.id === 'polresta-penerbitan-skck-baru');
const agency = catalogue.agencies.find((a) => a.id === service.agencyId);

const days = Array.from({ length: 8 }, (_, i) => {
  const date = `2026-12-${String(7 + i).padStart(2, '0')}`;
  const weekend = [5, 6].includes(i);
  return {
    date,
    open: !weekend,
    ...(weekend ? { reason: { code: 'weekend' } } : {}),
    sessions: weekend
      ? []
      : [8, 9, 10, 13, 14].map((h) => ({
          id: `s${h}00`,
          start: `${date}T${String(h).padStart(2, '0')}:00:00+07:00`,
          end: `${date}T${String(h + 1).padStart(2, '0')}:00:00+07:00`,
          quota: 10,
          remaining: 5,
          bookable: true,
        })),
  };
});
const answers = {
  '/api/v1/services': { items: catalogue.services, total: catalogue.services.length, agencies: catalogue.agencies },
  [`/api/v1/services/${service.id}/availability`]: { serviceId: service.id, timezone: 'Asia/Jakarta', days },
  '/api/v1/bookings': {
    code: 'RSV-7KQ2M9XA',
    status: 'booked',
    serviceId: service.id,
    serviceName: service.name,
    agencyId: agency.id,
    agencyName: agency.name,
    counter: service.counter,
    date: days[0].date,
    session: { id: 's0800', start: days[0].sessions[0].start, end: days[0].sessions[0].end },
    checkIn: { opensAt: '2026-12-07T07:45:00+07:00', closesAt: '2026-12-07T09:15:00+07:00' },
    nikMasked: '************0003',
    requirements: service.requirements,
    createdAt: '2026-12-06T10:00:00+07:00',
  },
};

const page = `<!doctype html><html lang="id"><body>
<script>
  const answers = ${JSON.stringify(answers)};
  window.fetch = async (input) => {
    const path = new URL(typeof input === 'string' ? input : input.url, location.href).pathname;
    return new Response(JSON.stringify(answers[path]), { status: path.endsWith('/bookings') ? 201 : 200, headers: { 'Content-Type': 'application/json' } });
  };
</script>
<script type="module" src="/dist/mpp-widgets.js"></script>
<div id="host"></div>
</body></html>`;

// The page imports the tests' booking driver (test/kit/resident.mjs): the bench books as the tests do.
const server = createServer((req, res) => {
  if (req.url.startsWith('/dist/') || req.url === '/test/kit/resident.mjs') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    return res.end(readFileSync(new URL(req.url.slice(1), root)));
  }
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.end(page);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));

const browser = await launch();
const tab = await browser.newPage();
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
await tab.waitForFunction(() => customElements.get('mpp-queue-booking'));
const cdp = await tab.context().newCDPSession(tab);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const samples = await tab.evaluate(
  async ({ runs, serviceId }) => {
    const { domUi, resident } = await import('/test/kit/resident.mjs');
    const until = (test) =>
      new Promise((resolve) => {
        const tick = () => (test() ? resolve() : requestAnimationFrame(tick));
        tick();
      });
    const names = ['day → session', 'session → identity', 'identity → check', 'check → ticket'];
    // On screen: until the frame that shows the next step (so in frames of 16.7 ms). Rendered: until the DOM of
    // the next step is committed, seen by a MutationObserver in the same turn: the widget's own work, to the ms.
    const out = { onScreen: {}, rendered: {} };
    for (const name of names) {
      out.onScreen[name] = [];
      out.rendered[name] = [];
    }
    for (let run = 0; run < runs; run++) {
      const host = document.getElementById('host');
      host.replaceChildren();
      const el = document.createElement('mpp-queue-booking');
      el.setAttribute('api-base', '/api/v1');
      el.setAttribute('service', serviceId);
      host.append(el);
      const $ = (s) => el.shadowRoot?.querySelector(s);
      const ui = domUi(el);
      const person = resident(ui);
      // From the tap on the button (the click event: finding the button is the driver's work, not the widget's).
      const step = async (name, act, done) => {
        let rendered;
        let t0;
        const observer = new MutationObserver(() => {
          if (rendered === undefined && done()) rendered = performance.now();
        });
        observer.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
        el.shadowRoot.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
        await act();
        await until(done);
        const onScreen = performance.now();
        observer.disconnect();
        out.onScreen[name].push(onScreen - t0);
        out.rendered[name].push((rendered ?? onScreen) - t0);
      };
      const { words } = person;
      await person.chooseDay();
      await step(
        'day → session',
        () => ui.click(words.continue),
        () => $('input[name=session]'),
      );
      await person.chooseSession();
      await step(
        'session → identity',
        () => ui.click(words.continue),
        () => $('#nik'),
      );
      await person.fillIdentity({ nik: '3172014509900003', name: 'Siti Aminah', phone: '081234567890' });
      await step(
        'identity → check',
        () => ui.click(words.continue),
        () => $('dl.summary'),
      );
      await step(
        'check → ticket',
        () => ui.click(words.send),
        () => $('[part=code]'),
      );
    }
    return out;
  },
  { runs: RUNS, serviceId: service.id },
);
await browser.close();
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Booking, step to step with the CPU slowed 4× (${RUNS} runs; ms)`);
console.log('step                 rendered median  on screen median  min      max      baseline  change');
for (const [name, xs] of Object.entries(samples.onScreen)) {
  const b = baseline[name];
  const m = median(xs);
  const rendered = median(samples.rendered[name]);
  console.log(
    `${name.padEnd(20)} ${rendered.toFixed(1).padEnd(16)} ${m.toFixed(1).padEnd(17)} ${Math.min(...xs)
      .toFixed(1)
      .padEnd(8)} ${Math.max(...xs)
      .toFixed(1)
      .padEnd(8)} ${String(b ?? '—').padEnd(9)} ${b ? `${(((m - b) / b) * 100).toFixed(0)}%` : '—'}`,
  );
}
console.log(
  'On screen: until the frame that shows it (frames are 16.7 ms apart). Rendered: until its DOM is committed (script only; style and layout come with the frame).',
);
