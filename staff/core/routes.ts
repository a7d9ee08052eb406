// The staff sections: one line each. A page is one element in its own folder under staff/pages/; `load`
// fetches its module the first time the section opens, so a counter PC never downloads the catalogue editor.
// The roles only shape the navigation: the server authorizes every operation itself.
import { ADMINS, COUNTER, EVERYONE, REPORTS, type StaffRole } from './roles.js';

export interface StaffRoute {
  /** The hash path: `layanan` is `#/layanan`. */
  path: string;
  /** Its name in the navigation and the document title. */
  label: string;
  /** The page element's tag, defined by `load`. */
  tag: string;
  /** Who sees it in the navigation and may open it. */
  roles: readonly StaffRole[];
  load: () => Promise<unknown>;
}

export const ROUTES: readonly StaffRoute[] = [
  {
    path: 'beranda',
    label: 'Beranda',
    tag: 'staff-home-page',
    roles: EVERYONE,
    load: () => import('../pages/home/staff-home-page.js'),
  },
  {
    path: 'layanan',
    label: 'Layanan',
    tag: 'staff-services-page',
    roles: ADMINS,
    load: () => import('../pages/services/staff-services-page.js'),
  },
  {
    path: 'katalog',
    label: 'Impor/ekspor CSV',
    tag: 'staff-catalogue-page',
    roles: ADMINS,
    load: () => import('../pages/catalogue/staff-catalogue-page.js'),
  },
  {
    path: 'jadwal',
    label: 'Jadwal & kuota',
    tag: 'staff-schedule-page',
    roles: ADMINS,
    load: () => import('../pages/schedule/staff-schedule-page.js'),
  },
  {
    path: 'hari-tutup',
    label: 'Hari tutup',
    tag: 'staff-closures-page',
    roles: ADMINS,
    load: () => import('../pages/closures/staff-closures-page.js'),
  },
  {
    path: 'akun',
    label: 'Akun staf',
    tag: 'staff-accounts-page',
    roles: ADMINS,
    load: () => import('../pages/accounts/staff-accounts-page.js'),
  },
  {
    path: 'audit',
    label: 'Catatan audit',
    tag: 'staff-audit-page',
    roles: ADMINS,
    load: () => import('../pages/audit/staff-audit-page.js'),
  },
  {
    path: 'loket',
    label: 'Loket',
    tag: 'staff-counter-page',
    roles: COUNTER,
    load: () => import('../pages/counter/staff-counter-page.js'),
  },
  {
    path: 'laporan',
    label: 'Laporan',
    tag: 'staff-reports-page',
    roles: REPORTS,
    load: () => import('../pages/reports/staff-reports-page.js'),
  },
  {
    path: 'data-pribadi',
    label: 'Data pribadi warga',
    tag: 'staff-privacy-page',
    roles: ADMINS,
    load: () => import('../pages/privacy/staff-privacy-page.js'),
  },
];

/** The routes a role may open, in navigation order. */
export const routesFor = (role: StaffRole) => ROUTES.filter((r) => r.roles.includes(role));
