// The catalogue's CSV: RFC 4180 as Excel writes and reads it, and a catalogue that survives a round trip through it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  BOM,
  CATALOGUE_COLUMNS,
  catalogueToCsv,
  parseCsv,
  readCatalogueCsv,
  serviceIdFor,
  serviceProblems,
  toCsv,
  type ServiceWithId,
} from '../../src/rules/index.js';

const fields = (text: string) => {
  const parsed = parseCsv(text);
  assert.ok(parsed.ok, 'parses');
  return parsed.records.map((r) => r.fields);
};

const catalogue = JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')) as {
  services: Omit<ServiceWithId, 'published'>[];
};
const seeded: ServiceWithId[] = catalogue.services.map((s) => ({ ...s, published: true }));

describe('CSV (RFC 4180)', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, and CRLF, LF or CR between records', () => {
    assert.deepEqual(fields('a,b\r\n"x, y","say ""hi"""\r\n'), [
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
    assert.deepEqual(fields('a,"line 1\r\nline 2"\nb,c\rd,'), [
      ['a', 'line 1\nline 2'],
      ['b', 'c'],
      ['d', ''],
    ]);
    assert.deepEqual(fields('"",x\n,\n'), [
      ['', 'x'],
      ['', ''],
    ]);
  });

  it('drops the BOM and empty lines, and reads Excel’s semicolon CSV', () => {
    assert.deepEqual(fields(`${BOM}id;nama\n\nx;"a;b"\n\n`), [
      ['id', 'nama'],
      ['x', 'a;b'],
    ]);
  });

  it('says on which line a quote is left open or followed by text', () => {
    assert.deepEqual(parseCsv('a,b\nc,"open\n\n'), { ok: false, line: 2 });
    assert.deepEqual(parseCsv('a\n"closed"x,b'), { ok: false, line: 2 });
  });

  it('writes what it reads: BOM, every field quoted, quotes doubled, CRLF', () => {
    const records = [
      ['id', 'teks'],
      ['a', 'say "hi", then\nleave'],
    ];
    const text = toCsv(records);
    assert.equal(text, `${BOM}"id","teks"\r\n"a","say ""hi"", then\r\nleave"\r\n`);
    assert.deepEqual(fields(text), records);
  });
});

describe('the catalogue as CSV', () => {
  it('exports the whole seeded catalogue and imports it back unchanged, without an error', () => {
    const { rows, errors } = readCatalogueCsv(catalogueToCsv(seeded));
    assert.deepEqual(errors, []);
    assert.equal(rows.length, seeded.length);
    for (const [i, row] of rows.entries()) {
      assert.equal(row.row, i + 2, 'the header is row 1');
      // A service's own booking questions have no CSV columns: an import keeps the ones the service has (docs/staff.md).
      const { bookingFields: _kept, ...expected } = seeded[i]!;
      assert.deepEqual(row.service, expected, seeded[i]!.id);
    }
  });

  it('writes a cell Excel would run as a formula after an apostrophe, and reads it back as written', () => {
    const hostile = { ...seeded[0]!, name: '=HYPERLINK("http://evil.example","klik")', product: '-5+3' };
    const text = catalogueToCsv([hostile]);
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""klik"")"`));
    assert.deepEqual(readCatalogueCsv(text).rows[0]!.service, hostile);
  });

  it('reports every wrong cell by row, column and a message in Bahasa Indonesia', () => {
    const good = seeded[0]!;
    const header = CATALOGUE_COLUMNS.map((c) => c.header);
    const rowOf = (s: ServiceWithId) => CATALOGUE_COLUMNS.map((c) => c.write(s));
    const text = toCsv([
      header,
      rowOf(good),
      rowOf({ ...good, id: 'baru-1', requirements: [], cost: { free: true, amount: 5000, text: 'Rp5.000' } }),
      rowOf({ ...good, id: 'baru-2', agencyId: 'tidak-ada' }).map((cell, i) =>
        header[i] === 'terbit' ? 'mungkin' : cell,
      ),
      rowOf(good),
    ]);
    const { errors } = readCatalogueCsv(text, (id) => id !== 'tidak-ada');
    assert.deepEqual(errors, [
      { row: 3, column: 'persyaratan', message: 'Tulis minimal satu persyaratan.' },
      {
        row: 3,
        column: 'tarif_rupiah',
        message: 'Layanan gratis tidak boleh memiliki tarif. Kosongkan tarif atau hapus tanda gratis.',
      },
      { row: 4, column: 'terbit', message: 'Isi ya atau tidak.' },
      { row: 5, column: 'id', message: `Layanan ${good.id} sudah ada di baris 2.` },
    ]);
  });

  it('refuses a header without a required column or with an unknown one, and an empty file', () => {
    const header = CATALOGUE_COLUMNS.map((c) => c.header).filter((h) => h !== 'produk');
    assert.deepEqual(readCatalogueCsv(toCsv([[...header, 'warna']])).errors, [
      { row: 1, column: 'produk', message: 'Kolom ini tidak ada di baris judul.' },
      { row: 1, column: 'warna', message: 'Kolom tidak dikenal. Periksa ejaan judul kolom.' },
    ]);
    assert.equal(readCatalogueCsv('').errors[0]!.message, 'Berkas kosong: tidak ada baris judul.');
    assert.equal(
      readCatalogueCsv(toCsv([CATALOGUE_COLUMNS.map((c) => c.header)])).errors[0]!.message,
      'Tidak ada layanan di bawah baris judul.',
    );
  });

  it('reads a new service without an id, rupiah with dots and complaints with their parts', () => {
    const header = CATALOGUE_COLUMNS.map((c) => c.header);
    const cells: Record<string, string> = {
      id: '',
      instansi: 'disdukcapil',
      nama: 'Legalisir Akta Kelahiran',
      kategori: 'Kependudukan',
      terbit: 'Ya',
      dapat_dibooking: 'tidak',
      kata_kunci: 'akta, legalisir',
      persyaratan: 'Akta asli\n\nFotokopi akta',
      prosedur: 'Serahkan berkas',
      waktu_penyelesaian: 'Hari yang sama',
      hari_kerja: '0',
      gratis: 'tidak',
      tarif_rupiah: '650.000',
      biaya: 'Rp650.000',
      produk: 'Akta dilegalisir',
      pengaduan: 'SP4N-LAPOR! | SMS 1708 | https://www.lapor.go.id\nMeja pengaduan',
      dasar_hukum: 'Perpres 96/2018',
      tempat_layanan: 'Loket 1',
      kepastian: 'typical',
    };
    const { rows, errors } = readCatalogueCsv(toCsv([header, header.map((h) => cells[h] ?? '')]));
    assert.deepEqual(errors, []);
    const s = rows[0]!.service;
    assert.equal(rows[0]!.idGiven, false);
    assert.equal(s.id, 'disdukcapil-legalisir-akta-kelahiran');
    assert.deepEqual(s.requirements, ['Akta asli', 'Fotokopi akta']);
    assert.deepEqual(s.cost, { free: false, amount: 650000, text: 'Rp650.000' });
    assert.deepEqual(s.complaints, [
      { name: 'SP4N-LAPOR!', detail: 'SMS 1708', url: 'https://www.lapor.go.id' },
      { name: 'Meja pengaduan' },
    ]);
    assert.equal(s.published, true);
  });
});

describe('the service standard', () => {
  it('accepts every service of the seeded catalogue', () => {
    for (const s of seeded) assert.deepEqual(serviceProblems(s), [], s.id);
  });

  it('names what is missing or wrong, field by field', () => {
    const s = seeded[0]!;
    const problems = serviceProblems({
      ...s,
      name: ' ',
      procedure: ['Ambil nomor', ''],
      complaints: [{ name: 'Web', url: 'lapor.go.id' }],
      legalBasis: ['UU 25/2009', ' '],
    });
    assert.deepEqual(
      problems.map((p) => [p.field, p.message]),
      [
        ['name', 'Tulis nama layanan.'],
        ['procedure.1', 'Hapus baris kosong.'],
        ['complaints.0.url', 'Alamat web harus lengkap, diawali https:// atau http://.'],
        ['legalBasis.1', 'Hapus baris kosong.'],
      ],
    );
  });

  it('makes an id from the agency and the name', () => {
    assert.equal(
      serviceIdFor('kpp', 'Pendaftaran NPWP – Orang Pribadi (Baru)'),
      'kpp-pendaftaran-npwp-orang-pribadi-baru',
    );
    assert.equal(serviceIdFor('kpp', 'Ékspor!'), 'kpp-ekspor');
    assert.ok(serviceIdFor('kpp', 'x'.repeat(200)).length <= 96);
  });
});
