// The compiled server as its own process, as `npm start` runs it: for what only a real process shows (signals,
// exit codes, a port already taken, a backup taken while it serves).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The compiled start script, beside this compiled test. */
export const START_SCRIPT = fileURLToPath(new URL('../start.js', import.meta.url));
export const BACKUP_SCRIPT = fileURLToPath(new URL('../backup.js', import.meta.url));

export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

export const tempDbPath = () => join(mkdtempSync(join(tmpdir(), 'mpp-proc-')), 'mpp.sqlite');

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  origin: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves when the output has a line matching `pattern`. */
  line(pattern: RegExp): Promise<string>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Spawns the server on `port` with `env`; resolves once it says where it listens (or once it exits). */
export async function spawnServer(env: Record<string, string>, port?: number): Promise<ServerProcess> {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, [START_SCRIPT], {
    env: {
      ...process.env,
      PORT: String(chosen),
      MPP_LOG: '0',
      MPP_RATE_LIMIT_LOOKUP: '0',
      MPP_RATE_LIMIT_BOOKING: '0',
      MPP_FAKE_NOW: '2026-12-07T08:00:00+07:00',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk;
    for (const w of [...waiting]) {
      const found = text.split('\n').find((l) => w.pattern.test(l));
      if (found !== undefined) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(found);
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const line = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const found = text.split('\n').find((l) => pattern.test(l));
      if (found !== undefined) return resolve(found);
      waiting.push({ pattern, resolve });
      void exited.then((code) => reject(new Error(`the server exited (${code}) before printing ${pattern}:\n${text}`)));
    });
  const started = { child, port: chosen, origin: `http://127.0.0.1:${chosen}`, output: () => text, line, exited };
  // A server that cannot start exits instead: the caller reads its exit code and output.
  await Promise.race([line(/^mpp-widgets demo:/).catch(() => undefined), exited]);
  return started;
}
