// Content in the resident's language, over real HTTP on both engines: Accept-Language chooses English or Bahasa
// Indonesia (q-values honoured), the answer says which (Content-Language, Vary) with an ETag per language, texts
// without a translation fall back to Indonesian and are named, a search in English finds the Indonesian name too,
// and the catalogue's CSV carries the translations in its `_en` columns.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOGUE_COLUMNS, chooseContentLanguage, parseCsv, toCsv } from '../../src/rules/index.js';
import { call, conforms, KTP, rowsOf, startServer } from './helpers.js';
import { ENGINES } from './postgres.js';
import { serverWithAdmin, staffOf } from './staff-helpers.js';
import { standard } from './catalogue-helpers.js';

const EN = { 'Accept-Language': 'en' };

describe('choosing the language from Accept-Language', () => {
  it('honours q-values, regional tags and refusals, and falls back to Bahasa Indonesia', () => {
    assert.equal(chooseContentLanguage(undefined), 'id');
    assert.equal(chooseContentLanguage(''), 'id');
    assert.equal(chooseContentLanguage('en'), 'en');
    assert.equal(chooseContentLanguage('en-GB,en;q=0.9'), 'en');
    assert.equal(chooseContentLanguage('id-ID,id;q=0.9,en;q=0.8'), 'id');
    assert.equal(chooseContentLanguage('id;q=0.5, en;q=0.8'), 'en');
    assert.equal(chooseContentLanguage('fr, en;q=0.3'), 'en');
    assert.equal(chooseContentLanguage('fr, de'), 'id');
    assert.equal(chooseContentLanguage('en;q=0, *'), 'id');
    assert.equal(chooseContentLanguage('id;q=0'), 'en');
    assert.equal(chooseContentLanguage('in'), 'id', 'the old tag of Indonesian');
  });
});

for (const engine of ENGINES) {
  describe(`content in the resident's language on ${engine}`, () => {
    const kit = serverWithAdmin(engine);

    it('answers the catalogue in English when asked, saying so, with its own ETag', async () => {
      const id = await call(kit.server.base, 'GET', '/services');
      const en = await call(kit.server.base, 'GET', '/services', undefined, { 'Accept-Language': 'en-GB,en;q=0.9' });
      assert.equal(id.headers.get('content-language'), 'id');
      assert.equal(en.headers.get('content-language'), 'en');
      for (const res of [id, en]) assert.match(res.headers.get('vary') ?? '', /Accept-Language/);
      assert.notEqual(en.headers.get('etag'), id.headers.get('etag'));
      conforms(assert, '/services', 'get', en);
      const ktp = en.body.items.find((s: { id: string }) => s.id === KTP);
      assert.equal(ktp.name, 'Recording and Issuing a New Electronic ID Card (KTP-el)');
      assert.equal(ktp.category, 'Population Records');
      assert.equal(ktp.lang, 'en');
      assert.equal(ktp.untranslated, undefined, 'every text of the demo catalogue is translated');
      // Every service of the demo catalogue reads English.
      assert.ok(
        en.body.items.every((s: { lang: string; untranslated?: string[] }) => s.lang === 'en' && !s.untranslated),
      );
      assert.equal(
        id.body.items.find((s: { id: string }) => s.id === KTP).name,
        'Perekaman dan Penerbitan KTP-el Baru',
      );

      // Each language revalidates with its own tag: English's tag does not match the Indonesian list.
      const again = await call(kit.server.base, 'GET', '/services', undefined, {
        ...EN,
        'If-None-Match': en.headers.get('etag')!,
      });
      assert.equal(again.status, 304);
      assert.match(again.headers.get('vary') ?? '', /Accept-Language/);
      const other = await call(kit.server.base, 'GET', '/services', undefined, {
        'If-None-Match': en.headers.get('etag')!,
      });
      assert.equal(other.status, 200);
      assert.equal(other.headers.get('content-language'), 'id');
    });

    it('answers one service in English, requirements and procedure included', async () => {
      const res = await call(kit.server.base, 'GET', `/services/${KTP}`, undefined, EN);
      assert.equal(res.status, 200);
      conforms(assert, '/services/{serviceId}', 'get', res);
      assert.equal(res.headers.get('content-language'), 'en');
      assert.match(res.headers.get('vary') ?? '', /Accept-Language/);
      assert.equal(res.body.requirements[1], 'Family Card');
      assert.match(res.body.procedure[0], /^Take a queue number/);
      assert.equal(res.body.product, 'Electronic ID card (KTP-el)');
      assert.equal(res.body.translations, undefined, 'the translations themselves are not answered');
      const id = await call(kit.server.base, 'GET', `/services/${KTP}`, undefined, {
        'Accept-Language': 'en;q=0.1, id',
      });
      assert.equal(id.headers.get('content-language'), 'id');
      assert.equal(id.body.requirements[1], 'Kartu Keluarga');
    });

    it('finds a service in English by its English name and by its Indonesian one', async () => {
      const en = (await call(kit.server.base, 'GET', '/services', undefined, EN)).body;
      const ktp = en.items.find((s: { id: string }) => s.id === KTP);
      assert.ok(ktp.keywords.includes('Perekaman dan Penerbitan KTP-el Baru'), 'the Indonesian name is searchable');
      assert.match(ktp.name, /Electronic ID Card/);
    });

    it('falls back to Bahasa Indonesia for a text without translation, and names it', async () => {
      const made = await kit.admin.call(
        'POST',
        '/staff/services',
        standard('disdukcapil', 'Legalisir Akta Kelahiran', {
          translations: {
            en: { name: 'Certified Copy of a Birth Certificate', requirements: ['Original certificate'] },
          },
        }),
      );
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.deepEqual(made.body.translations.en.requirements, ['Original certificate']);
      const res = await call(kit.server.base, 'GET', `/services/${made.body.id}`, undefined, EN);
      conforms(assert, '/services/{serviceId}', 'get', res);
      assert.equal(res.body.name, 'Certified Copy of a Birth Certificate');
      assert.deepEqual(res.body.requirements, ['Original certificate']);
      assert.deepEqual(res.body.procedure, ['Serahkan berkas', 'Terima akta yang dilegalisir']);
      assert.equal(res.body.lang, 'en');
      assert.deepEqual(res.body.untranslated, ['category', 'duration', 'cost', 'procedure', 'product', 'complaints']);
      const list = (await call(kit.server.base, 'GET', '/services', undefined, EN)).body;
      const item = list.items.find((s: { id: string }) => s.id === made.body.id);
      assert.deepEqual(item.untranslated, ['category', 'duration', 'cost'], 'the list names the texts it carries');

      // A change that does not send translations keeps them (a page that does not edit them cannot drop them).
      const { id: _id, revision, updatedAt: _u, translations: _t, ...rest } = made.body;
      const changed = await kit.admin.call('PUT', `/staff/services/${made.body.id}`, {
        ...rest,
        revision,
        product: 'Akta',
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.equal(changed.body.translations.en.name, 'Certified Copy of a Birth Certificate');
    });

    it('takes the staff page’s translation: blanks untranslated, limits said, English addresses checked, {} removes', async () => {
      const made = await kit.admin.call(
        'POST',
        '/staff/services',
        standard('disdukcapil', 'Legalisir Akta Kematian', {
          translations: {
            en: { name: '  Certified  Copy of a Death Certificate ', category: '   ', procedure: [' '] },
          },
        }),
      );
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.deepEqual(
        made.body.translations,
        { en: { name: 'Certified Copy of a Death Certificate' } },
        'texts trimmed as the Indonesian ones; a blank text or list is untranslated',
      );
      const { id, revision, updatedAt: _u, translations: _t, ...rest } = made.body;
      const change = (translations: unknown, at = revision) =>
        kit.admin.call('PUT', `/staff/services/${id}`, { ...rest, revision: at, translations });

      const long = await change({ en: { name: 'x'.repeat(201), summary: 'Fine' } });
      assert.equal(long.status, 422);
      assert.deepEqual(long.body.errors, [
        { field: 'translations.en.name', code: 'too_long', message: 'Terlalu panjang. Paling banyak 200 karakter.' },
      ]);
      const address = await change({ en: { complaints: [{ name: 'LAPOR!', url: 'ftp://lapor.go.id' }] } });
      assert.equal(address.status, 422);
      assert.deepEqual(address.body.errors, [
        {
          field: 'translations.en.complaints.0.url',
          code: 'format',
          message: 'Alamat web harus lengkap, diawali https:// atau http://.',
        },
      ]);

      const removed = await change({});
      assert.equal(removed.status, 200, JSON.stringify(removed.body));
      assert.equal(removed.body.translations, undefined);
      const blank = await change({ en: { name: ' ' } }, removed.body.revision);
      assert.equal(blank.status, 200, JSON.stringify(blank.body));
      assert.equal(blank.body.translations, undefined, 'an English part with nothing written is none');
      const res = await call(kit.server.base, 'GET', `/services/${id}`, undefined, EN);
      assert.equal(res.body.name, 'Legalisir Akta Kematian');
      assert.ok(res.body.untranslated.includes('name'));
    });

    it('fills the translations of a database seeded before them, for the services still as seeded', async () => {
      const older = await startServer({ engine });
      const KK = 'disdukcapil-penerbitan-kartu-keluarga-baru-membentuk-keluarga';
      try {
        // A database from before translations: none stored. An administrator has changed one service since.
        await rowsOf(older, 'UPDATE services SET translations = NULL RETURNING id');
        const staff = await staffOf(older, 'mpp_admin');
        const { id: _id, updatedAt: _u, ...kk } = (await staff.call('GET', `/staff/services/${KK}`)).body;
        const changed = await staff.call('PUT', `/staff/services/${KK}`, { ...kk, product: 'Kartu Keluarga baru' });
        assert.equal(changed.status, 200, JSON.stringify(changed.body));
      } finally {
        await older.close();
      }
      const again = await startServer({ engine, database: older.path });
      try {
        const list = (await call(again.base, 'GET', '/services', undefined, EN)).body;
        const byId = new Map(list.items.map((s: { id: string }) => [s.id, s]));
        assert.equal(
          (byId.get(KTP) as { name: string }).name,
          'Recording and Issuing a New Electronic ID Card (KTP-el)',
        );
        const kk = byId.get(KK) as { name: string; untranslated: string[] };
        assert.equal(
          kk.name,
          'Penerbitan Kartu Keluarga (KK) Baru – membentuk keluarga baru',
          'what staff changed is kept',
        );
        assert.ok(kk.untranslated.includes('name'));
      } finally {
        await again.close();
      }
    });

    it('exports and imports the translations in the CSV’s _en columns; a file without them keeps them', async () => {
      const exported = async () => {
        const text = await (
          await fetch(`${kit.server.base}/staff/catalogue/export?agencyId=disdukcapil`, {
            headers: { Cookie: kit.admin.cookie },
          })
        ).text();
        const parsed = parseCsv(text);
        assert.ok(parsed.ok);
        return parsed.records.map((r) => r.fields);
      };
      const [header, ...rows] = await exported();
      const col = (name: string) => header!.indexOf(name);
      for (const name of [
        'nama_en',
        'persyaratan_en',
        'prosedur_en',
        'waktu_penyelesaian_en',
        'biaya_en',
        'pengaduan_en',
      ])
        assert.ok(col(name) > 0, `the export has ${name}`);
      const ktp = rows.find((r) => r[col('id')] === KTP)!;
      assert.equal(ktp[col('nama_en')], 'Recording and Issuing a New Electronic ID Card (KTP-el)');
      assert.equal(ktp[col('persyaratan_en')]!.split('\n')[1], 'Family Card');

      // An administrator translates anew and empties one English cell: that text falls back to Indonesian.
      ktp[col('nama_en')] = 'New Electronic ID Card';
      ktp[col('produk_en')] = '';
      const res = await kit.admin.call('POST', '/staff/catalogue/import', { csv: toCsv([header!, ktp]) });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(res.body.updated, [KTP]);
      const detail = await call(kit.server.base, 'GET', `/services/${KTP}`, undefined, EN);
      assert.equal(detail.body.name, 'New Electronic ID Card');
      assert.equal(detail.body.product, 'KTP-el');
      assert.deepEqual(detail.body.untranslated, ['product']);

      // An older sheet, without the English columns, changes the Indonesian texts and keeps the English ones.
      const indonesian = CATALOGUE_COLUMNS.filter((c) => !c.header.endsWith('_en')).map((c) => col(c.header));
      ktp[col('nama')] = 'Perekaman KTP-el Baru';
      const old = await kit.admin.call('POST', '/staff/catalogue/import', {
        csv: toCsv([indonesian.map((i) => header![i]!), indonesian.map((i) => ktp[i]!)]),
      });
      assert.equal(old.status, 200, JSON.stringify(old.body));
      const after = await call(kit.server.base, 'GET', `/services/${KTP}`, undefined, EN);
      assert.equal(after.body.name, 'New Electronic ID Card');
      assert.ok(after.body.keywords.includes('Perekaman KTP-el Baru'));

      // An English cell that breaks the contract is reported by its column.
      ktp[col('pengaduan_en')] = 'A | b | c | d';
      const bad = await kit.admin.call('POST', '/staff/catalogue/import', { csv: toCsv([header!, ktp]) });
      assert.equal(bad.status, 422);
      assert.deepEqual(bad.body.rows, [
        {
          row: 2,
          column: 'pengaduan_en',
          message: 'Tiap sarana pengaduan paling banyak 3 bagian: nama | keterangan | alamat web.',
        },
      ]);
    });
  });
}
