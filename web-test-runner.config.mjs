import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, requireChrome } from './scripts/chrome.mjs';

export default {
  files: ['test/unit/**/*.test.ts'],
  nodeResolve: true,
  // Decorators are TypeScript's experimental ones (see tsconfig.json): esbuild must read the tsconfig to emit them.
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  // Above 1, fixture() times out in background tabs on these machines.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      concurrency: 1,
      launchOptions: { executablePath: requireChrome(), headless: true, args: chromeArgs },
    }),
  ],
  testFramework: { config: { timeout: 5000 } },
};
