// End-to-end harness: the real reference server (a child process, its own SQLite file, a fake clock set to a
// Monday morning so sessions and check-in windows exist whatever the hour of the run) and real Chromium.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../scripts/chrome.mjs';

export const OPERATOR_TOKEN = 'e2e-operator';

/**
 * The README's `:not(:defined)` rule that holds each widget's place, exactly as webmasters are told to write it:
 * what the layout-shift test and the host-cost bench put on their pages.
 */
export function readmeReserveRule() {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const rule = /```css\n(mpp-[^`]*:not\(:defined\)[^`]*)```/.exec(readme)?.[1];
  if (!rule) throw new Error('the README no longer gives the :not(:defined) rule');
  return rule;
}
/** Monday 7 December 2026, 08:50 WIB: the 09.00 session is open for check-in. */
export const MONDAY_MORNING = '2026-12-07T08:50:00+07:00';

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

export async function startDemo() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mpp-e2e-'));
  const dbPath = join(dir, 'mpp.sqlite');
  const child = spawn(process.execPath, ['.build/server/start.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      MPP_DB_PATH: dbPath,
      MPP_OPERATOR_TOKEN: OPERATOR_TOKEN,
      MPP_FAKE_NOW: MONDAY_MORNING,
      MPP_LOG: '0',
      MPP_RATE_LIMIT_LOOKUP: '200',
      MPP_RATE_LIMIT_BOOKING: '200',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the demo server exited (${code})`)));
    child.stdout.on('data', (chunk) => String(chunk).includes('mpp-widgets demo:') && resolve());
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    api: `${origin}/api/v1`,
    /** The server's database file, for checks a resident cannot make (how many rows a retry left). */
    dbPath,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export async function launch() {
  return chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
}

/**
 * A page that records what a privacy or CSP review would ask about: every request URL, console message, page error
 * and CSP violation.
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  const record = { requests: [], console: [], errors: [], violations: [] };
  page.on('request', (r) =>
    record.requests.push({ url: r.url(), body: r.postData() ?? '', headers: r.headers(), method: r.method() }),
  );
  page.on('console', (m) => record.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => record.errors.push(e.message));
  await page.exposeFunction('__reportViolation', (v) => record.violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportViolation(`${e.violatedDirective}: ${e.blockedURI}`),
    ),
  );
  await page.goto(url);
  return { page, context, record };
}

/** Console errors a resident's action caused (the browser's own network messages aside). */
export const appErrors = (record) =>
  record.console.filter((l) => l.startsWith('error') && !/Failed to load resource|net::ERR_/.test(l));

/** A valid NIK for another resident each time (Kepulauan Riau, born 1 January 1985). */
export const newNik = () => `217201010185${String(1000 + Math.floor(Math.random() * 8999))}`;

/**
 * Answers the booking's day, session and identity questions on Monday 7 December 2026, up to "Periksa jawaban
 * Anda", as a resident clicking and typing would. `session` names a session radio; the first free one otherwise.
 */
export async function answerUpToCheck(booking, { nik, name, phone, session }) {
  await booking.getByRole('radio', { name: /Senin, 7 Desember 2026/ }).check();
  await booking.getByRole('button', { name: 'Lanjutkan' }).click();
  const radio = session
    ? booking.getByRole('radio', { name: session })
    : booking.locator('input[name=session]:not([disabled])').first();
  await radio.check();
  await booking.getByRole('button', { name: 'Lanjutkan' }).click();
  await booking.getByLabel('NIK').fill(nik);
  await booking.getByLabel('Nama lengkap').fill(name);
  await booking.getByLabel('Nomor HP').fill(phone);
  await booking.getByRole('button', { name: 'Lanjutkan' }).click();
  await booking.getByRole('heading', { name: 'Periksa jawaban Anda' }).waitFor();
}

/** Operator actions, as the counter staff would do them. */
export async function operator(api, path, body) {
  const res = await fetch(`${api}/operator${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${OPERATOR_TOKEN}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/**
 * For a test file: starts the demo server and Chromium before its tests and stops both after. The returned object
 * holds `demo` and `browser` once `before` has run.
 */
export function useDemo() {
  const env = {};
  before(async () => {
    env.demo = await startDemo();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.demo?.stop();
  });
  return env;
}
