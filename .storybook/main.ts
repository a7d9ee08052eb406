import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  // The MSW service worker (`npx msw init public`).
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      // One copy of lit-html for stories and elements ("Multiple versions of Lit loaded" otherwise).
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive.js', 'lit/directive-helpers.js'],
    };
    return viteConfig;
  },
};

export default config;
