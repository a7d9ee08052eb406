// Personal data no longer than needed (UU 27/2022), on both engines: the retention job erases past bookings'
// names, phones and NIK hashes (idempotent, safe when two runs meet), leaving the report's counts; an administrator
// exports or erases one person's bookings, found by NIK and name or phone, and the act is audited without the NIK.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../config.js';
import { safeCell, toCsv } from '../csv.js';
import { runRetention } from '../retention.js';
import { visitStoreOf } from '../store/visits-open.js';
import { book, booking, call, conforms, KTP, nik, rowsOf, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { staffOf, type StaffClient } from './staff-helpers.js';

const DAY = 24 * 60 * 60_000;
const PERSON = { nik: nik(5150), name: 'Dewi Lestari', phone: '+6281311112222' };
const OTHER_SERVICE = 'dinkes-penerbitan-surat-izin-praktik-dokter-dokter';

describe('retention and CSV settings', () => {
  it('keeps personal data 90 days unless MPP_RETENTION_DAYS says otherwise', () => {
    assert.equal(loadConfig({}).retentionDays, 90);
    assert.equal(loadConfig({ MPP_RETENTION_DAYS: '30' }).retentionDays, 30);
    assert.equal(loadConfig({}).retentionIntervalMinutes, 60);
    assert.throws(() => loadConfig({ MPP_RETENTION_DAYS: 'sembilan puluh' }));
  });

  it('writes cells a spreadsheet never runs as formulas', () => {
    assert.equal(safeCell('=HYPERLINK("http://x")'), `'=HYPERLINK("http://x")`);
    assert.equal(safeCell('+62813'), "'+62813");
    assert.equal(safeCell('-1'), "'-1");
    assert.equal(safeCell('Dinas, Kota'), 'Dinas, Kota');
    assert.equal(safeCell(null), '');
    assert.equal(safeCell(15), '15');
    assert.equal(toCsv(['a', 'b'], [[1, '@x']]), '\uFEFF"a","b"\r\n"1","\'@x"\r\n');
  });
});

for (const engine of ENGINES) {
  describe(`retention on ${engine}`, () => {
    let server: TestServer;
    const codes: string[] = [];
    before(async () => {
      server = await startServer({ engine });
      // Two visits on Monday 7 December, one on Tuesday 8 December.
      for (const [serial, date, sessionId] of [
        [1, '2026-12-07', 's0800'],
        [2, '2026-12-07', 's1000'],
        [3, '2026-12-08', 's0900'],
      ] as const) {
        const res = await book(server.base, booking({ nik: nik(serial), date, sessionId }));
        assert.equal(res.status, 201, JSON.stringify(res.body));
        codes.push(res.body.code);
      }
    });
    after(() => server.close());

    const deps = () => ({ visits: visitStoreOf(server.store), staff: server.staff, clock: server.clock, days: 90 });

    it('erases names, phones and NIK hashes of bookings whose day is more than 90 days past, and nothing newer', async () => {
      // 90 days after Tuesday 8 December: Monday's visits are past the period, Tuesday's is not yet.
      const erased = await runRetention(deps(), Date.parse('2027-03-08T01:00:00+07:00'));
      assert.equal(erased, 2);
      const rows = await rowsOf(
        server,
        'SELECT code, name, phone, email, nik_hash, nik_last4 FROM bookings ORDER BY date',
      );
      for (const row of rows.slice(0, 2)) {
        assert.deepEqual([row.name, row.phone, row.email, row.nik_last4], ['', '', null, '']);
        assert.equal(row.nik_hash, `erased:${row.code}`);
      }
      assert.equal(rows[2].name, 'Siti Aminah', 'Tuesday’s booking keeps its data until its own period ends');
      assert.notEqual(rows[2].nik_hash, `erased:${rows[2].code}`);
      // The kept answers of the booking requests (they name the NIK's last digits) are gone too.
      assert.equal((await rowsOf(server, 'SELECT key FROM idempotency')).length, 0);
    });

    it('is idempotent, and two runs at once erase each booking once with one audit entry', async () => {
      const at = Date.parse('2027-03-09T01:00:00+07:00');
      const [a, b] = await Promise.all([runRetention(deps(), at), runRetention(deps(), at)]);
      assert.equal(a + b, 1, 'Tuesday’s booking, once');
      assert.equal(await runRetention(deps(), at + DAY), 0);
      const entries = (await server.staff.audit({ limit: 50 })).filter((e) => e.action === 'privacy.retention');
      assert.deepEqual(
        entries.map((e) => (e.after as { erased: number }).erased),
        [1, 2],
        'one entry per run that erased something, newest first',
      );
      assert.equal(entries[0]!.actorKind, 'system');
    });

    it('leaves the anonymous counts for the reports, and the resident’s look-up finds nothing personal', async () => {
      server.setNow(Date.parse('2027-03-09T09:00:00+07:00'));
      const viewer = await staffOf(server, 'viewer');
      const res = await viewer.call('GET', '/staff/reports?from=2026-12-07&to=2026-12-08');
      assert.equal(res.body.totals.bookings, 3);
      assert.equal(res.body.totals.noShows, 3, 'booked and never came');
      const lookup = await call(server.base, 'POST', '/bookings/lookup', { code: codes[0], nikLast4: '0001' });
      assert.equal(lookup.status, 404);
    });
  });

  describe(`a person's export and erasure on ${engine}`, () => {
    let server: TestServer;
    let admin: StaffClient;
    const mine: string[] = [];
    let stranger: string;
    before(async () => {
      server = await startServer({ engine, env: { MPP_DEFAULT_QUOTA: '20' } });
      admin = await staffOf(server, 'mpp_admin');
      // The person's two bookings (two agencies), one with their NIK typed under someone else's name and phone, and
      // a stranger's.
      for (const [serviceId, sessionId] of [
        [KTP, 's0800'],
        [OTHER_SERVICE, 's1000'],
      ] as const) {
        const res = await book(server.base, booking({ ...PERSON, serviceId, sessionId, name: 'dewi  LESTARI ' }));
        assert.equal(res.status, 201, JSON.stringify(res.body));
        mine.push(res.body.code);
      }
      const typo = await book(
        server.base,
        booking({ nik: PERSON.nik, name: 'Orang Lain', phone: '+6281399990000', date: '2026-12-08' }),
      );
      assert.equal(typo.status, 201);
      stranger = (await book(server.base, booking({ nik: nik(77), name: PERSON.name, phone: PERSON.phone }))).body.code;
    });
    after(() => server.close());

    const exportOf = (client: StaffClient, body: object) => client.call('POST', '/staff/privacy/export', body);

    it('exports the bookings that carry both the NIK and the name (or the phone), with their personal data', async () => {
      const byName = await exportOf(admin, { nik: PERSON.nik, name: 'Dewi Lestari' });
      assert.equal(byName.status, 200, JSON.stringify(byName.body));
      conforms(assert, '/staff/privacy/export', 'post', byName);
      assert.deepEqual(
        byName.body.items.map((b: { code: string }) => b.code),
        mine,
      );
      assert.equal(byName.body.items[0].phone, PERSON.phone);
      const byPhone = await exportOf(admin, { nik: PERSON.nik, phone: '0813-1111-2222' });
      assert.deepEqual(
        byPhone.body.items.map((b: { code: string }) => b.code),
        mine,
      );
      assert.ok(!byName.body.items.some((b: { code: string }) => b.code === stranger), 'the same name, another NIK');
      const nobody = await exportOf(admin, { nik: nik(9999), name: PERSON.name });
      assert.deepEqual(nobody.body.items, []);
    });

    it('exports as CSV, and refuses a request without a name or phone', async () => {
      const res = await fetch(`${server.base}/staff/privacy/export`, {
        method: 'POST',
        headers: { Cookie: admin.cookie, 'X-CSRF-Token': admin.csrf, 'Content-Type': 'application/json' },
        body: JSON.stringify({ nik: PERSON.nik, name: PERSON.name, format: 'csv' }),
      });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^text\/csv/);
      // Decoded keeping the byte-order mark (a plain decode drops it).
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
      assert.ok(text.startsWith('\uFEFF"Kode booking",'));
      assert.equal(text.trim().split('\r\n').length, 3);
      assert.match(text, /'\+6281311112222/, 'the phone kept as text, not a formula');
      const bare = await exportOf(admin, { nik: PERSON.nik });
      assert.equal(bare.status, 422);
      assert.equal(bare.body.errors[0].field, 'name');
    });

    it('lets an agency administrator reach its own agency’s bookings only, and an officer none', async () => {
      const dinkesAdmin = await staffOf(server, 'agency_admin', 'dinkes');
      const theirs = await exportOf(dinkesAdmin, { nik: PERSON.nik, name: PERSON.name });
      assert.deepEqual(
        theirs.body.items.map((b: { code: string }) => b.code),
        [mine[1]],
      );
      const officer = await staffOf(server, 'officer', 'disdukcapil');
      assert.equal((await exportOf(officer, { nik: PERSON.nik, name: PERSON.name })).status, 403);
      assert.equal(
        (await officer.call('POST', '/staff/privacy/erase', { nik: PERSON.nik, name: PERSON.name })).status,
        403,
      );
    });

    it('erases the person’s bookings, cancelling the active ones, and nothing of anyone else', async () => {
      const res = await admin.call('POST', '/staff/privacy/erase', { nik: PERSON.nik, name: PERSON.name });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      conforms(assert, '/staff/privacy/erase', 'post', res);
      assert.deepEqual(res.body, { erased: 2, codes: mine });
      for (const code of mine) {
        const [row] = await rowsOf(server, 'SELECT status, name, phone, nik_hash FROM bookings WHERE code = ?', code);
        assert.deepEqual([row.status, row.name, row.phone, row.nik_hash], ['cancelled', '', '', `erased:${code}`]);
      }
      const [other] = await rowsOf(server, 'SELECT name FROM bookings WHERE code = ?', stranger);
      assert.equal(other.name, PERSON.name);
      assert.deepEqual((await exportOf(admin, { nik: PERSON.nik, name: PERSON.name })).body.items, []);
      // The person's NIK booked under another name is still theirs to ask about with that name.
      assert.equal((await exportOf(admin, { nik: PERSON.nik, name: 'Orang Lain' })).body.items.length, 1);
      // The cancelled places are free again: the same person may book afresh.
      const again = await book(server.base, booking({ ...PERSON, sessionId: 's0800' }));
      assert.equal(again.status, 201, JSON.stringify(again.body));
    });

    it('audits every export and erasure by booking code and count, never the NIK, name or phone', async () => {
      const log = (await admin.call('GET', '/staff/audit?limit=200')).body.items as { action: string }[];
      const acts = log.filter((e) => e.action.startsWith('privacy.'));
      assert.deepEqual([...new Set(acts.map((e) => e.action))].sort(), ['privacy.erase', 'privacy.export']);
      const erase = acts.find((e) => e.action === 'privacy.erase') as unknown as {
        after: { erased: number };
        before: { bookings: { code: string }[] };
      };
      assert.equal(erase.after.erased, 2);
      assert.deepEqual(
        erase.before.bookings.map((b) => b.code),
        mine,
      );
      const stored = JSON.stringify(await rowsOf(server, 'SELECT * FROM staff_audit'));
      for (const secret of [PERSON.nik, PERSON.nik.slice(-4) + '"', 'Dewi', '81311112222', '0813-1111-2222'])
        assert.ok(!stored.includes(secret), `the audit log holds ${secret}`);
    });
  });
}

// The person's NIK is never part of a URL: the contract has no operation that takes one outside a request body.
describe('where a NIK may travel', () => {
  it('only in request bodies of the contract', async () => {
    const { openapi } = await import('../contract.js');
    const params = JSON.stringify(
      Object.values(openapi.paths).flatMap((p) =>
        Object.values(p).map((o) => (o as { parameters?: unknown }).parameters),
      ),
    );
    assert.doesNotMatch(params, /nik/i);
  });
});
