// The CPU slowdown every browser suite can be run under: `MPP_CPU_SLOWDOWN=4` makes each page's CPU four times
// slower (Chromium's DevTools throttling), as on a cheap phone or a busy CI machine. Read by the e2e kit and by
// web-test-runner.config.mjs; see test/kit/README.md.

/** How many times slower every page runs: `MPP_CPU_SLOWDOWN`, 1 (no slowdown) when unset. */
export const cpuSlowdown = Math.max(1, Number(process.env.MPP_CPU_SLOWDOWN) || 1);

/** Sends the throttling through a DevTools protocol session (Playwright's or Puppeteer's: both have `send`). */
export async function throttleCpu(cdpSession, rate = cpuSlowdown) {
  if (rate > 1) await cdpSession.send('Emulation.setCPUThrottlingRate', { rate });
}
