// Two builds from the same sources:
// - dist/mpp-widgets.js (and one file per element): self-contained, minified ES modules for a <script> tag,
//   Lit included, for webmasters who never run a build;
// - dist/lib/: one ES module per source file with `lit` left as an import, for people who bundle.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

// Every source module, so dist/lib mirrors src/ file for file.
const allSources = readdirSync('src', { recursive: true })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => `src/${f}`);

const esbuildOptions = { tsconfig: './tsconfig.json', target: 'es2021', sourceMap: true };

// Each element folder has a define file `mpp-<name>.ts` that only registers the tag.
const elementEntries = existsSync('src/components')
  ? readdirSync('src/components', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `src/components/${d.name}/mpp-${d.name}.ts`)
      .filter((f) => existsSync(f))
  : [];

// English strings (`*.en.ts`) go into one file beside each script, `<script name>.en.js`, loaded by the widgets
// the first time a page speaks English (src/core/i18n.ts): residents reading Indonesian never download them.
// The booking's second half (finish-steps.ts) is a file of its own too, fetched when a resident starts to book.
// Both import Lit and the rest from the script itself: `allow-extension` lets the script export what they need,
// instead of rollup moving the shared code into a third file behind a one-line script.
const scriptTagBundle = (input) => ({
  input,
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: `${basename(input, '.ts')}.[name].js`,
    manualChunks: (id) => (id.endsWith('.en.ts') ? 'en' : undefined),
  },
  plugins: [
    // Lit's production build: no dev-mode warnings, smaller.
    nodeResolve({ exportConditions: ['production'] }),
    esbuild({ ...esbuildOptions, minify: false }),
    // Whitespace inside html`` and css`` templates is invisible to terser.
    minifyHTML(),
    // Ordinary minification: local names and whitespace. Property names stay as written, so what leaves the
    // bundle (request headers, events, history state) is spelled as in the source.
    terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
});

// The staff pages (staff/, served under /staff/): their own output in dist/staff/, never in a resident's script.
// One script for the shell and a chunk per page (each loaded when its section opens), the HTML and CSS beside them.
const staffBundle = {
  input: { staff: 'staff/main.ts' },
  output: {
    dir: 'dist/staff',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    esbuild({ ...esbuildOptions, minify: false }),
    minifyHTML(),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
    {
      name: 'staff-documents',
      generateBundle() {
        for (const fileName of ['index.html', 'staff.css'])
          this.emitFile({ type: 'asset', fileName, source: readFileSync(`staff/${fileName}`, 'utf8') });
      },
    },
  ],
};

export default [
  scriptTagBundle('src/mpp-widgets.ts'),
  ...elementEntries.map(scriptTagBundle),
  {
    input: allSources,
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    output: { dir: 'dist/lib', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [esbuild(esbuildOptions)],
  },
  staffBundle,
];
