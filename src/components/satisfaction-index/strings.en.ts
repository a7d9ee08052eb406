// The published index's strings in English, of the same shape as strings.ts; built into the `.en.js` file beside its script.
import type { IndexStrings } from './strings.js';

/** English, loaded on first use (core/i18n.ts). */
export const en: IndexStrings = {
  heading: 'Public Satisfaction Index',
  loading: 'Loading the satisfaction index…',
  errorTitle: 'The satisfaction index cannot be loaded',
  retry: 'Try again',
  quarter: (q: string, year: string) => `Quarter ${q}, ${year}`,
  year: (year: string) => `Year ${year}`,
  running: 'This period is still running: the figures may change.',
  whole: 'The whole MPP',
  agency: 'Agency',
  ikm: 'Index (25–100)',
  grade: 'Service quality',
  respondents: 'Respondents',
  sampleOf: (n: number, min: number, population: number) => `${n} of a minimum of ${min} (${population} visits served)`,
  reached: 'reached',
  notReached: 'not reached',
  outOf: (v: string) => `${v} out of 100`,
  none: 'No answers yet',
  noneTitle: 'No survey answers for this period yet',
  noneBody: 'The index appears here once residents who were served answer the satisfaction survey.',
  withheld: 'Not published',
  withheldWhy: (min: number) =>
    `Groups with fewer than ${min} respondents are not published, so that no resident's answers can be recognised.`,
  elementsHeading: (of: string) => `Value per service element: ${of}`,
  element: 'Element',
  value: 'Value (25–100)',
  method:
    'Computed as Minister of State Apparatus Regulation (PermenPANRB) 14/2017 says: each element’s mean weighted equally, converted to 25–100. Quality: A Very good (88.31–100), B Good (76.61–88.30), C Fair (65.00–76.60), D Poor (25.00–64.99).',
  gradeWords: { A: 'Very good', B: 'Good', C: 'Fair', D: 'Poor' },
  elements: {
    requirements: 'Requirements',
    procedure: 'Systems, mechanisms and procedures',
    time: 'Completion time',
    cost: 'Cost',
    product: 'Product specification',
    competence: 'Staff competence',
    conduct: 'Staff conduct',
    complaints: 'Handling of complaints, suggestions and input',
    facilities: 'Facilities',
  },
};
