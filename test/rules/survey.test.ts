// The satisfaction index (src/rules/survey.ts) against examples worked by hand below, following PermenPANRB
// 14/2017: each element's mean, weighted 1/9, summed, times 25, graded by the regulation's intervals.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ikm,
  ikmGrade,
  ikmGroups,
  ikmOverall,
  minimumSample,
  SURVEY_ELEMENTS,
  surveyScoreErrors,
  type SurveyFact,
} from '../../src/rules/index.js';

/** An answer from its nine scores, in the regulation's element order. */
function answer(scores: number[], agencyId = 'disdukcapil', serviceId = 'ktp'): SurveyFact {
  return {
    agencyId,
    serviceId,
    date: '2026-12-01',
    scores: Object.fromEntries(SURVEY_ELEMENTS.map((e, i) => [e, scores[i]])) as SurveyFact['scores'],
  };
}

// Four respondents. By hand, per element (total ÷ 4):
//   requirements 4+3+4+3 = 14 → 3.50   procedure 4+3+3+2 = 12 → 3.00   time 4+3+3+3 = 13 → 3.25
//   cost 4+3+4+4 = 15 → 3.75           product 13 → 3.25                competence 14 → 3.50
//   conduct 15 → 3.75                  complaints 4+3+3+2 = 12 → 3.00   facilities 13 → 3.25
// Sum of the means 30.25; × 1/9 = 3.3611…; × 25 = 84.0277… → 84.03, grade B (76.61–88.30), "Baik".
const FOUR = [
  answer([4, 4, 4, 4, 4, 4, 4, 4, 4]),
  answer([3, 3, 3, 3, 3, 3, 3, 3, 3]),
  answer([4, 3, 3, 4, 3, 4, 4, 3, 3]),
  answer([3, 2, 3, 4, 3, 3, 4, 2, 3]),
];

describe('the IKM of a unit', () => {
  it('averages each element, weighs them 1/9, converts to 25–100 and grades it', () => {
    const r = ikm(FOUR, 100);
    assert.deepEqual(r.elements, {
      requirements: 3.5,
      procedure: 3,
      time: 3.25,
      cost: 3.75,
      product: 3.25,
      competence: 3.5,
      conduct: 3.75,
      complaints: 3,
      facilities: 3.25,
    });
    assert.equal(r.respondents, 4);
    assert.equal(r.index, 3.36);
    assert.equal(r.converted, 84.03);
    assert.equal(r.grade, 'B');
  });

  it('one respondent, eight 3s and a 2: 26 ÷ 9 = 2.888… × 25 = 72.22, grade C', () => {
    const r = ikm([answer([3, 3, 3, 3, 3, 3, 3, 3, 2])], 1);
    assert.equal(r.converted, 72.22);
    assert.equal(r.grade, 'C');
    assert.equal(r.sampleReached, true);
  });

  it('all 4s is 100 (A), all 1s is 25 (D): the ends of the scale', () => {
    assert.equal(ikm([answer(Array(9).fill(4))], 1).converted, 100);
    assert.equal(ikm([answer(Array(9).fill(4))], 1).grade, 'A');
    assert.equal(ikm([answer(Array(9).fill(1))], 1).converted, 25);
    assert.equal(ikm([answer(Array(9).fill(1))], 1).grade, 'D');
  });

  it('no answers: no index and no grade, the population still shown', () => {
    const r = ikm([], 12);
    assert.equal(r.converted, null);
    assert.equal(r.grade, null);
    assert.equal(r.elements.time, null);
    assert.equal(r.population, 12);
    assert.equal(r.minimumSample, 12);
    assert.equal(r.sampleReached, false);
  });

  it('says whether the answers reach the minimum sample for the served visits', () => {
    assert.equal(ikm(FOUR, 100).minimumSample, 80);
    assert.equal(ikm(FOUR, 100).sampleReached, false);
    assert.equal(ikm(FOUR, 4).sampleReached, true);
  });
});

describe("the regulation's grade intervals", () => {
  const cases: [number, string][] = [
    [100, 'A'],
    [88.31, 'A'],
    [88.305, 'A'],
    [88.3, 'B'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [25, 'D'],
  ];
  for (const [value, grade] of cases) it(`${value} → ${grade}`, () => assert.equal(ikmGrade(value), grade));
});

describe('the Krejcie–Morgan minimum sample', () => {
  // Entries of the published table (Krejcie & Morgan 1970), which the regulation's guidance reprints.
  const table: [number, number][] = [
    [0, 0],
    [10, 10],
    [50, 44],
    [100, 80],
    [150, 108],
    [200, 132],
    [500, 217],
    [1000, 278],
    [10000, 370],
  ];
  for (const [population, sample] of table)
    it(`population ${population} → ${sample}`, () => assert.equal(minimumSample(population), sample));
});

describe('the IKM per agency and service', () => {
  it('groups answers and served visits; the agency line counts all its services', () => {
    const facts = [...FOUR, answer(Array(9).fill(2), 'disdukcapil', 'kk'), answer(Array(9).fill(4), 'samsat', 'pkb')];
    const served = [
      { agencyId: 'disdukcapil', serviceId: 'ktp', served: 6 },
      { agencyId: 'disdukcapil', serviceId: 'kk', served: 2 },
      { agencyId: 'samsat', serviceId: 'pkb', served: 1 },
      { agencyId: 'samsat', serviceId: 'bbn', served: 3 },
    ];
    const groups = ikmGroups(facts, served);
    const line = (agencyId: string, serviceId?: string) =>
      groups.find((g) => g.agencyId === agencyId && g.serviceId === serviceId)!;
    assert.deepEqual(
      groups.map((g) => [g.agencyId, g.serviceId]),
      [
        ['disdukcapil', undefined],
        ['disdukcapil', 'kk'],
        ['disdukcapil', 'ktp'],
        ['samsat', undefined],
        ['samsat', 'bbn'],
        ['samsat', 'pkb'],
      ],
    );
    // Disdukcapil: the four above plus one all-2 answer. Sum of element totals: 30.25 × 4 = 121, + 18 = 139;
    // ÷ 5 respondents = 27.8 summed means; ÷ 9 = 3.0888…; × 25 = 77.22, grade B.
    assert.equal(line('disdukcapil').converted, 77.22);
    assert.equal(line('disdukcapil').grade, 'B');
    assert.equal(line('disdukcapil').population, 8);
    assert.equal(line('disdukcapil', 'kk').converted, 50);
    assert.equal(line('samsat').respondents, 1);
    assert.equal(line('samsat').population, 4);
    assert.equal(line('samsat', 'bbn').converted, null);
  });

  it('the whole MPP over every respondent, not a mean of the agencies’ indexes', () => {
    const facts = [...FOUR, answer(Array(9).fill(2), 'disdukcapil', 'kk'), answer(Array(9).fill(4), 'samsat', 'pkb')];
    const served = [
      { agencyId: 'disdukcapil', serviceId: 'ktp', served: 6 },
      { agencyId: 'samsat', serviceId: 'pkb', served: 4 },
    ];
    const all = ikmOverall(facts, served);
    // Six respondents: element totals 121 (the four) + 18 + 36 = 175 summed over the nine elements; ÷ 6 = 29.1666…
    // summed means; ÷ 9 = 3.2407…; × 25 = 81.02, grade B. (The agencies' 77.22 and 100 average 88.61, an A.)
    assert.equal(all.respondents, 6);
    assert.equal(all.converted, 81.02);
    assert.equal(all.grade, 'B');
    // Requirements: 14 (the four) + 2 + 4 = 20 ÷ 6 = 3.33.
    assert.equal(all.elements.requirements, 3.33);
    assert.equal(all.population, 10);
    assert.deepEqual(ikmOverall([], []), ikm([], 0));
  });
});

describe('the scores of an answer', () => {
  it('needs every element, each a whole 1–4', () => {
    assert.deepEqual(surveyScoreErrors(answer([4, 4, 4, 4, 4, 4, 4, 4, 4]).scores), []);
    assert.deepEqual(surveyScoreErrors({ ...answer(Array(9).fill(3)).scores, time: 5, cost: 2.5, product: 0 }), [
      'time',
      'cost',
      'product',
    ]);
    assert.deepEqual(surveyScoreErrors({}).length, 9);
  });
});
