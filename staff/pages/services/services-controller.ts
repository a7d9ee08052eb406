// The services page's state: the list (loading, failed, loaded), the agencies to choose from, and the form of one
// service (loading, failed, editing with its errors, saving, saved). Views are functions of this state.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Agency, StaffService } from '../../../src/api/types.js';
import { serviceProblems } from '../../../src/rules/index.js';
import { fieldMessages, problemMessage, type SummaryItem } from '../../core/errors.js';
import type { StaffAccount } from '../../core/roles.js';
import { MppApiError, type StaffApi } from '../../core/staff-api.js';
import {
  draftOf,
  emptyDraft,
  INPUT_ORDER,
  inputOf,
  standardOf,
  typingProblems,
  type DraftPatch,
  type ServiceDraft,
} from './service-draft.js';

export type ListState =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; items: StaffService[] };

export type FormState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'editing';
      draft: ServiceDraft;
      /** The service as last stored; null for a new one. */
      stored: StaffService | null;
      /** Messages by input id, beside their fields and in the summary. */
      errors: Record<string, string>;
      /** A message about the whole form (someone saved first, the network). */
      problem: string;
      saving: boolean;
      saved: boolean;
    };

/** Errors by input id as the error summary lists them, in the form's order. */
export const summaryOf = (errors: Record<string, string>, problem: string): SummaryItem[] => [
  ...(problem ? [{ message: problem }] : []),
  ...Object.entries(errors)
    .sort(([a], [b]) => INPUT_ORDER.indexOf(a) - INPUT_ORDER.indexOf(b))
    .map(([field, message]) => ({ field, message })),
];

export class ServicesController implements ReactiveController {
  list: ListState = { kind: 'loading' };
  form: FormState = { kind: 'loading' };
  agencies: Agency[] = [];
  /** The list's filters: typed text, and (for an MPP administrator) one agency. */
  search = '';
  agencyFilter = '';

  constructor(private readonly host: ReactiveControllerHost & { api: StaffApi; account: StaffAccount }) {
    host.addController(this);
  }

  hostConnected() {}

  private get api() {
    return this.host.api;
  }

  async loadAgencies() {
    try {
      this.agencies = (await this.api.call('get', '/agencies')).items;
    } catch {
      // The form then offers the administrator's own agency only; the list still works.
      this.agencies = [];
    }
    this.host.requestUpdate();
  }

  async loadList() {
    this.list = { kind: 'loading' };
    this.host.requestUpdate();
    try {
      const { items } = await this.api.call('get', '/staff/services');
      this.list = { kind: 'loaded', items };
    } catch (error) {
      this.list = { kind: 'failed', message: problemMessage(error) };
    }
    this.host.requestUpdate();
  }

  /** Opens the form: a new service (`id` undefined) or a stored one. */
  async openForm(id: string | undefined) {
    if (id === undefined) {
      this.form = this.editing(emptyDraft(this.host.account.agencyId ?? ''), null);
      return this.host.requestUpdate();
    }
    this.form = { kind: 'loading' };
    this.host.requestUpdate();
    try {
      const stored = await this.api.call('get', '/staff/services/{serviceId}', { path: { serviceId: id } });
      this.form = this.editing(draftOf(stored), stored);
    } catch (error) {
      this.form = { kind: 'failed', message: problemMessage(error) };
    }
    this.host.requestUpdate();
  }

  private editing(draft: ServiceDraft, stored: StaffService | null, saved = false): FormState {
    return { kind: 'editing', draft, stored, errors: {}, problem: '', saving: false, saved };
  }

  /** A change to one field of the draft (the saved notice goes: what shows is no longer what was saved). */
  change({ en, ...patch }: DraftPatch) {
    if (this.form.kind !== 'editing') return;
    const draft = this.form.draft;
    this.form = { ...this.form, draft: { ...draft, ...patch, en: { ...draft.en, ...en } }, saved: false };
    this.host.requestUpdate();
  }

  /**
   * Checks the draft with the rules core first (nothing is sent while it is wrong), then saves it. Answers whether
   * it was saved; the draft stays as typed whatever happens.
   */
  async save(): Promise<boolean> {
    const f = this.form;
    if (f.kind !== 'editing' || f.saving) return false;
    const known = (id: string) => !this.agencies.length || this.agencies.some((a) => a.id === id);
    const standard = standardOf(f.draft);
    const errors: Record<string, string> = { ...typingProblems(f.draft) };
    if (!f.draft.agencyId) errors.agency = 'Pilih instansi pemilik layanan.';
    for (const p of serviceProblems(standard, known)) errors[inputOf(p.field)] ??= p.message;
    if (f.draft.id && !/^[a-z0-9-]{1,96}$/.test(f.draft.id))
      errors.id = 'Kode hanya boleh huruf kecil, angka dan tanda hubung.';
    if (Object.keys(errors).length) {
      this.form = { ...f, errors, problem: '', saved: false };
      this.host.requestUpdate();
      return false;
    }
    this.form = { ...f, errors: {}, problem: '', saving: true };
    this.host.requestUpdate();
    try {
      const stored = f.stored
        ? await this.api.call('put', '/staff/services/{serviceId}', {
            path: { serviceId: f.stored.id },
            body: { ...standard, revision: f.stored.revision },
          })
        : await this.api.call('post', '/staff/services', {
            body: { ...standard, ...(f.draft.id ? { id: f.draft.id } : {}) },
          });
      this.form = this.editing(draftOf(stored), stored, true);
      this.host.requestUpdate();
      return true;
    } catch (error) {
      const byField: Record<string, string> = {};
      for (const [field, message] of Object.entries(fieldMessages(error))) byField[inputOf(field)] ??= message;
      const stale = error instanceof MppApiError && error.status === 409 && !Object.keys(byField).length;
      this.form = {
        ...f,
        saving: false,
        errors: byField,
        problem: Object.keys(byField).length ? '' : problemMessage(error),
        saved: false,
      };
      if (stale) this.form.problem = `${problemMessage(error)} Salin perubahan Anda sebelum memuat ulang.`;
      this.host.requestUpdate();
      return false;
    }
  }
}
