// A page per element with its states side by side, for designers to compare at a glance. MSW answers per page,
// not per element, so each state gets an API of its own (`/states/<name>/api/v1`) with the scenario it needs.
// Loading (an answer that never comes) has its own story per element and stays out of the grids: a page left in
// that state was seen to send requests after the next story had replaced its mock API.
import { html, type TemplateResult } from 'lit';
import type { HttpHandler } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { createMockApi, type MockApiOptions } from '../../test/mocks/handlers.js';
import { elementAttributes } from './attributes.js';
import { mockHandlers } from './mock-api.js';

/** One state in the grid. */
export interface StateCell {
  name: string;
  /** Shown above the element. */
  label: string;
  /** The mock API's scenario for this state. */
  mock?: MockApiOptions;
  /** Handlers in front of the scenario's, e.g. one lookup answer. */
  first?: (base: string) => HttpHandler[];
  /** No API at all: the element's "not configured" state. */
  unconfigured?: boolean;
  /** Attributes of the element besides `api-base`. */
  attributes?: Record<string, string | number>;
  /** What the element shows in this state (a selector in its shadow root), checked by the play function. */
  shows: string;
  /** Brings the element in `cell` to its state, as a resident would (runs in the story's play function). */
  drive?: (cell: HTMLElement) => Promise<void>;
}

/** The API base of a cell. */
export const baseOf = (cell: StateCell) => `/states/${cell.name}/api/v1`;

/** Every cell's mock API, made afresh each time the story loads (story parameters). */
export const stateHandlers = (cells: readonly StateCell[]) =>
  mockHandlers(() => [
    ...cells.flatMap((cell) => [
      ...(cell.first?.(baseOf(cell)) ?? []),
      ...createMockApi({ ...cell.mock, base: baseOf(cell) }).handlers,
    ]),
    // The usual API too, for any element of the page that is not in the grid.
    ...createMockApi().handlers,
  ]);

/** The grid: one labelled cell per state, each rendering the element with `render(apiBase, cell)`. */
export const statesGrid = (cells: readonly StateCell[], render: (apiBase: string, cell: StateCell) => TemplateResult) =>
  html`<div style="display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr))">
    ${cells.map(
      (cell) =>
        html`<section aria-labelledby="state-${cell.name}" data-state=${cell.name}>
          <h2 id="state-${cell.name}" style="font:600 1rem/1.4 system-ui,sans-serif;margin:0 0 .5rem">${cell.label}</h2>
          ${render(cell.unconfigured ? '' : baseOf(cell), cell)}
        </section>`,
    )}
  </div>`;

/**
 * The play function: drives the cells that need it (all at once: each has its own API) and checks that each cell
 * shows its state.
 */
export const driveStates =
  (cells: readonly StateCell[]) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await Promise.all(
      cells.map(async (cell) => {
        const container = canvasElement.querySelector<HTMLElement>(`[data-state="${cell.name}"]`)!;
        if (cell.drive) await cell.drive(container);
        const element = [...container.querySelectorAll('*')].find((el) => el.localName.startsWith('mpp-'))!;
        await waitFor(() => expect(element.shadowRoot?.querySelector(cell.shows)).toBeTruthy(), { timeout: 10_000 });
      }),
    );
  };

/**
 * An element's "States side by side" story: each of `cells` rendered by `element` from the story's args (`names`:
 * the element's attributes), headed one level below the cell's label, each against a mock API of its own.
 */
export const statesSideBySide = <A extends Record<string, unknown>>(
  cells: readonly StateCell[],
  names: readonly string[],
  element: (attributes: ReturnType<typeof elementAttributes>) => TemplateResult,
) => ({
  name: 'States side by side',
  // A page of its own: on the element's docs page its cells would share the other stories' mock API.
  tags: ['!autodocs'],
  parameters: stateHandlers(cells),
  render: (args: A, { globals }: { globals: Record<string, unknown> }) =>
    statesGrid(cells, (apiBase, cell) =>
      element(
        // Eager: the grid shows every state at once, also the cells a phone's screen puts far below the first.
        elementAttributes(
          names,
          { ...args, 'heading-level': 3, loading: 'eager', ...cell.attributes, 'api-base': apiBase },
          globals,
        ),
      ),
    ),
  play: driveStates(cells),
});
