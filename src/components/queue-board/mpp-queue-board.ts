// Registers `<mpp-queue-board>` (and only that): import it to define the tag, or queue-board.ts for the class alone.
// Its own script (dist/mpp-queue-board.js), not part of the all-in bundle: a hall's screen is not a resident's page.
import { defineElement } from '../../core/define.js';
import { MppQueueBoard } from './queue-board.js';
import type { QueueCallDetail } from './queue-board.js';

export { MppQueueBoard };
export type { QueueCallDetail } from './queue-board.js';

defineElement('mpp-queue-board', MppQueueBoard);

declare global {
  interface HTMLElementTagNameMap {
    'mpp-queue-board': MppQueueBoard;
  }
  interface HTMLElementEventMap {
    'mpp-queue-call': CustomEvent<QueueCallDetail>;
  }
}
