import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, requireChrome } from './scripts/chrome.mjs';

export default {
  files: ['test/unit/**/*.test.ts'],
  nodeResolve: true,
  // esbuild must read tsconfig.json: useDefineForClassFields false keeps class fields from shadowing Lit's accessors.
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
