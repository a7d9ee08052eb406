// The demo applications (permohonan), one of each state a resident can meet: in progress, rejected, overdue,
// ready to collect, paused waiting for the resident. The reference server seeds them on first start and the MSW
// mocks serve them, from this one definition, so a story, a unit test and the demo page all show the same five.
// Dates are relative to `today` (a YYYY-MM-DD in the MPP's time zone, WIB); the second factor of each is 0003.
import type { Application, ApplicationStep } from '../src/api/types.js';

/** An application as the seed states it, before the server adds what it derives from its catalogue and the day. */
export type DemoApplication = Omit<
  Application,
  'kind' | 'serviceName' | 'agencyId' | 'agencyName' | 'overdue' | 'complaints'
>;

interface DemoApplicationSpec {
  number: string;
  status: Application['status'];
  submitted: number;
  deadline: number;
  steps: ApplicationStep['status'][];
  stepDays: number[];
  note?: string;
  rejectionReason?: string;
  collection?: Application['collection'];
  nextStep?: string;
  /** Paused this many days from today, waiting for the resident, and why. */
  paused?: { day: number; reason: string };
}

const STEPS = [
  ['received', 'Berkas diterima'],
  ['verification', 'Verifikasi berkas'],
  ['approval', 'Persetujuan kepala dinas'],
  ['issued', 'Izin terbit'],
];

const UNDER_REVIEW = 'Petugas memeriksa berkas Anda. Bila ada kekurangan, Anda akan dihubungi melalui nomor HP.';

// `submitted` and `deadline` in days from today; `stepDays` the day each step began (and, when done, ended).
const APPLICATIONS: DemoApplicationSpec[] = [
  {
    number: 'PMH-2026-000123',
    status: 'in_progress',
    submitted: -3,
    deadline: 4,
    steps: ['done', 'current', 'pending', 'pending'],
    stepDays: [-3, -2],
  },
  {
    number: 'PMH-2026-000124',
    status: 'rejected',
    submitted: -5,
    deadline: 2,
    steps: ['done', 'rejected', 'pending', 'pending'],
    stepDays: [-5, -4],
    note: 'STR sudah tidak berlaku',
    rejectionReason: 'Surat Tanda Registrasi (STR) sudah tidak berlaku. Ajukan kembali dengan STR yang masih berlaku.',
    nextStep: 'Ajukan permohonan baru dengan berkas yang sudah diperbaiki.',
  },
  {
    number: 'PMH-2026-000125',
    status: 'in_progress',
    submitted: -12,
    deadline: -2,
    steps: ['done', 'done', 'current', 'pending'],
    stepDays: [-12, -10, -7],
  },
  {
    number: 'PMH-2026-000126',
    status: 'ready',
    submitted: -6,
    deadline: -1,
    steps: ['done', 'done', 'done', 'done'],
    stepDays: [-6, -5, -2, -1],
    collection: { place: 'MPP Tanjungpinang, Loket 3', instructions: 'Bawa KTP-el asli dan tanda terima permohonan.' },
    nextStep: 'Izin Anda sudah terbit dan dapat diambil.',
  },
  {
    number: 'PMH-2026-000127',
    status: 'in_progress',
    submitted: -8,
    deadline: -1,
    steps: ['done', 'current', 'pending', 'pending'],
    stepDays: [-8, -7],
    paused: { day: -4, reason: 'Menunggu surat keterangan sehat dari dokter. Serahkan di Loket 3.' },
    nextStep: 'Setelah berkas diterima, verifikasi dilanjutkan dan target selesai bergeser sesuai lama penundaan.',
  },
];

/** The service every demo application is for. */
export const DEMO_APPLICATION_SERVICE = 'dinkes-penerbitan-surat-izin-praktik-bidan';

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const at = (date: string, hhmm: string) => `${date}T${hhmm}:00+07:00`;

/**
 * The demo applications as the API states them, without what the server derives from its catalogue (service and
 * agency names, complaint channels) or from the day (`overdue`).
 */
export function demoApplications(today: string): DemoApplication[] {
  return APPLICATIONS.map((a) => ({
    number: a.number,
    status: a.status,
    serviceId: DEMO_APPLICATION_SERVICE,
    submittedAt: at(addDays(today, a.submitted), '09:12'),
    deadline: addDays(today, a.deadline),
    steps: STEPS.map(([id, name], i): ApplicationStep => {
      const status = a.steps[i];
      const day = a.stepDays[i] === undefined ? undefined : addDays(today, a.stepDays[i]);
      return {
        id,
        name,
        status,
        ...(day ? { startedAt: at(day, '09:20') } : {}),
        ...(day && (status === 'done' || status === 'rejected') ? { completedAt: at(day, '14:00') } : {}),
        ...(status === 'rejected' && a.note ? { note: a.note } : {}),
      };
    }),
    ...(a.rejectionReason ? { rejectionReason: a.rejectionReason } : {}),
    ...(a.collection ? { collection: a.collection } : {}),
    ...(a.paused ? { pause: { since: at(addDays(today, a.paused.day), '10:30'), reason: a.paused.reason } } : {}),
    nextStep: a.nextStep ?? UNDER_REVIEW,
  }));
}
