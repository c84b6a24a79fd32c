// Calendar days and clock times in the business time zone, whatever the machine's own zone.

/** YYYY-MM-DD of `instant` in `timeZone`. */
export function businessDate(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** HH:MM (24 h) of `instant` in `timeZone`. */
export function businessTime(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(11, 16);
}

/** The calendar day `days` after (or before) a YYYY-MM-DD day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// One format per zone, made once: making an Intl.DateTimeFormat costs some 0.2 ms, far more than using one
// (an export's audit file writes two times a row).
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The date and time `instantMs` shows on a clock in `timeZone`, as milliseconds of that reading taken as UTC. */
function wallClockMs(instantMs: number, timeZone: string): number {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
}

const DAY_MS = 24 * 60 * 60 * 1000;

const twoDigits = (n: number) => String(n).padStart(2, "0");

const HOUR_MS = 60 * 60 * 1000;
/** Per zone: hours since 1970 → the zone's offset (ms) all through that hour, or null where it changes within it. */
const hourOffsets = new Map<string, Map<number, number | null>>();

/** How far a clock in `timeZone` is ahead of UTC at `instantMs` (a whole second), in ms. */
function offsetMs(instantMs: number, timeZone: string): number {
  // Reading a clock through Intl costs tens of microseconds; exports read thousands of times, a few hours apart.
  const hour = Math.floor(instantMs / HOUR_MS);
  let hours = hourOffsets.get(timeZone);
  if (!hours || hours.size >= 100_000) hourOffsets.set(timeZone, (hours = new Map<number, number | null>()));
  let offset = hours.get(hour);
  if (offset === undefined) {
    const [first, last] = [hour * HOUR_MS, (hour + 1) * HOUR_MS - 1000];
    const [atFirst, atLast] = [wallClockMs(first, timeZone) - first, wallClockMs(last, timeZone) - last];
    offset = atFirst === atLast ? atFirst : null;
    hours.set(hour, offset);
  }
  return offset ?? wallClockMs(instantMs, timeZone) - instantMs;
}

/**
 * `instant` as a clock in `timeZone` shows it, to the second, with the zone's offset then:
 * "2026-11-29 01:30:00+03:00" (RFC 3339, a space for the T). Unambiguous where clocks go back.
 */
export function localTimestamp(instant: Date, timeZone: string): string {
  const second = Math.floor(instant.getTime() / 1000) * 1000;
  const offset = offsetMs(second, timeZone);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  return `${new Date(second + offset).toISOString().slice(0, 19).replace("T", " ")}${sign}${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;
}

/**
 * The instant a clock in `timeZone` shows `minuteOfDay` (minutes after midnight, up to 1440) on the
 * YYYY-MM-DD day `isoDate`. Where clocks go back and the time shows twice, the first; where they jump
 * forward over it, the moment of the jump. So a later time of day never gives an earlier instant.
 */
export function instantAt(isoDate: string, minuteOfDay: number, timeZone: string): Date {
  const wall = Date.parse(`${isoDate}T00:00:00Z`) + minuteOfDay * 60_000;
  // The zone's offset a day before and a day after: one of them is in force at that time of day.
  const earlier = wall - (wallClockMs(wall - DAY_MS, timeZone) - (wall - DAY_MS));
  const later = wall - (wallClockMs(wall + DAY_MS, timeZone) - (wall + DAY_MS));
  const shown = [earlier, later].filter((instant) => wallClockMs(instant, timeZone) === wall);
  if (shown.length > 0) return new Date(Math.min(...shown));
  // In a gap: the jump lies between the two; find the first second whose clock reads `wall` or later.
  let [before, after] = [Math.min(earlier, later), Math.max(earlier, later)];
  while (after - before > 1000) {
    const middle = before + Math.floor((after - before) / 2000) * 1000;
    if (wallClockMs(middle, timeZone) >= wall) after = middle;
    else before = middle;
  }
  return new Date(after);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type DateInputProblem = "unreadable" | "future";

/** A date as typed: its YYYY-MM-DD, or a day that does not exist (31/11/2026). */
type TypedDate = { exists: true; date: string } | { exists: false };

const typed = (date: string): TypedDate => ({ exists: true, date });

/**
 * One date as people type it: "2026-11-28", "28/11/2026", "28.11.2026", "28-11-2026" or "28/11" (in
 * `year`). Null when it is not written as a date.
 */
function readDate(text: string, year: number): TypedDate | null {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let parts: [number, number, number] | undefined;
  if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(text))) {
    parts = [match[3] ? Number(match[3]) : year, Number(match[2]), Number(match[1])];
  }
  if (!parts) return null;
  const [y, m, d] = parts;
  return isRealDate(y, m, d) ? typed(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`) : { exists: false };
}

/** Days named by a word, in each language the bot speaks: whoever types may use either. */
const TODAY = new Set(["today", "leo"]);
const YESTERDAY = new Set(["yesterday", "jana"]);
const LAST_7_DAYS = new Set(["week", "wiki"]);
const THIS_MONTH = new Set(["month", "mwezi"]);

/**
 * Reads what an operator types for a date: "today", "yesterday" (or "leo", "jana"), "2026-11-28",
 * "28/11/2026" or "28/11" (this year). Dates after today are refused.
 */
export function parseDateInput(input: string, now: Date, timeZone: string): { ok: true; date: string } | { ok: false; problem: DateInputProblem } {
  const today = businessDate(now, timeZone);
  const text = input.trim().toLowerCase();
  let read: TypedDate | null;
  if (TODAY.has(text) || text === "") read = typed(today);
  else if (YESTERDAY.has(text)) read = typed(addDays(today, -1));
  else read = readDate(text, Number(today.slice(0, 4)));
  if (!read?.exists) return { ok: false, problem: "unreadable" };
  const { date } = read;
  if (date > today) return { ok: false, problem: "future" };
  return { ok: true, date };
}

/** Business days from `from` to `to`, both included, YYYY-MM-DD. */
export interface BusinessDays {
  from: string;
  to: string;
}

/** The longest period a report covers, in days. */
export const MAX_REPORT_DAYS = 366;

export type PeriodInputProblem = "unreadable" | "no_such_date" | "future" | "backwards" | "too_long";

/** How many days a period covers. */
function dayCount({ from, to }: BusinessDays): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * Reads the period a manager asks a report for: "" or "today", "yesterday", "week" (the last 7 days,
 * today included), "month" (this calendar month so far), or their Kiswahili ("leo", "jana", "wiki",
 * "mwezi"), one date, or two joined by "-", "to" or "hadi" ("1/11/2026-15/11/2026", "1/11/2026 - 15/11/2026"). Days after today, a range ending before it starts,
 * and ranges over MAX_REPORT_DAYS are refused.
 */
export function parseReportPeriod(input: string, now: Date, timeZone: string): { ok: true; days: BusinessDays } | { ok: false; problem: PeriodInputProblem } {
  const today = businessDate(now, timeZone);
  const year = Number(today.slice(0, 4));
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  let dates: [TypedDate, TypedDate] | null = null;
  if (text === "" || TODAY.has(text)) dates = [typed(today), typed(today)];
  else if (YESTERDAY.has(text)) dates = [typed(addDays(today, -1)), typed(addDays(today, -1))];
  else if (LAST_7_DAYS.has(text)) dates = [typed(addDays(today, -6)), typed(today)];
  else if (THIS_MONTH.has(text)) dates = [typed(`${today.slice(0, 8)}01`), typed(today)];
  else {
    const one = readDate(text, year);
    if (one !== null) dates = [one, one];
    // A range: the first place it splits into two dates ("1-11-2026-15-11-2026" splits after 2026).
    for (const split of one === null ? text.matchAll(/ ?(?:-|–|—|\bto\b|\bhadi\b) ?/g) : []) {
      const from = readDate(text.slice(0, split.index), year);
      const to = readDate(text.slice(split.index + split[0].length), year);
      if (from !== null && to !== null) {
        dates = [from, to];
        break;
      }
    }
  }
  if (dates === null) return { ok: false, problem: "unreadable" };
  if (!dates[0].exists || !dates[1].exists) return { ok: false, problem: "no_such_date" };
  const [from, to] = [dates[0].date, dates[1].date];
  if (to > today || from > today) return { ok: false, problem: "future" };
  if (from > to) return { ok: false, problem: "backwards" };
  if (dayCount({ from, to }) > MAX_REPORT_DAYS) return { ok: false, problem: "too_long" };
  return { ok: true, days: { from, to } };
}

/** The instants a period's business days begin (included) and end (excluded). */
export function periodInstants({ from, to }: BusinessDays, timeZone: string): { start: Date; end: Date } {
  return { start: instantAt(from, 0, timeZone), end: instantAt(addDays(to, 1), 0, timeZone) };
}
