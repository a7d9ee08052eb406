// The published satisfaction index (GET /satisfaction) on both engines: per agency and for the whole MPP by the
// staff report's computation, aggregated only (no suggestion, no profile), small groups withheld (and the MPP's line
// when exactly one agency is, so it cannot be subtracted out), the period checked, and cacheable by ETag.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SURVEY_ELEMENTS } from '../../src/rules/index.js';
import { surveyStoreOf } from '../store/survey-open.js';
import { book, booking, call, conforms, nik, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { staffOf, type StaffClient } from './staff-helpers.js';

const AGENCY = 'disdukcapil';
const DAY = '2026-12-07';
const SCORES = (v: number[]) => Object.fromEntries(SURVEY_ELEMENTS.map((e, i) => [e, v[i]])) as Record<string, number>;

interface Line {
  agencyId?: string;
  agencyName?: string;
  respondents: number | null;
  population: number;
  withheld: boolean;
  converted: number | null;
  grade: string | null;
  gradeWords: string | null;
  elements: Record<string, number | null>;
  sampleReached: boolean;
}

for (const engine of ENGINES) {
  describe(`the published satisfaction index on ${engine}`, () => {
    let server: TestServer;
    let officer: StaffClient;
    let serial = 300;
    before(async () => {
      // Two answers publish a group here, so one test shows both a published and a withheld agency.
      server = await startServer({ engine, env: { MPP_IKM_MIN_RESPONDENTS: '2' } });
      officer = await staffOf(server, 'officer', AGENCY);
    });
    after(() => server.close());

    const published = (query = '', headers: Record<string, string> = {}) =>
      call(server.base, 'GET', `/satisfaction${query}`, undefined, headers);
    const agency = (body: { agencies: Line[] }, id: string) => body.agencies.find((a) => a.agencyId === id)!;

    /** A served visit of the agency, answered with `scores` (and a suggestion and profile that must not show). */
    async function servedAndAnswered(scores: number[]) {
      const n = nik(++serial);
      const made = await book(server.base, booking({ nik: n, sessionId: 's0800' }));
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const code = made.body.code as string;
      assert.equal((await officer.call('POST', `/operator/bookings/${code}/check-in`)).status, 200);
      await officer.call('POST', `/operator/queues/${AGENCY}/call-next`, { counterId: 'loket-1' });
      assert.equal(
        (await officer.call('POST', `/operator/bookings/${code}/outcome`, { outcome: 'served' })).status,
        200,
      );
      const token = (await call(server.base, 'POST', '/bookings/lookup', { code, nikLast4: n.slice(-4) })).body
        .surveyToken;
      const sent = await call(server.base, 'POST', '/surveys', {
        token,
        scores: SCORES(scores),
        profile: { sex: 'female', occupation: 'entrepreneur' },
        suggestion: 'Rahasia warga: antrean terlalu lama.',
      });
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
    }

    it('answers the last complete quarter by default, every agency with no answers yet', async () => {
      const answer = await published();
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      conforms(assert, '/satisfaction', 'get', answer);
      assert.equal(answer.body.period, '2026-Q3');
      assert.equal(answer.body.from, '2026-07-01');
      assert.equal(answer.body.to, '2026-09-30');
      assert.equal(answer.body.complete, true);
      assert.equal(answer.body.minRespondents, 2);
      const line = agency(answer.body, AGENCY);
      assert.equal(line.agencyName, 'Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungpinang');
      assert.deepEqual([line.respondents, line.converted, line.withheld], [0, null, false]);
      assert.ok(answer.body.agencies.length > 3, 'every agency of the MPP is listed');
    });

    it("publishes an agency's IKM as computed by hand, withholds a small group, and shows nothing of a person", async () => {
      // By hand: 4,3,3,4,3,4,4,3,3 and 3,3,3,3,3,3,3,3,2: element means 3.5 3 3 3.5 3 3.5 3.5 3 2.5, sum 28.5,
      // × 1/9 = 3.1667, × 25 = 79.17, grade B (76.61–88.30) "Baik"; facilities 2.5 × 25 = 62.5. Two served visits.
      await servedAndAnswered([4, 3, 3, 4, 3, 4, 4, 3, 3]);
      await servedAndAnswered([3, 3, 3, 3, 3, 3, 3, 3, 2]);
      // One answer of another agency's visit, stored as POST /surveys stores it: below the two needed.
      const store = surveyStoreOf(server.store);
      const one = { agencyId: 'samsat', serviceId: 'samsat-pkb', date: DAY, scores: SCORES(Array(9).fill(1)) };
      assert.ok(await store.answer('TEST-SAMSAT-1', one as never));

      const answer = await published('?period=2026-Q4');
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      conforms(assert, '/satisfaction', 'get', answer);
      assert.equal(answer.body.complete, false, 'the quarter is still running');
      const line = agency(answer.body, AGENCY);
      assert.equal(line.respondents, 2);
      assert.equal(line.population, 2);
      assert.equal(line.converted, 79.17);
      assert.equal(line.grade, 'B');
      assert.equal(line.gradeWords, 'Baik');
      assert.equal(line.elements.facilities, 62.5);
      assert.equal(line.elements.requirements, 87.5);
      assert.equal(line.sampleReached, true);

      const small = agency(answer.body, 'samsat');
      assert.deepEqual([small.withheld, small.respondents, small.converted, small.grade], [true, null, null, null]);
      assert.ok(Object.values(small.elements).every((v) => v === null));
      // Exactly one agency withheld: the MPP's line less disdukcapil's would be samsat's, so it is withheld too.
      assert.equal(answer.body.mpp.withheld, true);
      assert.equal(answer.body.mpp.converted, null);

      const text = JSON.stringify(answer.body);
      assert.doesNotMatch(text, /Rahasia|entrepreneur|female|suggestion|2026-12-07/, 'nothing of a person');

      // A second small agency: neither can be subtracted out now, so the MPP's line is published (4 answers:
      // 31 + 26 + 9 + 36 = 102 ÷ 4 ÷ 9 × 25 = 70.83, C "Kurang Baik").
      const kpp = { agencyId: 'kpp', serviceId: 'kpp-npwp', date: DAY, scores: SCORES(Array(9).fill(4)) };
      assert.ok(await store.answer('TEST-KPP-1', kpp as never));
      const again = await published('?period=2026');
      conforms(assert, '/satisfaction', 'get', again);
      assert.equal(again.body.mpp.withheld, false);
      assert.equal(again.body.mpp.respondents, 4);
      assert.equal(again.body.mpp.converted, 70.83);
      assert.equal(again.body.mpp.gradeWords, 'Kurang Baik');
      assert.equal(agency(again.body, 'kpp').withheld, true);
    });

    it('is cacheable: public for five minutes, revalidated by its ETag to 304', async () => {
      const first = await published('?period=2026');
      const tag = first.headers.get('etag')!;
      assert.match(tag, /^(W\/)?"[\w-]+"$/);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=300');
      const again = await published('?period=2026', { 'If-None-Match': tag });
      assert.equal(again.status, 304);
      // The 200 was compressed, so its tag is weak (server/http-cache.ts); the 304 names the same figures.
      assert.equal(again.headers.get('etag')!.replace(/^W\//, ''), tag.replace(/^W\//, ''));
      assert.notEqual((await published('?period=2026-Q3', { 'If-None-Match': tag })).status, 304);
    });

    it('refuses a malformed period or one not begun with 422 on period', async () => {
      for (const period of ['2026-Q5', '2026-03', '26', '2027', '2027-Q1', '1999']) {
        const answer = await published(`?period=${period}`);
        assert.equal(answer.status, 422, period);
        conforms(assert, '/satisfaction', 'get', answer);
        assert.equal(answer.body.code, 'validation_failed');
        assert.equal(answer.body.errors[0].field, 'period');
      }
    });
  });
}
