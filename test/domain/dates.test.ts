import { describe, expect, it } from "vitest";
import { addDays, businessDate, businessTime, instantAt, localTimestamp, parseDateInput, parseReportPeriod, periodInstants } from "../../src/domain/dates.js";

const NAIROBI = "Africa/Nairobi";
const LONDON = "Europe/London";

describe("businessDate and businessTime", () => {
  it.each([
    ["2026-11-28T06:00:00.000Z", NAIROBI, "2026-11-28", "09:00"],
    ["2026-11-28T20:59:59.000Z", NAIROBI, "2026-11-28", "23:59"],
    ["2026-11-28T21:00:00.000Z", NAIROBI, "2026-11-29", "00:00"],
    ["2026-07-01T23:30:00.000Z", LONDON, "2026-07-02", "00:30"],
    ["2026-12-01T23:30:00.000Z", LONDON, "2026-12-01", "23:30"],
  ])("%s in %s is %s at %s", (instant, zone, date, time) => {
    expect(businessDate(new Date(instant), zone)).toBe(date);
    expect(businessTime(new Date(instant), zone)).toBe(time);
  });
});

describe("localTimestamp", () => {
  it.each([
    ["2026-11-28T22:30:00.000Z", NAIROBI, "2026-11-29 01:30:00+03:00"],
    ["2026-11-28T20:59:59.999Z", NAIROBI, "2026-11-28 23:59:59+03:00"],
    // 01:30 shows twice in London that night: the offset tells them apart.
    ["2026-10-25T00:30:00.000Z", LONDON, "2026-10-25 01:30:00+01:00"],
    ["2026-10-25T01:30:00.000Z", LONDON, "2026-10-25 01:30:00+00:00"],
    ["2026-03-02T04:15:00.000Z", "America/St_Johns", "2026-03-02 00:45:00-03:30"],
    // Nepal moved from +05:30 to +05:45 at midnight, 18:30 UTC: within one UTC hour, either side of it.
    ["1985-12-31T18:10:00.000Z", "Asia/Kathmandu", "1985-12-31 23:40:00+05:30"],
    ["1985-12-31T18:40:00.000Z", "Asia/Kathmandu", "1986-01-01 00:25:00+05:45"],
  ])("%s in %s is %s", (instant, zone, expected) => {
    expect(localTimestamp(new Date(instant), zone)).toBe(expected);
  });
});

describe("addDays", () => {
  it.each([
    ["2026-11-28", 0, "2026-11-28"],
    ["2026-11-28", 1, "2026-11-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2028-03-01", -1, "2028-02-29"],
    ["2026-11-28", -28, "2026-10-31"],
  ])("%s %i days is %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe("instantAt", () => {
  it.each([
    ["2026-11-28", 23 * 60 + 30, NAIROBI, "2026-11-28T20:30:00.000Z"],
    ["2026-11-29", 0, NAIROBI, "2026-11-28T21:00:00.000Z"],
    ["2026-11-28", 24 * 60, NAIROBI, "2026-11-28T21:00:00.000Z"],
    ["2026-03-29", 90, LONDON, "2026-03-29T01:00:00.000Z"], // 01:30 is skipped: the jump
    ["2026-10-25", 90, LONDON, "2026-10-25T00:30:00.000Z"], // 01:30 shows twice: the first
    ["2026-03-02", 11 * 60 + 30, "Pacific/Kiritimati", "2026-03-01T21:30:00.000Z"],
  ] as const)("%s at minute %i in %s", (date, minute, zone, expected) => {
    expect(instantAt(date, minute, zone).toISOString()).toBe(expected);
  });
});

describe("parseDateInput", () => {
  /** 09:00 on 28 November 2026 in Nairobi. */
  const morning = new Date("2026-11-28T06:00:00.000Z");
  /** 00:30 on 29 November 2026 in Nairobi, still the 28th in UTC. */
  const afterMidnight = new Date("2026-11-28T21:30:00.000Z");

  it.each([
    ["today", morning, "2026-11-28"],
    ["", morning, "2026-11-28"],
    [" Yesterday ", morning, "2026-11-27"],
    ["leo", morning, "2026-11-28"],
    ["Jana", morning, "2026-11-27"],
    ["2026-11-28", morning, "2026-11-28"],
    ["2026-1-5", morning, "2026-01-05"],
    ["28/11/2026", morning, "2026-11-28"],
    ["28/11", morning, "2026-11-28"],
    ["5.11", morning, "2026-11-05"],
    ["5-11-2026", morning, "2026-11-05"],
    ["29/02/2024", morning, "2024-02-29"],
    ["today", afterMidnight, "2026-11-29"],
    ["29/11", afterMidnight, "2026-11-29"],
  ])("reads %j on %s as %s", (input, now, date) => {
    expect(parseDateInput(input, now, NAIROBI)).toEqual({ ok: true, date });
  });

  it.each([
    ["29/11", morning, "future"],
    ["2026-11-29", morning, "future"],
    ["tomorrow", morning, "unreadable"],
    ["31/11/2026", morning, "unreadable"],
    ["29/02/2026", morning, "unreadable"],
    ["28/11/26", morning, "unreadable"],
    ["2026-13-01", morning, "unreadable"],
  ] as const)("refuses %j on %s: %s", (input, now, problem) => {
    expect(parseDateInput(input, now, NAIROBI)).toEqual({ ok: false, problem });
  });
});

describe("parseReportPeriod", () => {
  const morning = new Date("2026-11-28T06:00:00.000Z");
  /** 00:30 on 1 December 2026 in Nairobi, still November in UTC. */
  const firstOfMonth = new Date("2026-11-30T21:30:00.000Z");

  it.each([
    ["", morning, "2026-11-28", "2026-11-28"],
    ["today", morning, "2026-11-28", "2026-11-28"],
    ["Yesterday", morning, "2026-11-27", "2026-11-27"],
    ["week", morning, "2026-11-22", "2026-11-28"],
    ["month", morning, "2026-11-01", "2026-11-28"],
    ["month", firstOfMonth, "2026-12-01", "2026-12-01"],
    ["week", firstOfMonth, "2026-11-25", "2026-12-01"],
    ["28/11/2026", morning, "2026-11-28", "2026-11-28"],
    ["2026-11-05", morning, "2026-11-05", "2026-11-05"],
    ["1/11/2026-15/11/2026", morning, "2026-11-01", "2026-11-15"],
    ["1/11/2026 - 15/11/2026", morning, "2026-11-01", "2026-11-15"],
    ["1/11/2026  –  15/11/2026", morning, "2026-11-01", "2026-11-15"],
    ["1/11 to 15/11", morning, "2026-11-01", "2026-11-15"],
    ["1/11 hadi 15/11", morning, "2026-11-01", "2026-11-15"],
    ["leo", morning, "2026-11-28", "2026-11-28"],
    ["jana", morning, "2026-11-27", "2026-11-27"],
    ["Wiki", morning, "2026-11-22", "2026-11-28"],
    ["mwezi", morning, "2026-11-01", "2026-11-28"],
    ["1-11-2026-15-11-2026", morning, "2026-11-01", "2026-11-15"],
    ["2026-11-01 - 2026-11-15", morning, "2026-11-01", "2026-11-15"],
    ["29/11/2025-28/11/2026", morning, "2025-11-29", "2026-11-28"],
  ])("reads %j on %s as %s to %s", (input, now, from, to) => {
    expect(parseReportPeriod(input, now, NAIROBI)).toEqual({ ok: true, days: { from, to } });
  });

  it.each([
    ["last week", "unreadable"],
    ["1/11/2026-", "unreadable"],
    ["31/11/2026", "no_such_date"],
    ["1/11/2026-31/11/2026", "no_such_date"],
    ["29/11/2026", "future"],
    ["1/11/2026-29/11/2026", "future"],
    ["15/11/2026-1/11/2026", "backwards"],
    ["27/11/2025-28/11/2026", "too_long"],
  ] as const)("refuses %j: %s", (input, problem) => {
    expect(parseReportPeriod(input, morning, NAIROBI)).toEqual({ ok: false, problem });
  });
});

describe("periodInstants", () => {
  it.each([
    [{ from: "2026-11-28", to: "2026-11-28" }, NAIROBI, "2026-11-27T21:00:00.000Z", "2026-11-28T21:00:00.000Z"],
    [{ from: "2026-11-01", to: "2026-11-28" }, "Pacific/Kiritimati", "2026-10-31T10:00:00.000Z", "2026-11-28T10:00:00.000Z"],
    // The day the clocks go back lasts 25 hours.
    [{ from: "2026-10-25", to: "2026-10-25" }, LONDON, "2026-10-24T23:00:00.000Z", "2026-10-26T00:00:00.000Z"],
    // Santiago's clocks jump from midnight to 01:00 on 6 September 2026: that day begins at 01:00.
    [{ from: "2026-09-06", to: "2026-09-06" }, "America/Santiago", "2026-09-06T04:00:00.000Z", "2026-09-07T03:00:00.000Z"],
  ])("%j in %s runs from %s to %s", (days, zone, start, end) => {
    const instants = periodInstants(days, zone);
    expect([instants.start.toISOString(), instants.end.toISOString()]).toEqual([start, end]);
  });
});
