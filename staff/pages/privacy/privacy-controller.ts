// The person's-data page's state (UU 27/2022): who is asked about (NIK, and their name or phone as on their
// bookings), what was found, the confirmation before erasing, and what was erased. The NIK lives only here, in
// memory, and in the body of the request: never in the address, storage or an event; it is dropped once erased.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { components } from '../../../src/api/mpp-api.js';
import { fieldMessages, problemMessage, type SummaryItem } from '../../core/errors.js';
import type { StaffApi } from '../../core/staff-api.js';

export type PersonBooking = components['schemas']['PersonData']['items'][number];
export type PrivacyState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'failed'; message: string }
  | { kind: 'found'; items: PersonBooking[]; confirming: boolean }
  | { kind: 'erased'; count: number };

const FIELD_ORDER = ['nik', 'name', 'phone', 'confirm'];

export class PrivacyController implements ReactiveController {
  nik = '';
  name = '';
  phone = '';
  confirmed = false;
  errors: Record<string, string> = {};
  state: PrivacyState = { kind: 'idle' };

  constructor(private readonly host: ReactiveControllerHost & { api: StaffApi }) {
    host.addController(this);
  }

  hostConnected() {}

  /** Leaving the page forgets the person. */
  hostDisconnected() {
    this.forget();
  }

  get summary(): SummaryItem[] {
    return Object.entries(this.errors)
      .sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b))
      .map(([field, message]) => ({ field, message }));
  }

  private person() {
    const nik = this.nik.replace(/\s/g, '');
    return {
      nik,
      ...(this.name.trim() ? { name: this.name.trim() } : {}),
      ...(this.phone.trim() ? { phone: this.phone.trim() } : {}),
    };
  }

  private check(): boolean {
    this.errors = {};
    const p = this.person();
    if (!/^\d{16}$/.test(p.nik)) this.errors.nik = 'NIK harus 16 angka.';
    if (!p.name && !p.phone) this.errors.name = 'Isi nama atau nomor HP seperti tercantum pada booking.';
    this.host.requestUpdate();
    return !Object.keys(this.errors).length;
  }

  /** Finds the person's bookings (an export, audited by the server); answers whether the form was complete. */
  async find(): Promise<boolean> {
    if (!this.check()) return false;
    this.state = { kind: 'busy' };
    this.host.requestUpdate();
    try {
      const answer = await this.host.api.call('post', '/staff/privacy/export', {
        body: { ...this.person(), format: 'json' },
      });
      this.state = { kind: 'found', items: (answer as components['schemas']['PersonData']).items, confirming: false };
    } catch (error) {
      this.fail(error);
    }
    this.host.requestUpdate();
    return true;
  }

  /** The person's bookings as CSV, written by the server (an export of its own, audited). */
  async downloadCsv(save: (blob: Blob, filename: string) => void): Promise<void> {
    if (!this.check()) return;
    try {
      const response = await this.host.api.send('post', '/staff/privacy/export', {
        body: { ...this.person(), format: 'csv' },
      });
      save(await response.blob(), 'data-pribadi-booking.csv');
    } catch (error) {
      this.fail(error);
      this.host.requestUpdate();
    }
  }

  askToErase() {
    if (this.state.kind !== 'found') return;
    this.state = { ...this.state, confirming: true };
    this.confirmed = false;
    this.host.requestUpdate();
  }

  cancelErase() {
    if (this.state.kind === 'found') this.state = { ...this.state, confirming: false };
    this.errors = {};
    this.host.requestUpdate();
  }

  /** Erases the person's bookings, once the identity check is confirmed. */
  async erase(): Promise<boolean> {
    if (!this.confirmed) {
      this.errors = { confirm: 'Centang bahwa identitas pemohon sudah diperiksa.' };
      this.host.requestUpdate();
      return false;
    }
    if (!this.check()) return false;
    this.state = { kind: 'busy' };
    this.host.requestUpdate();
    try {
      const answer = await this.host.api.call('post', '/staff/privacy/erase', { body: this.person() });
      this.forget();
      this.state = { kind: 'erased', count: answer.erased };
    } catch (error) {
      this.fail(error);
    }
    this.host.requestUpdate();
    return true;
  }

  /** Drops the person from memory. */
  forget() {
    this.nik = '';
    this.name = '';
    this.phone = '';
    this.confirmed = false;
  }

  private fail(error: unknown) {
    const fields = fieldMessages(error);
    if (Object.keys(fields).length) {
      this.errors = fields;
      this.state = { kind: 'idle' };
    } else this.state = { kind: 'failed', message: problemMessage(error) };
  }
}
