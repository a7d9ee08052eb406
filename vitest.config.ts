// Storybook stories as tests: every story renders in real Chromium, its play function runs, and the
// accessibility check (axe, `a11y: { test: 'error' }` in .storybook/preview.ts) fails the story on a violation.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromeArgs, requireChrome } from './scripts/chrome.mjs';
import { testNowFromEnv } from './test/kit/clock-shift.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          // MPP_TEST_NOW=2026-12-11T23:30+07:00 runs the stories as if then (test/kit/README.md); unset, the real clock.
          provide: { mppTestNow: testNowFromEnv() },
          setupFiles: ['./test/kit/clock-shift.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: requireChrome(), args: chromeArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
