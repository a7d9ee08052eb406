// The booking flow's states and the events that move it, with every move listed in one place (`MOVES` and
// `transition()`), and the data the flow holds. Pure: booking-flow.ts applies the moves.
import type { NoticeAction, NoticeTone } from '../../internal/ui/notice.js';

/** The questions, in order. `ticket` is the answer. */
export type BookingStep = 'service' | 'day' | 'session' | 'identity' | 'check' | 'ticket';

/** After the ticket: looking at it, confirming a cancel, choosing a new time, or cancelled. */
export type TicketMode = 'view' | 'confirm-cancel' | 'reschedule-day' | 'reschedule-session' | 'cancelled';

/** Every state of the flow: a question, or the ticket in one of its modes (`ticket` is its view). */
export type FlowState = Exclude<BookingStep, 'ticket'> | 'ticket' | Exclude<TicketMode, 'view'>;

/** `mpp-booking-step`: a step opened. */
export interface BookingStepDetail {
  step: BookingStep;
}
/** `mpp-booking-confirmed`: no personal data, only what analytics may count. */
export interface BookingConfirmedDetail {
  code: string;
  serviceId: string;
  date: string;
  sessionStart: string;
}
/** `mpp-booking-cancelled`. */
export interface BookingCancelledDetail {
  code: string;
}

/** What the identity question asks. */
export interface Identity {
  nik: string;
  name: string;
  phone: string;
  email: string;
}
export type IdentityField = keyof Identity;
/** Nothing answered yet: the identity at the start, and after a booking, which clears it. */
export const EMPTY_IDENTITY: Identity = { nik: '', name: '', phone: '', email: '' };
/** What to fix, by question; shown in the error summary and beside each question. */
export type BookingErrors = Partial<Record<IdentityField | 'service' | 'day' | 'session', string>>;

/** A message above the ticket: the outcome of a cancel or a move, or a new booking offered beside it. */
export interface TicketMessage {
  tone: NoticeTone;
  /** A sentence of the widget's; a template when it holds a name marked lang="id". */
  text: unknown;
  body?: string;
  action?: NoticeAction;
}

/** What moves the flow. Requests that change a booking are sent by the second half, which reports here. */
export type FlowEvent =
  | { type: 'next' }
  | { type: 'back' }
  /** From "check your answers": change one answer, then come back there. */
  | { type: 'change'; step: Exclude<BookingStep, 'ticket'> }
  /** A service chosen elsewhere (a finder, the `service` attribute): start over at its day question. */
  | { type: 'start'; serviceId?: string }
  | { type: 'booked' }
  /** The booking was refused: back to the question whose answer must change. */
  | { type: 'refused'; step: 'day' | 'session' | 'identity' }
  | { type: 'cancel' }
  | { type: 'cancelled' }
  | { type: 'reschedule' }
  | { type: 'moved' }
  /** Back to the ticket's view, from any of its modes (a failed cancel, a new visit offered). */
  | { type: 'ticket' }
  | { type: 'book-again' };

/**
 * The moves around the ticket, and sending's outcome: from a state, on an event, to a state. The questions' own
 * order (continue, back, change, start, book again) follows `questions` in `transition()` below.
 */
const MOVES: Partial<Record<FlowState, Partial<Record<FlowEvent['type'], FlowState>>>> = {
  check: { booked: 'ticket' },
  ticket: { cancel: 'confirm-cancel', reschedule: 'reschedule-day', ticket: 'ticket' },
  'confirm-cancel': { back: 'ticket', cancelled: 'cancelled', ticket: 'ticket' },
  'reschedule-day': { next: 'reschedule-session', back: 'ticket', ticket: 'ticket' },
  'reschedule-session': { back: 'reschedule-day', moved: 'ticket', ticket: 'ticket' },
  cancelled: {},
};

/** Whether `state` is the ticket in one of its modes, not a question. */
export const isTicketState = (state: FlowState): boolean => state in MOVES && state !== 'check';

/**
 * Every move of the flow: the state `event` leads to from `state`, or undefined when it leads nowhere. `questions`
 * are the steps asked, in order (without the service when the page chose it); `returnToCheck` is set while an
 * answer is changed from "check your answers".
 */
export function transition(
  state: FlowState,
  event: FlowEvent,
  questions: readonly BookingStep[],
  returnToCheck = false,
): FlowState | undefined {
  const at = questions.indexOf(state as BookingStep);
  const type = event.type;
  // A service chosen elsewhere starts over from anywhere; "book again" from any mode of the ticket.
  if (type === 'start') return 'day';
  if (type === 'book-again') return isTicketState(state) ? (questions[0] as FlowState) : undefined;
  if (state === 'check' && (type === 'change' || type === 'refused')) return event.step as FlowState;
  if (at < 0 || state === 'check') return MOVES[state]?.[type];
  // "Continue" on a question; a changed answer goes back to "check your answers" once complete again (a new
  // service or day still needs its day and session, so those follow the usual order).
  if (type === 'next') return returnToCheck && state === 'session' ? 'check' : (questions[at + 1] as FlowState);
  if (type === 'back' && at > 0) return questions[at - 1] as FlowState;
  return undefined;
}
