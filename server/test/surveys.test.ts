// The satisfaction survey on both engines: a served visit's own look-up carries the token, one answer is stored
// without the booking, a second is refused, a forged or unserved token finds nothing, and the staff report computes
// the IKM per agency and service with the served visits beside it, each agency's administrator seeing their own.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { POSTGRES_MIGRATIONS } from '../store/postgres-migrations.js';
import { SQLITE_MIGRATIONS } from '../store/sqlite-schema.js';
import { SqliteStore } from '../store/sqlite.js';
import { SURVEY_SQLITE_MIGRATION } from '../store/survey-schema.js';
import { ANSWER_COLUMNS } from '../store/survey-types.js';
import { runRetention } from '../retention.js';
import { surveyStoreOf } from '../store/survey-open.js';
import { visitStoreOf } from '../store/visits-open.js';
import {
  book,
  booking,
  call,
  conforms,
  KTP,
  MONDAY_0800,
  nik,
  rowsOf,
  startServer,
  type TestServer,
} from './helpers.js';
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

/** The survey's tables, whatever their names. */
const surveyTables = async (server: TestServer) =>
  (
    await rowsOf(
      server,
      server.engine === 'sqlite'
        ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'survey%'`
        : `SELECT table_name AS name FROM information_schema.tables
           WHERE table_schema = current_schema() AND table_name LIKE 'survey%'`,
    )
  ).map((r: { name: string }) => r.name as string);

/**
 * Issue 23's "anonymous in storage": no survey table holds a booking code, the visits answered are marked by a
 * keyed hash alone, neither table has a time, and the physical-order join of the audit pairs an answer with no
 * booking (SQLite: no rowid to join by at all; PostgreSQL: ctid and xmin pair it with a hash at most).
 */
async function assertUnlinked(server: TestServer, codes: string[]) {
  const codeRe = new RegExp(codes.join('|'));
  for (const table of await surveyTables(server))
    assert.doesNotMatch(JSON.stringify(await rowsOf(server, `SELECT * FROM ${table}`)), codeRe, table);
  const markers = await rowsOf(server, 'SELECT * FROM survey_answered');
  assert.ok(markers.length >= codes.length);
  for (const m of markers) {
    assert.deepEqual(Object.keys(m), ['marker'], 'the marker alone, no time');
    assert.match(m.marker, /^[a-f0-9]{64}$/);
  }
  for (const a of await rowsOf(server, 'SELECT id FROM survey_answers'))
    assert.match(a.id, /^[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}$/, 'a random (v4) id');
  const join =
    server.engine === 'sqlite'
      ? 'SELECT a.*, s.suggestion FROM survey_answered a JOIN survey_answers s ON a.rowid = s.rowid'
      : 'SELECT a.*, s.suggestion FROM survey_answered a JOIN survey_answers s ON a.ctid = s.ctid OR a.xmin = s.xmin';
  if (server.engine === 'sqlite') await assert.rejects(rowsOf(server, join), /no such column/);
  else assert.doesNotMatch(JSON.stringify(await rowsOf(server, join)), codeRe);
}

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
      await assertUnlinked(server, [v.code]);
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

let visitSerial = 500;
const lookup = (server: TestServer, v: { code: string; last4: string }) =>
  call(server.base, 'POST', '/bookings/lookup', { code: v.code, nikLast4: v.last4 });

/** A visit booked, checked in, called and served at once; answers its code and NIK's last 4. */
async function servedVisit(server: TestServer, officer: StaffClient) {
  const n = nik(++visitSerial);
  const made = await book(server.base, booking({ nik: n, sessionId: 's0800' }));
  const code = made.body.code as string;
  assert.equal((await officer.call('POST', `/operator/bookings/${code}/check-in`)).status, 200);
  await officer.call('POST', `/operator/queues/${AGENCY}/call-next`, { counterId: 'loket-1' });
  assert.equal((await officer.call('POST', `/operator/bookings/${code}/outcome`, { outcome: 'served' })).status, 200);
  return { code, last4: n.slice(-4) };
}

// The migrations before the one that hashed the answered marker and rebuilt the tables: a database left there, with
// a visit answered the old way (its booking code as the marker), is taken back to that point below. Migrations are
// never edited, so these counts stay true; one added after the marker migration must be undone here too.
const BEFORE_MARKERS = { sqlite: 11, postgres: 12 } as const;
const MARKERS_LAST = 'the marker migration is the last one (one added after it must be undone here too)';

/** Takes a database back to its survey tables as they were before the marker migration, one visit answered. */
async function oldSurveyTables(server: TestServer, code: string) {
  const tables = await surveyTables(server);
  const statements = [
    ...tables.map((t) => `DROP TABLE ${t}`),
    ...SURVEY_SQLITE_MIGRATION.split(';').filter((s) => s.trim()),
    `INSERT INTO survey_answered (booking_code) VALUES ('${code}')`,
    `INSERT INTO survey_answers (id, ${ANSWER_COLUMNS})
     VALUES ('${randomUUID()}', 'disdukcapil', '${KTP}', '${DAY}', '444444444', NULL, NULL, NULL, NULL, 'Lama.')`,
  ];
  if (server.store instanceof SqliteStore) {
    const db = server.store.db;
    assert.equal(SQLITE_MIGRATIONS.length, BEFORE_MARKERS.sqlite + 1, MARKERS_LAST);
    db.transaction(() => {
      for (const s of statements) db.exec(s);
      db.pragma(`user_version = ${BEFORE_MARKERS.sqlite}`);
    })();
  } else {
    assert.equal(POSTGRES_MIGRATIONS.length, BEFORE_MARKERS.postgres + 1, MARKERS_LAST);
    for (const s of statements) await rowsOf(server, s);
    await rowsOf(server, 'DELETE FROM schema_migrations WHERE version > ?', BEFORE_MARKERS.postgres);
  }
}

for (const engine of ENGINES) {
  describe(`the survey marker migration on ${engine}`, () => {
    it('hashes the codes answered before it, still refusing their second answer, and keeps the answers', async () => {
      const first = await startServer({ engine });
      const officer = await staffOf(first, 'officer', AGENCY);
      const served = () => servedVisit(first, officer);
      let old, fresh, oldToken: string, freshToken: string;
      try {
        old = await served();
        fresh = await served();
        oldToken = (await lookup(first, old)).body.surveyToken;
        freshToken = (await lookup(first, fresh)).body.surveyToken;
        assert.ok(oldToken && freshToken);
        await oldSurveyTables(first, old.code);
      } finally {
        await first.close();
      }

      const server = await startServer({ engine, database: first.path });
      try {
        assert.deepEqual(await server.store.ready(), { ok: true });
        assert.equal((await lookup(server, old)).body.surveyToken, undefined, 'answered before the migration');
        const again = await call(server.base, 'POST', '/surveys', {
          token: oldToken,
          scores: SCORES(Array(9).fill(1)),
        });
        assert.equal(again.status, 409);
        assert.equal(again.body.code, 'survey_answered');

        const answered = await call(server.base, 'POST', '/surveys', {
          token: freshToken,
          scores: SCORES(Array(9).fill(3)),
        });
        assert.equal(answered.status, 201);
        const twice = await call(server.base, 'POST', '/surveys', {
          token: freshToken,
          scores: SCORES(Array(9).fill(3)),
        });
        assert.equal(twice.status, 409);

        const answers = await rowsOf(server, 'SELECT scores, suggestion FROM survey_answers ORDER BY scores');
        assert.deepEqual(answers, [
          { scores: '333333333', suggestion: null },
          { scores: '444444444', suggestion: 'Lama.' },
        ]);
        await assertUnlinked(server, [old.code, fresh.code]);
      } finally {
        await server.close();
      }
    });
  });
}

// PostgreSQL pairs rows written in one transaction by their xmin and heap order; the retention job (hourly) rewrites
// the markers, so only the answers since its last run can be paired with a marker's hash at all.
for (const engine of ENGINES.filter((e) => e === 'postgres')) {
  describe(`the survey markers on ${engine} after the retention job`, () => {
    it('share no transaction and no heap order with the answers once rewritten', async () => {
      const server = await startServer({ engine });
      try {
        const officer = await staffOf(server, 'officer', AGENCY);
        const codes: string[] = [];
        for (let i = 0; i < 3; i++) {
          const v = await servedVisit(server, officer);
          codes.push(v.code);
          const token = (await lookup(server, v)).body.surveyToken;
          assert.equal(
            (await call(server.base, 'POST', '/surveys', { token, scores: SCORES(Array(9).fill(3)) })).status,
            201,
          );
        }
        const byXmin = 'SELECT a.marker FROM survey_answered a JOIN survey_answers s ON a.xmin = s.xmin';
        assert.equal((await rowsOf(server, byXmin)).length, 3, 'paired by their transaction until the job runs');

        const visits = visitStoreOf(server.store);
        const surveys = surveyStoreOf(server.store);
        await runRetention({ visits, staff: server.staff, clock: server.clock, days: 90, surveys }, MONDAY_0800);
        assert.deepEqual(await rowsOf(server, byXmin), []);
        const markers = (await rowsOf(server, 'SELECT marker FROM survey_answered ORDER BY ctid')).map(
          (r: { marker: string }) => r.marker,
        );
        assert.equal(markers.length, 3);
        assert.deepEqual(markers, [...markers].sort(), 'in the order of the hashes, not of the answers');
        await assertUnlinked(server, codes);
      } finally {
        await server.close();
      }
    });
  });
}
