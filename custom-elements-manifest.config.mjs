/**
 * Reactive state is declared in `static properties` with `state: true`; the analyzer would list it as attributes.
 * Only public properties are attributes a webmaster can set, so private and protected ones are dropped.
 * It also keeps only the documented `mpp-*` events, and only public members (the docs table lists every member).
 */
// Members marked `@internal` (shared with another module of the element, not with webmasters). The analyzer drops
// methods so marked, but the Lit plugin adds reactive fields back from `static properties`, without their JSDoc.
const internalNames = new Set();

const publicApiOnly = {
  name: 'public-api-only',
  analyzePhase({ ts, node }) {
    if (!ts.isPropertyDeclaration(node) && !ts.isMethodDeclaration(node) && !ts.isGetAccessorDeclaration(node)) return;
    if (ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'internal')) internalNames.add(node.name.getText());
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        // emit(name, …) makes the analyzer see an event called "name"; the real ones are documented with @fires.
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.name.startsWith('mpp-'));
        const internal = (m) => m.privacy === 'private' || m.privacy === 'protected' || internalNames.has(m.name);
        const hidden = new Set((declaration.members ?? []).filter(internal).map((m) => m.name));
        // Storybook's docs table lists every member: show webmasters the public API only.
        if (declaration.members) declaration.members = declaration.members.filter((m) => !internal(m));
        if (declaration.attributes)
          declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts', 'src/api/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [publicApiOnly],
};
