// Calendar days and clock times in the business time zone, whatever the machine's own zone.

/** YYYY-MM-DD of `instant` in `timeZone`. */
export function businessDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** HH:MM (24 h) of `instant` in `timeZone`. */
export function businessTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

/** The calendar day `days` after (or before) a YYYY-MM-DD day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

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

/**
 * Reads what an operator types for a date: "today", "yesterday", "2026-11-28", "28/11/2026" or
 * "28/11" (this year). Dates after today are refused.
 */
export function parseDateInput(input: string, now: Date, timeZone: string): { ok: true; date: string } | { ok: false; problem: DateInputProblem } {
  const today = businessDate(now, timeZone);
  const text = input.trim().toLowerCase();
  let date: string | undefined;
  if (text === "today" || text === "") date = today;
  else if (text === "yesterday") date = addDays(today, -1);
  else {
    let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    let year: number | undefined, month: number | undefined, day: number | undefined;
    if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    else if ((match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(text))) {
      [day, month, year] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : Number(today.slice(0, 4))];
    }
    if (year !== undefined && month !== undefined && day !== undefined && isRealDate(year, month, day)) {
      date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    }
  }
  if (date === undefined) return { ok: false, problem: "unreadable" };
  if (date > today) return { ok: false, problem: "future" };
  return { ok: true, date };
}
