// What the catalogue's server tests share.

/** A complete service standard, as the staff page sends it. */
export const standard = (agencyId: string, name: string, overrides: Record<string, unknown> = {}) => ({
  agencyId,
  name,
  category: 'Kependudukan',
  keywords: ['akta', 'legalisir'],
  bookable: false,
  published: true,
  cost: { free: true, amount: 0, text: 'Gratis' },
  duration: { text: 'Selesai di hari yang sama', workingDays: 0 },
  confidence: 'typical',
  requirements: ['Akta asli', 'Fotokopi akta'],
  procedure: ['Serahkan berkas', 'Terima akta yang dilegalisir'],
  product: 'Akta dilegalisir',
  complaints: [{ name: 'SP4N-LAPOR!', detail: 'SMS 1708', url: 'https://www.lapor.go.id' }],
  legalBasis: ['Perpres 96/2018'],
  counter: 'Loket 1',
  ...overrides,
});
