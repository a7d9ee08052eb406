import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/queue-board/mpp-queue-board.js';
import { createBoardMock, type BoardScenario } from '../test/mocks/board-handlers.js';
import { attributes, elementAttributes } from './support/attributes.js';
import { attributeNames } from './support/manifest.js';
import { mockHandlers } from './support/mock-api.js';

const API = '/api/v1';
type Args = Record<string, string | number | boolean | undefined>;
const names = attributeNames('mpp-queue-board');

/** A hall mid-morning: four agencies have called, Disdukcapil twice. */
const busyHall = (scenario: BoardScenario = 'normal') =>
  mockHandlers(() => {
    const mock = createBoardMock({ base: API, scenario });
    for (const [agency, counter] of [
      ['disdukcapil', 'loket-1'],
      ['dpmptsp', 'loket-2'],
      ['dinkes', 'loket-3'],
      ['disdukcapil', 'loket-1'],
      ['bpprd', 'loket-4'],
    ] as const)
      mock.call(agency, counter);
    return mock.handlers;
  });
const emptyHall = (scenario: BoardScenario = 'normal') =>
  mockHandlers(() => createBoardMock({ base: API, scenario }).handlers);

const boardIn = (canvas: HTMLElement) => canvas.querySelector('mpp-queue-board')!.shadowRoot!;
const shows = (text: string) => ({
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) =>
    waitFor(() => expect(boardIn(canvasElement).textContent).toContain(text), { timeout: 8000 }),
});

/**
 * `<mpp-queue-board>` on a hall's screen: each counter with the number it calls, and the last calls, updated by
 * server-sent events (the mock streams them). Each story is a state the hall can see.
 */
const meta: Meta<Args> = {
  title: 'Elements/Queue board',
  component: 'mpp-queue-board',
  tags: ['autodocs'],
  args: { 'api-base': API, 'heading-level': 2 },
  render: (args, { globals }) =>
    html`<mpp-queue-board ${attributes(elementAttributes(names, args, globals))}></mpp-queue-board>`,
  parameters: { ...busyHall(), layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj<Args>;

/** The whole MPP, live: counters calling now (with their agency) and the last calls, the latest highlighted. */
export const LiveWithCalls: Story = { name: 'Live, with calls', ...shows('Panggilan terakhir') };
/** Before the first answer: a skeleton, the heading already in place. */
export const Connecting: Story = {
  parameters: emptyHall('loading'),
  play: async ({ canvasElement }) =>
    waitFor(() => expect(boardIn(canvasElement).querySelector('.skeleton')).not.toBeNull(), { timeout: 8000 }),
};
/** One agency's board before any call of the day. */
export const EmptyHall: Story = {
  args: { agency: 'disdukcapil' },
  parameters: emptyHall(),
  ...shows('Belum ada nomor yang dipanggil'),
};
/** The line dropped: the last known calls stay, with when they were received; the board keeps reconnecting. */
export const Reconnecting: Story = {
  name: 'Reconnecting (offline, last known calls)',
  parameters: busyHall('offline-after-first'),
  ...shows('Koneksi ke sistem antrean terputus'),
};
/**
 * A browser without EventSource (or a page that removed it): the board polls the snapshot every `poll-interval`
 * seconds and says "Diperbarui berkala" instead of "Langsung".
 */
export const PollingFallback: Story = {
  name: 'Polling (no EventSource)',
  beforeEach: () => {
    const { EventSource } = globalThis;
    // @ts-expect-error: the story takes away what an old browser lacks, and gives it back after.
    delete globalThis.EventSource;
    return () => {
      globalThis.EventSource = EventSource;
    };
  },
  ...shows('Diperbarui berkala'),
};
/**
 * The server refused the event stream (here 429; also a proxy that does not pass `text/event-stream`): the board
 * says it is reconnecting, then polls the snapshot (every `poll-interval` seconds, here 1) and tries the stream again
 * after six polls, keeping the calls on the screen.
 */
export const StreamRefused: Story = {
  name: 'Stream refused (polling)',
  args: { 'poll-interval': 1 },
  parameters: busyHall('stream-refused'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(boardIn(canvasElement).textContent).toContain('Diperbarui berkala'), { timeout: 8000 });
    await expect(boardIn(canvasElement).textContent).toContain('Panggilan terakhir');
  },
};
/** Nothing could be loaded: what failed, and a retry. */
export const Failed: Story = { parameters: emptyHall('error'), ...shows('Papan antrean tidak dapat dimuat') };
/** With `sound` and `speech`, once "Aktifkan suara" was pressed: the button now turns the sound off. */
export const SoundEnabled: Story = {
  args: { sound: true, speech: true },
  play: async ({ canvasElement }) => {
    const root = boardIn(canvasElement);
    await waitFor(() => expect(root.querySelector('button[aria-pressed]')).not.toBeNull(), { timeout: 8000 });
    root.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await waitFor(() => expect(root.querySelector('button[aria-pressed="true"]')?.textContent).toContain('Matikan'));
  },
};
/** In English (`lang="en"`); counter names are the MPP's own. */
export const English: Story = { args: { lang: 'en' }, ...shows('Queue calls') };
/** A portrait screen (1080×1920, shown at half size): one column, the last calls under the counters. */
export const Portrait: Story = {
  render: (args, { globals }) =>
    html`<div style="width: 540px; height: 960px; overflow: auto; border: 1px solid #6b7682">
      <mpp-queue-board ${attributes(elementAttributes(names, args, globals))}></mpp-queue-board>
    </div>`,
  ...shows('Panggilan terakhir'),
};
