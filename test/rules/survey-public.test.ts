// The published index (src/rules/survey-public.ts): which period is published, and what of a group the public may
// see, against examples worked by hand below.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  lastCompleteQuarter,
  publicIkm,
  servedLines,
  SURVEY_ELEMENTS,
  surveyPeriod,
  type SurveyFact,
  type VisitFact,
} from '../../src/rules/index.js';

const answer = (agencyId: string, digits: string): SurveyFact => ({
  agencyId,
  serviceId: `${agencyId}-x`,
  date: '2026-08-03',
  scores: Object.fromEntries(SURVEY_ELEMENTS.map((e, i) => [e, Number(digits[i])])) as SurveyFact['scores'],
});
const visit = (agencyId: string, status: VisitFact['status'] = 'done'): VisitFact => ({
  agencyId,
  serviceId: `${agencyId}-x`,
  date: '2026-08-03',
  status,
  checkedInAt: null,
  calledAt: null,
});

describe('the published period', () => {
  it('reads a quarter or a year, and nothing else', () => {
    assert.deepEqual(surveyPeriod('2026-Q1'), { period: '2026-Q1', from: '2026-01-01', to: '2026-03-31' });
    assert.deepEqual(surveyPeriod('2024-Q1')?.to, '2024-03-31');
    assert.deepEqual(surveyPeriod('2026-Q4'), { period: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    assert.deepEqual(surveyPeriod('2026'), { period: '2026', from: '2026-01-01', to: '2026-12-31' });
    for (const bad of ['2026-Q0', '2026-Q5', '2026-03', '26', '1999', ' 2026', '2026-q1'])
      assert.equal(surveyPeriod(bad), undefined, bad);
  });

  it('defaults to the last complete quarter: the year before in the first quarter', () => {
    assert.equal(lastCompleteQuarter('2026-12-07').period, '2026-Q3');
    assert.equal(lastCompleteQuarter('2026-10-01').period, '2026-Q3');
    assert.equal(lastCompleteQuarter('2026-09-30').period, '2026-Q2');
    assert.equal(lastCompleteQuarter('2026-02-10').period, '2025-Q4');
  });
});

describe('the published index', () => {
  it('publishes each agency as the staff report computes it, element values on 25–100, withholding small groups', () => {
    // Disdukcapil, by hand: 4 3 3 4 3 4 4 3 3 and 3 3 3 3 3 3 3 3 2 → means 3.5 3 3 3.5 3 3.5 3.5 3 2.5, sum 28.5,
    // ÷ 9 × 25 = 79.17, B "Baik"; facilities 2.5 × 25 = 62.5. Three served visits:
    // the Krejcie–Morgan minimum for 3 is 3, so two answers do not reach it. Samsat: one answer, under two: withheld.
    const set = publicIkm(
      [answer('disdukcapil', '433434433'), answer('disdukcapil', '333333332'), answer('samsat', '111111111')],
      [visit('disdukcapil'), visit('disdukcapil'), visit('disdukcapil'), visit('disdukcapil', 'no_show')],
      ['disdukcapil', 'dinkes', 'samsat'],
      2,
    );
    const [dinkes, disdukcapil, samsat] = set.agencies;
    assert.deepEqual(
      set.agencies.map((a) => a.agencyId),
      ['dinkes', 'disdukcapil', 'samsat'],
    );
    assert.deepEqual(
      { ...disdukcapil, elements: undefined },
      {
        agencyId: 'disdukcapil',
        respondents: 2,
        population: 3,
        minimumSample: 3,
        sampleReached: false,
        withheld: false,
        converted: 79.17,
        grade: 'B',
        gradeWords: 'Baik',
        elements: undefined,
      },
    );
    assert.equal(disdukcapil!.elements.facilities, 62.5);
    assert.equal(disdukcapil!.elements.requirements, 87.5);
    assert.deepEqual([dinkes!.respondents, dinkes!.withheld, dinkes!.converted], [0, false, null]);
    assert.deepEqual(
      [samsat!.respondents, samsat!.withheld, samsat!.converted, samsat!.grade],
      [null, true, null, null],
    );
    // The only withheld agency could be subtracted from the MPP's line: that line is withheld too.
    assert.equal(set.mpp.withheld, true);
    assert.equal(set.mpp.respondents, null);
  });

  it("publishes the MPP's line when no single agency could be subtracted out", () => {
    // Two small agencies (1 answer each) and one of two: by hand 31 + 26 + 9 + 36 = 102 ÷ 4 = 25.5 ÷ 9 × 25 = 70.83, C.
    const set = publicIkm(
      [
        answer('disdukcapil', '433434433'),
        answer('disdukcapil', '333333332'),
        answer('samsat', '111111111'),
        answer('kpp', '444444444'),
      ],
      [],
      [],
      2,
    );
    assert.equal(set.agencies.filter((a) => a.withheld).length, 2);
    assert.deepEqual(
      [set.mpp.withheld, set.mpp.respondents, set.mpp.converted, set.mpp.gradeWords],
      [false, 4, 70.83, 'Kurang Baik'],
    );
  });

  it('counts served visits per agency and service, nothing else', () => {
    assert.deepEqual(servedLines([visit('a'), visit('a'), visit('a', 'cancelled'), visit('b')]), [
      { agencyId: 'a', serviceId: 'a-x', served: 2 },
      { agencyId: 'b', serviceId: 'b-x', served: 1 },
    ]);
  });
});
