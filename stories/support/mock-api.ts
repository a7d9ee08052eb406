// Each story gets a mock API of its own, made when the story loads. One made when a stories file is read would be
// shared by every story of the file: the bookings of one story would fill the sessions the next one books, so a
// story could fail or pass by the hour it ran and by the stories run before it.
import type { Loader } from '@storybook/web-components';
import type { RequestHandler } from 'msw';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createMockApi, type MockApiOptions } from '../../test/mocks/handlers.js';

/** Makes a story's handlers afresh each time the story loads. */
export type MockApiFactory = () => RequestHandler[];

/**
 * Story parameters: the mock API with `options`, behind `first` (handlers that answer before it, e.g. a refusal).
 * A function, so Storybook's merge of parameters replaces it whole instead of mixing two stories' options.
 */
export const mockApi = (options: MockApiOptions = {}, ...first: RequestHandler[]) => ({
  mockApi: (() => [...first, ...createMockApi(options).handlers]) as MockApiFactory,
});

/** Story parameters whose handlers `make` builds, fresh for each load (several mock APIs on one page). */
export const mockHandlers = (make: MockApiFactory) => ({ mockApi: make });

/** The preview's loader: starts MSW with `setup` and gives it the story's fresh handlers. */
export function freshMockApiLoader(setup: Parameters<typeof mswLoader>[0]): Loader {
  const load = mswLoader(setup);
  return async (context) => {
    const make = context.parameters.mockApi as MockApiFactory | undefined;
    if (!make) return load(context);
    const withHandlers = { ...context, parameters: { ...context.parameters, msw: { handlers: make() } } };
    const loaded = await load(withHandlers);
    // The addon's own beforeEach starts a second worker unless the story's context names the one started here.
    context.msw = withHandlers.msw;
    return loaded;
  };
}
