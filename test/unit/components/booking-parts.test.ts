import { expect } from '@open-wc/testing';
import { calendarFile } from '../../../src/components/queue-booking/calendar-file.js';
import { dayChoice, sessionChoice } from '../../../src/components/queue-booking/schedule-choices.js';
import { qrCode } from '../../../src/components/queue-booking/qr-code.js';
import { scheduleStrings } from '../../../src/components/queue-booking/schedule-strings.js';
import { en } from '../../../src/components/queue-booking/schedule-strings.en.js';
import { render } from 'lit';
import { qrCodeOf } from '../../../server/qr.js';

describe('calendar file', () => {
  const ics = calendarFile(
    {
      uid: 'RSV-7KQ2M9XA@mpp-widgets',
      start: '2026-12-07T08:00:00+07:00',
      end: '2026-12-07T09:00:00+07:00',
      title: 'MPP: Penerbitan SKCK Baru',
      location: 'Loket 6, MPP Tanjungpinang',
      description: 'Kode booking: RSV-7KQ2M9XA\nCheck-in: 07.45 WIB sampai 09.15 WIB; bawa KTP, KK',
    },
    new Date('2026-11-30T01:02:03Z'),
  );
  const lines = ics.split('\r\n');

  it('places the visit at its instant in UTC, so a phone in any zone shows the MPP hour in its own time', () => {
    expect(lines).to.include('DTSTART:20261207T010000Z'); // 08.00 WIB
    expect(lines).to.include('DTEND:20261207T020000Z');
    expect(lines).to.include('DTSTAMP:20261130T010203Z');
    expect(
      lines.filter((l) => l.startsWith('DTSTART')),
      "one start, the event's",
    ).to.have.length(1);
  });

  it('reads an instant given with any offset', () => {
    const makassar = calendarFile({
      uid: 'x',
      start: '2026-12-07T09:00:00+08:00',
      end: '2026-12-07T10:00:00+08:00',
      title: 't',
      location: 'l',
      description: 'd',
    });
    expect(makassar).to.contain('DTSTART:20261207T010000Z');
  });

  it('escapes text and folds long lines as RFC 5545 asks, with CRLF endings', () => {
    expect(ics).to.contain('LOCATION:Loket 6\\, MPP Tanjungpinang');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.contain(
      'DESCRIPTION:Kode booking: RSV-7KQ2M9XA\\nCheck-in: 07.45 WIB sampai 09.15 WIB\\; bawa KTP\\, KK',
    );
    for (const line of lines) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.match(/\n/g)!.length).to.equal(ics.match(/\r\n/g)!.length);
  });

  it('reminds an hour before', () => {
    expect(lines).to.include('TRIGGER:-PT1H');
  });
});

describe('day and session choices', () => {
  const t = scheduleStrings.in('id');
  it('names holidays and cuti bersama, and says how many places a day has', () => {
    expect(
      dayChoice(
        { date: '2026-12-25', open: false, reason: { code: 'holiday', name: 'Kelahiran Yesus Kristus' }, sessions: [] },
        [],
        t,
        'id',
      ),
    ).to.deep.equal({
      value: '2026-12-25',
      label: 'Jumat, 25 Desember 2026',
      hint: 'Libur Nasional: Kelahiran Yesus Kristus',
      disabled: true,
    });
    expect(
      dayChoice(
        { date: '2026-12-24', open: false, reason: { code: 'cuti_bersama', name: 'Cuti Bersama Natal' }, sessions: [] },
        [],
        t,
        'id',
      ).hint,
    ).to.equal('Cuti Bersama: Cuti Bersama Natal');
    expect(
      dayChoice(
        { date: '2026-12-09', open: false, reason: { code: 'closure', name: 'Pemadaman listrik' }, sessions: [] },
        [],
        t,
        'id',
      ).hint,
      'a day the MPP or the agency closed: its reason',
    ).to.equal('Tutup: Pemadaman listrik');
    const session = (id: string, remaining: number, bookable = remaining > 0) => ({
      id,
      start: '2026-12-07T08:00:00+07:00',
      end: '2026-12-07T09:00:00+07:00',
      quota: 10,
      remaining,
      bookable,
    });
    const open = dayChoice(
      { date: '2026-12-07', open: true, sessions: [session('a', 3), session('b', 0), session('c', 5, false)] },
      [],
      t,
      'id',
    );
    expect(open.hint).to.equal('3 tempat tersisa'); // an ended session's places do not count
    const fullDay = { date: '2026-12-07', open: true, full: true, sessions: [session('a', 0)] };
    const nextDay = { date: '2026-12-09', open: true, full: false, sessions: [session('a', 2)] };
    const weekend = { date: '2026-12-08', open: false, reason: { code: 'weekend' as const }, sessions: [] };
    expect(dayChoice(fullDay, [fullDay, weekend, nextDay], t, 'id')).to.deep.equal({
      value: '2026-12-07',
      label: 'Senin, 7 Desember 2026',
      tag: 'Penuh',
      hint: 'Hari terdekat yang masih ada tempat: Rabu, 9 Desember 2026',
      disabled: true,
    });
    expect(dayChoice(fullDay, [fullDay], t, 'id').hint).to.equal('Tidak ada hari lain yang masih ada tempat');
    // Its sessions all ended: over, not full.
    const over = { date: '2026-12-07', open: true, full: false, sessions: [session('a', 4, false)] };
    expect(dayChoice(over, [over], t, 'id')).to.deep.equal({
      value: '2026-12-07',
      label: 'Senin, 7 Desember 2026',
      hint: 'Sudah berakhir',
      disabled: true,
    });
    const notYet = {
      date: '2026-12-14',
      open: false,
      reason: { code: 'closed' as const, opensAt: '2026-12-07T07:00:00+07:00' },
      sessions: [],
    };
    expect(dayChoice(notYet, [notYet], t, 'id')).to.include({
      tag: 'Belum dibuka',
      hint: 'Dibuka Senin 07.00 WIB',
      disabled: true,
    });
    expect(dayChoice(notYet, [notYet], t, 'id', 754).hint, 'from an hour before: minutes and seconds left').to.equal(
      'Dibuka Senin 07.00 WIB (12:34 lagi)',
    );
    expect(dayChoice(notYet, [notYet], en, 'en', 59).hint).to.equal('Opens Monday 07:00 WIB (in 0:59)');
    expect(sessionChoice(session('b', 0), t, 'id')).to.include({ tag: 'Penuh', disabled: true });
    expect(sessionChoice(session('a', 5, false), t, 'id')).to.include({
      hint: 'Sudah berakhir',
      disabled: true,
      label: '08.00–09.00 WIB',
    });
    expect(sessionChoice(session('a', 1), en, 'en')).to.include({
      hint: '1 place left',
      disabled: false,
      label: '08:00–09:00 WIB',
    });
  });
});

describe('QR code from the server', () => {
  const draw = (qr: Parameters<typeof qrCode>[0]) => {
    const host = document.createElement('div');
    render(qrCode(qr, 'Kode QR booking RSV-7KQ2M9XA'), host);
    return host.querySelector('svg');
  };
  const squares = (svg: SVGSVGElement | null) =>
    svg!
      .querySelector('path')!
      .getAttribute('d')!
      .match(/M\d+ \d+/g) ?? [];

  it('draws each dark module at its row and column, and nothing else', () => {
    const bytes = new Uint8Array(Math.ceil((21 * 21) / 8));
    const dark = [0, 20, 21, 440]; // top-left, top-right, start of row 2, bottom-right
    for (const i of dark) bytes[i >> 3] |= 128 >> (i & 7);
    const svg = draw({ size: 21, modules: btoa(String.fromCharCode(...bytes)) });
    expect(squares(svg)).to.deep.equal(['M0 0', 'M20 0', 'M0 1', 'M20 20']);
    expect(svg!.getAttribute('viewBox'), 'a quiet zone of 4 modules').to.equal('-4 -4 29 29');
    expect(svg!.getAttribute('aria-label')).to.equal('Kode QR booking RSV-7KQ2M9XA');
  });

  it('draws every dark module of a booking code the server encoded', () => {
    const qr = qrCodeOf('RSV-7KQ2M9XA');
    const darkModules = [...atob(qr.modules)].reduce(
      (n, c) => n + [...c.charCodeAt(0).toString(2)].filter((b) => b === '1').length,
      0,
    );
    expect(squares(draw(qr))).to.have.length(darkModules);
  });

  it('draws nothing rather than noise when the modules are missing or not base64', () => {
    expect(draw(undefined)).to.equal(null);
    expect(draw({ size: 21, modules: '<svg onload=alert(1)>' })).to.equal(null);
  });

  it('never draws more than the largest size the contract allows', () => {
    const svg = draw({ size: 100_000, modules: btoa('\xff'.repeat(500)) });
    expect(svg!.getAttribute('viewBox')).to.equal('-4 -4 65 65');
  });
});
