// The counter page's state: which counter this screen works, who it serves now, the check-in form, and each
// action's answer (served, no-show, sent on, called). Views are functions of this state (counter-views.ts).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { components } from '../../../src/api/mpp-api.js';
import type { Agency } from '../../../src/api/types.js';
import { fieldMessages, problemMessage } from '../../core/errors.js';
import type { StaffAccount } from '../../core/roles.js';
import { MppApiError, type StaffApi } from '../../core/staff-api.js';

export type CounterState = components['schemas']['CounterState'];
type Outcome = 'served' | 'no_show' | 'transferred';

/** A counter this account may work, with its agency. */
export interface CounterChoice {
  agencyId: string;
  agencyName: string;
  counterId: string;
  counterName: string;
}

/** What the last action did, said once in the page's status region. */
export interface Notice {
  kind: 'success' | 'error';
  text: string;
}

const BOOKING_CODE = /^RSV-[2-9A-HJ-NP-Z]{8}$/;

export class CounterController implements ReactiveController {
  /** The counters to choose from; undefined while loading. */
  choices: CounterChoice[] | undefined;
  loadError = '';
  /** The counter this screen works, once chosen. */
  current: CounterChoice | undefined;
  state: CounterState | undefined;
  /** The action under way (its buttons wait), or null. */
  busy: 'check-in' | 'call' | Outcome | 'refresh' | null = null;
  notice: Notice | undefined;
  code = '';
  codeError = '';
  transferTo = '';
  transferError = '';

  constructor(private readonly host: ReactiveControllerHost & { api: StaffApi; account: StaffAccount }) {
    host.addController(this);
  }

  hostConnected() {}

  private get api() {
    return this.host.api;
  }

  /** Loads the counters this account may work and opens `counterId` when it is one of them (or the only one). */
  async load(counterId: string | undefined): Promise<void> {
    this.loadError = '';
    try {
      const { items } = await this.api.call('get', '/agencies');
      const own =
        this.host.account.role === 'mpp_admin' ? items : items.filter((a) => a.id === this.host.account.agencyId);
      this.choices = own.flatMap((a: Agency) =>
        a.counters.map((k) => ({
          agencyId: a.id,
          agencyName: a.shortName || a.name,
          counterId: k.id,
          counterName: k.name,
        })),
      );
      const pick =
        this.choices.find((c) => c.counterId === counterId) ??
        (this.choices.length === 1 ? this.choices[0] : undefined);
      if (pick) await this.open(pick);
    } catch (error) {
      this.loadError = problemMessage(error);
    }
    this.host.requestUpdate();
  }

  /** Works `choice` from now on: its state is read at once. */
  async open(choice: CounterChoice): Promise<void> {
    this.current = choice;
    this.state = undefined;
    this.notice = undefined;
    this.transferTo = '';
    await this.refresh();
  }

  /** Reads who the counter serves now. */
  async refresh(): Promise<void> {
    const c = this.current;
    if (!c) return;
    await this.run('refresh', async () => {
      this.state = await this.api.call('get', '/operator/queues/{agencyId}/counters/{counterId}', {
        path: { agencyId: c.agencyId, counterId: c.counterId },
      });
    });
  }

  /** Checks in the booking whose code was typed or scanned; answers whether it worked. */
  async checkIn(): Promise<boolean> {
    const code = this.code.trim().toUpperCase();
    this.codeError = BOOKING_CODE.test(code) ? '' : 'Masukkan kode booking seperti RSV-7KQ2M9XA.';
    if (this.codeError) {
      this.host.requestUpdate();
      return false;
    }
    const ok = await this.run('check-in', async () => {
      const booking = await this.api.call('post', '/operator/bookings/{code}/check-in', { path: { code } });
      this.code = '';
      this.notice = {
        kind: 'success',
        text: `${booking.code} sudah check-in. Nomor antrean ${booking.queue?.number ?? '—'} (${booking.serviceName}).`,
      };
    });
    if (!ok && this.notice?.kind === 'error') this.codeError = this.notice.text;
    await this.refresh();
    return ok;
  }

  /** Calls the next visitor to this counter (finishing whoever it serves as served). */
  async callNext(): Promise<void> {
    const c = this.current!;
    await this.run('call', async () => {
      const queue = await this.api.call('post', '/operator/queues/{agencyId}/call-next', {
        path: { agencyId: c.agencyId },
        body: { counterId: c.counterId },
      });
      const called = queue.counters.find((k) => k.id === c.counterId)?.nowServing;
      this.notice = called
        ? { kind: 'success', text: `Nomor ${called} dipanggil ke ${c.counterName}.` }
        : { kind: 'success', text: 'Tidak ada yang menunggu.' };
    });
    await this.refresh();
  }

  /** Ends the call of the visitor at the counter. */
  async finish(outcome: Outcome): Promise<void> {
    const serving = this.state?.serving;
    if (!serving) return;
    if (outcome === 'transferred' && !this.transferTo) {
      this.transferError = 'Pilih loket tujuan.';
      this.host.requestUpdate();
      return;
    }
    this.transferError = '';
    const target = this.choices?.find((k) => k.counterId === this.transferTo && k.agencyId === this.current!.agencyId);
    await this.run(outcome, async () => {
      await this.api.call('post', '/operator/bookings/{code}/outcome', {
        path: { code: serving.code },
        body: outcome === 'transferred' ? { outcome, counterId: this.transferTo } : { outcome },
      });
      const words = {
        served: `${serving.queueNumber} selesai dilayani.`,
        no_show: `${serving.queueNumber} dicatat tidak hadir.`,
        transferred: `${serving.queueNumber} dikirim ke ${target?.counterName ?? 'loket lain'}.`,
      };
      this.notice = { kind: 'success', text: words[outcome] };
      this.transferTo = '';
    });
    if (outcome === 'transferred' && this.notice?.kind === 'error') this.transferError = this.notice.text;
    await this.refresh();
  }

  /** Other counters of this counter's agency (where a visitor may be sent). */
  get otherCounters(): CounterChoice[] {
    const c = this.current;
    return (this.choices ?? []).filter((k) => c && k.agencyId === c.agencyId && k.counterId !== c.counterId);
  }

  private async run(action: NonNullable<CounterController['busy']>, work: () => Promise<void>): Promise<boolean> {
    this.busy = action;
    this.host.requestUpdate();
    try {
      await work();
      return true;
    } catch (error) {
      const fields = error instanceof MppApiError ? fieldMessages(error) : {};
      this.notice = { kind: 'error', text: Object.values(fields)[0] ?? problemMessage(error) };
      return false;
    } finally {
      this.busy = null;
      this.host.requestUpdate();
    }
  }
}
