import { expect, fixture, html, oneEvent, waitUntil as wait } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/queue-board/mpp-queue-board.js';
import type { MppQueueBoard } from '../../../src/components/queue-board/queue-board.js';
import { resetClients } from '../../../src/core/clients.js';
import { createBoardMock, fakeEventSource, type BoardMock } from '../../mocks/board-handlers.js';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { API_BASE as BASE } from '../../kit/fixtures.mjs';

/** Waits for what a person would see; the timeout only bounds a failing test on a busy machine. */
const waitUntil = <T>(check: () => T, message?: string) => wait(check, message, { timeout: 8000 });

const root = (el: HTMLElement) => el.shadowRoot!;
const q = (el: HTMLElement, s: string) => root(el).querySelector<HTMLElement>(s);
const qa = (el: HTMLElement, s: string) => [...root(el).querySelectorAll<HTMLElement>(s)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const counterText = (el: HTMLElement, id: string) => text(q(el, `[data-counter="${id}"]`));

const OTHER = { id: 'dpmptsp', counter: 'loket-2', short: 'DPMPTSP' };

let realEventSource: typeof EventSource;
let fake: ReturnType<typeof fakeEventSource>;

function serve(mock: BoardMock) {
  installMockFetch(mock.handlers);
  fake = fakeEventSource(mock);
  window.EventSource = fake.FakeEventSource as unknown as typeof EventSource;
}

async function board(attrs: { agency?: string; history?: number; lang?: string; sound?: boolean } = {}) {
  return fixture<MppQueueBoard>(
    html`<mpp-queue-board
      api-base=${BASE}
      agency=${attrs.agency ?? 'disdukcapil'}
      history=${attrs.history ?? 6}
      lang=${attrs.lang ?? 'id'}
      ?sound=${attrs.sound}
      ?speech=${attrs.sound}
    ></mpp-queue-board>`,
  );
}

describe('<mpp-queue-board>', function () {
  // Axe runs several times per test on a machine shared by many: room beyond mocha's 2 s default.
  this.timeout(30_000);
  before(() => (realEventSource = window.EventSource));
  beforeEach(() => resetClients());
  afterEach(() => {
    restoreFetch();
    window.EventSource = realEventSource;
    sinon.restore();
  });

  it('shows an empty hall, then a call the moment it is made, in the live region too', async () => {
    const mock = createBoardMock({ base: BASE });
    serve(mock);
    const el = await board();
    await waitUntil(() => text(q(el, '[part~="notice"]')).includes('Belum ada nomor yang dipanggil'));
    await waitUntil(() => text(q(el, '[part="status"]')) === 'Langsung');
    await expect(el).to.be.accessible();

    const heard = oneEvent(el, 'mpp-queue-call');
    const call = mock.call('disdukcapil', 'loket-1');
    const event = await heard;
    expect(event.detail).to.deep.equal({
      queueNumber: call.queueNumber,
      agencyId: 'disdukcapil',
      counterId: 'loket-1',
      counterName: 'Loket 1',
    });
    await el.updateComplete;
    expect(counterText(el, 'loket-1')).to.contain(call.queueNumber);
    expect(text(q(el, '.recent__item--latest')))
      .to.contain(call.queueNumber)
      .and.to.contain('Loket 1');
    expect(text(q(el, '[role="status"][aria-live]'))).to.equal(
      `Nomor antrean ${call.queueNumber}, silakan ke Loket 1.`,
    );
    await expect(el).to.be.accessible();

    mock.end('disdukcapil', 'loket-1');
    await waitUntil(() => counterText(el, 'loket-1').includes('Belum memanggil'));
    expect(text(q(el, '.recent__item--latest')), 'a served number stays in the list').to.contain(call.queueNumber);
  });

  it('keeps the list and the page bounded however many calls come (a board runs for days)', async () => {
    const mock = createBoardMock({ base: BASE });
    serve(mock);
    const el = await board({ history: 5 });
    await waitUntil(() => fake.open.size === 1 && [...fake.open][0]!.readyState === 1);
    for (let i = 0; i < 5; i++) mock.call('disdukcapil', 'loket-1');
    await el.updateComplete;
    const nodesWhenFull = root(el).querySelectorAll('*').length;
    let last = '';
    for (let i = 0; i < 500; i++) last = mock.call('disdukcapil', 'loket-1').queueNumber;
    await el.updateComplete;
    expect(qa(el, '[part="recent-call"]')).to.have.length(5);
    expect(text(q(el, '.recent__item--latest'))).to.contain(last);
    expect(root(el).querySelectorAll('*').length, 'not one node more after 500 calls').to.equal(nodesWhenFull);
    expect(el.shadowRoot!.textContent).not.to.contain('D-006', 'the oldest calls are gone from the page');
    expect(fake.open.size, 'one EventSource, however long it runs').to.equal(1);
  });

  it('says it lost the line, keeps the last calls, and catches up on the calls made meanwhile', async () => {
    const mock = createBoardMock({ base: BASE });
    serve(mock);
    const first = mock.call('disdukcapil', 'loket-1');
    const el = await board();
    await waitUntil(() => counterText(el, 'loket-1').includes(first.queueNumber));
    await waitUntil(() => text(q(el, '[part="status"]')) === 'Langsung');

    fake.cut();
    await waitUntil(() => text(q(el, '[part~="notice"]')).includes('Koneksi ke sistem antrean terputus'));
    expect(counterText(el, 'loket-1'), 'the last known call stays').to.contain(first.queueNumber);
    await expect(el).to.be.accessible();
    const missed = [mock.call('disdukcapil', 'loket-1'), mock.call('disdukcapil', 'loket-1')];

    fake.restore();
    await waitUntil(() => counterText(el, 'loket-1').includes(missed[1]!.queueNumber));
    expect(qa(el, '[part="recent-call"]').map((li) => text(li.querySelector('.recent__number')))).to.deep.equal([
      missed[1]!.queueNumber,
      missed[0]!.queueNumber,
      first.queueNumber,
    ]);
    expect(q(el, '[part~="notice"]')).to.equal(null);
    expect(fake.open.size).to.equal(1);
  });

  it('follows an `agency` a page sets right after placing the board, before it has drawn', async () => {
    const mock = createBoardMock({ base: BASE });
    serve(mock);
    mock.call('disdukcapil', 'loket-1');
    const theirs = mock.call(OTHER.id, OTHER.counter);
    const el = document.createElement('mpp-queue-board') as MppQueueBoard;
    el.setAttribute('api-base', BASE);
    document.body.append(el);
    // Connected and already reading the whole hall; the page's script names its agency in the same task.
    el.setAttribute('agency', OTHER.id);
    try {
      await waitUntil(() => counterText(el, OTHER.counter).includes(theirs.queueNumber), "the agency's counter");
      expect(q(el, '[data-counter="loket-1"]'), "another agency's counter is not on this board").to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('polls the snapshot when the stream is refused, and when the browser has no EventSource', async () => {
    const mock = createBoardMock({ base: BASE });
    installMockFetch(mock.handlers);
    // @ts-expect-error -- a browser without server-sent events
    window.EventSource = undefined;
    const el = await fixture<MppQueueBoard>(
      html`<mpp-queue-board api-base=${BASE} agency="disdukcapil" poll-interval="0.05"></mpp-queue-board>`,
    );
    await waitUntil(() => text(q(el, '[part="status"]')) === 'Diperbarui berkala');
    const call = mock.call('disdukcapil', 'loket-1');
    await waitUntil(() => counterText(el, 'loket-1').includes(call.queueNumber));
    el.remove();
    const reads = mock.reads;
    await new Promise((r) => requestAnimationFrame(r));
    await waitUntil(() => mock.reads === reads, 'no poll after the board left the page');
  });

  it('says what failed and tries again on request', async () => {
    installMockFetch(createBoardMock({ base: BASE, scenario: 'error' }).handlers);
    const el = await board();
    await waitUntil(
      () => text(q(el, '[role="alert"]')).includes('Papan antrean tidak dapat dimuat'),
      `the failure, not: ${text(root(el) as unknown as Element)}`,
    );
    await expect(el).to.be.accessible();
    const mock = createBoardMock({ base: BASE });
    serve(mock);
    const retry = [...qa(el, 'button')].find((b) => text(b) === 'Coba lagi')!;
    retry.click();
    await waitUntil(() => text(q(el, '[part~="notice"]')).includes('Belum ada nomor'));
  });

  it('lists the whole MPP with each counter’s agency, and speaks English', async () => {
    const mock = createBoardMock({ base: BASE });
    serve(mock);
    const called = mock.call(OTHER.id, OTHER.counter);
    const el = await fixture<MppQueueBoard>(html`<mpp-queue-board api-base=${BASE} lang="en"></mpp-queue-board>`);
    await waitUntil(() => text(q(el, '[part="heading"]')) === 'Queue calls');
    await waitUntil(() => qa(el, '[part="counter"]').length === 1);
    expect(text(q(el, '[part="counter"]')))
      .to.contain(called.queueNumber)
      .and.to.contain(OTHER.short);
    await expect(el).to.be.accessible();
  });

  it('asks for a gesture before any sound, then chimes and speaks the call in words', async () => {
    const mock = createBoardMock({ base: BASE });
    serve(mock);
    const spoken: SpeechSynthesisUtterance[] = [];
    sinon.stub(window.speechSynthesis, 'speak').callsFake((u) => spoken.push(u));
    const el = await board({ sound: true });
    await waitUntil(() => qa(el, 'button').some((b) => text(b) === 'Aktifkan suara'), 'the button to unlock sound');
    const first = mock.call('disdukcapil', 'loket-1');
    await waitUntil(() => counterText(el, 'loket-1').includes(first.queueNumber), 'the first call on the board');
    expect(spoken, 'nothing before the gesture').to.have.length(0);

    [...qa(el, 'button')].find((b) => text(b) === 'Aktifkan suara')!.click();
    await el.updateComplete;
    const pressed = [...qa(el, 'button')].find((b) => b.getAttribute('aria-pressed') === 'true');
    expect(text(pressed!)).to.equal('Matikan suara');
    await expect(el).to.be.accessible();
    const second = mock.call('disdukcapil', 'loket-1');
    await waitUntil(() => counterText(el, 'loket-1').includes(second.queueNumber), 'the call on the board');
    await waitUntil(() => spoken.length === 1, 'spoken after the chime');
    expect(spoken[0]!.text).to.equal('Nomor antrean D dua, silakan ke loket satu.');
    expect(spoken[0]!.lang).to.equal('id-ID');
  });
});
