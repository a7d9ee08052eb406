// Who may do what, per agency: the one place that decides. Every staff route asks `allowed` (or `authorize`) with
// the agency the target belongs to, as the server knows it — never as the request says.
import { fail } from '../problems.js';
import type { StaffRole } from '../store/staff-types.js';

/** Who is asking: a signed-in staff member, or an agency system with an API key. */
export interface Principal {
  kind: 'staff' | 'api_key';
  /** The account's or the key's id. */
  id: string;
  /** The account's e-mail or the key's name, for the audit log. */
  label: string;
  role: StaffRole;
  /** Null for an MPP administrator (every agency) and a viewer of every agency. */
  agencyId: string | null;
}

/**
 * - `counter`: check in, call the next visitor, record the outcome of a visit, advance an application, read a
 *   booking or a counter at the counter.
 * - `staff`: read and manage accounts; `keys`: issue, list and revoke API keys; `audit`: read the audit log.
 * - `reports`: read the reports; `privacy`: export or erase one person's bookings on their request.
 * - `catalogue`: read and change services (published or not) and import or export the catalogue's CSV.
 * - `schedule`: read and change a service's sessions, quotas and window opening hour, and close or reopen days
 *   (of the whole MPP when `agencyId` is null: an MPP administrator's alone).
 */
export type Action = 'counter' | 'staff' | 'keys' | 'audit' | 'reports' | 'privacy' | 'catalogue' | 'schedule';

const ownAgency = (p: Principal, agencyId: string | null) => agencyId !== null && p.agencyId === agencyId;

/** Whether `p` may do `action` on what belongs to `agencyId` (null: the whole MPP). */
export function allowed(p: Principal, action: Action, agencyId: string | null): boolean {
  if (p.role === 'mpp_admin') return p.kind === 'staff';
  if (action === 'counter') return (p.role === 'agency_admin' || p.role === 'officer') && ownAgency(p, agencyId);
  // A viewer of no agency reads every agency's reports; an agency's viewer (a person or a key) and administrator, its own.
  if (action === 'reports')
    return (
      (p.role === 'viewer' && (p.agencyId === null || ownAgency(p, agencyId))) ||
      (p.role === 'agency_admin' && p.kind === 'staff' && ownAgency(p, agencyId))
    );
  return p.role === 'agency_admin' && p.kind === 'staff' && ownAgency(p, agencyId);
}

/** Refuses with 403 unless `allowed`. */
export function authorize(p: Principal, action: Action, agencyId: string | null): void {
  if (!allowed(p, action, agencyId)) fail(403, 'forbidden');
}

/** The roles `p` may give an account of `agencyId`: an agency administrator never makes an MPP administrator. */
export function mayGrant(p: Principal, role: StaffRole, agencyId: string | null): boolean {
  if (p.kind !== 'staff') return false;
  if (p.role === 'mpp_admin') return true;
  return p.role === 'agency_admin' && role !== 'mpp_admin' && ownAgency(p, agencyId);
}

/** Which agencies' records `p` may list for `action`: all (undefined) or its own. */
export function scopeOf(p: Principal, action: Action): string | undefined {
  authorize(p, action, p.role === 'mpp_admin' ? null : p.agencyId);
  return p.role === 'mpp_admin' ? undefined : p.agencyId!;
}
