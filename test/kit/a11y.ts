// What a screen reader and a keyboard user get, for browser tests: Chromium's accessibility tree read through the
// DevTools protocol (test/kit/a11y-plugin.mjs), the focused element and whether it is on screen, and the text
// live regions receive. See test/kit/README.md ("Beyond axe").
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree: role, computed name, and the states a screen reader announces. */
export interface AxNode {
  role: string;
  name: string;
  description?: string;
  invalid?: string;
  required?: boolean;
  live?: string;
  atomic?: boolean;
  level?: number;
  focused?: boolean;
  checked?: string;
  children?: AxNode[];
}

/** The accessibility subtree of `element` as Chromium exposes it (ignored nodes left out), `depth` levels deep. */
export async function axTree(element: Element, depth = 12): Promise<AxNode> {
  (globalThis as { __mppA11yTarget?: Element }).__mppA11yTarget = element;
  const tree = await executeServerCommand<AxNode | null, { depth: number }>('mpp-a11y-tree', { depth });
  if (!tree) throw new Error(`no accessibility node for ${element.tagName}`);
  return tree;
}

/** The accessibility node of `element` alone: its role, name and states. */
export const axNode = (element: Element) => axTree(element, 0);

/** Every node of `tree` (depth first), itself included. */
export function axNodes(tree: AxNode): AxNode[] {
  return [tree, ...(tree.children ?? []).flatMap(axNodes)];
}

/** The text a screen reader reads out for `tree`, in order: the names of its text nodes, joined by spaces. */
export const axText = (tree: AxNode) =>
  axNodes(tree)
    .filter((n) => n.role === 'StaticText')
    .map((n) => n.name)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The focused element, looking inside shadow roots. */
export function deepActive(): HTMLElement | null {
  let el = document.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  return el;
}

/** The focused element's accessibility node (what a screen reader says when focus lands), with its element. */
export async function focusedAx(): Promise<AxNode & { element: HTMLElement | null }> {
  const element = deepActive();
  if (!element || element === document.body) return { role: 'body', name: '', element };
  return { ...(await axNode(element)), element };
}

/**
 * Whether the focused element is inside the viewport (WCAG 2.4.11: not hidden), with `room` pixels kept free at
 * the top for a host page's sticky header.
 */
export function focusedInViewport(room = 0): boolean {
  const el = deepActive();
  if (!el || el === document.body) return false;
  const r = el.getBoundingClientRect();
  return r.bottom > room && r.top >= room - 1 && r.top < innerHeight && r.bottom <= innerHeight + 1;
}

/**
 * Waits until focus is on an element of `role` whose name is `name` (or matches it), and answers its node; the wait
 * is bounded at 8 s, longer as the CPU is slowed (MPP_CPU_SLOWDOWN, test/kit/README.md).
 */
export async function focusLandsOn(role: string, name: string | RegExp = /.*/) {
  const slowdown = (globalThis as { MPP_CPU_SLOWDOWN?: number }).MPP_CPU_SLOWDOWN ?? 1;
  const matches = (n: { role: string; name: string }) =>
    n.role === role && (typeof name === 'string' ? n.name === name : name.test(n.name));
  let last: Awaited<ReturnType<typeof focusedAx>> = { role: '', name: '', element: null };
  await waitUntil(async () => matches((last = await focusedAx())), `focus on ${role} "${name}"`, {
    timeout: 8000 * slowdown,
  });
  return last;
}

/** Asserts the focused element is on screen (`focusedInViewport`). */
export const expectFocusOnScreen = () => expect(focusedInViewport(), 'the focused element is on screen').to.equal(true);

/** A phone and a desktop, the sizes every key assertion runs at. */
export const VIEWPORTS = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

export const useViewport = (v: { width: number; height: number }) => setViewport({ width: v.width, height: v.height });

/** Emulates CSS media features axe cannot: `forced-colors`, `prefers-reduced-motion`. Empty list resets. */
export const emulateMedia = (features: { name: string; value: string }[]) =>
  executeServerCommand('mpp-a11y-media', { features });

const ALERT = '[role="alert"], [aria-live="assertive"]';
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

/** The text of `node` a screen reader is given: text under `aria-hidden="true"` is left out, as it is not heard. */
function heardIn(node: Node): string {
  if (node instanceof Element && node.closest('[aria-hidden="true"]')) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(heardIn).join('');
}

/**
 * Records the text live regions under `host` (and its shadow roots) receive, as a screen reader would be given it:
 * each change of a live region's text, and each alert inserted with its text. `heard` lists the texts in order.
 */
export function listenToLiveRegions(host: Element): { heard: string[]; stop: () => void } {
  const heard: string[] = [];
  const roots: Node[] = [];
  const collect = (node: Element | ShadowRoot) => {
    roots.push(node);
    node.querySelectorAll('*').forEach((e) => e.shadowRoot && collect(e.shadowRoot));
  };
  collect(host.shadowRoot ?? host);
  const pending = new Set<Element>();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      const region = target?.closest(LIVE);
      if (region) pending.add(region);
      // An alert is spoken when it is inserted with its text; a polite region only when its text changes.
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        if (n.matches(ALERT)) pending.add(n);
        n.querySelectorAll(ALERT).forEach((a) => pending.add(a));
      }
    }
    queueMicrotask(() => {
      for (const region of pending) {
        const said = heardIn(region).replace(/\s+/g, ' ').trim();
        if (said) heard.push(said);
      }
      pending.clear();
    });
  });
  for (const root of roots) observer.observe(root, { childList: true, subtree: true, characterData: true });
  return { heard, stop: () => observer.disconnect() };
}

/** The language a screen reader reads `node` in: its nearest `lang`, across the shadow root. */
export function langOf(node: Element): string | null {
  let at: Element | null = node;
  while (at) {
    const lang = at.getAttribute('lang');
    if (lang) return lang;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null);
  }
  return null;
}

/**
 * What a screen reader meets in an error summary `box`, as GOV.UK Frontend ships it since 4.2 (its template.njk):
 * the box takes focus and has no role of its own; inside it one wrapper is the alert, its heading first. (A box
 * that is both the alert and focused raced in JAWS, which then read the heading alone.)
 */
export async function errorSummaryAx(box: Element) {
  const tree = await axTree(box);
  const alerts = axNodes(tree).filter((n) => n.role === 'alert');
  return {
    focused: deepActive() === box,
    role: tree.role,
    labelledBy: box.getAttribute('aria-labelledby'),
    alerts: alerts.length,
    first: alerts[0]?.children?.[0] && { role: alerts[0].children[0].role, name: alerts[0].children[0].name },
  };
}

/**
 * Waits until focus is on an error summary (`.error-summary`, widgets' and staff pages' alike) and checks that it is
 * GOV.UK's (`errorSummaryAx`): one alert inside, its heading first. Answers what `errorSummaryAx` read.
 */
export async function focusOnErrorSummary() {
  const slowdown = (globalThis as { MPP_CPU_SLOWDOWN?: number }).MPP_CPU_SLOWDOWN ?? 1;
  await waitUntil(() => deepActive()?.matches('.error-summary'), 'focus on the error summary', {
    timeout: 8000 * slowdown,
  });
  const summary = await errorSummaryAx(deepActive()!);
  expect(summary.alerts, 'one alert inside the summary').to.equal(1);
  expect(summary.first?.role, 'the alert starts with its heading').to.equal('heading');
  return summary;
}
