/** A small iCalendar (RFC 5545) writer: escaping, UTC times, all-day dates and line folding by octets. */

/** One event of a feed. `start`/`end` are instants (UTC) or, all-day, days (`YYYY-MM-DD`, end exclusive). */
export interface FeedEvent {
  uid: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  allDay: boolean;
  start: string;
  end: string;
  /** The last change, as DTSTAMP/LAST-MODIFIED. */
  stamp: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  url?: string | null;
  categories?: string[];
}

const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // Continuation lines start with a space, which counts toward their 75 octets.
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** `20261208T073000Z` */
export function utcStamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** `20261208` */
const dateValue = (day: string) => day.replace(/-/g, '');

function eventLines(e: FeedEvent): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${utcStamp(e.stamp)}`, `LAST-MODIFIED:${utcStamp(e.stamp)}`];
  if (e.allDay) lines.push(`DTSTART;VALUE=DATE:${dateValue(e.start)}`, `DTEND;VALUE=DATE:${dateValue(e.end)}`);
  else lines.push(`DTSTART:${utcStamp(e.start)}`, `DTEND:${utcStamp(e.end)}`);
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push(`STATUS:${e.status ?? 'CONFIRMED'}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** A whole VCALENDAR with CRLF line ends, every line folded. */
export function writeCalendar(options: { name: string; events: readonly FeedEvent[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kartoteka//Calendar feed//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    // Calendar apps poll a subscription; hint a refresh every 15 minutes.
    'REFRESH-INTERVAL;VALUE=DURATION:PT15M',
    'X-PUBLISHED-TTL:PT15M',
    ...options.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
