import { expect } from '@open-wc/testing';
import { highlightRuns, SearchIndex, tokenize, matchesEveryTerm } from '../../../src/core/search.js';
import { agencies, services } from '../../mocks/fixtures.js';

const index = new SearchIndex(
  services.map((s) => {
    const agency = agencies.find((a) => a.id === s.agencyId)!;
    return {
      id: s.id,
      name: s.name,
      keywords: s.keywords,
      description: `${s.category} ${agency.name} ${agency.shortName}`,
    };
  }),
);
const top = (query: string, n = 1) =>
  index
    .search(query)
    .slice(0, n)
    .map((h) => h.id);

/** What a resident types, and the service that must come first. */
const TABLE: [string, string][] = [
  ['ktp', 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru'],
  ['KTP', 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru'],
  ['e-ktp', 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru'],
  ['ktp el', 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru'],
  ['kartu tanda penduduk', 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru'],
  ['ktp hilang', 'disdukcapil-penggantian-ktp-el-hilang-atau-rusak'],
  ['ktp rusak', 'disdukcapil-penggantian-ktp-el-hilang-atau-rusak'],
  ['kk', 'disdukcapil-penerbitan-kartu-keluarga-baru-membentuk-keluarga'],
  ['kartu keluarga baru', 'disdukcapil-penerbitan-kartu-keluarga-baru-membentuk-keluarga'],
  ['tambah anggota kk', 'disdukcapil-perubahan-data-penambahan-anggota-kartu-keluarga'],
  ['akta lahir', 'disdukcapil-penerbitan-akta-kelahiran'],
  ['akta kelahiran', 'disdukcapil-penerbitan-akta-kelahiran'],
  ['akte kelahiran', 'disdukcapil-penerbitan-akta-kelahiran'],
  ['akta kematian', 'disdukcapil-penerbitan-akta-kematian'],
  ['kia', 'disdukcapil-penerbitan-kartu-identitas-anak'],
  ['pindah', 'disdukcapil-surat-keterangan-pindah-wni-pindah-keluar'],
  ['pindah datang', 'disdukcapil-pendaftaran-pindah-datang'],
  ['skck', 'polresta-penerbitan-skck-baru'],
  ['perpanjang skck', 'polresta-perpanjangan-skck'],
  ['perpanjang sim', 'polresta-perpanjangan-sim-a'],
  ['sim c', 'polresta-perpanjangan-sim-c'],
  ['sim motor', 'polresta-perpanjangan-sim-c'],
  ['paspor', 'imigrasi-permohonan-paspor-elektronik-baru'],
  ['passport', 'imigrasi-permohonan-paspor-elektronik-baru'],
  ['paspor hilang', 'imigrasi-penggantian-paspor-hilang-atau-rusak'],
  ['nib', 'dpmptsp-pendampingan-pendaftaran-nomor-induk-berusaha-melalui'],
  ['izin usaha', 'dpmptsp-pendampingan-pendaftaran-nomor-induk-berusaha-melalui'],
  ['pbg', 'dpmptsp-persetujuan-bangunan-gedung-melalui-simbg'],
  ['imb', 'dpmptsp-persetujuan-bangunan-gedung-melalui-simbg'],
  ['bpjs kesehatan', 'bpjskes-pendaftaran-peserta-jkn-mandiri'],
  ['pajak motor', 'samsat-pembayaran-pajak-kendaraan-bermotor-tahunan-dan'],
  ['stnk', 'samsat-pembayaran-pajak-kendaraan-bermotor-tahunan-dan'],
  ['npwp', 'kpp-aktivasi-akun-coretax-validasi-nik-sebagai'],
  ['nikah', 'kemenag-informasi-dan-pendaftaran-nikah'],
  ['haji', 'kemenag-pendaftaran-haji-reguler'],
  ['sertifikat halal', 'kemenag-pendampingan-sertifikasi-halal-self-declare'],
  ['bebas narkoba', 'bnn-surat-keterangan-hasil-pemeriksaan-narkotika'],
  ['kartu kuning', 'disnaker-penerbitan-kartu-pencari-kerja'],
  ['pdam', 'tirtakepri-permohonan-sambungan-baru-air-minum'],
  // typos (one edit in words of five letters or more) and words still being typed
  ['kelahran', 'disdukcapil-penerbitan-akta-kelahiran'],
  ['pasport', 'imigrasi-permohonan-paspor-elektronik-baru'],
  ['perpnjang sim', 'polresta-perpanjangan-sim-a'],
  ['kematain', 'disdukcapil-penerbitan-akta-kematian'],
  ['akta kel', 'disdukcapil-penerbitan-akta-kelahiran'],
  ['SKC', 'polresta-penerbitan-skck-baru'],
  // accents, stop words, case
  ['cara bikin ktp', 'disdukcapil-perekaman-dan-penerbitan-ktp-el-baru'],
  ['urus AKTA LAHIR di mpp', 'disdukcapil-penerbitan-akta-kelahiran'],
  ['pásport', 'imigrasi-permohonan-paspor-elektronik-baru'],
];

describe('service search', () => {
  for (const [query, expected] of TABLE) {
    it(`"${query}" finds ${expected} first`, () => {
      expect(top(query)).to.deep.equal([expected]);
    });
  }

  it('tolerates no typo in short words, where it would match everything', () => {
    expect(index.search('sum')).to.deep.equal([]); // not "sim"
    expect(index.search('kxp')).to.deep.equal([]);
  });

  it('needs every meaningful word to match', () => {
    expect(index.search('paspor ktp')).to.deep.equal([]);
    expect(index.search('zzzzzz')).to.deep.equal([]);
  });

  it('ranks a match in the name before one in keywords before one in the description', () => {
    const hits = index.search('kependudukan');
    // Two services have the word in their name; the rest of Disdukcapil's only through their category.
    expect(hits.slice(0, 2).map((h) => h.id)).to.deep.equal([
      'disdukcapil-aktivasi-identitas-kependudukan-digital',
      'disdukcapil-konsultasi-dan-perbaikan-data-kependudukan',
    ]);
    expect(hits[2].score).to.be.lessThan(hits[1].score);
    expect(hits.length).to.be.greaterThan(5);
    // "pajak" stands in names (3), in keywords (2) and in categories (1): each group follows the one before.
    const scores = index.search('pajak').map((h) => h.score);
    expect(scores[0]).to.equal(3);
    expect(scores).to.include(2).and.to.include(1);
    expect([...scores].sort((a, b) => b - a)).to.deep.equal(scores);
  });

  it('finds every service of an agency by its short name', () => {
    expect(index.search('samsat').length).to.equal(2);
    expect(index.search('imigrasi').length).to.equal(3);
  });

  it('returns everything, in catalogue order, for an empty query', () => {
    expect(index.search('  ').length).to.equal(services.length);
  });
});

describe('highlightRuns', () => {
  it('marks matched words, keeping the text exactly as written', () => {
    const runs = highlightRuns('Penerbitan Akta Kelahiran', 'akta lahir');
    expect(runs.map((r) => r.text).join('')).to.equal('Penerbitan Akta Kelahiran');
    expect(runs.filter((r) => r.match).map((r) => r.text)).to.deep.equal(['Akta']);
    const typed = highlightRuns('Perekaman dan Penerbitan KTP-el Baru', 'ktp');
    expect(typed.filter((r) => r.match).map((r) => r.text)).to.deep.equal(['KTP']);
  });

  it('keeps markup-like text as text', () => {
    const runs = highlightRuns('<img src=x onerror=alert(1)> KTP', 'ktp');
    expect(runs.map((r) => r.text).join('')).to.equal('<img src=x onerror=alert(1)> KTP');
  });

  it('tokenizes without accents or punctuation', () => {
    expect(tokenize('KTP-el, Café!')).to.deep.equal(['ktp', 'el', 'cafe']);
  });
});

describe('matchesEveryTerm (the booking’s service filter)', () => {
  const skck = 'Penerbitan SKCK Baru SKCK surat kelakuan baik Kepolisian';
  it('keeps a service when every typed word starts one of its words, whatever the case or accents', () => {
    expect(matchesEveryTerm('skck', skck)).to.equal(true);
    expect(matchesEveryTerm('SURAT kelak', skck)).to.equal(true);
    expect(matchesEveryTerm('Pénerbitan', skck)).to.equal(true);
  });
  it('drops it when one word matches nothing, or matches only inside a word', () => {
    expect(matchesEveryTerm('skck paspor', skck)).to.equal(false);
    expect(matchesEveryTerm('erbitan', skck)).to.equal(false);
  });
  it('ignores the words residents add around what they want', () => {
    expect(matchesEveryTerm('cara urus skck', skck)).to.equal(true);
  });
  it('keeps everything for an empty query', () => {
    expect(matchesEveryTerm('  ', skck)).to.equal(true);
  });
});
