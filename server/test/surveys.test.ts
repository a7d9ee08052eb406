// The satisfaction survey on both engines: a served visit's own look-up carries the token, one answer is stored
// without the booking, a second is refused, a forged or unserved token finds nothing, and the staff report computes
// the IKM per agency and service with the served visits beside it, each agency's administrator seeing their own.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, call, conforms, nik, rowsOf, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { staffOf, type StaffClient } from './staff-helpers.js';

const AGENCY = 'disdukcapil';
const DAY = '2026-12-07';
const SCORES = (v: number[]) =>
  Object.fromEntries(
    ['requirements', 'procedure', 'time', 'cost', 'product', 'competence', 'conduct', 'complaints', 'facilities'].map(
      (e, i) => [e, v[i]],
    ),
  );

for (const engine of ENGINES) {
  describe(`the satisfaction survey on ${engine}`, () => {
    let server: TestServer;
    let officer: StaffClient;
    let serial = 100;
    before(async () => {
      server = await startServer({ engine });
      officer = await staffOf(server, 'officer', AGENCY);
    });
    after(() => server.close());

    const lookup = (v: { code: string; last4: string }) =>
      call(server.base, 'POST', '/bookings/lookup', { code: v.code, nikLast4: v.last4 });
    const submit = (body: object) => call(server.base, 'POST', '/surveys', body);

    /** Books the 08:00 session, then checks in, calls and serves (or only books); answers the code and NIK's last 4. */
    async function visit(serve = true) {
      const n = nik(++serial);
      const made = await book(server.base, booking({ nik: n, sessionId: 's0800' }));
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const code = made.body.code as string;
      if (serve) {
        // Checked in only when served at once: a resident left waiting would be the next one called.
        assert.equal((await officer.call('POST', `/operator/bookings/${code}/check-in`)).status, 200);
        assert.equal(
          (await officer.call('POST', `/operator/queues/${AGENCY}/call-next`, { counterId: 'loket-1' })).status,
          200,
        );
        const done = await officer.call('POST', `/operator/bookings/${code}/outcome`, { outcome: 'served' });
        assert.equal(done.body.status, 'done', JSON.stringify(done.body));
      }
      return { code, last4: n.slice(-4) };
    }

    it('offers a token to the served resident only, takes one anonymous answer and refuses a second', async () => {
      const waiting = await visit(false);
      assert.equal((await lookup(waiting)).body.surveyToken, undefined, 'no survey before the visit is served');

      const v = await visit();
      const seen = await lookup(v);
      conforms(assert, '/bookings/lookup', 'post', seen);
      const token = seen.body.surveyToken as string;
      assert.match(token, new RegExp(`^${v.code}\\.[a-f0-9]{32}$`));
      assert.equal(
        (await call(server.base, 'POST', '/lookup', { code: v.code, verifier: v.last4 })).body.surveyToken,
        token,
      );

      const first = await submit({
        token,
        scores: SCORES([4, 3, 3, 4, 3, 4, 4, 3, 3]),
        profile: { sex: 'female', age: '30-39' },
        suggestion: '  Kursi ruang tunggu ditambah.  ',
      });
      conforms(assert, '/surveys', 'post', first);
      assert.equal(first.status, 201);
      assert.deepEqual(first.body, { status: 'answered' });

      const second = await submit({ token, scores: SCORES([1, 1, 1, 1, 1, 1, 1, 1, 1]) });
      conforms(assert, '/surveys', 'post', second);
      assert.equal(second.status, 409);
      assert.equal(second.body.code, 'survey_answered');
      assert.equal((await lookup(v)).body.surveyToken, undefined, 'answered: no more token');

      const rows = await rowsOf(server, 'SELECT * FROM survey_answers');
      assert.equal(rows.length, 1);
      assert.equal(rows[0].scores, '433434433');
      assert.equal(rows[0].suggestion, 'Kursi ruang tunggu ditambah.');
      assert.doesNotMatch(JSON.stringify(rows), new RegExp(`${v.code}|${v.last4}`), 'the answer has no booking');
      assert.deepEqual(Object.keys(rows[0]).sort(), [
        'age',
        'agency_id',
        'date',
        'education',
        'id',
        'occupation',
        'scores',
        'service_id',
        'sex',
        'suggestion',
      ]);
    });

    it('finds nothing for a forged token or one of a visit not served, and checks every score', async () => {
      const v = await visit(false);
      const forged = await submit({ token: `${v.code}.${'0'.repeat(32)}`, scores: SCORES(Array(9).fill(4)) });
      assert.equal(forged.status, 404);
      assert.equal(forged.body.code, 'not_found');
      const bad = await submit({
        token: `${v.code}.${'0'.repeat(32)}`,
        scores: { ...SCORES(Array(9).fill(4)), time: 5 },
      });
      assert.equal(bad.status, 422);
      assert.equal(bad.body.code, 'validation_failed');
      conforms(assert, '/surveys', 'post', bad);
      const long = await submit({
        token: `${v.code}.${'0'.repeat(32)}`,
        scores: SCORES(Array(9).fill(4)),
        suggestion: 'x'.repeat(1001),
      });
      assert.equal(long.status, 422);
    });

    it("reports the IKM per agency and service as computed by hand, to the agency's own staff", async () => {
      // A second served visit answered: with the first test's answer, element totals 4+3 … ; by hand:
      // first 4,3,3,4,3,4,4,3,3 (31) and this 3,3,3,3,3,3,3,3,2 (26): summed means 57/2 = 28.5; ÷ 9 × 25 = 79.17, B.
      const v = await visit();
      const token = (await lookup(v)).body.surveyToken;
      assert.equal((await submit({ token, scores: SCORES([3, 3, 3, 3, 3, 3, 3, 3, 2]) })).status, 201);

      const admin = await staffOf(server, 'agency_admin', AGENCY);
      const report = await admin.call('GET', `/staff/reports/satisfaction?from=${DAY}&to=${DAY}`);
      assert.equal(report.status, 200, JSON.stringify(report.body));
      conforms(assert, '/staff/reports/satisfaction', 'get', report);
      const agencyLine = report.body.groups.find((g: { serviceId?: string }) => !g.serviceId);
      assert.equal(agencyLine.agencyId, AGENCY);
      assert.equal(agencyLine.respondents, 2);
      assert.equal(agencyLine.converted, 79.17);
      assert.equal(agencyLine.grade, 'B');
      assert.equal(agencyLine.elements.facilities, 2.5);
      assert.equal(agencyLine.population, 2, 'two served visits that day');
      assert.equal(agencyLine.minimumSample, 2);
      assert.equal(agencyLine.sampleReached, true);
      // The agency administrator's scope is their agency: its overall index is the agency's line.
      assert.deepEqual(
        report.body.overall,
        Object.fromEntries(Object.entries(agencyLine).filter(([k]) => k !== 'agencyId')),
      );
      assert.deepEqual(
        report.body.suggestions.map((s: { text: string }) => s.text),
        ['Kursi ruang tunggu ditambah.'],
      );

      const csv = await admin.call('GET', `/staff/reports/satisfaction?from=${DAY}&to=${DAY}&format=csv`);
      assert.equal(csv.status, 200);
      assert.match(String(csv.body), /IKM \(25-100\)/);
      assert.match(String(csv.body), /"79\.17","B","Baik"/);

      // The MPP administrator's scope is the whole MPP: its line over every answer, first in the CSV too.
      const mpp = await staffOf(server, 'mpp_admin');
      const whole = await mpp.call('GET', `/staff/reports/satisfaction?from=${DAY}&to=${DAY}`);
      conforms(assert, '/staff/reports/satisfaction', 'get', whole);
      assert.equal(whole.body.agencyId, null);
      assert.equal(whole.body.overall.respondents, 2);
      assert.equal(whole.body.overall.converted, 79.17);
      assert.equal(whole.body.overall.grade, 'B');
      const wholeCsv = await mpp.call('GET', `/staff/reports/satisfaction?from=${DAY}&to=${DAY}&format=csv`);
      assert.match(
        String(wholeCsv.body).split('\r\n')[1],
        /^"","Seluruh MPP","","Semua layanan","2",.*"79\.17","B","Baik"$/,
      );

      const other = await staffOf(server, 'agency_admin', 'samsat');
      const refused = await other.call('GET', `/staff/reports/satisfaction?from=${DAY}&to=${DAY}&agencyId=${AGENCY}`);
      assert.equal(refused.status, 403);
      const anonymous = await call(server.base, 'GET', `/staff/reports/satisfaction?from=${DAY}&to=${DAY}`);
      assert.equal(anonymous.status, 401);
    });
  });
}
