// How a story's play function books: through the test kit's one driver (test/kit/resident.mjs), on the
// <mpp-queue-booking> in the story, finding each control by its role and the words on it as every other suite does.
// What stays here is the story's own: which element, which answers, and seeing that a state shows.
import { expect, waitFor } from 'storybook/test';
import { newNik } from '../../test/kit/fixtures.mjs';
import { domUi, resident, type Answers, type Resident, type ResidentUi } from '../../test/kit/resident.mjs';

/** A resident at the booking in `container`, reading the language the element speaks. */
export interface StoryResident extends Resident {
  /** The element booked through. */
  element: HTMLElement;
  /** Its controls, for a tap the booking's questions do not cover (a ticket's "Batalkan booking"). */
  ui: ResidentUi;
  /** Waits until `selector` matches in the element's shadow root: the state the story shows. */
  shows(selector: string): Promise<void>;
}

export function residentIn(container: HTMLElement): StoryResident {
  const element = container.querySelector<HTMLElement>('mpp-queue-booking')!;
  const ui = domUi(element);
  return {
    ...resident(ui, element.lang === 'en' ? 'en' : 'id'),
    element,
    ui,
    async shows(selector) {
      await waitFor(() => expect(element.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
    },
  };
}

/**
 * Another resident's answers each time: the stories share one mock API, which allows one booking per NIK and day.
 */
export const answers = (): Answers => ({ nik: newNik(), name: 'Siti Aminah', phone: '0812 3456 7890' });
