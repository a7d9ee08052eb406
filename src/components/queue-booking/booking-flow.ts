// The booking flow as one state machine: what the resident has answered, which step is open, the requests in
// flight, and every move between steps (`transition()`, the one list of them). The element renders it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getAvailability, listServices } from '../../api/operations.js';
import type { MppApiError } from '../../api/errors.js';
import type { MppTransport } from '../../api/transport.js';
import type { Availability, Booking, ServiceSummary } from '../../api/types.js';
import type { Lang } from '../../core/i18n.js';
import type { CountdownController } from '../../internal/ui/countdown.js';
import type { NoticeAction, NoticeTone } from '../../internal/ui/notice.js';
import { strings } from './strings.js';

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
  text: string;
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

/** What the flow needs from its element: the API, the language, the page's choices, events and focus. */
export interface BookingFlowHost extends ReactiveControllerHost {
  readonly client: MppTransport | undefined;
  readonly language: Lang;
  /** The service the page chose (`service` attribute): the service question is then skipped. */
  readonly service?: string;
  /** Offer only this agency's services. */
  readonly agency?: string;
  emit<T>(name: `mpp-${string}`, detail: T): boolean;
  /** After the next render, focus the step's heading, the error summary, or the element `selector` names. */
  moveFocus(target?: 'heading' | 'errors' | string): void;
}

/** What the lazily loaded second half (finish-steps.ts) gives the flow: the identity check. */
export interface SecondHalf {
  identityErrors(identity: Identity, lang: Lang): BookingErrors;
}

/**
 * The booking flow's state and its moves, held for the element (a Lit `ReactiveController`: every change asks the
 * element to render again). Requests that only read (the catalogue, the schedule) are made here; those that change
 * a booking are made by the second half, which reports back through `send()`.
 */
export class BookingFlow<Half extends SecondHalf = SecondHalf> implements ReactiveController {
  state: FlowState = 'service';
  services?: ServiceSummary[];
  servicesError?: MppApiError;
  serviceFilter = '';
  serviceId?: string;
  availability?: Availability;
  availabilityError?: MppApiError;
  date?: string;
  sessionId?: string;
  identity: Identity = { ...EMPTY_IDENTITY };
  errors: BookingErrors = {};
  /** Why the last send failed; `retry` when sending again is the way on. */
  failure?: { message: string; retry?: boolean };
  submitting = false;
  booking?: Booking;
  ticketMessage?: TicketMessage;
  /** The second half once loaded; `secondHalfFailed` when its file could not be fetched. */
  secondHalf?: Half;
  secondHalfFailed = false;
  /** Seconds before sending may be tried again after a 429; made by the second half when first needed. */
  countdown?: CountdownController;

  /** While an answer is changed from "check your answers", the resident goes back there, not onwards. */
  private returnToCheck = false;
  private abort?: AbortController;
  private loadingSecondHalf = false;

  constructor(
    readonly host: BookingFlowHost,
    private readonly fetchSecondHalf: () => Promise<Half>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.loadServices();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** The step shown: the question, or `ticket` in any of the ticket's modes. */
  get step(): BookingStep {
    return isTicketState(this.state) ? 'ticket' : (this.state as BookingStep);
  }

  get ticketMode(): TicketMode {
    return this.step === 'ticket' && this.state !== 'ticket' ? (this.state as TicketMode) : 'view';
  }

  /** Steps the resident answers (the service question is skipped when the page chose the service). */
  get questions(): BookingStep[] {
    return this.host.service
      ? ['day', 'session', 'identity', 'check']
      : ['service', 'day', 'session', 'identity', 'check'];
  }

  get currentService(): ServiceSummary | undefined {
    return this.services?.find((s) => s.id === this.serviceId);
  }

  /** Sets answers or flags and renders again. */
  set(
    changes: Partial<Pick<this, 'serviceFilter' | 'identity' | 'submitting' | 'failure' | 'errors' | 'ticketMessage'>>,
  ): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** The resident chose a service, day or session: a new service or day clears what depended on it. */
  choose(question: 'service' | 'day' | 'session', value: string): void {
    if (question === 'service') {
      if (value !== this.serviceId) this.date = this.sessionId = undefined;
      this.serviceId = value;
    } else if (question === 'day') {
      if (value !== this.date) this.sessionId = undefined;
      this.date = value;
    } else {
      this.sessionId = value;
    }
    this.host.requestUpdate();
  }

  /**
   * Takes `event` if the flow's transitions allow it from where it is, and opens the state it leads to. Returns
   * whether it moved. `focus: false` leaves focus where it is (a service set by the page, not by the resident).
   */
  send(event: FlowEvent, opts: { focus?: boolean } = {}): boolean {
    const to = transition(this.state, event, this.questions, this.returnToCheck);
    if (!to) return false;
    if (event.type === 'change') this.returnToCheck = true;
    if (to === 'check') this.returnToCheck = false;
    if (event.type === 'book-again' || event.type === 'start') this.resetFlow();
    if (event.type === 'start') this.serviceId = event.serviceId;
    if (event.type === 'reschedule') this.date = this.sessionId = undefined;
    if (event.type === 'cancel' || event.type === 'reschedule') this.ticketMessage = undefined;
    this.state = to;
    this.errors = {};
    const step = this.step;
    if (to === 'day' || to === 'session' || event.type === 'reschedule') void this.loadAvailability();
    // The page hears of each question that opens, and of the ticket once booked; the ticket's modes are not steps.
    if (!isTicketState(to) || event.type === 'booked') this.host.emit<BookingStepDetail>('mpp-booking-step', { step });
    if (opts.focus !== false) this.host.moveFocus();
    this.host.requestUpdate();
    return true;
  }

  /**
   * "Continue": moves on when the step's answer is complete, else shows what to fix in the error summary (which
   * takes focus, GOV.UK). The identity is checked by the second half: without it the flow waits where it is.
   */
  next(): void {
    this.loadSecondHalf();
    const state = this.state;
    const question = state === 'reschedule-day' ? 'day' : state === 'reschedule-session' ? 'session' : state;
    if (question === 'identity' && !this.secondHalf) return;
    const errors =
      question === 'identity'
        ? this.secondHalf!.identityErrors(this.identity, this.host.language)
        : this.unanswered(question);
    if (this.showErrors(errors)) return;
    this.send({ type: 'next' });
  }

  /** The error of a choice question left unanswered (the first booking's and a move's alike). */
  unanswered(step: FlowState): BookingErrors {
    const t = strings.in(this.host.language);
    if (step === 'service' && !this.serviceId) return { service: t.serviceRequired };
    if (step === 'day' && !this.date) return { day: t.dayRequired };
    if (step === 'session' && !this.sessionId) return { session: t.sessionRequired };
    return {};
  }

  /** Shows what to fix in the error summary, which takes focus (GOV.UK); false when there is nothing. */
  showErrors(errors: BookingErrors): boolean {
    this.errors = errors;
    this.host.requestUpdate();
    const any = Object.keys(errors).length > 0;
    if (any) this.host.moveFocus('errors');
    return any;
  }

  /** Starts over with `serviceId` (a finder's "Book a visit", or the page's `service`) at its day question. */
  startWith(serviceId: string | undefined, opts: { focus?: boolean } = {}): void {
    this.loadSecondHalf();
    this.send({ type: 'start', serviceId }, opts);
  }

  /** Everything chosen for a booking, forgotten; the identity stays (see below). */
  private resetFlow(): void {
    this.booking = undefined;
    this.ticketMessage = undefined;
    this.serviceId = this.host.service;
    this.date = this.sessionId = undefined;
    // The identity stays: a resident who changes service halfway is still the same person, and a booking made
    // has already cleared it.
    this.failure = undefined;
    this.returnToCheck = false;
  }

  /**
   * Fetches the flow's second half (identity, check answers, sending, the ticket), once. A failed fetch is shown
   * where the identity question would be, with "Try again"; nothing the resident chose is lost.
   */
  loadSecondHalf(): void {
    if (this.secondHalf || this.loadingSecondHalf) return;
    this.loadingSecondHalf = true;
    this.secondHalfFailed = false;
    this.fetchSecondHalf().then(
      (half) => {
        this.secondHalf = half;
        this.loadingSecondHalf = false;
        this.host.requestUpdate();
      },
      () => {
        this.loadingSecondHalf = false;
        this.secondHalfFailed = true;
        this.host.requestUpdate();
      },
    );
  }

  /** The API became available (configured after the element was connected): load what waited for it. */
  apiConfigured(): void {
    if (!this.services) void this.loadServices();
    if ((this.state === 'day' || this.state === 'session') && !this.availability) void this.loadAvailability();
  }

  async loadServices(): Promise<void> {
    const client = this.host.client;
    if (!client) return;
    this.servicesError = undefined;
    try {
      const { data } = await listServices(client);
      const agency = this.host.agency;
      this.services = data.items.filter((s) => s.bookable && (!agency || s.agencyId === agency));
    } catch (error) {
      this.servicesError = error as MppApiError;
    }
    this.host.requestUpdate();
  }

  /** The schedule of the service being booked (or moved); a newer request replaces one still on its way. */
  async loadAvailability(): Promise<void> {
    const client = this.host.client;
    const serviceId = this.serviceId ?? this.booking?.serviceId;
    if (!client || !serviceId) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.availabilityError = undefined;
    if (this.availability?.serviceId !== serviceId) this.availability = undefined;
    this.host.requestUpdate();
    try {
      this.availability = await getAvailability(client, serviceId, {}, { signal: abort.signal });
    } catch (error) {
      if ((error as MppApiError).code !== 'aborted') this.availabilityError = error as MppApiError;
    }
    this.host.requestUpdate();
  }

  /** The booking exists: the ticket shows, and the answers that identify the resident are forgotten. */
  booked(booking: Booking): void {
    this.booking = booking;
    // The NIK and the other answers are not needed any more: nothing personal stays in memory.
    this.identity = { ...EMPTY_IDENTITY };
    if (!this.send({ type: 'booked' })) return;
    this.host.emit<BookingConfirmedDetail>('mpp-booking-confirmed', {
      code: booking.code,
      serviceId: booking.serviceId,
      date: booking.date,
      sessionStart: booking.session.start,
    });
  }

  /** The booking changed on the server (cancelled or moved): the ticket shows it, with `message` above. */
  changed(
    event: 'cancelled' | 'moved' | 'ticket',
    booking: Booking | undefined,
    message?: TicketMessage,
    opts: { focus?: boolean } = {},
  ): void {
    if (booking) this.booking = booking;
    this.ticketMessage = message;
    this.send({ type: event }, opts);
    if (event === 'cancelled') this.host.emit<BookingCancelledDetail>('mpp-booking-cancelled', { code: booking!.code });
  }
}
