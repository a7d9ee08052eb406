// Where Chromium is and how to start it on these machines (as root, on a closed network). Shared by the unit
// tests, the story tests, the browser tests and the benchmarks.
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Exits with instructions when there is no browser, instead of a stack trace from deep inside a launcher. */
export function requireChrome() {
  if (existsSync(chromePath)) return chromePath;
  console.error(
    `No Chromium at ${chromePath}.\n` +
      'Install one: `sudo apt-get update && sudo apt-get install -y chromium` (Debian/Ubuntu),\n' +
      'or point CHROME_PATH at an installed Chrome or Chromium, e.g. CHROME_PATH=/usr/bin/google-chrome npm test.',
  );
  process.exit(1);
}
