import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/satisfaction-index/mpp-satisfaction-index.js';
import {
  createSatisfactionMock,
  scoresOf,
  type SatisfactionMockOptions,
  type SatisfactionScenario,
} from '../test/mocks/satisfaction-handlers.js';
import { attributes, elementAttributes } from './support/attributes.js';
import { attributeNames } from './support/manifest.js';
import { mockHandlers } from './support/mock-api.js';

const API = '/api/v1';
type Args = Record<string, string | number | boolean | undefined>;
const names = attributeNames('mpp-satisfaction-index');

/** A quarter of answers: three agencies published (A, B, C), one too small to publish, the rest with none. */
const Q3 = '2026-08-10';
const answer = (agencyId: string, digits: string, n: number) =>
  Array.from({ length: n }, () => ({ agencyId, serviceId: `${agencyId}-layanan`, date: Q3, scores: scoresOf(digits) }));
const quarter: SatisfactionMockOptions = {
  answers: [
    ...answer('disdukcapil', '444443444', 30),
    ...answer('disdukcapil', '433434433', 12),
    ...answer('dpmptsp', '333433333', 25),
    ...answer('samsat', '323333322', 18),
    ...answer('kpp', '444444444', 3),
    ...answer('imigrasi', '443444443', 2),
  ],
  served: [
    { agencyId: 'disdukcapil', serviceId: 'disdukcapil-layanan', date: Q3, count: 48 },
    { agencyId: 'dpmptsp', serviceId: 'dpmptsp-layanan', date: Q3, count: 120 },
    { agencyId: 'samsat', serviceId: 'samsat-layanan', date: Q3, count: 20 },
  ],
};
const served = (options: SatisfactionMockOptions = quarter, scenario: SatisfactionScenario = 'normal') =>
  mockHandlers(() => createSatisfactionMock({ base: API, ...options, scenario }).handlers);

const indexIn = (canvas: HTMLElement) => canvas.querySelector('mpp-satisfaction-index')!.shadowRoot!;
const shows = (text: string) => ({
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) =>
    waitFor(() => expect(indexIn(canvasElement).textContent).toContain(text), { timeout: 8000 }),
});

/**
 * `<mpp-satisfaction-index>` on an MPP's information page: the Indeks Kepuasan Masyarakat the MPP publishes
 * (PermenPANRB 14/2017), per agency and for the whole MPP, for the last complete quarter unless `period` says.
 */
const meta: Meta<Args> = {
  title: 'Elements/Satisfaction index',
  component: 'mpp-satisfaction-index',
  tags: ['autodocs'],
  args: { 'api-base': API, 'heading-level': 2 },
  render: (args, { globals }) =>
    html`<mpp-satisfaction-index ${attributes(elementAttributes(names, args, globals))}></mpp-satisfaction-index>`,
  parameters: served(),
};
export default meta;
type Story = StoryObj<Args>;

/** The last complete quarter: the whole MPP, each agency with its bar and grade words, the nine elements. */
export const Results: Story = { parameters: served(), ...shows('Sarana dan prasarana') };
/** One agency (`agency`): its index, sample against the minimum and its nine elements. */
export const OneAgency: Story = { args: { agency: 'disdukcapil' }, parameters: served(), ...shows('dari minimum') };
/**
 * Small groups: KPP (3 answers) and Imigrasi (2) are below the five needed to publish, so their figures are withheld,
 * and Samsat's 18 answers fall short of the minimum sample for its 20 visits.
 */
export const WithheldAndSmallSample: Story = {
  name: 'Withheld and small sample',
  args: { agency: 'samsat' },
  parameters: served(),
  ...shows('belum tercapai'),
};
/** A withheld agency asked alone: not published, and why. */
export const WithheldAgency: Story = { args: { agency: 'kpp' }, parameters: served(), ...shows('Tidak diterbitkan') };
/** A period no resident has answered in yet. */
export const NoAnswersYet: Story = {
  name: 'No answers yet',
  parameters: served({}),
  ...shows('Belum ada jawaban survei untuk periode ini'),
};
/** Before the answer: a skeleton under the heading. */
export const Loading: Story = {
  parameters: served(quarter, 'loading'),
  play: async ({ canvasElement }) =>
    waitFor(() => expect(indexIn(canvasElement).querySelector('.skeleton')).not.toBeNull(), { timeout: 8000 }),
};
/** The index could not be loaded: what failed and Try again. */
export const Failed: Story = {
  name: 'Error',
  parameters: served(quarter, 'error'),
  ...shows('Indeks kepuasan tidak dapat dimuat'),
};
/** In English (`lang="en"`); agency names are the MPP's own. */
export const English: Story = { args: { lang: 'en' }, parameters: served(), ...shows('Facilities') };
