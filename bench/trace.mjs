// Reading a Chromium trace the way a page feels it: the renderer main thread's top-level tasks (script, microtasks,
// animation frames, style, layout, paint, parsing — all of it), summed over a window, the longest of them, and
// where their time went, by kind of work and, with the V8 sampler on, by function through the bundles' source maps.
import { existsSync, readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/**
 * Trace categories: the top-level tasks and the page's marks are all the totals need (a small trace, quick to
 * read); `detailed` adds what each task did and V8's sampling profiler, for breakdowns.
 */
export const traceCategories = (detailed = false) => [
  'toplevel',
  'blink.user_timing',
  ...(detailed
    ? [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'loading',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
      ]
    : []),
];

/** The events of one trace (Playwright's `browser.stopTracing()` buffer). */
export const traceEvents = (buffer) => JSON.parse(buffer).traceEvents;

/** The renderer main thread that loaded `url` and the time its navigation started (µs, trace clock). */
export function rendererOf(events, url) {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url && e.args.data.isOutermostMainFrame,
  );
  if (!nav) throw new Error(`trace: no navigation to ${url}`);
  return { pid: nav.pid, tid: nav.tid, navigationStart: nav.ts };
}

/** The time (µs, trace clock) of the page's `performance.mark(name)`, the last one if marked again. */
export function markTime(events, { pid }, name) {
  const marks = events.filter((e) => e.pid === pid && e.name === name && e.cat.includes('blink.user_timing'));
  if (!marks.length) throw new Error(`trace: no mark ${name}`);
  return marks.at(-1).ts;
}

const isTopLevelTask = (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.dur !== undefined;

/** The main thread's top-level tasks, nested ones folded into the task that holds them. */
export function topLevelTasks(events, { pid, tid }) {
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && isTopLevelTask(e))
    .map((e) => ({ start: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? e.dur }))
    .sort((a, b) => a.start - b.start);
  const folded = [];
  for (const t of tasks) {
    const last = folded.at(-1);
    if (last && t.start < last.end) {
      if (t.end > last.end) last.cpu += t.cpu * ((t.end - last.end) / (t.end - t.start || 1));
      last.end = Math.max(last.end, t.end);
    } else folded.push({ ...t });
  }
  return folded;
}

/**
 * Main-thread work in [from, to] (µs, trace clock), in ms: `busy`, the sum of top-level task time inside the window
 * (a task that straddles an edge counts for its part inside) as the page feels it, wall-clock; `cpu`, the same
 * tasks' thread time, which a busy machine does not inflate (nor does the DevTools CPU slowdown, which pauses the
 * thread); the longest task that starts in the window; the number of tasks.
 */
export function mainThreadWork(tasks, from, to) {
  let busy = 0;
  let cpu = 0;
  let longest = 0;
  let count = 0;
  for (const t of tasks) {
    const inside = Math.min(t.end, to) - Math.max(t.start, from);
    if (inside <= 0) continue;
    busy += inside;
    cpu += t.cpu * (inside / (t.end - t.start || 1));
    count++;
    if (t.start >= from) longest = Math.max(longest, t.end - t.start);
  }
  return { busy: busy / 1000, cpu: cpu / 1000, longest: longest / 1000, tasks: count };
}

// Kinds of main-thread work, by the trace event that does it. Time is given to the innermost listed event, so a
// style recalculation forced from script counts as style, not as script.
const KIND = {
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'parse CSS',
  'v8.compile': 'compile script',
  'v8.compileModule': 'compile script',
  'V8.CompileCode': 'compile script',
  'v8.produceModuleCache': 'compile script',
  EvaluateScript: 'run script (module/classic top level)',
  'v8.evaluateModule': 'run script (module/classic top level)',
  FunctionCall: 'run script (callbacks: timers, events, fetch)',
  TimerFire: 'run script (callbacks: timers, events, fetch)',
  EventDispatch: 'run script (callbacks: timers, events, fetch)',
  RunMicrotasks: 'run script (microtasks: promises, Lit updates)',
  FireAnimationFrame: 'run script (requestAnimationFrame)',
  FireIdleCallback: 'run script (idle callbacks)',
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  PrePaint: 'paint, layerize, commit',
  Paint: 'paint, layerize, commit',
  Layerize: 'paint, layerize, commit',
  Commit: 'paint, layerize, commit',
  UpdateLayer: 'paint, layerize, commit',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
  'V8.GC_SCAVENGER': 'garbage collection',
  'V8.GC_MC_BACKGROUND_EVACUATE_COPY': 'garbage collection',
  'V8.GCScavenger': 'garbage collection',
  'V8.GCFinalizeMC': 'garbage collection',
  'V8.GCIncrementalMarking': 'garbage collection',
  BlinkGC: 'garbage collection',
  ResourceReceivedData: 'network callbacks',
  'HTMLDocumentParser::DocumentElementAvailable': 'parse HTML',
};

/**
 * Where the main thread's time in [from, to] went, by kind of work (ms): each event's self time given to its kind,
 * task overhead not inside any listed event as "other (task overhead, scheduling, mojo)".
 */
export function workByKind(events, { pid, tid }, from, to) {
  const own = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .filter((e) => e.ts < to && e.ts + e.dur > from)
    .filter((e) => isTopLevelTask(e) || KIND[e.name] || e.name.startsWith('V8.GC'))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = new Map();
  const add = (kind, us) => totals.set(kind, (totals.get(kind) ?? 0) + us / 1000);
  // A stack of open events; each interval between boundaries goes to the innermost open one.
  const stack = [];
  let cursor = from;
  const kindOf = (e) =>
    isTopLevelTask(e)
      ? 'other (task overhead, scheduling, mojo)'
      : (KIND[e.name] ?? (e.name.startsWith('V8.GC') ? 'garbage collection' : 'other'));
  const advance = (until) => {
    const t = Math.min(until, to);
    if (t > cursor && stack.length) add(kindOf(stack.at(-1)), t - cursor);
    cursor = Math.max(cursor, t);
  };
  for (const e of own) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) {
      advance(stack.at(-1).ts + stack.at(-1).dur);
      stack.pop();
    }
    advance(Math.max(e.ts, from));
    stack.push(e);
  }
  while (stack.length) {
    advance(stack.at(-1).ts + stack.at(-1).dur);
    stack.pop();
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const maps = new Map();
function sourceMapFor(url) {
  if (!maps.has(url)) {
    let map = null;
    const m = /\/dist\/([\w.-]+\.js)$/.exec(new URL(url).pathname);
    const file = m && new URL(`../dist/${m[1]}.map`, import.meta.url);
    if (file && existsSync(file)) map = new TraceMap(readFileSync(file, 'utf8'));
    maps.set(url, map);
  }
  return maps.get(url);
}

/** A sample's frame by name: source file and function through the source map for our bundles, else as V8 has it. */
function frameName({ functionName, url, lineNumber, columnNumber }) {
  if (!url) return functionName || '(anonymous)';
  const map = url.startsWith('http') ? sourceMapFor(url) : null;
  if (map) {
    const p = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
    if (p.source) {
      const file = p.source.replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/');
      return `${p.name ?? functionName ?? '(anonymous)'} ${file}:${p.line}`;
    }
  }
  const file = new URL(url, 'http://x').pathname.split('/').at(-1);
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/**
 * The V8 sampler's view of [from, to] on the renderer `pid`: self time and total (inclusive) time per function (ms),
 * and self time per source file, from the trace's ProfileChunk events.
 */
export function samplesByFunction(events, { pid }, from, to) {
  const nodes = new Map();
  const self = new Map();
  const total = new Map();
  const files = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  const profile = events.find((e) => e.pid === pid && e.name === 'Profile');
  if (!profile) return null;
  let time = profile.args.data.startTime;
  const chunks = events.filter((e) => e.pid === pid && e.name === 'ProfileChunk' && e.id === profile.id);
  for (const chunk of chunks) {
    const { cpuProfile = {}, timeDeltas = [] } = chunk.args.data;
    for (const n of cpuProfile.nodes ?? []) nodes.set(n.id, { ...n, name: frameName(n.callFrame) });
    const samples = cpuProfile.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      const previous = time;
      time += timeDeltas[i] ?? 0;
      if (previous < from || time > to) continue;
      const ms = (time - previous) / 1000;
      let node = nodes.get(samples[i]);
      if (!node || ['(idle)', '(program)', '(root)'].includes(node.callFrame.functionName)) continue;
      add(self, node.name, ms);
      add(files, node.name.split(' ')[1]?.replace(/:\d+$/, '') ?? node.name, ms);
      const seen = new Set();
      for (; node; node = nodes.get(node.parent)) {
        if (seen.has(node.name) || node.callFrame.functionName === '(root)') continue;
        seen.add(node.name);
        add(total, node.name, ms);
      }
    }
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { self: sorted(self), total: sorted(total), files: sorted(files) };
}
