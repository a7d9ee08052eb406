import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/service-finder/mpp-service-finder.js';
import { listServices } from '../src/api/operations.js';
import { clientFor } from '../src/core/clients.js';
import { longService, manyServices, partlyTranslated, services } from '../test/mocks/fixtures.js';
import { attributes, elementAttributes } from './support/attributes.js';
import { attributeNames } from './support/manifest.js';
import { mockApi } from './support/mock-api.js';
import { statesSideBySide, type StateCell } from './support/states-grid.js';

const API = '/api/v1';
const handlers = mockApi;
const shadow = (canvas: HTMLElement) => canvas.querySelector('mpp-service-finder')!.shadowRoot!;
const until = (canvas: HTMLElement, selector: string) =>
  waitFor(() => expect(shadow(canvas).querySelector(selector)).not.toBeNull(), { timeout: 5000 });

/** Args are the element's attributes, each with its control (see stories/support/manifest.ts). */
type Args = Record<string, string | number | boolean | undefined>;
const names = attributeNames('mpp-service-finder');

/**
 * `<mpp-service-finder>` searches every service of every agency at the MPP and shows each one's service standard.
 * Stories use the MSW mocks of the MPP API; each scenario is one a resident can meet.
 */
const meta: Meta<Args> = {
  title: 'Elements/Service finder',
  component: 'mpp-service-finder',
  tags: ['autodocs'],
  args: { 'api-base': API, 'heading-level': 2 },
  render: (args, { globals }) =>
    html`<mpp-service-finder ${attributes(elementAttributes(names, args, globals))}></mpp-service-finder>`,
  parameters: handlers(),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.results');
    await expect(shadow(canvasElement).querySelector('.count')!.textContent).toBe('67 layanan ditemukan');
  },
};

export const Searching: Story = {
  args: { query: 'akta lahir' },
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.results mark');
  },
};

export const OneAgency: Story = {
  args: { agency: 'disdukcapil' },
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.results');
    await expect(shadow(canvasElement).querySelector('#agency')).toBeNull();
  },
};

export const Loading: Story = {
  parameters: handlers({ scenario: 'loading' }),
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.skeleton');
  },
};

export const Slow: Story = {
  parameters: handlers({ scenario: 'slow' }),
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.skeleton');
  },
};

export const EmptyResults: Story = {
  args: { query: 'zzzz' },
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.contacts');
  },
};

export const ServerError: Story = {
  parameters: handlers({ scenario: 'server-error' }),
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.notice--error');
  },
};

/**
 * The API does not let the page's origin in (`403 origin_not_allowed`, as the reference server answers a site missing
 * from `MPP_ALLOWED_ORIGINS`): residents read that the service cannot be reached from this site; the console tells
 * the webmaster which origin to add, and the widget sends `mpp-error` (see the actions panel).
 */
export const OriginNotAllowed: Story = {
  parameters: handlers({ scenario: 'origin-refused' }),
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.notice--error');
  },
};

/** `api-base` points at a web site, not the API (an HTML 404): the same for residents, `not_api` for the webmaster. */
export const ApiBaseNotTheApi: Story = {
  parameters: handlers({ scenario: 'not-api' }),
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.notice--error');
  },
};

export const OfflineNothingCached: Story = {
  parameters: handlers({ scenario: 'offline' }),
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.notice--error');
  },
};

export const OfflineWithCachedCatalogue: Story = {
  parameters: handlers({ scenario: 'offline-after-first' }),
  // The catalogue was loaded once (cached), then the connection dropped.
  beforeEach: async () => {
    await listServices(clientFor(new URL(API, location.href).href));
  },
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.notice--warning');
  },
};

export const English: Story = {
  args: { lang: 'en', query: 'passport' },
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.results');
  },
};

export const Dark: Story = {
  args: { theme: 'dark', query: 'sim' },
  decorators: [(story) => html`<div style="background:#0d1014;padding:1rem">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.results');
  },
};

export const Narrow320: Story = {
  name: '320px wide',
  args: { query: 'ktp' },
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.results');
    const host = canvasElement.querySelector('mpp-service-finder')!;
    await expect(host.scrollWidth).toBeLessThanOrEqual(320);
  },
};

export const LongNamesAndRequirements: Story = {
  args: { query: 'terpadu' },
  parameters: handlers({ services: [longService(), ...services.slice(0, 5)] }),
  decorators: [(story) => html`<div style="width:320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.results');
    (shadow(canvasElement).querySelector('.result__open') as HTMLButtonElement).click();
    await until(canvasElement, '.detail');
    await expect(canvasElement.querySelector('mpp-service-finder')!.scrollWidth).toBeLessThanOrEqual(320);
  },
};

export const TwoThousandServices: Story = {
  name: '2,000 services',
  parameters: handlers({ services: manyServices(2000) }),
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.results');
    await expect(shadow(canvasElement).querySelector('.count')!.textContent).toBe('2000 layanan ditemukan');
  },
};

export const ServiceDetail: Story = {
  args: { query: 'ktp' },
  play: async ({ canvasElement }) => {
    await until(canvasElement, '.results');
    (shadow(canvasElement).querySelector('.result__open') as HTMLButtonElement).click();
    await until(canvasElement, '.detail');
  },
};

/**
 * "Ambil antrean" on a page with no `booking-url`, no `<mpp-queue-booking>` and no listener that takes the event:
 * the resident is told to book at the counter instead of pressing a button that does nothing.
 */
export const BookingNotOnThisPage: Story = {
  args: { query: 'skck' },
  play: async (context) => {
    const { canvasElement } = context;
    await ServiceDetail.play!(context);
    await until(canvasElement, '[part="book-button"]');
    (shadow(canvasElement).querySelector('[part="book-button"]') as HTMLButtonElement).click();
    await until(canvasElement, '.detail__actions p');
  },
};

/**
 * Pasted without an API (no `api-base`, `configure()` or `data-api-base`): residents read that the service cannot be
 * reached from this site; the console tells the webmaster what to set.
 */
export const NotConfigured: Story = { args: { 'api-base': '' } };

const finderStates: StateCell[] = [
  { name: 'results', label: 'All services', shows: '.results' },
  { name: 'searching', label: 'Searching', attributes: { query: 'akta lahir' }, shows: '.results mark' },
  { name: 'one-agency', label: 'One agency', attributes: { agency: 'disdukcapil' }, shows: '.results' },
  { name: 'empty', label: 'Nothing found', attributes: { query: 'zzzz' }, shows: '.contacts' },
  { name: 'server-error', label: 'Server error', mock: { scenario: 'server-error' }, shows: '.notice--error' },
  { name: 'offline', label: 'Offline, nothing cached', mock: { scenario: 'offline' }, shows: '.notice--error' },
  {
    name: 'origin-refused',
    label: 'Site not allowed by the API',
    mock: { scenario: 'origin-refused' },
    shows: '.notice--error',
  },
  {
    name: 'detail',
    label: 'Service detail',
    attributes: { query: 'ktp' },
    shows: '.detail',
    drive: async (cell) => {
      await until(cell, '.result__open');
      (shadow(cell).querySelector('.result__open') as HTMLButtonElement).click();
    },
  },
  { name: 'not-configured', label: 'Not configured', unconfigured: true, shows: '.notice' },
];

/** The states a resident can meet, side by side, each against a mock API of its own. */
export const StatesSideBySide: Story = statesSideBySide<Args>(
  finderStates,
  names,
  (a) => html`<mpp-service-finder ${attributes(a)}></mpp-service-finder>`,
);

/** Content in English (issue 22): an English page reads a service's standard in English, name to requirement. */
export const EnglishContent: Story = {
  args: { lang: 'en', query: 'electronic id card' },
  play: async (context) => {
    const { canvasElement } = context;
    await ServiceDetail.play!(context);
    await waitFor(() => expect(shadow(canvasElement).querySelector('.detail ul li')?.textContent).toBeTruthy());
    await expect(shadow(canvasElement).querySelector('.detail ol')!.getAttribute('lang')).toBeNull();
    await expect(shadow(canvasElement).querySelector('.detail__agency')!.getAttribute('lang')).toBe('id');
  },
};

/** A service translated only in part: its untranslated texts show in Bahasa Indonesia, marked lang="id". */
export const EnglishUntranslatedFallback: Story = {
  args: { lang: 'en', query: 'electronic id card' },
  parameters: handlers({ services: partlyTranslated() }),
  play: async (context) => {
    const { canvasElement } = context;
    await ServiceDetail.play!(context);
    await waitFor(() => expect(shadow(canvasElement).querySelector('.detail ol')?.getAttribute('lang')).toBe('id'));
  },
};
