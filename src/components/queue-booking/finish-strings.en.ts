// The booking's second-half strings in English, of the same shape as finish-strings.ts.
import type { BookingField } from '../../api/types.js';
import type { BookingFieldErrorKey } from '../../rules/booking-fields.js';
import type { FinishStrings } from './finish-strings.js';

/** What is wrong with an answer to a service's own question, with its English label. */
function fieldError(key: BookingFieldErrorKey, field: BookingField): string {
  const label = field.label.en ?? field.label.id;
  const min = field.minLength ?? 1;
  const max = field.maxLength ?? 100;
  const unit = field.format === 'digits' ? 'digits' : 'characters';
  switch (key) {
    case 'field_required':
      return field.choices ? `Select ${label}` : `Enter ${label}`;
    case 'field_length':
      return min === max ? `${label} must be ${min} ${unit}` : `${label} must be ${min} to ${max} ${unit}`;
    case 'field_format':
      return field.format === 'vehicle_plate' ? `Enter ${label} like BP 1234 AB` : `${label} must contain only digits`;
    case 'field_choice':
      return `Select one of the ${label} options`;
    default:
      return 'This service does not ask for this.';
  }
}

/** English, loaded on first use (core/i18n.ts). */
export const en: FinishStrings = {
  change: 'Change',
  identityHint: 'These are sent only to the MPP for this booking and are not kept on your device.',
  nik: 'NIK (national identity number)',
  nikHint: '16 digits, on your KTP or family card (KK)',
  name: 'Full name',
  nameHint: 'As on your KTP',
  phone: 'Mobile number',
  phoneHint: 'For reminders by SMS or WhatsApp, for example 0812 3456 7890',
  email: 'Email',
  optional: '(optional)',
  checkHint: 'Make sure everything is right before you send the booking.',
  service: 'Service',
  day: 'Day',
  session: 'Session',
  confirm: 'Send booking',
  confirming: 'Sending booking…',
  sessionFull: 'The session you chose has just filled up. Choose another; you need not enter your details again.',
  duplicate:
    'You already have a booking for this service on that day. Find its code on your earlier ticket, or book another day.',
  dayGone: 'That day or session is no longer available. Choose another time.',
  rateLimited: (s: number) => `Too many attempts. You can try again in ${s} seconds.`,
  unsure:
    'The connection dropped before the MPP answered, so your booking is not certain. Send it again: you will not get two bookings.',
  failedTitle: 'The booking was not sent',
  bookedTitle: 'Booking confirmed',
  bookedBody: 'Show this code at the MPP when you check in.',
  code: 'Booking code',
  agency: 'Agency',
  counter: 'Counter',
  checkIn: 'Check-in',
  checkInWindow: (from: string, to: string) => `${from} to ${to}`,
  bring: 'What to bring',
  nikMasked: 'NIK',
  qrLabel: (code: string) => `QR code of booking ${code}`,
  addToCalendar: 'Add to calendar',
  calendarFile: '(.ics file, under 1 KB)',
  nikEnding: (last4: string) => `ending in ${last4}`,
  sendAgainNow: 'You can send the booking again now.',
  print: 'Print',
  share: 'Share',
  newTab: '(opens in a new tab)',
  cancel: 'Cancel booking',
  reschedule: 'Change date or time',
  shareText: (code: string, service: string, when: string) => `MPP booking ${code}: ${service}, ${when}`,
  calendarTitle: (service: string) => `MPP: ${service}`,
  cancelQuestion: (code: string) => `Cancel booking ${code}?`,
  cancelHint: 'Your place will go to another resident. This cannot be undone.',
  cancelYes: 'Yes, cancel it',
  cancelNo: 'No, back to the ticket',
  cancelReasonQuestion: 'Why are you cancelling? (optional)',
  cancelReasons: {
    schedule_conflict: 'I cannot come at that time',
    not_needed: 'I no longer need the service',
    documents_not_ready: 'My documents are not ready',
    booked_by_mistake: 'I booked by mistake',
    other: 'Another reason',
  },
  cancelNote: 'Details',
  cancelNoteHint: 'At most 200 characters. Do not write your NIK or phone number.',
  cancelledTitle: 'Booking cancelled',
  cancelledBody: (code: string) => `Booking ${code} has been cancelled.`,
  bookAgain: 'Make a new booking',
  anotherVisit: (service: string) => `Book a visit for ${service || 'another service'}?`,
  anotherVisitHint: (code: string) => `Booking ${code} below still stands. Keep its code before you start a new one.`,
  rescheduleTitle: 'Choose a new date and time',
  rescheduleConfirm: 'Move booking',
  rescheduled: 'Your booking has been moved.',
  fieldError,
};
