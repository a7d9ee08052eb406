// The booking flow's moves, without an element or a DOM: the transition list itself, then the flow driven by a
// stand-in host that records the events it sends and where it moves focus, over the mocked API.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import {
  BookingFlow,
  transition,
  type BookingFlowHost,
  type BookingStep,
  type FlowState,
  type SecondHalf,
} from '../../../../src/components/queue-booking/booking-flow.js';
import { booked, changed } from '../../../../src/components/queue-booking/finish-steps.js';
import { clientFor, resetClients } from '../../../../src/core/clients.js';
import type { Lang } from '../../../../src/core/i18n.js';
import { bookingOnTheDay, KTP_SERVICE_ID } from '../../../mocks/fixtures.js';
import { installMockFetch, restoreFetch } from '../../../mocks/fetch.js';
import { createMockApi } from '../../../mocks/handlers.js';

const BASE = 'http://mpp.test/api/v1';
const ALL: BookingStep[] = ['service', 'day', 'session', 'identity', 'check'];
const PAGE_CHOSE: BookingStep[] = ['day', 'session', 'identity', 'check'];

/** A host that renders nothing and remembers what the flow asked of it. */
class StandInHost implements BookingFlowHost {
  client = clientFor(BASE);
  language: Lang = 'id';
  service?: string;
  agency?: string;
  events: [string, unknown][] = [];
  focus: string[] = [];
  updates = 0;
  controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  readonly renderRoot = document.createDocumentFragment();
  // The flow asks the API in the page's language, read from its host element like resolveLang reads any: this host
  // is on no page, without `lang`, so Bahasa Indonesia.
  readonly parentElement = null;
  getAttribute() {
    return null;
  }
  getRootNode() {
    return document;
  }
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  /** On the first screen: requests leave at once. */
  near(): 0 {
    return 0;
  }
  emit<T>(name: string, detail: T) {
    this.events.push([name, detail]);
    return true;
  }
  moveFocus(target = 'heading') {
    this.focus.push(target);
  }
  steps = () =>
    this.events.filter(([name]) => name === 'mpp-booking-step').map(([, d]) => (d as { step: string }).step);
}

const secondHalf: SecondHalf = {
  identityErrors: (flow) => (flow.identity.nik ? {} : { nik: 'Isi NIK' }),
};

function flowWith(host = new StandInHost(), fetchSecondHalf = () => Promise.resolve(secondHalf)) {
  const flow = new BookingFlow(host, fetchSecondHalf);
  return { host, flow };
}

describe('booking flow: the transitions', () => {
  const next = (state: FlowState, questions = ALL, returnToCheck = false) =>
    transition(state, { type: 'next' }, questions, returnToCheck);

  it('asks the questions in order, and the service only when the page did not choose it', () => {
    expect(['service', 'day', 'session', 'identity'].map((s) => next(s as FlowState))).to.deep.equal([
      'day',
      'session',
      'identity',
      'check',
    ]);
    expect(transition('day', { type: 'back' }, ALL)).to.equal('service');
    expect(transition('day', { type: 'back' }, PAGE_CHOSE), 'nothing before the first question').to.equal(undefined);
  });

  it('"continue" on check your answers moves nowhere: sending is a request, not a move', () => {
    expect(next('check')).to.equal(undefined);
    expect(transition('check', { type: 'booked' }, ALL)).to.equal('ticket');
    expect(transition('day', { type: 'booked' }, ALL), 'booked only from check').to.equal(undefined);
  });

  it('a changed answer returns to check your answers once its day and session are chosen again', () => {
    expect(transition('check', { type: 'change', step: 'service' }, ALL)).to.equal('service');
    expect(next('service', ALL, true), 'a new service still needs a day').to.equal('day');
    expect(next('day', ALL, true)).to.equal('session');
    expect(next('session', ALL, true)).to.equal('check');
    expect(next('session', ALL, false)).to.equal('identity');
  });

  it('a refused booking goes back to the question whose answer must change', () => {
    expect(transition('check', { type: 'refused', step: 'session' }, ALL)).to.equal('session');
    expect(transition('check', { type: 'refused', step: 'day' }, ALL)).to.equal('day');
    expect(transition('check', { type: 'refused', step: 'identity' }, ALL)).to.equal('identity');
  });

  it('the ticket: cancel asks first; a move chooses a day, then a session; back returns a step', () => {
    expect(transition('ticket', { type: 'cancel' }, ALL)).to.equal('confirm-cancel');
    expect(transition('confirm-cancel', { type: 'back' }, ALL)).to.equal('ticket');
    expect(transition('confirm-cancel', { type: 'cancelled' }, ALL)).to.equal('cancelled');
    expect(transition('ticket', { type: 'reschedule' }, ALL)).to.equal('reschedule-day');
    expect(transition('reschedule-day', { type: 'next' }, ALL)).to.equal('reschedule-session');
    expect(transition('reschedule-session', { type: 'back' }, ALL)).to.equal('reschedule-day');
    expect(transition('reschedule-day', { type: 'back' }, ALL)).to.equal('ticket');
    expect(transition('reschedule-session', { type: 'moved' }, ALL)).to.equal('ticket');
    expect(transition('cancelled', { type: 'cancel' }, ALL), 'a cancelled booking cannot be cancelled').to.equal(
      undefined,
    );
    expect(transition('cancelled', { type: 'book-again' }, PAGE_CHOSE)).to.equal('day');
    expect(transition('identity', { type: 'book-again' }, ALL), 'no "book again" mid-flow').to.equal(undefined);
  });

  it('a service chosen elsewhere starts at its day question from anywhere', () => {
    for (const state of ['service', 'check', 'ticket', 'cancelled'] as FlowState[])
      expect(transition(state, { type: 'start', serviceId: 'x' }, ALL)).to.equal('day');
  });
});

describe('booking flow: the controller', () => {
  beforeEach(() => {
    resetClients();
    installMockFetch(createMockApi({ base: BASE }).handlers);
  });
  afterEach(() => restoreFetch());

  it('registers with its host and loads the bookable services when connected', async () => {
    const { host, flow } = flowWith();
    expect(host.controllers).to.deep.equal([flow]);
    flow.hostConnected();
    await waitUntil(() => flow.services, 'no services');
    expect(flow.services!.every((s) => s.bookable)).to.equal(true);
  });

  it('a service set by the page opens its day question without taking focus, and loads its schedule', async () => {
    const { host, flow } = flowWith();
    host.service = KTP_SERVICE_ID;
    flow.send({ type: 'start', serviceId: KTP_SERVICE_ID }, { focus: false });
    expect(flow.state).to.equal('day');
    expect(host.steps()).to.deep.equal(['day']);
    expect(host.focus).to.deep.equal([]);
    await waitUntil(() => flow.availability, 'no schedule');
    expect(flow.availability!.serviceId).to.equal(KTP_SERVICE_ID);
  });

  it('"continue" without an answer stays, with the error summary focused; with one, moves and says so', async () => {
    const { host, flow } = flowWith();
    flow.startWith(KTP_SERVICE_ID);
    flow.next();
    expect(flow.state).to.equal('day');
    expect(flow.errors.day).to.equal('Pilih hari kunjungan');
    expect(host.focus.at(-1)).to.equal('.error-summary');
    flow.choose('day', '2026-12-02');
    flow.next();
    expect(flow.state).to.equal('session');
    expect(flow.errors).to.deep.equal({});
    expect(host.focus.at(-1)).to.equal('heading');
    expect(host.steps()).to.deep.equal(['day', 'session']);
  });

  it('choosing another service or day forgets what depended on the old one', () => {
    const { flow } = flowWith();
    flow.choose('service', 'a');
    flow.choose('day', '2026-12-02');
    flow.choose('session', 's1');
    flow.choose('day', '2026-12-03');
    expect(flow.sessionId).to.equal(undefined);
    flow.choose('session', 's1');
    flow.choose('service', 'b');
    expect([flow.date, flow.sessionId]).to.deep.equal([undefined, undefined]);
  });

  it('the identity question waits for the second half, which is fetched once, and checks with it', async () => {
    let fetches = 0;
    const { flow } = flowWith(undefined, () => {
      fetches++;
      return Promise.resolve(secondHalf);
    });
    flow.startWith(KTP_SERVICE_ID);
    flow.choose('day', '2026-12-02');
    flow.next();
    flow.choose('session', 's1');
    flow.next();
    expect(flow.state).to.equal('identity');
    await waitUntil(() => flow.secondHalf, 'the second half never came');
    flow.next();
    expect(flow.errors).to.deep.equal({ nik: 'Isi NIK' });
    flow.set({ identity: { ...flow.identity, nik: '3172014509900003' } });
    flow.next();
    expect(flow.state).to.equal('check');
    expect(fetches).to.equal(1);
  });

  it('a second half that cannot be fetched is said so, and fetched again when asked', async () => {
    let fail = true;
    const { flow } = flowWith(undefined, () =>
      fail ? Promise.reject(new TypeError('offline')) : Promise.resolve(secondHalf),
    );
    flow.loadSecondHalf();
    await waitUntil(() => flow.secondHalfFailed, 'the failure was not kept');
    fail = false;
    flow.loadSecondHalf();
    expect(flow.secondHalfFailed).to.equal(false);
    await waitUntil(() => flow.secondHalf, 'not fetched again');
  });

  it('booked: the ticket shows, the identity is forgotten, and the page hears only what analytics may count', () => {
    const { host, flow } = flowWith();
    flow.state = 'check';
    // A service's own question is forgotten with the rest.
    flow.identity = {
      nik: '3172014509900003',
      name: 'Siti',
      phone: '0812',
      email: '',
      'field-nomor_kk': '2172',
    } as typeof flow.identity;
    const booking = bookingOnTheDay();
    booked(flow, booking);
    expect([flow.state, flow.step, flow.ticketMode]).to.deep.equal(['ticket', 'ticket', 'view']);
    expect(flow.identity).to.deep.equal({ nik: '', name: '', phone: '', email: '' });
    const [name, detail] = host.events.at(-1)!;
    expect(name).to.equal('mpp-booking-confirmed');
    expect(Object.keys(detail as object).sort()).to.deep.equal(['code', 'date', 'serviceId', 'sessionStart']);
    expect(host.steps()).to.deep.equal(['ticket']);
  });

  it('a move forgets the old day and session and is not a step the page hears of', () => {
    const { host, flow } = flowWith();
    flow.state = 'ticket';
    flow.booking = bookingOnTheDay();
    flow.date = flow.booking.date;
    flow.sessionId = 's1';
    flow.ticketMessage = { tone: 'success', text: 'old news' };
    flow.send({ type: 'reschedule' });
    expect([flow.step, flow.ticketMode]).to.deep.equal(['ticket', 'reschedule-day']);
    expect([flow.date, flow.sessionId, flow.ticketMessage]).to.deep.equal([undefined, undefined, undefined]);
    expect(host.steps()).to.deep.equal([]);
  });

  it('cancelled: the page hears the code; "book again" starts over at the first question', () => {
    const { host, flow } = flowWith();
    flow.state = 'confirm-cancel';
    const booking = bookingOnTheDay();
    changed(flow, 'cancelled', { ...booking, status: 'cancelled' });
    expect(flow.ticketMode).to.equal('cancelled');
    expect(host.events.at(-1)).to.deep.equal(['mpp-booking-cancelled', { code: booking.code }]);
    flow.send({ type: 'book-again' });
    expect(flow.state).to.equal('service');
    expect(flow.booking).to.equal(undefined);
    expect(host.steps()).to.deep.equal(['service']);
  });
});
