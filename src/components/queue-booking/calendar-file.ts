// An iCalendar (.ics) file of a booked visit, and the download that hands it to the resident.
export interface CalendarEvent {
  uid: string;
  start: string;
  end: string;
  title: string;
  location: string;
  description: string;
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

/** An instant in UTC, as RFC 5545 writes it: `20261207T010000Z`. */
const utcStamp = (instant: string | Date) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * A calendar file for one visit, with a reminder an hour before. Times are absolute (UTC): every calendar app shows
 * the visit at the right hour in the phone's own zone — 09.00 on a phone in WIB — with no time-zone table to ship.
 */
export function calendarFile(event: CalendarEvent, now = new Date()): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//mpp-widgets//queue-booking//ID',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DTEND:${utcStamp(event.end)}`,
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
