// A booking's answers in the resident's language, over real HTTP on both engines: the ticket (POST /bookings, a
// replay too), the look-ups, cancel and reschedule name the service in English when asked, say so
// (Content-Language, Vary), and keep the agency's name, which has no translation, in Bahasa Indonesia.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, call, conforms, nik, startServer, type Answer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';

const EN = { 'Accept-Language': 'en-GB,en;q=0.9' };
const KTP_EN = 'Recording and Issuing a New Electronic ID Card (KTP-el)';
const KTP_ID = 'Perekaman dan Penerbitan KTP-el Baru';

/** The answer is English, says so, and varies by Accept-Language. */
function isEnglish(res: Answer) {
  assert.equal(res.headers.get('content-language'), 'en');
  assert.match(res.headers.get('vary') ?? '', /Accept-Language/);
  assert.equal(res.body.serviceName, KTP_EN);
  assert.equal(res.body.lang, 'en');
  assert.equal(res.body.untranslated, undefined, 'the demo catalogue translates the name and requirements');
  assert.ok(res.body.requirements.length > 0);
  assert.doesNotMatch(res.body.requirements.join(' '), /Kartu Keluarga|Telah berusia/);
  // Agencies have no translations: their names stay Indonesian (the widget marks them lang="id").
  assert.match(res.body.agencyName, /Dinas/);
}

for (const engine of ENGINES) {
  describe(`a booking's answers in the resident's language on ${engine}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ engine });
    });
    after(() => server.close());

    it('names the service in English on the ticket, its replay, the look-ups, reschedule and cancel', async () => {
      const body = booking({ nik: nik(41) });
      const key = { 'Idempotency-Key': 'lang-booking-0001' };
      const made = await call(server.base, 'POST', '/bookings', body, { ...key, ...EN });
      assert.equal(made.status, 201);
      conforms(assert, '/bookings', 'post', made);
      isEnglish(made);

      // The stored first answer is Indonesian; a replay in English is English, in Indonesian Indonesian.
      const replay = await call(server.base, 'POST', '/bookings', body, { ...key, ...EN });
      assert.equal(replay.status, 201);
      assert.equal(replay.body.code, made.body.code);
      isEnglish(replay);
      const replayId = await call(server.base, 'POST', '/bookings', body, key);
      assert.equal(replayId.body.code, made.body.code);
      assert.equal(replayId.body.serviceName, KTP_ID);
      assert.equal(replayId.headers.get('content-language'), 'id');
      assert.equal(replayId.body.lang, undefined, 'a v1 client gets the answer it always had');

      const factor = { code: made.body.code, nikLast4: body.nik.slice(-4) };
      const looked = await call(server.base, 'POST', '/bookings/lookup', factor, EN);
      conforms(assert, '/bookings/lookup', 'post', looked);
      isEnglish(looked);
      const status = await call(server.base, 'POST', '/lookup', { code: made.body.code, verifier: '0041' }, EN);
      conforms(assert, '/lookup', 'post', status);
      isEnglish(status);
      const statusId = await call(server.base, 'POST', '/lookup', { code: made.body.code, verifier: '0041' });
      assert.equal(statusId.body.serviceName, KTP_ID);
      assert.equal(statusId.headers.get('content-language'), 'id');

      const moved = await call(
        server.base,
        'POST',
        `/bookings/${made.body.code}/reschedule`,
        { nikLast4: factor.nikLast4, date: '2026-12-08', sessionId: 's1000' },
        EN,
      );
      assert.equal(moved.status, 200);
      conforms(assert, '/bookings/{code}/reschedule', 'post', moved);
      isEnglish(moved);
      const cancelled = await call(
        server.base,
        'POST',
        `/bookings/${made.body.code}/cancel`,
        { nikLast4: factor.nikLast4 },
        EN,
      );
      assert.equal(cancelled.status, 200);
      conforms(assert, '/bookings/{code}/cancel', 'post', cancelled);
      isEnglish(cancelled);
    });

    it('keeps an application in its agency’s words, saying so', async () => {
      const res = await call(server.base, 'POST', '/lookup', { code: 'PMH-2026-000127', verifier: '0003' }, EN);
      assert.equal(res.status, 200);
      assert.equal(res.body.kind, 'application');
      assert.equal(res.headers.get('content-language'), 'id');
      assert.match(res.headers.get('vary') ?? '', /Accept-Language/);
      assert.equal(res.body.lang, undefined);
    });

    it('a plain booking without Accept-Language is Indonesian, as before', async () => {
      const res = await book(server.base, booking({ nik: nik(42) }));
      assert.equal(res.status, 201);
      assert.equal(res.body.serviceName, KTP_ID);
      assert.equal(res.headers.get('content-language'), 'id');
    });
  });
}
