// The cost of one staff log-in's password check (scrypt, server/staff/passwords.ts): the time a log-in waits and
// what one failed guess costs an attacker. Run after `npm run build:server`.
import { hashPassword, verifyPassword } from '../.build/server/staff/passwords.js';

const RUNS = 7;
const stored = await hashPassword('kata-sandi-uji-yang-panjang');
const ms = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  await verifyPassword('kata-sandi-salah-sekali', stored);
  ms.push(performance.now() - started);
}
ms.sort((a, b) => a - b);
const f = (n) => n.toFixed(0);
console.log(`scrypt (${stored.split('$').slice(1, 4).join('/')}), one verification, ${RUNS} runs (ms)`);
console.log(`median ${f(ms[RUNS >> 1])}  min ${f(ms[0])}  max ${f(ms[RUNS - 1])}`);
