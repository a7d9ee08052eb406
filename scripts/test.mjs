#!/usr/bin/env node
// `npm test`: every check in order, each one's output shown as it runs, then one line that counts every test
// that ran: "N passed, N failed". Checks that are not tests (lint, types, build) count as one failure when they
// fail; a failed build stops the run, since everything after it needs dist/.
import { spawn } from 'node:child_process';
import { requireChrome } from './chrome.mjs';

requireChrome();

/** name, command, how to read its counts from the output (none: a gate, not a test count). */
const steps = [
  // lit-analyzer's CSS data predates container queries and color-scheme, so its CSS rule is off; templates are checked.
  ['lint', 'npx eslint . && npx prettier --check . && npx lit-analyzer src --strict --rules.no-invalid-css off'],
  ['api types', 'node scripts/check-api-types.mjs', 'summary'],
  // Redocly's recommended rules (redocly.yaml); an error fails the step.
  [
    'contract lint',
    'REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly lint src/api/openapi.yaml --format=summary',
  ],
  ['build', 'npm run build --silent'],
  // After the build: Storybook's preview imports the generated custom-elements.json.
  ['types', 'npx tsc -p tsconfig.json'],
  ['size', 'node scripts/check-size.mjs', 'summary'],
  // What npm publish would ship (npm pack): the files, every exports target, types from a consumer's tsc.
  ['package', 'node --test --test-reporter=tap test/package/*.test.mjs', 'node'],
  // The framework types (dist/types/) in React, Preact, Solid, Svelte and Vue projects, each with misuses that must fail.
  ['frameworks', 'node --test --test-reporter=tap test/frameworks/*.test.mjs', 'node'],
  // The project's own tools: the layer and cycle rules of the lint, each failing a planted import.
  ['tools', 'node --test --test-reporter=tap scripts/test/*.test.mjs', 'node'],
  ['unit', 'npx web-test-runner', 'wtr'],
  ['stories', 'npx vitest run --project storybook', 'vitest'],
  // The published Storybook: the static build served from a sub-path, every story and docs page in Chromium.
  ['storybook build', 'node --test --test-reporter=tap test/storybook/*.test.mjs', 'node'],
  // The server, the rules core and their tests compile to .build/ with tsc: this step is also their type check.
  ['server build', 'npx tsc -p server/tsconfig.json'],
  ['rules', 'node --test --test-reporter=tap .build/test/rules/*.test.js', 'node'],
  // One line, shown in the summary at the end: whether the store and server suites also run on PostgreSQL, and if
  // not, the command that makes them run.
  ['postgres', 'node .build/server/test/postgres-check.js', 'note'],
  ['redis', 'node .build/server/test/redis-check.js', 'note'],
  ['server', 'node --test --test-reporter=tap --test-concurrency=1 .build/server/test/*.test.js', 'node'],
  // The conformance kit (conformance/, `npx mpp-conformance`) against the started reference server on SQLite and,
  // when it answers, PostgreSQL; and against a proxy that breaks one thing per case, which the kit must name.
  ['conformance', 'node --test --test-reporter=tap --test-concurrency=1 test/conformance/*.test.mjs', 'node'],
  // Requests generated from the contract with fast-check (fixed seed, small budget; MPP_FUZZ_RUNS for more): valid
  // ones accepted, each field broken refused with a field error, anything at all answered as documented, no 5xx.
  ['contract fuzz', 'node --test --test-reporter=tap --test-concurrency=1 test/contract/*.test.mjs', 'node'],
  // Real Chromium on the demo pages against the started reference server.
  ['e2e', 'node --test --test-reporter=tap --test-concurrency=1 test/e2e/*.test.mjs', 'node'],
  // The WordPress plugin in a real WordPress (Debian's package, PHP, MariaDB): one line saying whether it runs here
  // and, if not, what to install; then the test, when it can run.
  ['wordpress', 'node test/wordpress/check.mjs', 'note'],
  [
    'wordpress plugin',
    'if node test/wordpress/check.mjs --quiet; then node --test --test-reporter=tap test/wordpress/*.test.mjs; fi',
    'node',
  ],
];

// eslint-disable-next-line no-control-regex
const strip = (s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g, '');

function counts(kind, output) {
  const text = strip(output);
  if (kind === 'summary' || kind === 'wtr') {
    const all = [...text.matchAll(/(\d+) passed, (\d+) failed/g)];
    const last = all.at(-1);
    return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
  }
  if (kind === 'node') {
    const pass = /^# pass (\d+)$/m.exec(text);
    const fail = /^# fail (\d+)$/m.exec(text);
    return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
  }
  if (kind === 'vitest') {
    const line = text.split('\n').find((l) => /^\s*Tests\s/.test(l));
    if (!line) return undefined;
    return { passed: Number(/(\d+) passed/.exec(line)?.[1] ?? 0), failed: Number(/(\d+) failed/.exec(line)?.[1] ?? 0) };
  }
  return undefined;
}

function run(command, echo = true) {
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      if (echo) process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

let passed = 0;
let failed = 0;
const summary = [];
// The end of each failing step's output, printed again above the summary: a CI log is often read from its end only.
const failures = [];
for (const [name, command, kind] of steps) {
  console.log(`\n=== ${name}: ${command}`);
  const { code, output } = await run(command, kind !== 'note');
  const c = kind ? counts(kind, output) : undefined;
  if (kind === 'note' && code === 0) {
    summary.push(`${name}: ${strip(output).trim()}`);
  } else if (c) {
    passed += c.passed;
    failed += c.failed;
    // A runner that exits non-zero without a failed test (a crash, a file that did not load) still fails.
    if (code !== 0 && c.failed === 0) failed++;
    const exit = code !== 0 && c.failed === 0 ? ` (but exited ${code}: a file that did not load or finish?)` : '';
    summary.push(`${name}: ${c.passed} passed, ${c.failed} failed${exit}`);
    if (code !== 0) failures.push([name, output]);
  } else if (code !== 0) {
    failed++;
    summary.push(`${name}: FAILED (exit ${code})`);
    failures.push([name, output]);
    if (name === 'build') {
      console.log(`\n${name} failed; later steps need it, so the run stops here.`);
      break;
    }
  } else {
    summary.push(`${name}: ok`);
  }
}

for (const [name, output] of failures) {
  const tail = strip(output).trimEnd().split('\n').slice(-40).join('\n');
  console.log(`\n=== the end of ${name}'s output, again:\n${tail}`);
}
console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
