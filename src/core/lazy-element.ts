// An element a widget shows only sometimes (the satisfaction survey after a served visit) loads when it is needed,
// from its own script file beside the one that loaded the widgets: no resident pays for it on the first screen.

/**
 * Defines `tag` by loading `<tag>.js` from beside this script (`dist/` keeps every element's file together),
 * unless the page defined it already — as a page that bundles the widgets does, importing
 * `mpp-widgets/<tag>.js` itself. Rejects when the file cannot be loaded.
 */
export function loadElement(tag: string): Promise<unknown> {
  return customElements.get(tag)
    ? Promise.resolve()
    : import(/* @vite-ignore */ new URL(`${tag}.js`, import.meta.url).href);
}
