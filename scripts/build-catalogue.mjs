#!/usr/bin/env node
// Turns the researched Tanjungpinang data (data/source/) into the contract's shapes (data/catalogue.json), which the
// MSW mocks and the reference server's seed both read. Run `npm run data:catalogue` after editing the sources.
import { readFileSync, writeFileSync } from 'node:fs';

const here = new URL('../data/', import.meta.url);
const raw = JSON.parse(readFileSync(new URL('source/services-tanjungpinang.json', here), 'utf8'));
// The English companion, translated by hand (keyed by the Indonesian name): every service must have one.
const en = JSON.parse(readFileSync(new URL('source/services-tanjungpinang.en.json', here), 'utf8'));
const untranslated = raw.filter((entry) => !en.services[entry.service]).map((entry) => entry.service);
if (untranslated.length)
  throw new Error(`No English in services-tanjungpinang.en.json for: ${untranslated.join('; ')}`);
// The extra questions some services ask at booking (the contract's BookingField), by service id.
const bookingFields = JSON.parse(readFileSync(new URL('source/booking-fields.json', here), 'utf8'));
const english = (table, text) => {
  if (!(text in table)) throw new Error(`No English for "${text}" in services-tanjungpinang.en.json`);
  return table[text];
};

const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');

// Short names residents know the agencies by.
const SHORT = {
  DISDUKCAPIL: 'Disdukcapil',
  DPMPTSP: 'DPMPTSP',
  DINKES: 'Dinkes',
  BPPRD: 'BPPRD',
  SAMSAT: 'Samsat',
  POLRESTA: 'Polresta',
  IMIGRASI: 'Imigrasi',
  KEMENAG: 'Kemenag',
  BPN: 'BPN',
  KPP: 'KPP Pratama',
  BPJSKES: 'BPJS Kesehatan',
  BPJSTK: 'BPJS Ketenagakerjaan',
  TASPEN: 'Taspen',
  KEJARI: 'Kejari',
  PN: 'PN',
  PA: 'PA',
  BNN: 'BNN',
  KEMENKUM: 'Kemenkum',
  OMBUDSMAN: 'Ombudsman',
  TIRTAKEPRI: 'Tirta Kepri',
  BRKS: 'BRK Syariah',
  DLH: 'DLH',
  DPUPR: 'DPUPR',
  'DPMPTSP-KEPRI': 'DPMPTSP Kepri',
  DISNAKER: 'Disnaker',
};

// Words residents type for what the official names say at length (abbreviations, old names, English).
const KEYWORDS = [
  [/\bKTP\b/, ['ktp', 'e-ktp', 'ektp', 'ktp-el', 'kartu tanda penduduk', 'identity card']],
  [/Kartu Keluarga|\bKK\b/i, ['kk', 'kartu keluarga', 'family card']],
  [/Perubahan Data.*Kartu Keluarga/i, ['tambah anggota kk', 'ubah data kk', 'ganti kk']],
  [/Akta Kelahiran/i, ['akta lahir', 'akte kelahiran', 'akte lahir', 'birth certificate']],
  [/Akta Kematian/i, ['akta mati', 'akte kematian', 'death certificate']],
  [/Akta Perkawinan/i, ['akta nikah', 'akte perkawinan', 'marriage certificate']],
  [/Akta Perceraian/i, ['akta cerai', 'akte perceraian', 'divorce certificate']],
  [/\bKIA\b/, ['kia', 'kartu anak', 'child identity card']],
  [/Pindah/i, ['pindah domisili', 'skpwni', 'surat pindah', 'moving']],
  [/\bIKD\b/, ['ikd', 'ktp digital', 'digital id']],
  [/\bNIB\b/, ['nib', 'oss', 'izin usaha', 'business license']],
  [/\bPBG\b/, ['pbg', 'imb', 'izin mendirikan bangunan', 'building permit']],
  [/\bSLF\b/, ['slf', 'laik fungsi']],
  [/Reklame/i, ['reklame', 'baliho', 'billboard', 'iklan']],
  [/Surat Izin Praktik/i, ['sip', 'izin praktik', 'str', 'practice license']],
  [/SPP-IRT/, ['pirt', 'p-irt', 'spp-irt', 'izin makanan rumahan']],
  [/SLHS/, ['slhs', 'laik higiene', 'rumah makan']],
  [/PBB/, ['pbb', 'pajak bumi dan bangunan', 'sppt', 'property tax']],
  [/BPHTB/, ['bphtb', 'pajak jual beli tanah']],
  [/NPWPD/, ['npwpd', 'pajak daerah']],
  [/Kendaraan|STNK/i, ['pajak motor', 'pajak mobil', 'stnk', 'pkb', 'samsat', 'vehicle tax']],
  [/TNKB/, ['plat nomor', 'ganti plat', 'tnkb']],
  [/SKCK/, ['skck', 'surat kelakuan baik', 'police clearance']],
  [/\bSIM\b/, ['sim', 'surat izin mengemudi', 'perpanjang sim', 'driving license']],
  [/SIM A\b/, ['sim a', 'sim mobil']],
  [/SIM C\b/, ['sim c', 'sim motor']],
  [/Paspor/i, ['paspor', 'passport', 'imigrasi']],
  [/Nikah/i, ['nikah', 'menikah', 'kawin', 'kua', 'marriage']],
  [/Haji/i, ['haji', 'hajj', 'porsi haji']],
  [/Halal/i, ['halal', 'sertifikat halal']],
  [/Sertifikat Tanah|Hak Tanggungan|Peralihan Hak/i, ['sertifikat tanah', 'tanah', 'bpn', 'land certificate']],
  [/Roya/i, ['roya', 'lunas kpr']],
  [/Balik Nama/i, ['balik nama', 'ganti nama pemilik']],
  [/NPWP|Coretax/i, ['npwp', 'coretax', 'pajak', 'tax id']],
  [/EFIN/, ['efin', 'kode otorisasi']],
  [/SPT/, ['spt', 'lapor pajak', 'tax return']],
  [/JKN/, ['bpjs', 'jkn', 'kis', 'bpjs kesehatan', 'health insurance']],
  [/FKTP/, ['pindah faskes', 'ganti puskesmas', 'faskes']],
  [/Tunggakan/i, ['tunggakan bpjs', 'cicilan bpjs', 'denda bpjs']],
  [/JHT|Hari Tua/, ['jht', 'jaminan hari tua', 'klaim bpjs', 'pencairan bpjs']],
  [/Bukan Penerima Upah/, ['bpu', 'bpjs pekerja mandiri', 'jamsostek']],
  [/Pensiun/i, ['pensiun', 'taspen', 'tht', 'pension']],
  [/Tilang/i, ['tilang', 'denda tilang', 'traffic ticket']],
  [/Dipidana/i, ['surat keterangan tidak pernah dipidana', 'eraterang', 'skck pengadilan']],
  [/e-Court/i, ['ecourt', 'gugatan', 'perkara']],
  [/Cerai|Isbat/i, ['cerai', 'gugat cerai', 'isbat nikah', 'dispensasi kawin', 'divorce']],
  [/Narkotika/i, ['bebas narkoba', 'tes narkoba', 'skhpn', 'drug test']],
  [/Merek/i, ['merek', 'hak merek', 'trademark', 'haki']],
  [/Maladministrasi/i, ['lapor', 'pengaduan', 'ombudsman', 'complaint']],
  [/Air Minum|Air\b/i, ['pdam', 'air', 'ledeng', 'water']],
  [/Rekening/i, ['rekening', 'tabungan', 'bank', 'bank account']],
  [/Lingkungan/i, ['sppl', 'ukl-upl', 'amdal', 'izin lingkungan']],
  [/Tata Ruang/i, ['tata ruang', 'krk', 'kkpr', 'zoning']],
  [/Pencari Kerja/i, ['kartu kuning', 'ak1', 'ak/i', 'pencari kerja', 'job seeker card']],
];

// What the resident walks away with, where the name says it.
const PRODUCTS = [
  [/KTP-el/, 'KTP-el'],
  [/Kartu Keluarga/, 'Kartu Keluarga'],
  [/Akta Kelahiran/, 'Kutipan Akta Kelahiran'],
  [/Akta Kematian/, 'Kutipan Akta Kematian'],
  [/Akta Perkawinan/, 'Kutipan Akta Perkawinan'],
  [/Akta Perceraian/, 'Kutipan Akta Perceraian'],
  [/\bKIA\b/, 'Kartu Identitas Anak'],
  [/SKPWNI/, 'SKPWNI'],
  [/SKCK/, 'SKCK'],
  [/SIM A/, 'SIM A'],
  [/SIM C/, 'SIM C'],
  [/Paspor/, 'Paspor elektronik'],
  [/\bNIB\b/, 'NIB'],
  [/\bPBG\b/, 'Dokumen PBG'],
  [/\bSLF\b/, 'Sertifikat Laik Fungsi'],
  [/Surat Izin Praktik/, 'Surat Izin Praktik'],
  [/SPP-IRT/, 'Sertifikat SPP-IRT'],
  [/SLHS/, 'Sertifikat Laik Higiene Sanitasi'],
  [/STNK/, 'STNK disahkan'],
  [/Pencari Kerja/, 'Kartu AK/I'],
  [/Narkotika/, 'SKHPN'],
];

const PROCEDURE = [
  'Ambil nomor antrean di MPP atau tunjukkan kode booking saat check-in',
  'Serahkan berkas persyaratan kepada petugas loket',
  'Petugas memeriksa kelengkapan dan keabsahan berkas',
  'Bayar biaya layanan bila ada, sesuai ketentuan',
  'Terima produk layanan atau tanda terima dengan jadwal pengambilan',
];

const costOf = (text) => {
  if (/^Gratis\b/.test(text) && !/Rp\s?[1-9]/.test(text)) return { free: true, amount: 0, text };
  const exact = /^Rp\s?([\d.]+)$/.exec(text);
  if (exact) return { free: false, amount: Number(exact[1].replace(/\./g, '')), text };
  return { free: false, amount: null, text };
};

const workingDaysOf = (text) => {
  if (/hari yang sama|Langsung|menit|jam\b/i.test(text)) return 0;
  const m = /(\d+)(?:\s*–\s*(\d+))?\s*hari kerja/.exec(text);
  return m ? Number(m[2] ?? m[1]) : null;
};

const agencies = [];
const agencyIndex = new Map();
for (const entry of raw) {
  if (agencyIndex.has(entry.agencyCode)) continue;
  const n = agencies.length + 1;
  const id = entry.agencyCode.toLowerCase();
  const agency = {
    id,
    name: entry.agency,
    shortName: SHORT[entry.agencyCode] ?? entry.agencyCode,
    counters: [{ id: `loket-${n}`, name: `Loket ${n}` }],
    hours: [
      { weekdays: [1, 2, 3, 4], open: '08:00', close: '15:00', breakStart: '12:00', breakEnd: '13:00' },
      { weekdays: [5], open: '08:00', close: '15:30', breakStart: '11:30', breakEnd: '13:30' },
    ],
    contact: { phone: `(0771) 44${String(1000 + n * 7).slice(-4)}` },
  };
  agencies.push(agency);
  agencyIndex.set(entry.agencyCode, agency);
}

// Queue services (walk-in counters) are bookable; advisory desks and payment counters are served directly.
const notBookable = /Konsultasi|Informasi|Pembayaran Rekening|Pembayaran Denda|Helpdesk/i;

const missingNote = (name) => {
  throw new Error(`No English note for "${name}" in services-tanjungpinang.en.json`);
};

const seen = new Set();
const services = raw.map((entry) => {
  const agency = agencyIndex.get(entry.agencyCode);
  let id = `${agency.id}-${slug(entry.service)}`;
  while (seen.has(id)) id += '-2';
  seen.add(id);
  const keywords = [...new Set(KEYWORDS.filter(([re]) => re.test(entry.service)).flatMap(([, words]) => words))];
  const service = {
    id,
    agencyId: agency.id,
    name: entry.service,
    category: entry.category,
    keywords,
    bookable: !notBookable.test(entry.service),
    cost: costOf(entry.cost),
    duration: { text: entry.durationText, workingDays: workingDaysOf(entry.durationText) },
    confidence: entry.confidence,
    requirements: entry.requirements,
    procedure: PROCEDURE,
    product: PRODUCTS.find(([re]) => re.test(entry.service))?.[1] ?? 'Sesuai jenis layanan',
    complaints: [
      {
        name: 'SP4N-LAPOR!',
        detail: 'lapor.go.id, SMS 1708, atau aplikasi SP4N-LAPOR!',
        url: 'https://www.lapor.go.id',
      },
      { name: `Pengaduan ${agency.shortName}`, detail: `Meja pengaduan MPP atau telepon ${agency.contact.phone}` },
    ],
    legalBasis: (entry.legalBasis ?? '').split(/;\s*/).filter(Boolean),
    notes: entry.notes,
    counter: `${agency.counters[0].name}, MPP Tanjungpinang`,
    ...(bookingFields[id] ? { bookingFields: bookingFields[id] } : {}),
  };
  const product = PRODUCTS.find(([re]) => re.test(entry.service))?.[1] ?? 'Sesuai jenis layanan';
  const t = en.services[entry.service];
  const phone = agency.contact.phone;
  // The texts in English (the contract's ServiceTranslation); legal basis and counter names stay as they are.
  service.translations = {
    en: {
      name: t.name,
      category: english(en.categories, entry.category),
      duration: t.duration,
      cost: t.cost,
      requirements: t.requirements,
      procedure: en.procedure,
      product: english(en.products, product),
      complaints: [
        { name: 'SP4N-LAPOR!', detail: en.complaints.lapor, url: 'https://www.lapor.go.id' },
        {
          name: en.complaints.agencyName.replace('{short}', agency.shortName),
          detail: en.complaints.agencyDetail.replace('{phone}', phone),
        },
      ],
      ...(entry.notes ? { notes: t.notes ?? missingNote(entry.service) } : {}),
    },
  };
  return service;
});

const holidays = JSON.parse(readFileSync(new URL('source/holidays-2026.json', here), 'utf8')).holidays.map(
  ({ date, name, type }) => ({ date, name, type }),
);

writeFileSync(
  new URL('catalogue.json', here),
  JSON.stringify(
    { mpp: 'Mal Pelayanan Publik Kota Tanjungpinang', timezone: 'Asia/Jakarta', agencies, services, holidays },
    null,
    1,
  ) + '\n',
);
console.log(
  `data/catalogue.json: ${agencies.length} agencies, ${services.length} services, ${holidays.length} holidays`,
);
