// A person's rights under UU 27/2022 on their bookings: an administrator exports or erases one person's bookings on
// their request. The person is their NIK (in the request body only: never a URL, a log or the audit log) and the
// name or phone on their bookings. Both acts are audited by booking code and count.
import type { Hono } from 'hono';
import type { components } from '../../src/api/mpp-api.js';
import { schemaValidator } from '../contract.js';
import { csvHeaders, toCsv } from '../csv.js';
import type { BookingRecord } from '../store/types.js';
import type { PersonQuery } from '../store/visits-types.js';
import { authorize, type Principal } from './policy.js';
import type { StaffContext } from './routes.js';

type Schema<N extends keyof components['schemas']> = components['schemas'][N];
type PersonBooking = Schema<'PersonData'>['items'][number];

const CSV_HEADER = [
  'Kode booking',
  'Status',
  'ID layanan',
  'Layanan',
  'ID instansi',
  'Tanggal',
  'Sesi mulai',
  'Nama',
  'Nomor HP',
  'E-mail',
  'Dibuat',
  'Check-in',
  'Dipanggil',
  'Isian tambahan',
  'Alasan pembatalan',
];

export function mountPrivacy(api: Hono, d: StaffContext) {
  const { auth, catalogue, visits, staff, at, entry, invalid, hashNik } = d;

  const serviceName = (id: string) => {
    try {
      return catalogue.getService(id).name;
    } catch {
      return id;
    }
  };
  const personal = (r: BookingRecord): PersonBooking => ({
    code: r.code,
    status: r.status,
    serviceId: r.serviceId,
    serviceName: serviceName(r.serviceId),
    agencyId: r.agencyId,
    date: r.date,
    sessionStart: r.sessionStart,
    name: r.name,
    phone: r.phone,
    email: r.email,
    createdAt: r.createdAt,
    checkedInAt: r.checkedInAt,
    calledAt: r.calledAt,
    ...(r.fields ? { fields: r.fields } : {}),
    ...(r.cancelReason ? { cancelReason: r.cancelReason } : {}),
  });

  /** The caller, allowed for the agency it may act on (all for an MPP administrator), and the person's query. */
  async function personRequest(p: Principal, request: { nik: string; name?: string; phone?: string }) {
    const agencyId = p.role === 'mpp_admin' ? undefined : (p.agencyId ?? undefined);
    authorize(p, 'privacy', agencyId ?? null);
    if (request.name === undefined && request.phone === undefined)
      invalid('name', 'Isi nama atau nomor HP yang tercantum pada booking, untuk memastikan orangnya.');
    const query: PersonQuery = {
      nikHash: hashNik(request.nik),
      name: request.name,
      phone: request.phone,
      agencyId,
    };
    return { agencyId: agencyId ?? null, bookings: await visits.personBookings(query) };
  }

  const validateExport = schemaValidator<Schema<'PersonDataExportRequest'>>('PersonDataExportRequest');
  api.post('/staff/privacy/export', async (c) => {
    const p = await auth.principal(c);
    const request = await d.body(c, validateExport);
    const { agencyId, bookings } = await personRequest(p, request);
    const format = request.format ?? 'json';
    await staff.appendAudit(
      entry(p, 'privacy.export', agencyId, null, null, {
        format,
        bookings: bookings.length,
        codes: bookings.map((b) => b.code),
      }),
    );
    const items = bookings.map(personal);
    if (format === 'csv')
      return c.body(
        toCsv(
          CSV_HEADER,
          items.map((b) => [
            b.code,
            b.status,
            b.serviceId,
            b.serviceName,
            b.agencyId,
            b.date,
            b.sessionStart,
            b.name,
            b.phone,
            b.email,
            b.createdAt,
            b.checkedInAt,
            b.calledAt,
            // The service's extra fields in one cell, `nomor_kk: 2172…; plat: BP 1234 AB`.
            Object.entries(b.fields ?? {})
              .map(([id, value]) => `${id}: ${value}`)
              .join('; '),
            b.cancelReason ? [b.cancelReason.code, b.cancelReason.text].filter(Boolean).join(': ') : '',
          ]),
        ),
        200,
        csvHeaders('data-pribadi-booking.csv'),
      );
    return c.json({ items });
  });

  const validateErase = schemaValidator<Schema<'PersonDataRequest'>>('PersonDataRequest');
  api.post('/staff/privacy/erase', async (c) => {
    const p = await auth.principal(c);
    const request = await d.body(c, validateErase);
    const { agencyId, bookings } = await personRequest(p, request);
    const codes = bookings.map((b) => b.code);
    const erased = await visits.eraseBookings(
      codes,
      at(),
      entry(
        p,
        'privacy.erase',
        agencyId,
        null,
        { bookings: bookings.map((b) => ({ code: b.code, status: b.status })) },
        { erased: codes.length },
      ),
    );
    return c.json({ erased, codes });
  });
}
