// Reports on both engines: a day at the MPP (served, absent when called, cancelled, never came, another agency),
// then the report over two days as JSON and CSV, scoped by role and agency; and the figures still there once the
// bookings' personal data is erased.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, booking, conforms, KTP, MONDAY_0800, nik, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { staffOf, type StaffClient } from './staff-helpers.js';

const OTHER_SERVICE = 'dinkes-penerbitan-surat-izin-praktik-dokter-dokter';
const minutes = (n: number) => n * 60_000;

for (const engine of ENGINES) {
  describe(`reports on ${engine}`, () => {
    let server: TestServer;
    let admin: StaffClient;
    const report = (client: StaffClient, query: string) => client.call('GET', `/staff/reports?${query}`);
    const RANGE = 'from=2026-12-07&to=2026-12-08';

    before(async () => {
      server = await startServer({ engine });
      const officer = await staffOf(server, 'officer', 'disdukcapil');
      const made = async (serial: number, serviceId = KTP) => {
        const res = await book(server.base, booking({ nik: nik(serial), sessionId: 's0800', serviceId }));
        assert.equal(res.status, 201, JSON.stringify(res.body));
        return res.body.code as string;
      };
      const [served, absent, cancelled] = [await made(1), await made(2), await made(3)];
      await made(4); // never comes
      const dinkes = await made(5, OTHER_SERVICE);
      await server.store.cancel(cancelled, '2026-12-07T08:00:00+07:00');
      await officer.call('POST', `/operator/bookings/${served}/check-in`);
      await officer.call('POST', `/operator/bookings/${absent}/check-in`);
      // Served called after 10 minutes, absent after 20.
      server.setNow(MONDAY_0800 + minutes(10));
      await officer.call('POST', '/operator/queues/disdukcapil/call-next', { counterId: 'loket-1' });
      await officer.call('POST', `/operator/bookings/${served}/outcome`, { outcome: 'served' });
      server.setNow(MONDAY_0800 + minutes(20));
      await officer.call('POST', '/operator/queues/disdukcapil/call-next', { counterId: 'loket-1' });
      await officer.call('POST', `/operator/bookings/${absent}/outcome`, { outcome: 'no_show' });
      const dinkesOfficer = await staffOf(server, 'officer', 'dinkes');
      await dinkesOfficer.call('POST', `/operator/bookings/${dinkes}/check-in`);
      // The evaluation is read the next day.
      server.setNow(MONDAY_0800 + minutes(24 * 60));
      admin = await staffOf(server, 'mpp_admin');
    });
    after(() => server.close());

    it('counts bookings, visits, served, no-shows and waiting times per day, agency and service', async () => {
      const res = await report(admin, RANGE);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      conforms(assert, '/staff/reports', 'get', res);
      const ktp = res.body.rows.find((r: { serviceId: string }) => r.serviceId === KTP);
      assert.deepEqual(
        {
          date: ktp.date,
          agencyName: ktp.agencyName,
          bookings: ktp.bookings,
          cancelled: ktp.cancelled,
          visits: ktp.visits,
          served: ktp.served,
          noShows: ktp.noShows,
          waitAverageMinutes: ktp.waitAverageMinutes,
          waitMedianMinutes: ktp.waitMedianMinutes,
        },
        {
          date: '2026-12-07',
          agencyName: 'Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungpinang',
          bookings: 4,
          cancelled: 1,
          visits: 2,
          served: 1,
          // Absent when called, and booked but never came.
          noShows: 2,
          waitAverageMinutes: 15,
          waitMedianMinutes: 15,
        },
      );
      assert.equal(res.body.rows.length, 2, 'one row per day, agency and service with bookings');
      assert.equal(res.body.totals.bookings, 5);
      assert.equal(res.body.totals.visits, 3);
      assert.deepEqual(
        res.body.days.map((d: { date: string; bookings: number }) => [d.date, d.bookings]),
        [
          ['2026-12-07', 5],
          ['2026-12-08', 0],
        ],
      );
    });

    it('answers CSV a spreadsheet opens: UTF-8 with BOM, a header, CRLF lines', async () => {
      const res = await fetch(`${server.base}/staff/reports?${RANGE}&format=csv`, {
        headers: { Cookie: admin.cookie },
      });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^text\/csv; charset=utf-8/);
      assert.match(
        res.headers.get('content-disposition')!,
        /attachment; filename="laporan-mpp-2026-12-07-2026-12-08\.csv"/,
      );
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
      const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
      assert.equal(lines[0]!.split(',')[0], '"Tanggal"');
      assert.equal(lines.length, 4, 'header, two rows and the final line end');
      const ktpRow = [
        '2026-12-07',
        'disdukcapil',
        'Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungpinang',
        KTP,
        'Perekaman dan Penerbitan KTP-el Baru',
        ...[4, 1, 2, 1, 2, 15, 15],
      ];
      assert.equal(lines[2], ktpRow.map((cell) => `"${cell}"`).join(','));
    });

    it('shows an agency administrator and an agency viewer their agency only, and a viewer of none every agency', async () => {
      const agencyAdmin = await staffOf(server, 'agency_admin', 'dinkes');
      const mine = await report(agencyAdmin, RANGE);
      assert.equal(mine.status, 200);
      assert.deepEqual([...new Set(mine.body.rows.map((r: { agencyId: string }) => r.agencyId))], ['dinkes']);
      assert.equal(mine.body.agencyId, 'dinkes');
      assert.equal((await report(agencyAdmin, `${RANGE}&agencyId=disdukcapil`)).status, 403);
      const agencyViewer = await staffOf(server, 'viewer', 'dinkes');
      assert.equal((await report(agencyViewer, RANGE)).body.totals.bookings, 1);
      assert.equal((await report(agencyViewer, `${RANGE}&agencyId=disdukcapil`)).status, 403);
      const viewer = await staffOf(server, 'viewer');
      assert.equal((await report(viewer, RANGE)).body.totals.bookings, 5);
      assert.equal((await report(viewer, `${RANGE}&agencyId=disdukcapil`)).body.totals.bookings, 4);
      const officer = await staffOf(server, 'officer', 'dinkes');
      assert.equal((await report(officer, RANGE)).status, 403);
    });

    it('refuses a range that is not one, or longer than a year', async () => {
      for (const [query, field] of [
        ['from=2026-12-08&to=2026-12-07', 'to'],
        ['from=2026-01-01&to=2027-01-03', 'to'],
        ['from=7-12-2026&to=2026-12-07', 'from'],
        ['to=2026-12-07', 'from'],
        [`${RANGE}&format=xlsx`, 'format'],
      ] as const) {
        const res = await report(admin, query);
        assert.equal(res.status, 422, query);
        assert.equal(res.body.errors[0].field, field, query);
      }
    });
  });
}
