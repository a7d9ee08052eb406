/**
 * The booking rules of the MPP API in one pure module: no I/O, no DOM, no clock of its own (time is passed in).
 * The reference server, the MSW mocks and the stories call it; nothing else states a rule.
 */
export * from './applications.js';
export * from './booking.js';
export * from './booking-fields.js';
export * from './calendar.js';
export * from './days.js';
export * from './identity.js';
export * from './second-factor.js';
export * from './queue.js';
export * from './schedule.js';
export * from './identity-messages.js';
export * from './reports.js';
export * from './service-standard.js';
export * from './csv.js';
export * from './catalogue-csv.js';
export * from './survey.js';
export * from './survey-public.js';
export * from './content-language.js';
