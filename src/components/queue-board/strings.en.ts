// The board's strings in English, of the same shape as strings.ts; built into the `.en.js` file beside its script.
import type { BoardStrings } from './strings.js';

/** English, loaded on first use (core/i18n.ts). */
export const en: BoardStrings = {
  heading: 'Queue calls',
  counters: 'Now calling',
  recent: 'Last called',
  idle: 'Not calling yet',
  connecting: 'Connecting to the queue system…',
  emptyTitle: 'No number has been called yet',
  emptyBody: 'Queue numbers appear here as soon as staff call them.',
  live: 'Live',
  polling: 'Updated regularly',
  reconnecting: 'Reconnecting…',
  offlineTitle: 'The connection to the queue system is lost',
  offlineBody: (at: string) => `Showing the last calls received, at ${at}. Reconnecting…`,
  errorTitle: 'The queue board cannot be loaded',
  retry: 'Try again',
  soundOn: 'Turn sound on',
  soundOff: 'Turn sound off',
  soundEnabled: 'Call sound is on.',
  goTo: 'to',
  called: (number: string, counter: string) => `Queue number ${number}, please go to ${counter}.`,
};
