// A service's extra booking fields on both engines: the catalogue announces them, a booking answers them and is
// refused field by field in the usual problem shape, the answers are kept with the booking (normalised) and never
// answered back, and they are exported and erased with the rest of the person's data. The staff side checks the
// declarations and a catalogue import keeps them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runRetention } from '../retention.js';
import { visitStoreOf } from '../store/visits-open.js';
import { book, booking, call, conforms, KTP, nik, rowsOf, startServer, type TestServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { staffOf } from './staff-helpers.js';

const KIA = 'disdukcapil-penerbitan-kartu-identitas-anak';
const STNK = 'samsat-perpanjangan-stnk-5-tahunan-dan-penggantian';
const KK = '2172010101850001';

for (const engine of ENGINES) {
  describe(`extra booking fields on ${engine}`, () => {
    let server: TestServer;
    before(async () => (server = await startServer({ engine })));
    after(() => server.close());

    it('the catalogue announces a service’s fields, in the list and in its detail', async () => {
      const list = await call(server.base, 'GET', '/services');
      conforms(assert, '/services', 'get', list);
      const kia = list.body.items.find((s: { id: string }) => s.id === KIA);
      assert.equal(kia.bookingFields[0].id, 'nomor_kk');
      assert.equal(kia.bookingFields[0].label.id, 'Nomor KK');
      assert.equal(list.body.items.find((s: { id: string }) => s.id === KTP).bookingFields, undefined);
      const detail = await call(server.base, 'GET', `/services/${KIA}`);
      conforms(assert, '/services/{serviceId}', 'get', detail);
      assert.deepEqual(detail.body.bookingFields, kia.bookingFields);
    });

    it('refuses a booking without a required field, or with a wrong one, naming fields.<id> in Indonesian', async () => {
      const missing = await book(server.base, booking({ serviceId: KIA, nik: nik(601) }));
      assert.equal(missing.status, 422);
      conforms(assert, '/bookings', 'post', missing);
      assert.deepEqual(missing.body.errors, [
        { field: 'fields.nomor_kk', code: 'field_required', message: 'Masukkan Nomor KK' },
      ]);
      const short = await book(server.base, booking({ serviceId: KIA, nik: nik(602), fields: { nomor_kk: '2172' } }));
      assert.equal(short.status, 422);
      assert.deepEqual(short.body.errors, [
        { field: 'fields.nomor_kk', code: 'field_length', message: 'Nomor KK harus 16 angka' },
      ]);
      const letters = await book(
        server.base,
        booking({ serviceId: KIA, nik: nik(603), fields: { nomor_kk: '2172O10101850001' } }),
      );
      assert.equal(letters.body.errors[0].code, 'field_format');
      const stranger = await book(server.base, booking({ nik: nik(604), fields: { nomor_kk: KK } }));
      assert.equal(stranger.status, 422);
      assert.deepEqual(
        stranger.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [['fields.nomor_kk', 'field_unknown']],
        'a service that asks nothing takes no extra personal data',
      );
      // A field error comes with the identity's, in one answer.
      const both = await book(server.base, booking({ serviceId: KIA, nik: '2172013201850003' }));
      assert.deepEqual(
        both.body.errors.map((e: { field: string }) => e.field),
        ['nik', 'fields.nomor_kk'],
      );
    });

    it('books with the fields, keeps them normalised with the booking, and never answers them back', async () => {
      const res = await book(
        server.base,
        booking({ serviceId: KIA, nik: nik(605), fields: { nomor_kk: '2172 0101-0185.0001' } }),
      );
      assert.equal(res.status, 201, JSON.stringify(res.body));
      conforms(assert, '/bookings', 'post', res);
      assert.ok(!JSON.stringify(res.body).includes(KK), 'the answer carries no field value');
      const [row] = await rowsOf(server, 'SELECT extra_fields FROM bookings WHERE code = ?', res.body.code);
      assert.deepEqual(JSON.parse(row.extra_fields), { nomor_kk: KK });
      const found = await call(server.base, 'POST', '/bookings/lookup', { code: res.body.code, nikLast4: '0605' });
      assert.ok(!JSON.stringify(found.body).includes(KK), 'nor does a look-up');
    });

    it('checks a plate and a choice list, and keeps the plate as written on the STNK', async () => {
      const wrong = await book(
        server.base,
        booking({ serviceId: STNK, nik: nik(606), fields: { nomor_polisi: '1234', jenis_kendaraan: 'truk' } }),
      );
      assert.equal(wrong.status, 422);
      assert.deepEqual(
        wrong.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [
          ['fields.nomor_polisi', 'field_format'],
          ['fields.jenis_kendaraan', 'field_choice'],
        ],
      );
      const res = await book(
        server.base,
        booking({ serviceId: STNK, nik: nik(607), fields: { nomor_polisi: 'bp1234ab', jenis_kendaraan: 'roda-2' } }),
      );
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const [row] = await rowsOf(server, 'SELECT extra_fields FROM bookings WHERE code = ?', res.body.code);
      assert.deepEqual(JSON.parse(row.extra_fields), { nomor_polisi: 'BP 1234 AB', jenis_kendaraan: 'roda-2' });
    });

    it('a person’s export carries the fields; erasing the person, or the retention job, clears them', async () => {
      const person = { nik: nik(608), name: 'Rina Kurnia', phone: '+6281377778888' };
      const res = await book(server.base, booking({ ...person, serviceId: KIA, fields: { nomor_kk: KK } }));
      assert.equal(res.status, 201);
      const admin = await staffOf(server, 'mpp_admin');
      const exported = await admin.call('POST', '/staff/privacy/export', { nik: person.nik, name: person.name });
      assert.equal(exported.status, 200);
      conforms(assert, '/staff/privacy/export', 'post', exported);
      assert.deepEqual(exported.body.items[0].fields, { nomor_kk: KK });
      const csv = await admin.call('POST', '/staff/privacy/export', {
        nik: person.nik,
        name: person.name,
        format: 'csv',
      });
      assert.match(String(csv.body), /Isian tambahan/);
      assert.match(String(csv.body), new RegExp(`nomor_kk: ${KK}`));
      const erased = await admin.call('POST', '/staff/privacy/erase', { nik: person.nik, name: person.name });
      assert.equal(erased.status, 200);
      const [row] = await rowsOf(server, 'SELECT extra_fields FROM bookings WHERE code = ?', res.body.code);
      assert.equal(row.extra_fields, null);
      // The retention job erases with the same columns: a past visit's fields go with its name.
      const old = await book(server.base, booking({ serviceId: KIA, nik: nik(609), fields: { nomor_kk: KK } }));
      await runRetention(
        { visits: visitStoreOf(server.store), staff: server.staff, clock: server.clock, days: 90 },
        Date.parse('2027-04-01T01:00:00+07:00'),
      );
      const [oldRow] = await rowsOf(server, 'SELECT extra_fields FROM bookings WHERE code = ?', old.body.code);
      assert.equal(oldRow.extra_fields, null);
    });

    it('staff: declarations are checked, kept by a save, and kept by a catalogue import', async () => {
      const admin = await staffOf(server, 'mpp_admin');
      const stored = await admin.call('GET', `/staff/services/${KIA}`);
      assert.equal(stored.status, 200);
      assert.equal(stored.body.bookingFields[0].id, 'nomor_kk');
      const { id: _id, revision, updatedAt: _u, ...standard } = stored.body;
      const twice = await admin.call('PUT', `/staff/services/${KIA}`, {
        ...standard,
        revision,
        bookingFields: [standard.bookingFields[0], standard.bookingFields[0]],
      });
      assert.equal(twice.status, 422);
      assert.equal(twice.body.errors[0].field, 'bookingFields.1.id');
      const plate = {
        id: 'plat',
        label: { id: 'Nomor polisi' },
        required: false,
        format: 'vehicle_plate',
      };
      const saved = await admin.call('PUT', `/staff/services/${KIA}`, {
        ...standard,
        revision,
        bookingFields: [...standard.bookingFields, plate],
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(
        saved.body.bookingFields.map((f: { id: string }) => f.id),
        ['nomor_kk', 'plat'],
      );
      const service = await call(server.base, 'GET', `/services/${KIA}`);
      assert.equal(service.body.bookingFields.length, 2, 'residents see the change');
      // The sheet has no column for them: exported and imported again, the service keeps its fields.
      const csv = await admin.call('GET', '/staff/catalogue/export?agencyId=disdukcapil');
      const imported = await admin.call('POST', '/staff/catalogue/import', {
        csv: String(csv.body).replace('Penerbitan Kartu Identitas Anak (KIA)', 'Penerbitan KIA'),
      });
      assert.equal(imported.status, 200, JSON.stringify(imported.body));
      assert.deepEqual(imported.body.updated, [KIA]);
      const after = await admin.call('GET', `/staff/services/${KIA}`);
      assert.equal(after.body.name, 'Penerbitan KIA');
      assert.equal(after.body.bookingFields.length, 2);
    });
  });
}

for (const engine of ENGINES) {
  describe(`a cancel's reason on ${engine}`, () => {
    let server: TestServer;
    before(async () => (server = await startServer({ engine })));
    after(() => server.close());

    it('keeps the reason and the resident’s words (spaces folded); the words go with an erasure, the code stays', async () => {
      const person = { nik: nik(701), name: 'Budi Santoso', phone: '+6281399990000' };
      const made = await book(server.base, booking(person));
      const cancelled = await call(server.base, 'POST', `/bookings/${made.body.code}/cancel`, {
        nikLast4: '0701',
        reason: { code: 'schedule_conflict', text: '  Ada   rapat\tkantor ' },
      });
      assert.equal(cancelled.status, 200);
      conforms(assert, '/bookings/{code}/cancel', 'post', cancelled);
      assert.equal(cancelled.body.status, 'cancelled');
      const [row] = await rowsOf(
        server,
        'SELECT cancel_reason, cancel_note FROM bookings WHERE code = ?',
        made.body.code,
      );
      assert.deepEqual([row.cancel_reason, row.cancel_note], ['schedule_conflict', 'Ada rapat kantor']);
      const admin = await staffOf(server, 'mpp_admin');
      const exported = await admin.call('POST', '/staff/privacy/export', { nik: person.nik, name: person.name });
      conforms(assert, '/staff/privacy/export', 'post', exported);
      assert.deepEqual(exported.body.items[0].cancelReason, { code: 'schedule_conflict', text: 'Ada rapat kantor' });
      await admin.call('POST', '/staff/privacy/erase', { nik: person.nik, name: person.name });
      const [erased] = await rowsOf(
        server,
        'SELECT cancel_reason, cancel_note FROM bookings WHERE code = ?',
        made.body.code,
      );
      assert.deepEqual([erased.cancel_reason, erased.cancel_note], ['schedule_conflict', null]);
    });

    it('cancels without a reason as a v1 client does, and refuses a reason off the list or too long', async () => {
      const made = await book(server.base, booking({ nik: nik(702) }));
      const odd = await call(server.base, 'POST', `/bookings/${made.body.code}/cancel`, {
        nikLast4: '0702',
        reason: { code: 'bosan' },
      });
      assert.equal(odd.status, 422);
      assert.equal(odd.body.errors[0].field, 'reason.code');
      const long = await call(server.base, 'POST', `/bookings/${made.body.code}/cancel`, {
        nikLast4: '0702',
        reason: { code: 'other', text: 'x'.repeat(201) },
      });
      assert.equal(long.status, 422);
      assert.equal(long.body.errors[0].field, 'reason.text');
      const plain = await call(server.base, 'POST', `/bookings/${made.body.code}/cancel`, { nikLast4: '0702' });
      assert.equal(plain.status, 200);
      const [row] = await rowsOf(server, 'SELECT cancel_reason FROM bookings WHERE code = ?', made.body.code);
      assert.equal(row.cancel_reason, null);
    });
  });
}
