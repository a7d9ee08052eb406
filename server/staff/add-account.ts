// Creating an account from the command line (`npm run staff:add`): the arguments, the checks, and the hint
// `npm start` prints while no MPP administrator exists.
import { randomUUID } from 'node:crypto';
import type { StaffRecord, StaffRole, StaffStore } from '../store/staff-types.js';
import { hashPassword, passwordProblem } from './passwords.js';

export const FIRST_ADMIN_HINT = [
  'no MPP administrator yet: create the first one with',
  '  npm run staff:add -- --email you@mpp.example.go.id --role admin',
  '(it asks for the password; or pipe it on stdin — docs/staff.md)',
].join('\n');

export const USAGE =
  'usage: npm run staff:add -- --email <e-mail> --role admin|agency_admin|officer|viewer [--agency <id>] [--name <name>]\n' +
  'The password is asked for (twice, not echoed), or read from the first line of stdin when it is not a terminal.';

const ROLES: Record<string, StaffRole> = {
  admin: 'mpp_admin',
  mpp_admin: 'mpp_admin',
  agency_admin: 'agency_admin',
  officer: 'officer',
  viewer: 'viewer',
};

export interface AddRequest {
  email: string;
  role: StaffRole;
  agencyId: string | null;
  name: string;
}

/** The request of `--email … --role … [--agency …] [--name …]`, or why it is wrong. */
export function parseArgs(argv: string[]): AddRequest | string {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!/^--(email|role|agency|name|password)$/.test(flag)) return `unknown argument ${flag}`;
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) return `${flag} needs a value`;
    values.set(flag.slice(2), value);
  }
  if (values.has('password')) return 'never give a password as an argument';
  const email = values.get('email')?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) return '--email <e-mail> is required';
  const role = ROLES[values.get('role') ?? ''];
  if (!role) return '--role is admin, agency_admin, officer or viewer';
  const agencyId = values.get('agency') ?? null;
  if (role === 'mpp_admin' && agencyId) return 'an MPP administrator belongs to no agency: leave out --agency';
  if ((role === 'agency_admin' || role === 'officer') && !agencyId) return `--agency is required for ${role}`;
  return { email, role, agencyId, name: values.get('name')?.trim() || email.split('@')[0]! };
}

/** Creates the account (audited as done from the command line); answers an error message, or null when created. */
export async function addAccount(
  staff: StaffStore,
  request: AddRequest,
  password: string,
  { at, knownAgency, who }: { at: string; knownAgency: (id: string) => boolean; who: string },
): Promise<string | null> {
  if (request.agencyId && !knownAgency(request.agencyId)) return `unknown agency ${request.agencyId}`;
  const weak = passwordProblem(password);
  if (weak) return weak;
  const record: StaffRecord = {
    id: `stf_${randomUUID().replaceAll('-', '').slice(0, 20)}`,
    email: request.email,
    name: request.name,
    role: request.role,
    agencyId: request.agencyId,
    passwordHash: await hashPassword(password),
    disabled: false,
    createdAt: at,
    updatedAt: at,
  };
  const { passwordHash: _hidden, ...shown } = record;
  const added = await staff.addStaff(record, {
    at,
    actorKind: 'system',
    actorId: 'staff:add',
    actorLabel: `staff:add (${who})`,
    action: 'staff.create',
    agencyId: record.agencyId,
    target: record.id,
    before: null,
    after: shown,
  });
  return added ? null : `an account with the e-mail ${request.email} exists already`;
}
