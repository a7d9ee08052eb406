// Content in the resident's language in the rules core: a service in English with Bahasa Indonesia where a text has
// no translation (named in `untranslated`), the list's entry naming only its own texts, and the catalogue's CSV
// carrying the translations in `_en` columns that a file may leave out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  CATALOGUE_COLUMNS,
  catalogueToCsv,
  localiseBooking,
  localiseService,
  readCatalogueCsv,
  toCsv,
  type ServiceWithId,
} from '../../src/rules/index.js';
import type { ServiceDetail } from '../../src/api/types.js';
import { summaryOf } from '../../src/rules/catalogue-summary.js';

const catalogue = JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')) as {
  services: (Omit<ServiceWithId, 'published'> & { translations?: ServiceWithId['translations'] })[];
};
const seeded: ServiceWithId[] = catalogue.services.map((s) => ({ ...s, published: true }));
const ktp = seeded.find((s) => s.id === 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru')!;

describe('a service in the resident’s language', () => {
  it('translates every text of the demo catalogue, and answers none of the translations themselves', () => {
    for (const s of seeded) {
      const en = localiseService(s as unknown as ServiceDetail, 'en');
      assert.equal(en.untranslated, undefined, `${s.id} has a text without English`);
      assert.equal('translations' in en, false);
    }
  });

  it('falls back to Bahasa Indonesia text by text, names those texts, and keeps the Indonesian name searchable', () => {
    const partly = { ...ktp, translations: { en: { name: 'New Electronic ID Card', requirements: ['Family Card'] } } };
    const en = localiseService(partly as unknown as ServiceDetail, 'en');
    assert.equal(en.name, 'New Electronic ID Card');
    assert.deepEqual(en.requirements, ['Family Card']);
    assert.deepEqual(en.procedure, ktp.procedure);
    assert.equal(en.duration.text, ktp.duration.text);
    assert.equal(en.lang, 'en');
    assert.deepEqual(en.untranslated, ['category', 'duration', 'cost', 'procedure', 'product', 'complaints', 'notes']);
    assert.ok(en.keywords.includes(ktp.name));
    // The list's entry names only the texts it carries.
    assert.deepEqual(summaryOf(en).untranslated, ['category', 'duration', 'cost']);
    const id = localiseService(partly as unknown as ServiceDetail, 'id');
    assert.equal(id.name, ktp.name);
    assert.equal(id.lang, 'id');
    assert.equal(id.untranslated, undefined);
    assert.deepEqual(id.keywords, ktp.keywords);
  });
});

describe('a booking’s answer in the resident’s language', () => {
  const answer = {
    kind: 'booking',
    serviceId: 'x',
    serviceName: 'Perekaman KTP-el',
    agencyName: 'Dinas Kependudukan',
    requirements: ['Kartu Keluarga'],
  };
  it('names the service and its requirements from the translation, the agency as it is', () => {
    const en = localiseBooking(answer, { name: 'ID card recording', requirements: ['Family Card'] }, 'en');
    assert.equal(en.serviceName, 'ID card recording');
    assert.deepEqual(en.requirements, ['Family Card']);
    assert.equal(en.agencyName, 'Dinas Kependudukan');
    assert.equal(en.lang, 'en');
    assert.equal(en.untranslated, undefined);
    assert.equal(answer.serviceName, 'Perekaman KTP-el', 'the stored answer is left as it was');
  });
  it('keeps Bahasa Indonesia where there is no translation, naming it; in Indonesian the answer is unchanged', () => {
    const partial = localiseBooking(answer, { name: 'ID card recording' }, 'en');
    assert.deepEqual(partial.untranslated, ['requirements']);
    assert.deepEqual(partial.requirements, ['Kartu Keluarga']);
    const none = localiseBooking(answer, undefined, 'en');
    assert.equal(none.serviceName, 'Perekaman KTP-el');
    assert.deepEqual(none.untranslated, ['name', 'requirements']);
    assert.equal(localiseBooking(answer, { name: 'ID card recording' }, 'id'), answer);
  });
});

describe('the catalogue CSV’s English columns', () => {
  it('round-trips the translations, and reads a file without _en columns as leaving them alone', () => {
    const text = catalogueToCsv(seeded);
    const { rows, errors } = readCatalogueCsv(text);
    assert.deepEqual(errors, []);
    const row = rows.find((r) => r.service.id === ktp.id)!;
    assert.equal(row.translationsGiven, true);
    assert.deepEqual(row.service.translations, ktp.translations);

    // A file exported before the English columns existed: read whole, its rows say they carry no translations.
    const indonesian = CATALOGUE_COLUMNS.filter((c) => !c.translation);
    const older = readCatalogueCsv(
      toCsv([indonesian.map((c) => c.header), ...seeded.map((s) => indonesian.map((c) => c.write(s)))]),
    );
    assert.deepEqual(older.errors, []);
    assert.ok(older.rows.every((r) => !r.translationsGiven && r.service.translations === undefined));
  });
});
