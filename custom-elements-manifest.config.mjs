/**
 * Reactive state is declared in `static properties` with `state: true`; the analyzer would list it as attributes.
 * Only public properties are attributes a webmaster can set, so private and protected ones are dropped.
 * It also keeps only the documented `mpp-*` events.
 */
const publicAttributesOnly = {
  name: 'public-attributes-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        // emit(name, …) makes the analyzer see an event called "name"; the real ones are documented with @fires.
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.name.startsWith('mpp-'));
        if (!declaration.attributes) continue;
        const hidden = new Set(
          (declaration.members ?? [])
            .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
            .map((m) => m.name),
        );
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
  plugins: [publicAttributesOnly],
};
