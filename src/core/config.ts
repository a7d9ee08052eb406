/** Page-wide settings, for webmasters who prefer one call to an attribute on every element. */
export interface MppGlobalConfig {
  /** Base URL of the MPP API, e.g. `https://mpp.tanjungpinangkota.go.id/api/v1`. */
  apiBase?: string;
}

const globalConfig: MppGlobalConfig = {};
const listeners = new Set<() => void>();

/**
 * Sets page-wide defaults. Attributes on an element win over these. Widgets already on the page take them up: a
 * page that imports the script and then calls `configure()` gets its widgets loaded from that API.
 *
 * ```js
 * import { configure } from 'mpp-widgets';
 * configure({ apiBase: 'https://mpp.example.go.id/api/v1' });
 * ```
 */
export function configure(config: MppGlobalConfig): void {
  Object.assign(globalConfig, config);
  for (const listener of listeners) listener();
}

/** Calls `listener` after every `configure()`; answers the function that stops it. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget what `configure()` set. */
export function resetConfig(): void {
  for (const key of Object.keys(globalConfig) as (keyof MppGlobalConfig)[]) delete globalConfig[key];
}

/**
 * The `data-api-base` of the `<script>` that loaded the widgets: the one whose `src` is this bundle, else the
 * only script on the page that has the attribute.
 */
function scriptApiBase(doc: Document, moduleUrl: string | undefined): string | undefined {
  const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[data-api-base]')];
  // An inline script's `src` is "", never a module's URL.
  return (scripts.find((s) => s.src == moduleUrl) ?? scripts[0])?.dataset.apiBase;
}

/**
 * Where an element's API lives: its `api-base` attribute, else `configure({ apiBase })`, else the loading
 * script's `data-api-base`. Relative values resolve against the page. Undefined when nothing says.
 */
export function resolveApiBase(
  attribute: string | null | undefined,
  doc: Document = document,
  moduleUrl: string | undefined = import.meta.url,
): string | undefined {
  const base = attribute || globalConfig.apiBase || scriptApiBase(doc, moduleUrl);
  return base ? new URL(base, doc.baseURI).href.replace(/\/+$/, '') : undefined;
}
