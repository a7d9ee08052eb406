// The published Storybook, as designers and webmasters open it: `npm run build-storybook`, the output served by a
// plain static server from a sub-path (as a documentation site such as GitHub Pages serves it), every story and
// docs page opened in Chromium. Development mode does not tree-shake, so only the static build shows what a
// published copy shows. Set STORYBOOK_BUILT=1 to test an existing storybook-static/ without building it again.
/* global document, navigator, window, customElements */
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, URL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../scripts/chrome.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'storybook-static');
/** Where the test publishes it, as a project site would be: https://<owner>.github.io/mpp-widgets/. */
const SUB_PATH = '/mpp-widgets/';
/** How long one story may take to render and play (the booking's play functions click through five steps). */
const STORY_TIMEOUT_MS = 30_000;

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * A static file server for `storybook-static/` under `prefix`, as any web host would be. It records what a
 * published copy must never see: a request for a file it does not have, and a request for the MPP API (which the
 * mock service worker answers inside the browser; one that reaches a server means the worker is not serving).
 */
async function serve(prefix) {
  const problems = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname.includes('/api/')) problems.push(`API request reached the server: ${req.method} ${url.pathname}`);
    const rel = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : undefined;
    const file = rel === undefined ? undefined : path.join(out, decodeURIComponent(rel) || 'index.html');
    try {
      if (!file || !file.startsWith(out)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
        // Hashed assets may be cached, as a host would; the pages and the worker are checked again.
        'Cache-Control': /\/assets\//.test(url.pathname) ? 'max-age=3600' : 'no-cache',
      });
      res.end(body);
    } catch {
      if (!url.pathname.endsWith('/favicon.ico')) problems.push(`404 ${url.pathname}`);
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { base, problems, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Before the preview starts: keep the Storybook channel's verdict on the story (play function, a11y, errors). */
function recordStoryEvents() {
  let channel;
  window.__storyEvents = [];
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of [
        'storyFinished',
        'docsRendered',
        'storyErrored',
        'storyThrewException',
        'playFunctionThrewException',
        'storyMissing',
        'unhandledErrorsWhilePlaying',
        'storybook/actions/action-event',
      ])
        value.on(name, (payload) => window.__storyEvents.push({ name, payload }));
    },
  });
}

/** What a person sees of each `mpp-*` element: whether its shadow root holds rendered content. */
function elementsOnPage() {
  const found = [];
  const visit = (node) => {
    for (const el of node.querySelectorAll('*')) {
      // The widgets (mpp-*) and the staff pages (staff-*, stories/staff/).
      if (el.localName.startsWith('mpp-') || el.localName.startsWith('staff-')) {
        const shadow = el.shadowRoot;
        const content = shadow
          ? [...shadow.children].filter((c) => c.localName !== 'style').length > 0 || shadow.textContent.trim() !== ''
          : false;
        found.push({ tag: el.localName, defined: !!customElements.get(el.localName), shadow: !!shadow, content });
        if (shadow) visit(shadow);
      }
    }
  };
  visit(document);
  return found;
}

let browser;
let page;
/** The entry opened before this one. */
let lastEntry;
/** Errors the page logged since the last story opened. */
let logged = [];

/**
 * Opens one entry of index.json and waits for Storybook's verdict. The first entry loads iframe.html; the next
 * ones switch the loaded preview to their story, as Storybook's own sidebar does, which saves booting the preview
 * each time. The accessibility check is left to `npm run test:stories` (the same stories, the same axe rules).
 */
async function open(base, entry) {
  logged = [];
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  // After a "States side by side" grid, load the preview afresh: a grid cell's read still retrying after a server
  // error would reach the next story's mock API, which does not answer the cell's own API path.
  const afterGrid = lastEntry?.id.endsWith('--states-side-by-side');
  lastEntry = entry;
  const loaded =
    !afterGrid && page.url().startsWith(base) && (await page.evaluate(() => !!window.__STORYBOOK_ADDONS_CHANNEL__));
  if (loaded)
    await page.evaluate(
      ({ storyId, viewMode }) => {
        window.__storyEvents = [];
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode });
      },
      { storyId: entry.id, viewMode },
    );
  else
    await page.goto(
      `${base}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=a11y.manual:!true`,
    );
  const done = viewMode === 'docs' ? 'docsRendered' : 'storyFinished';
  await page.waitForFunction(
    ({ done, id }) =>
      window.__storyEvents?.some((e) => e.name === done && (e.payload === id || e.payload?.storyId === id)),
    { done, id: entry.id },
    { timeout: STORY_TIMEOUT_MS },
  );
  return page.evaluate(() => window.__storyEvents);
}

/** What Storybook reports when a story or docs page breaks. */
const errorEvents = [
  'storyErrored',
  'storyThrewException',
  'playFunctionThrewException',
  'storyMissing',
  'unhandledErrorsWhilePlaying',
];

/** One line per thing Storybook reported, short enough to read in a test report. */
const describeEvent = ({ name, payload }) =>
  `${name}: ${(Array.isArray(payload) ? payload : [payload]).map((p) => p?.message ?? p?.title ?? JSON.stringify(p)).join('; ')}`.slice(
    0,
    500,
  );

async function check(base, entry, problems) {
  problems.splice(0); // what an earlier failed entry left behind is reported with it, not here
  const events = await open(base, entry);
  const showsElements = entry.type === 'story' || entry.importPath.endsWith('.stories.ts');
  if (entry.type === 'docs' && showsElements)
    // Docs pages render their previews after the page itself: wait until each element shows, or one is undefined.
    await page
      .waitForFunction(
        () => {
          const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('mpp-'));
          if (els.some((el) => !customElements.get(el.localName))) return true;
          return els.length > 0 && els.every((el) => el.shadowRoot && el.shadowRoot.textContent.trim() !== '');
        },
        undefined,
        { timeout: STORY_TIMEOUT_MS },
      )
      .catch(() => undefined);
  // Every element on the page is defined and rendered something into its shadow root.
  const elements = await page.evaluate(elementsOnPage);
  if (showsElements) assert.ok(elements.length > 0, 'no mpp-* or staff-* element on the page');
  for (const el of elements) assert.ok(el.content, `<${el.tag}> rendered nothing: ${JSON.stringify(el)}`);
  // Storybook's own verdict: the play function passed, nothing threw, the accessibility check found nothing.
  const failures = events.filter((e) => errorEvents.includes(e.name)).map(describeEvent);
  assert.deepEqual(failures, [], 'Storybook reported an error');
  if (entry.type === 'story') {
    const finished = events.find((e) => e.name === 'storyFinished').payload;
    const failedReports = finished.reporters.filter((r) => r.status === 'failed');
    assert.equal(finished.status, 'success', `story failed: ${JSON.stringify(failedReports).slice(0, 1000)}`);
  }
  // The mock API is the service worker from the published folder, controlling this page. (A free-standing docs
  // page renders no story, so nothing starts the worker there.)
  if (showsElements) {
    const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
    assert.equal(worker, `${base}mockServiceWorker.js`, 'the mock service worker does not control the page');
  }
  assert.deepEqual(logged, [], 'the page logged errors');
  assert.deepEqual(problems.splice(0), [], 'the static server saw requests a published copy must not make');
}

const built = () => {
  if (process.env.STORYBOOK_BUILT !== '1') execSync('npm run build-storybook --silent', { cwd: root, stdio: 'ignore' });
};

let index;
before(async () => {
  built();
  index = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8'));
  browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
  page = await browser.newPage();
  await page.addInitScript(recordStoryEvents);
  page.on('pageerror', (error) => logged.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const from = message.location().url;
    // The browser reports each failed request on the console: the mock API's error answers (500, 409, 429, a
    // dropped connection) are what those stories are about, and a browser asks every host for /favicon.ico.
    // A request that reached the static server instead is a failure of its own (see serve()).
    const expected = /^Failed to load resource/.test(message.text()) && /\/api\/|\/favicon\.ico$/.test(from);
    if (!expected) logged.push(`console.error: ${message.text()} (${from})`);
  });
});
after(() => browser?.close());

describe('published Storybook (static build served from a sub-path)', { timeout: 20 * 60_000 }, () => {
  let site;
  before(async () => (site = await serve(SUB_PATH)));
  after(() => site?.close());

  it('lists the stories of every element', () => {
    const titles = new Set(Object.values(index.entries).map((e) => e.title));
    for (const title of ['Elements/Queue booking', 'Elements/Service finder', 'Elements/Status tracker'])
      assert.ok(titles.has(title), `${title} missing from index.json`);
  });

  it('renders every story and docs page, with the mock API served by its worker', async (t) => {
    for (const entry of Object.values(index.entries)) {
      await t.test(`${entry.title} › ${entry.name}`, () => check(site.base, entry, site.problems));
    }
  });
});

describe('published Storybook served from the root of a host', { timeout: 5 * 60_000 }, () => {
  let site;
  before(async () => (site = await serve('/')));
  after(() => site?.close());

  it('renders the first story of each element', async (t) => {
    const firsts = new Map();
    for (const entry of Object.values(index.entries))
      if (entry.type === 'story' && entry.title.startsWith('Elements/') && !firsts.has(entry.title))
        firsts.set(entry.title, entry);
    assert.ok(firsts.size >= 3);
    for (const entry of firsts.values())
      await t.test(`${entry.title} › ${entry.name}`, () => check(site.base, entry, site.problems));
  });
});

/** The control each attribute's type calls for, as a designer expects it: the rule the stories promise. */
function expectedControl(typeText = 'string') {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.every((p) => /^'.*'$/.test(p))) return { type: 'select', options: parts.map((p) => p.slice(1, -1)) };
  if (parts.join() === 'boolean' || parts.join() === 'number') return { type: parts[0] };
  return { type: 'text' };
}

describe('published Storybook: controls and actions', { timeout: 5 * 60_000 }, () => {
  let site;
  before(async () => (site = await serve(SUB_PATH)));
  after(() => site?.close());

  it('gives every attribute of every element the control its type calls for', async () => {
    const manifest = JSON.parse(await readFile(path.join(root, 'custom-elements.json'), 'utf8'));
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    assert.ok(elements.length >= 3);
    for (const element of elements) {
      const entry = Object.values(index.entries).find(
        (e) =>
          e.type === 'story' &&
          e.title.startsWith('Elements/') &&
          e.id.startsWith(`elements-${element.tagName.replace(/^mpp-/, '')}--`),
      );
      assert.ok(entry, `no story of <${element.tagName}>`);
      await open(site.base, entry);
      const argTypes = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.story.argTypes);
      for (const attribute of element.attributes ?? []) {
        const control = argTypes[attribute.name]?.control;
        const controlType = typeof control === 'string' ? control : control?.type;
        const expected = expectedControl(attribute.type?.text);
        assert.equal(controlType, expected.type, `<${element.tagName} ${attribute.name}> (${attribute.type?.text})`);
        if (expected.options)
          assert.deepEqual(argTypes[attribute.name].options, expected.options, `${attribute.name} options`);
      }
      site.problems.splice(0);
    }
  });

  it("shows an element's events in the actions panel", async () => {
    const entry = index.entries['elements-service-finder--service-detail'];
    assert.ok(entry, 'the finder has a story that opens a service');
    const events = await open(site.base, entry);
    const actions = events.filter((e) => e.name === 'storybook/actions/action-event').map((e) => e.payload.data.name);
    assert.ok(actions.includes('mpp-service-select'), `actions logged: ${JSON.stringify(actions)}`);
  });
});
