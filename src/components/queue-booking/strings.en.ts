// The booking's first-half strings in English, of the same shape as strings.ts.
import type { BookingStrings } from './strings.js';

/** English, loaded on first use (core/i18n.ts). */
export const en: BookingStrings = {
  heading: 'Book a visit to the MPP',
  serviceCount: (n: number) => (n == 1 ? '1 service' : `${n} services`),
  progress: (n: number, of: number) => `Step ${n} of ${of}`,
  continue: 'Continue',
  back: 'Back',
  retry: 'Try again',
  errorSummary: 'There is a problem',
  errorPrefix: 'Error:',
  serviceQuestion: 'Which service do you need?',
  serviceFilter: 'Search services',
  serviceNone: 'No matching services. Try other words.',
  serviceMore: 'Show all services',
  serviceRequired: 'Select the service you need',
  servicesLoading: 'Loading services…',
  servicesError: 'The services could not be loaded',
  dayQuestion: 'When will you come?',
  dayHint: (service: string) => `For ${service}.`,
  dayRequired: 'Select the day of your visit',
  availabilityLoading: 'Loading days and sessions…',
  availabilityError: 'The schedule could not be loaded',
  sessionQuestion: 'At what time?',
  sessionHint: (day: string) => `${day}. Arrive no later than 15 minutes before the session ends.`,
  sessionRequired: 'Select the session of your visit',
  identityQuestion: 'Your details',
  checkQuestion: 'Check your answers',
  finishLoading: 'Loading the next questions…',
  finishError: 'The next questions could not be loaded',
  finishErrorBody: 'Check your connection, then try again. If it keeps failing, reload this page.',
};
