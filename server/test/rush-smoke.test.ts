// The rush bench in miniature (bench/rush.mjs; the full run is `npm run bench:rush`, never part of npm test): a
// few hundred residents over a few seconds on SQLite — the table prints, exactly the quota is sold, no 5xx, and a
// double tap is answered as the first tap was.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';

const RUSH = fileURLToPath(new URL('../../../bench/rush.mjs', import.meta.url));

it('bench/rush.mjs sells exactly the quota with no 5xx (150 residents over 3 s, SQLite)', async () => {
  const child = spawn(process.execPath, [RUSH], {
    env: {
      ...process.env,
      RUSH_RESIDENTS: '150',
      RUSH_SECONDS: '3',
      RUSH_SERVICES: '2',
      RUSH_QUOTA: '2',
      RUSH_CONFIGS: 'sqlite',
      RUSH_PORT: '0',
      RUSH_JSON: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  assert.equal(code, 0, output);
  assert.match(output, /^configuration +bookings\/s +made/m);
  const line = output.split('\n').find((l) => l.startsWith('RESULT '));
  assert.ok(line, output);
  const result = JSON.parse(line.slice('RESULT '.length));
  assert.equal(result.quota, 2 * 5 * 2);
  assert.equal(result.sold, result.quota, output);
  assert.equal(result.made, result.sold);
  assert.equal(result.oversold, 0);
  assert.equal(result.server5xx, 0);
  assert.equal(result.replayMismatch, 0);
  // Those who came too late were turned away: by a full session, or by availability that showed none left.
  const turnedAway = (result.kinds['409 session_full'] ?? 0) + (result.kinds['gave up: sold out'] ?? 0);
  assert.ok(turnedAway > 0, `nobody was turned away once the places were gone: ${JSON.stringify(result.kinds)}`);
});
