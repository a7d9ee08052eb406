// POST /lookup: one look-up for a code of any format, answered with its kind; the tracker no longer guesses the
// kind from the code's shape. What a resident (and someone guessing) meets.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, call, conforms, nik, startServer, type TestServer } from './helpers.js';

describe('POST /lookup', () => {
  let server: TestServer;
  const lookup = (code: string, verifier: string) => call(server.base, 'POST', '/lookup', { code, verifier });
  before(async () => (server = await startServer()));
  after(() => server.close());

  it('answers a booking with kind "booking", whatever case the code is typed in', async () => {
    const made = await book(server.base, booking({ nik: nik(7101) }));
    for (const code of [made.body.code, made.body.code.toLowerCase()]) {
      const found = await lookup(code, '7101');
      assert.equal(found.status, 200);
      conforms(assert, '/lookup', 'post', found);
      assert.equal(found.body.kind, 'booking');
      assert.equal(found.body.code, made.body.code);
    }
  });

  it('answers an application with kind "application", whatever case the number is typed in', async () => {
    for (const code of ['PMH-2026-000123', 'pmh-2026-000123']) {
      const found = await lookup(code, '0003');
      assert.equal(found.status, 200);
      conforms(assert, '/lookup', 'post', found);
      assert.equal(found.body.kind, 'application');
      assert.equal(found.body.number, 'PMH-2026-000123');
    }
  });

  it('gives a wrong second factor for a booking, for an application and an unknown code the same 404', async () => {
    const made = await book(server.base, booking({ nik: nik(7102) }));
    const answers = await Promise.all([
      lookup(made.body.code, '9999'),
      lookup('PMH-2026-000124', '9999'),
      lookup('SIOLA.2026.000042', '9999'),
    ]);
    for (const answer of answers) {
      assert.equal(answer.status, 404);
      conforms(assert, '/lookup', 'post', answer);
    }
    assert.deepEqual(answers[0]!.body, answers[1]!.body);
    assert.deepEqual(answers[1]!.body, answers[2]!.body);
  });

  it('counts guesses per code however it is typed: changing its case buys no extra guesses', async () => {
    const made = await book(server.base, booking({ nik: nik(7103) }));
    const variants = [made.body.code, made.body.code.toLowerCase()];
    for (let i = 0; i < 5; i++) assert.equal((await lookup(variants[i % 2]!, '0000')).status, 404);
    assert.equal((await lookup(variants[1]!, '7103')).status, 429);
    for (let i = 0; i < 5; i++)
      assert.equal((await lookup(i % 2 ? 'pmh-2026-000126' : 'PMH-2026-000126', '1111')).status, 404);
    assert.equal((await lookup('Pmh-2026-000126', '0003')).status, 429);
  });

  it('refuses a code with characters no code has, naming the field', async () => {
    const refused = await lookup('RSV 7KQ2/M9XA', '0003');
    assert.equal(refused.status, 422);
    conforms(assert, '/lookup', 'post', refused);
    assert.equal(refused.body.errors[0].field, 'code');
  });
});
