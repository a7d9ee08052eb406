// The booking flow as one state machine: what the resident has answered, which step is open, the requests in
// flight. Its moves are listed in flow-transitions.ts; the element renders it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getAvailability, listServices } from '../../api/operations.js';
import { MppApiError } from '../../api/errors.js';
import type { MppTransport } from '../../api/transport.js';
import type { Agency, Availability, Booking, ServiceSummary } from '../../api/types.js';
import { loadEnglish, resolveLang, type Lang } from '../../core/i18n.js';
import type { CountdownController } from '../../internal/ui/countdown.js';
import {
  EMPTY_IDENTITY,
  isTicketState,
  transition,
  type BookingErrors,
  type BookingStep,
  type BookingStepDetail,
  type FlowEvent,
  type FlowState,
  type Identity,
  type TicketMessage,
  type TicketMode,
} from './flow-transitions.js';
import { strings } from './strings.js';

export * from './flow-transitions.js';

/** The day and session choices and the watch on a day about to open: a file of their own (schedule-choices.ts). */
export type ScheduleChoices = typeof import('./schedule-choices.js');
let scheduleFile: Promise<ScheduleChoices> | undefined;
let fetchSchedule = (): Promise<ScheduleChoices> => import('./schedule-choices.js');

/**
 * For stories and tests: how the schedule's choices are fetched, to show them slow or failing. Unused by the
 * bundles, so they leave it out.
 * @internal
 */
export function setScheduleChoicesFetch(fetch: () => Promise<ScheduleChoices>): void {
  fetchSchedule = fetch;
  scheduleFile = undefined;
}

/**
 * The schedule's choices, fetched once per page beside the first schedule (so they add no wait). A failed fetch is
 * forgotten and fails as a dropped connection does: the schedule's own failure notice, whose "Try again" fetches
 * both again.
 */
function loadScheduleChoices(): Promise<ScheduleChoices> {
  return (scheduleFile ??= fetchSchedule().catch(() => {
    scheduleFile = undefined;
    throw new MppApiError({ status: 0, code: 'network_error' });
  }));
}

/** Services the service question shows before the resident asks for the rest or filters. */
export const FIRST_SERVICES = 2;

/** What the flow needs from its element: the API, the language, the page's choices, events and focus. */
export interface BookingFlowHost extends ReactiveControllerHost {
  readonly client: MppTransport | undefined;
  /** Settles once the widget nears the viewport: data requests wait for it. */
  near(): Promise<unknown> | 0;
  readonly language: Lang;
  /** The service the page chose (`service` attribute): the service question is then skipped. */
  readonly service?: string;
  /** Offer only this agency's services. */
  readonly agency?: string;
  emit<T>(name: `mpp-${string}`, detail: T): boolean;
  /** After the next render, focus the step's heading, or the element `selector` names (`.error-summary`, …). */
  moveFocus(target?: 'heading' | string): void;
  /** The widget's shadow root: where focus is, to keep it on screen. */
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the lazily loaded second half (finish-steps.ts) gives the flow: the identity check (the service's questions too). */
export interface SecondHalf {
  identityErrors(flow: BookingFlow): BookingErrors;
}

/**
 * The booking flow's state and its moves, held for the element (a Lit `ReactiveController`: every change asks the
 * element to render again). Requests that only read (the catalogue, the schedule) are made here; those that change
 * a booking are made by the second half, which reports back through `send()`.
 */
export class BookingFlow<Half extends SecondHalf = SecondHalf> implements ReactiveController {
  state: FlowState = 'service';
  services?: ServiceSummary[];
  /** The agencies the services name (their names head a long service list's groups). */
  agencies?: Agency[];
  servicesError?: MppApiError;
  serviceFilter = '';
  /** The filter as typing paused at it (`afterTyping`); unset while the resident types. Its count is then said. */
  saidFor?: string;
  /** @internal The filter's count waiting for typing to pause. */
  typing?: ReturnType<typeof setTimeout>;
  /** Every service is listed (the resident asked for the rest); else the first few. */
  moreServices?: boolean;
  serviceId?: string;
  availability?: Availability;
  availabilityError?: MppApiError;
  /** The day and session choices, come with the first schedule: `availability` is never set without them. */
  schedule?: ScheduleChoices;
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

  /**
   * Seconds before a day of the window not open yet opens, from an hour before (0 otherwise): its hint counts them
   * down, and at the hour the schedule is asked again, so the day shows its places.
   */
  openingIn = 0;

  /** While an answer is changed from "check your answers", the resident goes back there, not onwards. */
  private returnToCheck?: boolean;
  /** @internal The watch on a day about to open (schedule-choices.ts). */
  openingTimer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;
  private loadingSecondHalf?: boolean;

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
    clearTimeout(this.openingTimer);
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
    changes: Partial<
      Pick<this, 'serviceFilter' | 'saidFor' | 'identity' | 'submitting' | 'failure' | 'errors' | 'ticketMessage'>
    >,
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
    const errors = question === 'identity' ? this.secondHalf!.identityErrors(this) : this.unanswered(question);
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
    if (any) this.host.moveFocus('.error-summary');
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
    await this.host.near();
    const client = this.host.client;
    if (!client) return;
    this.servicesError = undefined;
    try {
      // In the page's language (which may come before the widget's English strings): the API's texts in it.
      // (The host is the element: `resolveLang` reads its `lang` and its ancestors'.)
      const { data } = await listServices(client, { lang: resolveLang(this.host as never) });
      const agency = this.host.agency;
      this.agencies = data.agencies;
      this.services = data.items.filter((s) => s.bookable && (!agency || s.agencyId === agency));
    } catch (error) {
      this.servicesError = error as MppApiError;
    }
    this.host.requestUpdate();
  }

  /** The schedule of the service being booked (or moved); a newer request replaces one still on its way. */
  async loadAvailability(): Promise<void> {
    await this.host.near();
    const client = this.host.client;
    const serviceId = this.serviceId ?? this.booking?.serviceId;
    if (!client || !serviceId) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.availabilityError = undefined;
    if (this.availability?.serviceId !== serviceId) this.availability = undefined;
    this.host.requestUpdate();
    try {
      const [availability, schedule] = await Promise.all([
        getAvailability(client, serviceId, {}, { signal: abort.signal }),
        // Their words are a table of their own: on an English page, fetch their English first.
        loadScheduleChoices().then(async (choices) => (this.host.language === 'en' && (await loadEnglish()), choices)),
      ]);
      this.schedule = schedule;
      this.availability = availability;
      schedule.watchOpening(this);
    } catch (error) {
      if ((error as MppApiError).code !== 'aborted') this.availabilityError = error as MppApiError;
    }
    this.host.requestUpdate();
  }
  // What happens once a booking exists (booked, cancelled, moved) is the second half's (finish-steps.ts).
}
