// The status tracker's look-up without an element: checking the answers, one look-up and its outcomes, the live
// queue's refreshes and their back-off, driven by a stand-in host over the mocked API with a fake clock.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import type { ReactiveController } from 'lit';
import type { Booking } from '../../../../src/api/types.js';
import {
  normaliseCode,
  StatusLookup,
  type StatusLookupHost,
} from '../../../../src/components/status-tracker/status-lookup.js';
import { clientFor, resetClients } from '../../../../src/core/clients.js';
import type { Lang } from '../../../../src/core/i18n.js';
import { bookingOnTheDay } from '../../../mocks/fixtures.js';
import { installMockFetch, restoreFetch } from '../../../mocks/fetch.js';
import { createMockApi } from '../../../mocks/handlers.js';

const BASE = 'http://mpp.test/api/v1';
const CODE = 'RSV-7KQ2M9XA'; // the code of bookingOnTheDay()

class StandInHost implements StatusLookupHost {
  client = clientFor(BASE);
  language: Lang = 'id';
  code = '';
  refreshInterval = 20;
  events: [string, unknown][] = [];
  focus: string[] = [];
  controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {}
  emit<T>(name: string, detail: T) {
    this.events.push([name, detail]);
    return true;
  }
  moveFocus(target: string) {
    this.focus.push(target);
  }
}

/** Serves the booking look-up from `answers` in turn (the last one again once they run out). */
function serve(answers: (() => Response)[]) {
  const seen: Request[] = [];
  installMockFetch([
    http.post(`${BASE}/lookup`, ({ request }) => {
      seen.push(request);
      return answers[Math.min(seen.length - 1, answers.length - 1)]();
    }),
    ...createMockApi({ base: BASE }).handlers,
  ]);
  return seen;
}
const ok = (b: Booking) => () => HttpResponse.json(b);
const down = () => HttpResponse.error();

function lookupWith(code: string, last4 = '0003') {
  const host = new StandInHost();
  const lookup = new StatusLookup(host);
  host.code = code;
  lookup.factor.set(last4);
  return { host, lookup };
}

describe('status look-up', () => {
  let clock: sinon.SinonFakeTimers;
  const flush = async () => {
    for (let i = 0; i < 10; i++) await clock.tickAsync(0);
  };
  beforeEach(() => {
    resetClients();
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    clock.restore();
    restoreFetch();
  });

  it('tidies what the resident typed: spaces and typographic dashes go, case and underscores stay', () => {
    expect(normaliseCode(' rsv – 7kq2 m9xa ')).to.equal('rsv-7kq2m9xa');
    expect(normaliseCode('SIOLA_2026.000124')).to.equal('SIOLA_2026.000124');
  });

  it('tells the page of a failure once, and of a look-up it called off (leaving the page) not at all', async () => {
    installMockFetch([
      http.post(`${BASE}/lookup`, async () => {
        await new Promise(() => {}); // never answered
        return HttpResponse.json({});
      }),
    ]);
    const called = lookupWith(CODE);
    const pending = called.lookup.submit();
    await flush();
    called.lookup.hostDisconnected();
    await pending;
    expect(called.host.events.filter(([name]) => name === 'mpp-error')).to.deep.equal([]);

    serve([
      () => HttpResponse.json({ type: 'about:blank', title: 'x', status: 404, code: 'not_found' }, { status: 404 }),
    ]);
    const failed = lookupWith(CODE);
    await failed.lookup.submit();
    expect(failed.host.events.filter(([name]) => name === 'mpp-error')).to.deep.equal([
      ['mpp-error', { code: 'not_found', retryable: false }],
    ]);
  });

  it('asks nothing of the API while an answer is wrong, and says what to fix', async () => {
    const seen = serve([ok(bookingOnTheDay())]);
    const { host, lookup } = lookupWith('R/1', '12');
    await lookup.submit();
    expect(seen.length).to.equal(0);
    expect(lookup.errors).to.have.keys('code', 'last4');
    expect(host.focus).to.deep.equal(['errors']);
  });

  it('a found booking: the tidied code is kept, the page hears its kind and state, focus goes to it', async () => {
    serve([ok(bookingOnTheDay({ status: 'done', queue: undefined }))]);
    const { host, lookup } = lookupWith(' rsv-7kq2m9xa ');
    await lookup.submit();
    expect(host.code).to.equal(CODE);
    expect(lookup.result?.kind).to.equal('booking');
    expect(lookup.looking).to.equal(false);
    expect(host.events).to.deep.equal([['mpp-status-result', { kind: 'booking', status: 'done' }]]);
    expect(host.focus).to.deep.equal(['result']);
    expect(lookup.live, 'a visit that is over is not refreshed').to.equal(false);
  });

  it('not found: a failure, no result', async () => {
    serve([() => HttpResponse.json({ status: 404, code: 'not_found', title: 'x' }, { status: 404 })]);
    const { lookup } = lookupWith(CODE);
    await lookup.submit();
    expect(lookup.failure?.code).to.equal('not_found');
    expect(lookup.result).to.equal(undefined);
  });

  it('a live visit is refreshed each interval, announced once per change, and backs off while offline', async () => {
    const seen = serve([ok(bookingOnTheDay({}, 3)), ok(bookingOnTheDay({}, 1)), down, down, down]);
    const { host, lookup } = lookupWith(CODE);
    host.refreshInterval = 20;
    await lookup.submit();
    expect(lookup.live).to.equal(true);
    await clock.tickAsync(20_000);
    await flush();
    expect(seen.length).to.equal(2);
    expect(lookup.announcement).to.equal('Sekarang 1 orang di depan Anda.');
    // Offline: the result stays, marked stale, and the next look-up waits twice the interval. (The client's own
    // quick retries of one look-up are one failure.)
    await clock.tickAsync(20_000);
    for (let s = 0; s < 30 && !lookup.stale; s++) await clock.tickAsync(1_000);
    expect(lookup.result?.kind).to.equal('booking');
    expect(lookup.stale).to.equal(true);
    const afterFirstFailure = seen.length;
    await clock.tickAsync(35_000);
    expect(seen.length, 'no look-up before 40 s').to.equal(afterFirstFailure);
    await clock.tickAsync(6_000);
    await flush();
    expect(seen.length, 'a look-up by 41 s').to.be.greaterThan(afterFirstFailure);
    lookup.hostDisconnected();
  });

  it('"look up another" clears the result and the second factor, keeps the code, and focuses it', async () => {
    serve([ok(bookingOnTheDay({}, 3))]);
    const { host, lookup } = lookupWith(CODE);
    await lookup.submit();
    lookup.reset();
    expect([lookup.result, lookup.factor.value, host.code]).to.deep.equal([undefined, '', CODE]);
    expect(host.focus.at(-1)).to.equal('code');
    expect(lookup.live).to.equal(false);
  });
});
