// Staff roles as the pages name them, and who may open which section. The server decides every operation
// (server/staff/policy.ts); these only keep the navigation to what the signed-in role can use.
import type { components } from '../../src/api/mpp-api.js';

export type StaffAccount = components['schemas']['StaffAccount'];
export type StaffSession = components['schemas']['StaffSession'];
export type StaffRole = components['schemas']['StaffRole'];

export const ROLE_LABELS: Record<StaffRole, string> = {
  mpp_admin: 'Administrator MPP',
  agency_admin: 'Administrator instansi',
  officer: 'Petugas loket',
  viewer: 'Peninjau laporan',
};

/** Administrators: the MPP's and an agency's (its own agency's data). */
export const ADMINS: readonly StaffRole[] = ['mpp_admin', 'agency_admin'];
/** Who works a counter: administrators and counter officers. */
export const COUNTER: readonly StaffRole[] = ['mpp_admin', 'agency_admin', 'officer'];
/** Who reads reports: everyone but the counter officer. */
export const REPORTS: readonly StaffRole[] = ['mpp_admin', 'agency_admin', 'viewer'];
/** Everyone signed in. */
export const EVERYONE: readonly StaffRole[] = ['mpp_admin', 'agency_admin', 'officer', 'viewer'];
