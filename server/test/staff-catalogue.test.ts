// The catalogue managed by administrators, over real HTTP on both engines: services created, edited, published and
// unpublished with every part of the service standard; residents seeing each change at once, on another instance
// too, with the ETag and compression following; the CSV export and the all-or-nothing import; the audit trail.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { CATALOGUE_COLUMNS, parseCsv, toCsv } from '../../src/rules/index.js';
import { book, booking, call, conforms, KTP, nik, rowsOf, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { staffOf, type StaffClient } from './staff-helpers.js';
import { standard } from './catalogue-helpers.js';

const finder = async (server: TestServer) => (await call(server.base, 'GET', '/services')).body;
const ids = (list: { items: { id: string }[] }) => list.items.map((s) => s.id);

for (const engine of ENGINES) {
  describe(`the catalogue managed by administrators on ${engine}`, () => {
    let server: TestServer;
    let admin: StaffClient;
    let agencyAdmin: StaffClient;
    before(async () => {
      server = await startServer({ engine });
      admin = await staffOf(server, 'mpp_admin');
      agencyAdmin = await staffOf(server, 'agency_admin', 'disdukcapil');
    });
    after(() => server.close());

    it('adds a service residents see at once, with a new ETag, compressed', async () => {
      const first = await call(server.base, 'GET', '/services', undefined, { 'Accept-Encoding': 'br' });
      const made = await agencyAdmin.call(
        'POST',
        '/staff/services',
        standard('disdukcapil', 'Legalisir Akta Kelahiran'),
      );
      assert.equal(made.status, 201, JSON.stringify(made.body));
      conforms(assert, '/staff/services', 'post', made);
      assert.equal(made.body.id, 'disdukcapil-legalisir-akta-kelahiran');
      assert.equal(made.body.revision, 1);

      const stale = await call(server.base, 'GET', '/services', undefined, {
        'Accept-Encoding': 'br',
        'If-None-Match': first.headers.get('etag')!,
      });
      assert.equal(stale.status, 200, 'the old ETag no longer matches');
      assert.notEqual(stale.headers.get('etag'), first.headers.get('etag'));
      assert.equal(stale.headers.get('content-encoding'), 'br');
      assert.ok(ids(stale.body).includes(made.body.id));
      const detail = await call(server.base, 'GET', `/services/${made.body.id}`);
      assert.deepEqual(detail.body.requirements, ['Akta asli', 'Fotokopi akta']);
      assert.equal(detail.body.agency.id, 'disdukcapil');
    });

    it('hides an unpublished service from residents, and shows it once published', async () => {
      const made = await admin.call(
        'POST',
        '/staff/services',
        standard('kpp', 'Konsultasi Pajak Daerah', { published: false, bookable: true }),
      );
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const id = made.body.id as string;
      assert.ok(!ids(await finder(server)).includes(id));
      assert.equal((await call(server.base, 'GET', `/services/${id}`)).status, 404);
      assert.equal((await call(server.base, 'GET', `/services/${id}/availability`)).status, 404);
      const refused = await book(server.base, booking({ serviceId: id, nik: nik(501) }));
      assert.equal(refused.status, 422, 'no booking of a service residents cannot see');

      const { revision, id: _id, updatedAt: _u, ...body } = made.body;
      const published = await admin.call('PUT', `/staff/services/${id}`, { ...body, published: true, revision });
      assert.equal(published.status, 200, JSON.stringify(published.body));
      conforms(assert, '/staff/services/{serviceId}', 'put', published);
      assert.equal(published.body.revision, 2);
      assert.ok(ids(await finder(server)).includes(id));
    });

    it('keeps a resident’s booking readable after its service is unpublished, and refuses new ones', async () => {
      const made = await book(server.base, booking({ nik: nik(502) }));
      assert.equal(made.status, 201);
      const current = (await admin.call('GET', `/staff/services/${KTP}`)).body;
      const { id: _id, updatedAt: _u, ...body } = current;
      assert.equal((await admin.call('PUT', `/staff/services/${KTP}`, { ...body, published: false })).status, 200);
      const lookup = await call(server.base, 'POST', '/bookings/lookup', { code: made.body.code, nikLast4: '0502' });
      assert.equal(lookup.status, 200, JSON.stringify(lookup.body));
      assert.equal((await book(server.base, booking({ nik: nik(503) }))).status, 422);
      const back = (await admin.call('GET', `/staff/services/${KTP}`)).body;
      const { id: _i, updatedAt: _v, ...again } = back;
      assert.equal((await admin.call('PUT', `/staff/services/${KTP}`, { ...again, published: true })).status, 200);
      assert.equal((await book(server.base, booking({ nik: nik(503) }))).status, 201);
    });

    it('refuses an incomplete standard field by field in Bahasa Indonesia, and fields the contract does not know', async () => {
      const res = await agencyAdmin.call(
        'POST',
        '/staff/services',
        standard('disdukcapil', 'Layanan Tanpa Syarat', {
          requirements: [],
          cost: { free: true, amount: 5000, text: 'Rp5.000' },
          complaints: [{ name: 'Situs', url: 'https://x' }],
        }),
      );
      assert.equal(res.status, 422);
      conforms(assert, '/staff/services', 'post', res);
      assert.deepEqual(
        res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
        [
          ['requirements', 'Tulis minimal satu persyaratan.'],
          ['cost.amount', 'Layanan gratis tidak boleh memiliki tarif. Kosongkan tarif atau hapus tanda gratis.'],
          ['complaints.0.url', 'Alamat web harus lengkap, diawali https:// atau http://.'],
        ],
      );
      const smuggled = await admin.call('POST', '/staff/services', {
        ...standard('kpp', 'Penyusup'),
        revision: 9,
        published: 'ya',
      });
      assert.equal(smuggled.status, 422);
      assert.deepEqual(smuggled.body.errors.map((e: { field: string }) => e.field).sort(), ['published', 'revision']);
    });

    it('refuses a taken id and a stale revision, and writes nothing', async () => {
      const taken = await admin.call('POST', '/staff/services', { ...standard('kpp', 'Apa Saja'), id: KTP });
      assert.equal(taken.status, 409);
      assert.deepEqual(taken.body.errors[0].field, 'id');
      const again = await agencyAdmin.call(
        'POST',
        '/staff/services',
        standard('disdukcapil', 'Legalisir Akta Kelahiran'),
      );
      assert.equal(again.status, 409, 'the same name makes the same id');
      assert.equal(again.body.errors[0].field, 'name');

      const current = (await admin.call('GET', `/staff/services/${KTP}`)).body;
      const { id: _id, updatedAt: _u, revision, ...body } = current;
      assert.equal((await admin.call('PUT', `/staff/services/${KTP}`, { ...body, revision })).status, 200);
      const late = await agencyAdmin.call('PUT', `/staff/services/${KTP}`, { ...body, name: 'Terlambat', revision });
      assert.equal(late.status, 409, 'someone saved first');
      assert.match(late.body.detail, /sudah diubah orang lain/);
      assert.notEqual((await admin.call('GET', `/staff/services/${KTP}`)).body.name, 'Terlambat');
    });

    it('keeps an agency administrator to its own agency’s services', async () => {
      const list = await agencyAdmin.call('GET', '/staff/services');
      conforms(assert, '/staff/services', 'get', list);
      assert.ok(list.body.items.length > 3);
      assert.ok(list.body.items.every((s: { agencyId: string }) => s.agencyId === 'disdukcapil'));
      assert.equal((await agencyAdmin.call('GET', '/staff/services?agencyId=kpp')).status, 403);
      assert.equal((await agencyAdmin.call('POST', '/staff/services', standard('kpp', 'Bukan Milikku'))).status, 403);
      const mine = (await agencyAdmin.call('GET', `/staff/services/${KTP}`)).body;
      const { id: _id, updatedAt: _u, ...body } = mine;
      const moved = await agencyAdmin.call('PUT', `/staff/services/${KTP}`, { ...body, agencyId: 'kpp' });
      assert.equal(moved.status, 403, 'an agency administrator cannot give its service away');
      const all = await admin.call('GET', '/staff/services?agencyId=kpp');
      assert.ok(all.body.items.every((s: { agencyId: string }) => s.agencyId === 'kpp'));
    });

    it('records each change in the audit log with the service before and after', async () => {
      const made = await agencyAdmin.call('POST', '/staff/services', standard('disdukcapil', 'Surat Pindah Datang'));
      const { id, revision, updatedAt: _u, ...body } = made.body;
      await agencyAdmin.call('PUT', `/staff/services/${id}`, { ...body, product: 'Surat Keterangan Pindah', revision });
      const log = (await admin.call('GET', '/staff/audit?limit=2')).body.items;
      assert.deepEqual(
        log.map((e: { action: string; target: string }) => [e.action, e.target]),
        [
          ['service.update', id],
          ['service.create', id],
        ],
      );
      assert.equal(log[0].before.product, 'Akta dilegalisir');
      assert.equal(log[0].after.product, 'Surat Keterangan Pindah');
      assert.equal(log[0].agencyId, 'disdukcapil');
      assert.equal(log[1].before, null);
    });

    it('exports the catalogue as Excel’s CSV: BOM, quoted, one row per service, own agency only', async () => {
      const res = await fetch(`${server.base}/staff/catalogue/export`, { headers: { Cookie: agencyAdmin.cookie } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(
        res.headers.get('content-disposition')!,
        /^attachment; filename="katalog-layanan-disdukcapil-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
      const parsed = parseCsv(new TextDecoder().decode(bytes));
      assert.ok(parsed.ok);
      assert.deepEqual(
        parsed.records[0]!.fields,
        CATALOGUE_COLUMNS.map((c) => c.header),
      );
      const agencies = new Set(parsed.records.slice(1).map((r) => r.fields[1]));
      assert.deepEqual([...agencies], ['disdukcapil']);
      const all = await fetch(`${server.base}/staff/catalogue/export`, { headers: { Cookie: admin.cookie } });
      const allRows = parseCsv(await all.text());
      assert.ok(allRows.ok && allRows.records.length - 1 === (await admin.call('GET', '/staff/services')).body.total);
    });

    describe('importing a CSV', () => {
      const exportOf = async (client: StaffClient) => {
        const text = await (
          await fetch(`${server.base}/staff/catalogue/export`, { headers: { Cookie: client.cookie } })
        ).text();
        const parsed = parseCsv(text);
        assert.ok(parsed.ok);
        return parsed.records.map((r) => r.fields);
      };
      const column = (name: string) => CATALOGUE_COLUMNS.findIndex((c) => c.header === name);
      const snapshot = async () => JSON.stringify((await admin.call('GET', '/staff/services')).body.items);

      it('applies nothing when one row is wrong, and reports it by row, column and message', async () => {
        const [header, ...rows] = await exportOf(agencyAdmin);
        rows[0]![column('nama')] = 'Nama Baru Yang Tidak Boleh Tersimpan';
        rows[2]![column('persyaratan')] = '';
        rows[3]![column('terbit')] = 'barangkali';
        const before = await snapshot();
        const auditBefore = (await admin.call('GET', '/staff/audit?limit=1')).body.items[0].seq;
        const res = await agencyAdmin.call('POST', '/staff/catalogue/import', { csv: toCsv([header!, ...rows]) });
        assert.equal(res.status, 422);
        conforms(assert, '/staff/catalogue/import', 'post', res);
        assert.deepEqual(res.body.rows, [
          { row: 4, column: 'persyaratan', message: 'Tulis minimal satu persyaratan.' },
          { row: 5, column: 'terbit', message: 'Isi ya atau tidak.' },
        ]);
        assert.equal(res.body.detail, '2 kesalahan pada 2 baris. Tidak ada yang diubah.');
        assert.equal(await snapshot(), before, 'nothing changed');
        assert.equal((await admin.call('GET', '/staff/audit?limit=1')).body.items[0].seq, auditBefore);
      });

      it('applies every row when all are right: new ones created, changed ones replaced, the rest left', async () => {
        const [header, ...rows] = await exportOf(agencyAdmin);
        rows[0]![column('nama')] = 'Nama Yang Diimpor';
        const fresh = [...rows[1]!];
        fresh[column('id')] = '';
        fresh[column('nama')] = 'Layanan Dari Impor';
        const res = await agencyAdmin.call('POST', '/staff/catalogue/import', {
          csv: toCsv([header!, ...rows, fresh]),
        });
        assert.equal(res.status, 200, JSON.stringify(res.body));
        conforms(assert, '/staff/catalogue/import', 'post', res);
        assert.deepEqual(res.body.updated, [rows[0]![column('id')]]);
        assert.deepEqual(res.body.created, ['disdukcapil-layanan-dari-impor']);
        assert.equal(res.body.unchanged.length, rows.length - 1);
        const list = await finder(server);
        assert.ok(list.items.some((s: { name: string }) => s.name === 'Nama Yang Diimpor'));
        assert.ok(ids(list).includes('disdukcapil-layanan-dari-impor'));
        const log = (await admin.call('GET', '/staff/audit?limit=3')).body.items;
        assert.deepEqual(
          log.map((e: { action: string }) => e.action),
          ['catalogue.import', 'service.create', 'service.update'],
        );
        assert.deepEqual(log[0].after, { created: 1, updated: 1, unchanged: rows.length - 1 });
      });

      it('refuses rows of another agency for an agency administrator', async () => {
        const [header, ...rows] = await exportOf(admin);
        const kpp = rows.findIndex((r) => r[column('instansi')] === 'kpp');
        const res = await agencyAdmin.call('POST', '/staff/catalogue/import', { csv: toCsv([header!, rows[kpp]!]) });
        assert.equal(res.status, 422);
        assert.deepEqual(res.body.rows, [
          { row: 2, column: 'instansi', message: 'Anda hanya dapat mengimpor layanan instansi disdukcapil.' },
          { row: 2, column: 'id', message: 'Kode ini milik layanan instansi lain.' },
        ]);
      });

      it('takes a whole catalogue larger than an ordinary request, and refuses one beyond the import limit', async () => {
        const [header, ...rows] = await exportOf(admin);
        const csv = toCsv([header!, ...rows]);
        assert.ok(csv.length > server.config.maxBodyBytes);
        const res = await admin.call('POST', '/staff/catalogue/import', { csv });
        assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 500));
        assert.equal(res.body.unchanged.length, rows.length);
        // On a connection of its own: the server answers 413 before reading the rest, and closes it.
        const status = await new Promise<number>((resolve, reject) => {
          const req = request(new URL(`${server.base}/staff/catalogue/import`), {
            method: 'POST',
            agent: false,
            headers: { 'Content-Type': 'application/json', Cookie: admin.cookie, 'X-CSRF-Token': admin.csrf },
          });
          req.on('response', (res) => {
            res.resume();
            resolve(res.statusCode!);
          });
          req.on('error', reject);
          req.end(JSON.stringify({ csv: 'x'.repeat(server.config.maxImportBytes) }));
        });
        assert.equal(status, 413);
      });
    });

    it('shows a change made on one instance to residents of another, without a restart', async () => {
      const other = await startServer({ engine, database: server.path, env: { MPP_CATALOGUE_CHECK_MS: '0' } });
      try {
        const made = await admin.call('POST', '/staff/services', standard('kpp', 'Layanan Lintas Instansi'));
        assert.equal(made.status, 201);
        assert.ok(ids(await finder(other)).includes(made.body.id));
        const rows = await rowsOf(server, 'SELECT published FROM services WHERE id = ?', made.body.id);
        assert.equal(Boolean(rows[0].published), true);
      } finally {
        await other.close();
      }
    });
  });
}
