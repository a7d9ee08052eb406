// `npm run staff:add -- --email … --role … [--agency …] [--name …]`: creates a staff account on the configured
// database (MPP_DB_PATH or MPP_DATABASE_URL, created and seeded when new). The password never goes in the arguments
// (they show in `ps` and the shell's history): it is asked for on a terminal, else read from stdin's first line.
import { userInfo } from 'node:os';
import { makeClock } from '../../src/rules/index.js';
import { loadConfig } from '../config.js';
import { openStore } from '../open.js';
import { staffStoreOf } from '../store/staff-open.js';
import { addAccount, parseArgs, USAGE } from './add-account.js';

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let text = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          input.off('data', onData);
          input.setRawMode(false);
          input.pause();
          process.stderr.write('\n');
          return resolve(text);
        }
        if (ch === '\u0003') {
          input.setRawMode(false);
          return reject(new Error('cancelled'));
        }
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else text += ch;
      }
    };
    input.on('data', onData);
  });
}

async function readStdinLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += chunk;
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdinLine();
  const first = await askHidden('Kata sandi (minimal 12 karakter): ');
  const again = await askHidden('Ulangi kata sandi: ');
  if (first !== again) throw new Error('the two passwords differ');
  return first;
}

const request = parseArgs(process.argv.slice(2));
if (typeof request === 'string') {
  console.error(`staff:add: ${request}\n${USAGE}`);
  process.exit(2);
}
let password: string;
try {
  password = await readPassword();
} catch (error) {
  console.error(`staff:add: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const config = loadConfig();
const clock = makeClock(config.utcOffsetMinutes);
const now = config.fakeNow ?? Date.now();
const { store } = await openStore(config, clock, now);
try {
  const agencies = new Set((await store.agencies()).map((a) => a.id));
  const problem = await addAccount(staffStoreOf(store), request, password, {
    at: clock.isoLocal(now),
    knownAgency: (id) => agencies.has(id),
    who: userInfo().username,
  });
  if (problem) {
    console.error(`staff:add: ${problem}`);
    process.exitCode = 1;
  } else {
    console.log(
      `staff:add: ${request.role} ${request.email}${request.agencyId ? ` (${request.agencyId})` : ''} created`,
    );
  }
} finally {
  await store.close();
}
