import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, requireChrome } from './scripts/chrome.mjs';
import { cpuSlowdown, throttleCpu } from './test/kit/slowdown.mjs';

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
      // MPP_CPU_SLOWDOWN=4 runs every test page on a CPU four times slower (test/kit/README.md); the kit's
      // driver reads it from the page to give its waits as much more time.
      async createPage({ context }) {
        const page = await context.newPage();
        await throttleCpu(await page.createCDPSession());
        await page.evaluateOnNewDocument((rate) => (globalThis.MPP_CPU_SLOWDOWN = rate), cpuSlowdown);
        return page;
      },
    }),
  ],
  // A bound for a stuck test, not a wait: room for a busy CI machine (two audits by axe can take seconds there),
  // and as much more as the CPU is slowed.
  testFramework: { config: { timeout: 10_000 * cpuSlowdown } },
};
