// How the booking's second half (finish-steps.ts) is fetched: once per page, however many booking widgets it holds,
// and again after a failed fetch. Stories and tests replace the fetch to show it slow or failing.
export type FinishSteps = typeof import('./finish-steps.js');

// The second half of the flow, one download per page however many booking widgets it holds.
let finishSteps: Promise<FinishSteps> | undefined;
let fetchFinishSteps = (): Promise<FinishSteps> => import('./finish-steps.js');

/**
 * For stories and tests: how the second half is fetched, to show it slow or failing. Unused by the bundles, so
 * they leave it out.
 * @internal
 */
export function setFinishStepsFetch(fetch: () => Promise<FinishSteps>): void {
  fetchFinishSteps = fetch;
  finishSteps = undefined;
}

/** The second half, fetched once per page; a failed fetch is forgotten so that "Try again" fetches it again. */
export function loadFinishSteps(): Promise<FinishSteps> {
  finishSteps ??= fetchFinishSteps();
  return finishSteps.catch((error: unknown) => {
    finishSteps = undefined;
    throw error;
  });
}
