// MppElement, the base of every widget: configuration, language, the shared API client, events.
import { LitElement, type PropertyDeclarations } from 'lit';
import type { MppTransport } from '../api/transport.js';
import { clientFor } from './clients.js';
import { onConfigure, resolveApiBase } from './config.js';
import { VERSION } from './define.js';
import { englishReady, loadEnglish, resolveLang, withinEnglishWait, type Lang } from './i18n.js';

/** `mpp-` followed by what happened: every event the widgets send. */
export type MppEventName = `mpp-${string}`;

/**
 * What the three widgets share: configuration (`api-base`, `lang`, `agency`, `heading-level`, `theme`), the
 * shared API client, and `emit()`. Not a public element: it registers no tag.
 */
export abstract class MppElement extends LitElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base', reflect: true },
    agency: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    language: { state: true },
  };

  /** Version of the copy that defined this element (shown when two copies meet on one page). */
  static readonly version = VERSION;

  /**
   * Base URL of the MPP API. Else the page-wide `configure({ apiBase })`, else the `data-api-base` of the
   * `<script>` that loaded the widgets.
   */
  apiBase?: string;

  /** Only this agency's services (an agency id such as `disdukcapil`). */
  agency?: string;

  /**
   * Level of the widget's top heading (1–6), so it fits the host page's outline. Default 2.
   */
  headingLevel = 2;

  /** `light` (default), `dark`, or `auto` to follow the device. */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * The language in use: from `lang` on the element or an ancestor, else `<html lang>`; `id` by default. English
   * takes over once its strings are loaded (`core/i18n.ts`).
   * @internal Public for the controllers that hold each element's state (they read it through their host
   * interface), as are `client`, `near`, `headingLevelAt` and `emit`: stripped from the public types and the docs.
   */
  language: Lang = 'id';

  /** Settles when the English strings this element waits for are loaded (or failed to load). */
  private languageReady?: Promise<unknown>;

  /**
   * @internal Settles once the widget is within a screen of the viewport: data requests wait for it, so a widget far
   * below the fold costs the page nothing until the resident scrolls towards it. `0` (no wait) when it is within a
   * screen already, or when the page asked for `loading="eager"`. Reads the layout when called (at connection: the
   * layout the page's first paint needs), so a widget on the first screen asks at once, not a frame later.
   */
  near(): Promise<unknown> | 0 {
    return this.getAttribute('loading') == 'eager' || this.getBoundingClientRect().top < 2 * innerHeight
      ? 0
      : new Promise((resolve) =>
          new IntersectionObserver((entries, seen) => entries[0].isIntersecting && resolve(seen.disconnect()), {
            rootMargin: '100%',
          }).observe(this),
        );
  }

  /** @internal The failures this widget told the page about (`core/messages.ts`). */
  told?: WeakSet<object>;

  private langObserver?: MutationObserver;
  private stopConfigure?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.followLanguage();
    this.stopConfigure = onConfigure(() => this.apiConfigured());
    // Host pages switch language by rewriting `lang` on <html> or a wrapper; follow them.
    this.langObserver = new MutationObserver(() => this.followLanguage());
    this.langObserver.observe(this.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.stopConfigure?.();
  }

  /**
   * `configure()` ran, perhaps after this element was connected (a page that imports the script, then configures
   * it): load what could not be loaded without an API. Elements add their own loads.
   */
  protected apiConfigured(): void {
    this.requestUpdate();
  }

  private followLanguage(): void {
    const lang = resolveLang(this);
    if (lang === 'id' || englishReady()) {
      this.language = lang;
      return;
    }
    const loaded = loadEnglish().then((ok) => {
      if (ok && resolveLang(this) === 'en') this.language = 'en';
    });
    this.languageReady = withinEnglishWait(loaded);
  }

  /**
   * The first render waits for the next frame (Lit's documented way to time updates). The script runs while the
   * page finishes parsing, in the same task as the page's first layout; rendering in that task too made one long
   * task of both (measured by `bench/host-cost.mjs`, figures in bench/RESULTS.md). In the frame the render still comes before the first paint of the widget, so nothing shifts. Later
   * updates keep Lit's timing. In a tab opened in the background, frames (and so the first render and
   * `updateComplete`) wait until the tab is shown; the data is fetched meanwhile. A widget that speaks English
   * also waits for its strings (at most `englishWait`), so a resident never sees it change language under them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    const frame = new Promise((resolve) => requestAnimationFrame(resolve));
    return Promise.all([frame, this.languageReady]).then(() => super.scheduleUpdate());
  }

  /** @internal The client shared by every widget that talks to the same API; undefined when no API is configured. */
  get client(): MppTransport | undefined {
    const base = resolveApiBase(this.apiBase, this.ownerDocument);
    return base ? clientFor(base) : undefined;
  }

  /** @internal A heading level clamped to 1–6, offset from `heading-level` (0 = the widget's top heading). */
  headingLevelAt(depth = 0): 1 | 2 | 3 | 4 | 5 | 6 {
    // 0 or not a number (`heading-level="h2"`): the default. Out of range: the nearest level.
    return Math.min(6, Math.max(1, (Math.round(this.headingLevel) || 2) + depth)) as 1 | 2 | 3 | 4 | 5 | 6;
  }

  /**
   * Sends a bubbling, composed `mpp-*` event that host pages can listen to on the element or the document.
   * Payloads are small and never carry personal data.
   * @internal
   */
  emit<T>(name: MppEventName, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
