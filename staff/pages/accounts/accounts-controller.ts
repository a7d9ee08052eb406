// The accounts page's state and moves: the list, a new account's answers, and one account's change (role, agency,
// standing, a new password). The server decides who may do what (server/staff/policy.ts); the page only offers
// what the signed-in role can give. A Lit ReactiveController with no DOM of its own.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fieldMessages, problemMessage } from '../../core/errors.js';
import type { StaffAccount, StaffRole } from '../../core/roles.js';
import type { StaffApi } from '../../core/staff-api.js';

/** A new account's answers, or an account's change, as typed. */
export interface AccountAnswers {
  email: string;
  name: string;
  role: StaffRole;
  /** '' for no agency (an MPP administrator, a viewer of every agency). */
  agencyId: string;
  password: string;
  disabled: boolean;
}

/** The shortest password the server takes (server/staff/passwords.ts). */
export const MIN_PASSWORD = 12;

const EMPTY: AccountAnswers = { email: '', name: '', role: 'officer', agencyId: '', password: '', disabled: false };

export class AccountsController implements ReactiveController {
  list: StaffAccount[] = [];
  listState: 'loading' | 'ready' | 'failed' = 'loading';
  /** `new`: the new account's form; an account's id: its change; undefined: the list alone. */
  editing?: 'new' | string;
  answers: AccountAnswers = { ...EMPTY };
  errors: Record<string, string> = {};
  busy = false;
  done?: string;
  failure?: string;

  constructor(
    private readonly host: ReactiveControllerHost & { api: StaffApi; account: StaffAccount },
    private readonly onInvalid: () => void,
    private readonly onOpen: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(changes: Partial<AccountsController>) {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  async load(): Promise<void> {
    this.set({ listState: 'loading' });
    try {
      const { items } = await this.host.api.call('get', '/staff/accounts');
      this.set({ list: items, listState: 'ready' });
    } catch (error) {
      this.set({ listState: 'failed', failure: problemMessage(error) });
    }
  }

  /** Opens the new account's form; an agency administrator's accounts are of its agency. */
  startNew() {
    this.set({
      editing: 'new',
      answers: { ...EMPTY, agencyId: this.host.account.agencyId ?? '' },
      errors: {},
      done: undefined,
      failure: undefined,
    });
    this.onOpen();
  }

  startEdit(account: StaffAccount) {
    this.set({
      editing: account.id,
      answers: { ...EMPTY, ...account, agencyId: account.agencyId ?? '', password: '' },
      errors: {},
      done: undefined,
      failure: undefined,
    });
    this.onOpen();
  }

  cancel() {
    this.set({ editing: undefined, errors: {} });
  }

  answer<K extends keyof AccountAnswers>(key: K, value: AccountAnswers[K]) {
    this.set({ answers: { ...this.answers, [key]: value } });
  }

  /** What the form can tell before sending: the rest the server says, beside the same fields. */
  private check(isNew: boolean): Record<string, string> {
    const a = this.answers;
    const errors: Record<string, string> = {};
    if (isNew && !/^[^@\s]+@[^@\s]+$/.test(a.email.trim()))
      errors['account-email'] = 'Tulis alamat e-mail, misalnya nama@mpp.go.id.';
    if (!a.name.trim()) errors['account-name'] = 'Tulis nama.';
    if ((a.role === 'agency_admin' || a.role === 'officer') && !a.agencyId)
      errors['account-agency'] = 'Pilih instansi.';
    if ((isNew || a.password) && a.password.length < MIN_PASSWORD)
      errors['account-password'] = `Kata sandi sekurang-kurangnya ${MIN_PASSWORD} karakter.`;
    return errors;
  }

  async save(): Promise<void> {
    if (this.busy || !this.editing) return;
    const isNew = this.editing === 'new';
    const errors = this.check(isNew);
    this.set({ errors, failure: undefined });
    if (Object.keys(errors).length) return this.onInvalid();
    const a = this.answers;
    this.set({ busy: true });
    try {
      if (isNew) {
        const made = await this.host.api.call('post', '/staff/accounts', {
          body: {
            email: a.email.trim(),
            name: a.name.trim(),
            role: a.role,
            password: a.password,
            ...(a.agencyId ? { agencyId: a.agencyId } : {}),
          },
        });
        this.set({ done: `Akun ${made.email} dibuat.`, editing: undefined });
      } else {
        const before = this.list.find((x) => x.id === this.editing)!;
        const change = {
          ...(a.name.trim() !== before.name ? { name: a.name.trim() } : {}),
          ...(a.role !== before.role ? { role: a.role } : {}),
          ...((a.agencyId || null) !== before.agencyId ? { agencyId: a.agencyId || null } : {}),
          ...(a.disabled !== before.disabled ? { disabled: a.disabled } : {}),
          ...(a.password ? { password: a.password } : {}),
        };
        if (Object.keys(change).length) {
          const changed = await this.host.api.call('patch', '/staff/accounts/{staffId}', {
            path: { staffId: before.id },
            body: change,
          });
          this.set({ done: `Akun ${changed.email} diubah.`, editing: undefined });
        } else this.set({ editing: undefined });
      }
      await this.load();
    } catch (error) {
      const byField = fieldMessages(error);
      if (Object.keys(byField).length) {
        this.set({
          errors: Object.fromEntries(
            Object.entries(byField).map(([f, m]) => [`account-${f === 'agencyId' ? 'agency' : f}`, m]),
          ),
        });
        this.onInvalid();
      } else this.set({ failure: problemMessage(error) });
    } finally {
      this.set({ busy: false });
    }
  }
}
