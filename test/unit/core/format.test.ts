import { expect } from '@open-wc/testing';
import {
  formatCost,
  formatDate,
  formatRupiah,
  formatTime,
  formatTimeRange,
  todayInMpp,
} from '../../../src/core/format.js';

describe('formatting for Asia/Jakarta', () => {
  it('writes dates the Indonesian way', () => {
    expect(formatDate('2026-01-05', 'id')).to.equal('Senin, 5 Januari 2026');
    expect(formatDate('2026-12-25', 'id')).to.equal('Jumat, 25 Desember 2026');
    expect(formatDate('2026-01-05', 'en')).to.equal('Monday, 5 January 2026');
  });

  it('writes times in WIB whatever the device time zone', () => {
    expect(formatTime('2026-01-05T08:30:00+07:00', 'id')).to.equal('08.30 WIB');
    expect(formatTime('2026-01-05T01:30:00Z', 'id')).to.equal('08.30 WIB');
    expect(formatTime('2026-01-05T13:05:00+07:00', 'en')).to.equal('13:05 WIB');
    expect(formatTimeRange('2026-01-05T08:00:00+07:00', '2026-01-05T09:00:00+07:00', 'id')).to.equal('08.00–09.00 WIB');
  });

  it('writes Rupiah without a space or decimals', () => {
    expect(formatRupiah(30000, 'id')).to.equal('Rp30.000');
    expect(formatRupiah(1250000, 'id')).to.equal('Rp1.250.000');
    expect(formatRupiah(30000, 'en')).to.equal('Rp30,000');
  });

  it('says Gratis for free services and keeps conditional costs in words', () => {
    expect(formatCost({ free: true, amount: 0, text: 'Gratis' }, 'id')).to.equal('Gratis');
    expect(formatCost({ free: true, amount: 0, text: 'Gratis' }, 'en')).to.equal('Free');
    expect(formatCost({ free: false, amount: 30000, text: 'Rp30.000' }, 'id')).to.equal('Rp30.000');
    expect(formatCost({ free: false, amount: null, text: 'Sesuai tagihan' }, 'id')).to.equal('Sesuai tagihan');
  });

  it("knows today's date in the MPP even when the device is elsewhere", () => {
    // 18:30 UTC on 4 January is already 01:30 on 5 January in Tanjungpinang.
    expect(todayInMpp(new Date('2026-01-04T18:30:00Z'))).to.equal('2026-01-05');
    expect(todayInMpp(new Date('2026-01-04T16:59:00Z'))).to.equal('2026-01-04');
  });
});

describe('formatting what is not a date', () => {
  it('shows the text as it came instead of throwing', () => {
    expect(formatDate('<b>besok</b>', 'id')).to.equal('<b>besok</b>');
    expect(formatTime('nanti', 'id')).to.equal('nanti WIB');
  });
});
