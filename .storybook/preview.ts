// Every story's frame: the mock API, the toolbar's language and theme preset, viewports, actions for the
// elements' events, and controls read from custom-elements.json.
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components';
import { html } from 'lit';
import { action } from 'storybook/actions';
import manifest from '../custom-elements.json';
import { resetClients } from '../src/core/clients.js';
import { allEvents, argTypesFromManifest } from '../stories/support/manifest.js';
import { freshMockApiLoader, mockApi } from '../stories/support/mock-api.js';
import { presetOf, presetStyle, themePresets } from '../stories/support/theme-presets.js';
import { startMockWorker } from './mock-worker.js';

// Descriptions of attributes, properties, events, parts and custom properties come from the manifest the analyzer
// builds from JSDoc (`npm run analyze`); argTypesFromManifest gives each attribute its control.
setCustomElementsManifest(manifest);

/** Canvases that already pass the elements' events to the actions panel (a canvas outlives its stories). */
const logging = new WeakSet<HTMLElement>();

/** Logs every documented `mpp-*` event (bubbling, composed) with its `detail` in the actions panel. */
const withElementEvents: Decorator = (story, { canvasElement }) => {
  if (!logging.has(canvasElement)) {
    logging.add(canvasElement);
    for (const name of allEvents) {
      const log = action(name);
      canvasElement.addEventListener(name, (event) => log((event as CustomEvent).detail));
    }
  }
  return story();
};

const preview: Preview = {
  loaders: [freshMockApiLoader(startMockWorker)],
  // Every story in both languages and every theme preset, from the toolbar. Stories that set `lang` or `theme`
  // themselves keep theirs; the rest follow these.
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Bahasa',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'id', title: 'Bahasa Indonesia' },
          { value: 'en', title: 'English' },
        ],
      },
    },
    theme: {
      description: 'Theme preset: `--mpp-*` values and the theme attribute',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: Object.entries(themePresets).map(([value, preset]) => ({ value, title: preset.title })),
      },
    },
  },
  initialGlobals: { locale: 'id', theme: 'default' },
  decorators: [
    (story, { globals }) => {
      const preset = presetOf(globals.theme);
      return html`<div
        lang=${globals.locale}
        class=${preset.theme === 'dark' ? 'sb-dark' : ''}
        style=${presetStyle(preset)}
      >
        ${story()}
      </div>`;
    },
    withElementEvents,
  ],
  beforeEach: () => {
    // Each story starts with an empty catalogue cache, so its scenario is what the widget sees.
    resetClients();
  },
  parameters: {
    ...mockApi(),
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { extractArgTypes: argTypesFromManifest },
    viewport: {
      options: {
        narrow: { name: '320px (reflow)', styles: { width: '320px', height: '640px' } },
        phone: { name: 'Phone 360px', styles: { width: '360px', height: '740px' } },
        tablet: { name: 'Tablet 768px', styles: { width: '768px', height: '1024px' } },
        desktop: { name: 'Desktop 1280px', styles: { width: '1280px', height: '800px' } },
      },
    },
  },
};

export default preview;
