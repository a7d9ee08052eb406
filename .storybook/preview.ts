import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import { resetClients } from '../src/core/clients.js';
import { createMockApi } from '../test/mocks/handlers.js';
import { startMockWorker } from './mock-worker.js';

// Attributes, properties, events, parts and custom properties in the docs and controls come from the manifest
// the analyzer builds from JSDoc (`npm run analyze`).
setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [mswLoader(startMockWorker)],
  // Every story in both languages and both themes, from the toolbar. Stories that set `lang` or `theme` themselves
  // keep theirs; the rest follow these.
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
      description: 'Light or dark theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'id', theme: 'light' },
  decorators: [
    (story, { globals }) =>
      globals.theme === 'dark'
        ? html`<div lang=${globals.locale} class="sb-dark" style="background:#0d1014;padding:1rem">${story()}</div>`
        : html`<div lang=${globals.locale}>${story()}</div>`,
  ],
  beforeEach: () => {
    // Each story starts with an empty catalogue cache, so its scenario is what the widget sees.
    resetClients();
  },
  parameters: {
    msw: { handlers: createMockApi().handlers },
    a11y: { test: 'error' },
    controls: { expanded: true },
    viewport: {
      options: {
        narrow: { name: '320px (reflow)', styles: { width: '320px', height: '640px' } },
        phone: { name: 'Phone 360px', styles: { width: '360px', height: '740px' } },
        desktop: { name: 'Desktop 1280px', styles: { width: '1280px', height: '800px' } },
      },
    },
  },
};

export default preview;
