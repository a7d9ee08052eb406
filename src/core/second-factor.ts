// The second factor a resident gives with a code, as the MPP chose it (`GET /config`, issue 19): the tracker and the
// survey placed alone ask it in the same words, check it by its kind's rule and send it as the API takes it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConfig } from '../api/operations.js';
import type { MppTransport } from '../api/transport.js';
import type { SecondFactorKind } from '../api/types.js';
import { birthDateFromInput, isSecondFactorKind } from '../rules/second-factor.js';
import { localised } from './i18n.js';

// Each kind's label, hint and what to fix; the label also fills the not-found messages. Only the words change: the
// field stays one text field.
const id = {
  nik_last4: [
    '4 angka terakhir NIK',
    'NIK pemohon, untuk memastikan data ini milik Anda',
    'Masukkan 4 angka terakhir NIK',
  ],
  phone_last4: [
    '4 angka terakhir nomor HP',
    'Nomor HP yang diisi saat booking, untuk memastikan data ini milik Anda',
    'Masukkan 4 angka terakhir nomor HP',
  ],
  birth_date: [
    'Tanggal lahir',
    'Tanggal-bulan-tahun sesuai KTP, contoh: 17-08-1990',
    'Masukkan tanggal lahir yang benar, contoh: 17-08-1990',
  ],
} satisfies Record<SecondFactorKind, [string, string, string]>;

export type SecondFactorWords = typeof id;

export const secondFactorWords = localised(id, () => import('./second-factor.en.js').then((m) => m.en));

/** A label inside a sentence: its first letter small ("tanggal lahir"), acronyms (NIK, HP) kept. */
export const lower = (label: string) => label[0]!.toLowerCase() + label.slice(1);

/** What the second factor needs from its element: the API, and a render when the kind or the answer changes. */
export interface SecondFactorHost extends ReactiveControllerHost {
  readonly client: MppTransport | undefined;
}

/** The MPP's kind of second factor (the NIK's digits until `GET /config` has answered) and what was typed. */
export class SecondFactor implements ReactiveController {
  kind: SecondFactorKind = 'nik_last4';
  /** What the resident typed; never read from or written to a URL or storage. */
  value = '';
  private asked = false;

  constructor(private readonly host: SecondFactorHost) {
    host.addController(this);
  }

  /** Asks the kind once a client is there (after the first render, so the form is never held up by it). */
  hostUpdated(): void {
    void this.ask();
  }

  /** Asks the kind, unless it was; a failure (offline) is asked again at the next render or check. */
  async ask(): Promise<void> {
    const client = this.host.client;
    if (this.asked || !client) return;
    this.asked = true;
    try {
      const { secondFactor } = await getConfig(client);
      // A kind this version does not know is asked as the default, which the server then refuses like a wrong one.
      if (isSecondFactorKind(secondFactor) && secondFactor !== this.kind) {
        this.kind = secondFactor;
        this.host.requestUpdate();
      }
    } catch {
      this.asked = false;
    }
  }

  set(value: string): void {
    this.value = value;
    this.host.requestUpdate();
  }

  /** The answer as the API takes it (a date of birth as `YYYY-MM-DD`), or undefined when it cannot be one. */
  get answer(): string | undefined {
    const typed = this.value.trim();
    return this.kind === 'birth_date' ? birthDateFromInput(typed) : /^\d{4}$/.test(typed) ? typed : undefined;
  }
}
