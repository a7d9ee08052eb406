import { MPP_TIME_ZONE } from '../../core/format.js';

export interface CalendarEvent {
  uid: string;
  start: string;
  end: string;
  title: string;
  location: string;
  description: string;
  timeZone?: string;
}

/** RFC 5545 text: backslash, semicolon, comma and newlines escaped. */
const escapeText = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** RFC 5545 folds lines longer than 75 octets; continuation lines start with a space. */
function fold(line: string): string {
  const bytes = new TextEncoder();
  let out = '';
  let current = '';
  for (const ch of line) {
    if (bytes.encode(current + ch).length > (out ? 74 : 75)) {
      out += (out ? '\r\n ' : '') + current;
      current = '';
    }
    current += ch;
  }
  return out ? `${out}\r\n ${current}` : current;
}

/** An instant as local wall-clock time in the MPP's zone: `20261207T080000`. */
function localStamp(instant: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

// Indonesia keeps no daylight saving time: each zone is one fixed offset.
const OFFSETS: Record<string, [string, string]> = {
  'Asia/Jakarta': ['+0700', 'WIB'],
  'Asia/Pontianak': ['+0700', 'WIB'],
  'Asia/Makassar': ['+0800', 'WITA'],
  'Asia/Jayapura': ['+0900', 'WIT'],
};

/**
 * A calendar file for one visit, in the MPP's time zone (with its VTIMEZONE, so every calendar app places it at
 * the right hour whatever the phone's zone), with a reminder an hour before.
 */
export function calendarFile(event: CalendarEvent, now = new Date()): string {
  const zone = event.timeZone ?? MPP_TIME_ZONE;
  const [offset, name] = OFFSETS[zone] ?? OFFSETS[MPP_TIME_ZONE];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//mpp-widgets//queue-booking//ID',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${name}`,
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${zone}:${localStamp(event.start, zone)}`,
    `DTEND;TZID=${zone}:${localStamp(event.end, zone)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'BEGIN:VALARM',
    'TRIGGER:-PT1H',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .map(fold)
    .join('\r\n')
    .concat('\r\n');
}

/** Offers a text as a file download, without a server round trip (a `blob:` link; no CSP source needed). */
export function download(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
