// One line for npm test: whether the WordPress plugin test can run here, and if not, what to install.
// `--quiet`: print nothing, exit 0 when it can run, 1 when it cannot (the test step's guard in scripts/test.mjs).
import { HOW_TO_RUN, missing } from './wordpress.mjs';

const absent = missing();
if (process.argv.includes('--quiet')) process.exit(absent ? 1 : 0);
console.log(
  absent
    ? `the WordPress plugin test did not run (no ${absent}); to run it: ${HOW_TO_RUN}`
    : 'the WordPress plugin test runs on WordPress from /usr/share/wordpress, PHP and MariaDB',
);
