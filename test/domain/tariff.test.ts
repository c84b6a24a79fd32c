import { describe, expect, it } from "vitest";
import {
  billableSeconds,
  billSession,
  chargeKes,
  parseWindowsInput,
  tariffProblems,
  type Rounding,
  type Tariff,
  type TariffWindow,
} from "../../src/domain/tariff.js";

const NAIROBI = "Africa/Nairobi";
const LONDON = "Europe/London";

/** A time on a Nairobi clock ("2026-11-28 06:30", seconds optional) as an instant. */
const nairobi = (text: string) => new Date(`${text.replace(" ", "T")}+03:00`);
const utc = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const window = (from: string, to: string, ratePerHourKes: number): TariffWindow => {
  const minute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return { startMinute: minute(from), endMinute: minute(to), ratePerHourKes };
};
const tariff = (ratePerHourKes: number, minimumChargeKes: number, rounding: Rounding, windows: TariffWindow[] = []): Tariff => ({
  ratePerHourKes,
  minimumChargeKes,
  rounding,
  windows,
});

const plain = tariff(100, 1, "HALF_UP");
const morning = tariff(100, 10, "HALF_UP", [window("06:00", "09:00", 50)]);
const night = tariff(100, 1, "HALF_UP", [window("22:00", "06:00", 60)]);

interface Row {
  name: string;
  tariff: Tariff;
  from: Date;
  to: Date;
  zone?: string;
  seconds: number;
  proratedKes: number;
  amountKes: number;
  /** [from, to, rate, KES]: times as UTC instants "HH:MM:SS" of each part. */
  parts: [Date, Date, number, number][];
}

const rows: Row[] = [
  {
    name: "no windows: 1 h 12 min at 100/h",
    tariff: plain,
    from: nairobi("2026-11-28 09:00"),
    to: nairobi("2026-11-28 10:12"),
    seconds: 4320,
    proratedKes: 120,
    amountKes: 120,
    parts: [[nairobi("2026-11-28 09:00"), nairobi("2026-11-28 10:12"), 100, 120]],
  },
  {
    name: "inside one window",
    tariff: morning,
    from: nairobi("2026-11-28 06:30"),
    to: nairobi("2026-11-28 08:30"),
    seconds: 7200,
    proratedKes: 100,
    amountKes: 100,
    parts: [[nairobi("2026-11-28 06:30"), nairobi("2026-11-28 08:30"), 50, 100]],
  },
  {
    name: "across the end of a window",
    tariff: morning,
    from: nairobi("2026-11-28 06:30"),
    to: nairobi("2026-11-28 10:12"),
    seconds: 13_320,
    proratedKes: 245,
    amountKes: 245,
    parts: [
      [nairobi("2026-11-28 06:30"), nairobi("2026-11-28 09:00"), 50, 125],
      [nairobi("2026-11-28 09:00"), nairobi("2026-11-28 10:12"), 100, 120],
    ],
  },
  {
    name: "across the start of a window",
    tariff: morning,
    from: nairobi("2026-11-28 05:00"),
    to: nairobi("2026-11-28 07:00"),
    seconds: 7200,
    proratedKes: 150,
    amountKes: 150,
    parts: [
      [nairobi("2026-11-28 05:00"), nairobi("2026-11-28 06:00"), 100, 100],
      [nairobi("2026-11-28 06:00"), nairobi("2026-11-28 07:00"), 50, 50],
    ],
  },
  {
    name: "across midnight, no window there",
    tariff: morning,
    from: nairobi("2026-11-28 23:00"),
    to: nairobi("2026-11-29 01:30"),
    seconds: 9000,
    proratedKes: 250,
    amountKes: 250,
    parts: [[nairobi("2026-11-28 23:00"), nairobi("2026-11-29 01:30"), 100, 250]],
  },
  {
    name: "through a window that crosses midnight",
    tariff: night,
    from: nairobi("2026-11-28 21:00"),
    to: nairobi("2026-11-29 07:00"),
    seconds: 36_000,
    proratedKes: 680,
    amountKes: 680,
    parts: [
      [nairobi("2026-11-28 21:00"), nairobi("2026-11-28 22:00"), 100, 100],
      [nairobi("2026-11-28 22:00"), nairobi("2026-11-29 06:00"), 60, 480],
      [nairobi("2026-11-29 06:00"), nairobi("2026-11-29 07:00"), 100, 100],
    ],
  },
  {
    name: "starting after midnight inside a window that began the day before",
    tariff: night,
    from: nairobi("2026-11-29 02:00"),
    to: nairobi("2026-11-29 06:30"),
    seconds: 16_200,
    proratedKes: 290,
    amountKes: 290,
    parts: [
      [nairobi("2026-11-29 02:00"), nairobi("2026-11-29 06:00"), 60, 240],
      [nairobi("2026-11-29 06:00"), nairobi("2026-11-29 06:30"), 100, 50],
    ],
  },
  {
    name: "23:30 in Nairobi is 20:30 UTC, the day before the window's midnight: the window is read on the Nairobi clock",
    tariff: tariff(100, 1, "HALF_UP", [window("00:00", "06:00", 40)]),
    from: utc("2026-11-28 20:30"),
    to: utc("2026-11-28 22:00"),
    seconds: 5400,
    proratedKes: 90,
    amountKes: 90,
    parts: [
      [utc("2026-11-28 20:30"), utc("2026-11-28 21:00"), 100, 50],
      [utc("2026-11-28 21:00"), utc("2026-11-28 22:00"), 40, 40],
    ],
  },
  {
    name: "23:30–00:30 in Nairobi lies in 22:00–06:00 (20:30–21:30 UTC would not)",
    tariff: night,
    from: utc("2026-11-28 20:30"),
    to: utc("2026-11-28 21:30"),
    seconds: 3600,
    proratedKes: 60,
    amountKes: 60,
    parts: [[utc("2026-11-28 20:30"), utc("2026-11-28 21:30"), 60, 60]],
  },
  {
    name: "below the minimum: 5 min at 100/h is 8, the minimum 10",
    tariff: morning,
    from: nairobi("2026-11-28 10:00"),
    to: nairobi("2026-11-28 10:05"),
    seconds: 300,
    proratedKes: 8,
    amountKes: 10,
    parts: [[nairobi("2026-11-28 10:00"), nairobi("2026-11-28 10:05"), 100, 8]],
  },
  {
    name: "zero length: the minimum, no parts",
    tariff: morning,
    from: nairobi("2026-11-28 07:00"),
    to: nairobi("2026-11-28 07:00"),
    seconds: 0,
    proratedKes: 0,
    amountKes: 10,
    parts: [],
  },
  {
    name: "under a second: nothing billed but the minimum (at least 1)",
    tariff: tariff(100, 1, "UP"),
    from: nairobi("2026-11-28 07:00"),
    to: new Date(nairobi("2026-11-28 07:00").getTime() + 999),
    seconds: 0,
    proratedKes: 0,
    amountKes: 1,
    parts: [],
  },
  {
    name: "rounded once over the parts: 0.50 + 0.50 half up is 1 (each part rounded would make 2)",
    tariff: tariff(100, 1, "HALF_UP", [window("06:00", "09:00", 50)]),
    from: nairobi("2026-11-28 08:59:24"),
    to: nairobi("2026-11-28 09:00:18"),
    seconds: 54,
    proratedKes: 1,
    amountKes: 1,
    parts: [
      [nairobi("2026-11-28 08:59:24"), nairobi("2026-11-28 09:00"), 50, 1],
      [nairobi("2026-11-28 09:00"), nairobi("2026-11-28 09:00:18"), 100, 0],
    ],
  },
  {
    name: "rounded down once over the parts: 0.75 + 0.75 is 1 (each part rounded down would make 0)",
    tariff: tariff(100, 1, "DOWN", [window("06:00", "09:00", 50)]),
    from: nairobi("2026-11-28 08:59:06"),
    to: nairobi("2026-11-28 09:00:27"),
    seconds: 81,
    proratedKes: 1,
    amountKes: 1,
    parts: [
      [nairobi("2026-11-28 08:59:06"), nairobi("2026-11-28 09:00"), 50, 1],
      [nairobi("2026-11-28 09:00"), nairobi("2026-11-28 09:00:27"), 100, 0],
    ],
  },
  {
    name: "a start between two seconds: each second is charged at the rate where it begins",
    tariff: tariff(3600, 1, "HALF_UP", [window("06:00", "09:00", 1800)]),
    from: nairobi("2026-11-28 08:59:58.500"),
    to: nairobi("2026-11-28 09:00:01.900"),
    seconds: 3,
    // 08:59:58.5 and 08:59:59.5 at 1800/h (½ each), 09:00:00.5 at 3600/h (1): 2.
    proratedKes: 2,
    amountKes: 2,
    parts: [
      [nairobi("2026-11-28 08:59:58.500"), nairobi("2026-11-28 09:00:00.500"), 1800, 1],
      [nairobi("2026-11-28 09:00:00.500"), nairobi("2026-11-28 09:00:01.500"), 3600, 1],
    ],
  },
  ...(
    [
      // 30 min 18 s at 100/h = 50.50; 30 min 17 s = 50.47; 30 min 6 s = 50.17.
      [1818, "HALF_UP", 51],
      [1818, "UP", 51],
      [1818, "DOWN", 50],
      [1817, "HALF_UP", 50],
      [1817, "UP", 51],
      [1817, "DOWN", 50],
      [1806, "HALF_UP", 50],
      [1806, "UP", 51],
      [1806, "DOWN", 50],
      [1800, "UP", 50],
    ] as const
  ).map(([seconds, rounding, kes]): Row => ({
    name: `${seconds} s at 100/h rounded ${rounding}: ${kes}`,
    tariff: tariff(100, 1, rounding),
    from: nairobi("2026-11-28 10:00"),
    to: new Date(nairobi("2026-11-28 10:00").getTime() + seconds * 1000),
    seconds,
    proratedKes: kes,
    amountKes: kes,
    parts: [[nairobi("2026-11-28 10:00"), new Date(nairobi("2026-11-28 10:00").getTime() + seconds * 1000), 100, kes]],
  })),
  {
    name: "three days and more, through the window every morning",
    tariff: morning,
    from: nairobi("2026-11-28 06:30"),
    to: nairobi("2026-12-01 10:12"),
    seconds: 3 * 86_400 + 13_320,
    // Window: 2.5 h + 3 h + 3 h + 3 h = 11.5 h at 50 = 575; the other 64.2 h at 100 = 6420.
    proratedKes: 6995,
    amountKes: 6995,
    parts: [
      [nairobi("2026-11-28 06:30"), nairobi("2026-11-28 09:00"), 50, 125],
      [nairobi("2026-11-28 09:00"), nairobi("2026-11-29 06:00"), 100, 2100],
      [nairobi("2026-11-29 06:00"), nairobi("2026-11-29 09:00"), 50, 150],
      [nairobi("2026-11-29 09:00"), nairobi("2026-11-30 06:00"), 100, 2100],
      [nairobi("2026-11-30 06:00"), nairobi("2026-11-30 09:00"), 50, 150],
      [nairobi("2026-11-30 09:00"), nairobi("2026-12-01 06:00"), 100, 2100],
      [nairobi("2026-12-01 06:00"), nairobi("2026-12-01 09:00"), 50, 150],
      [nairobi("2026-12-01 09:00"), nairobi("2026-12-01 10:12"), 100, 120],
    ],
  },
  {
    name: "a month at the highest rate stays exact",
    tariff: tariff(100_000, 1, "HALF_UP"),
    from: nairobi("2026-11-01 00:00"),
    to: nairobi("2026-12-01 00:00:01"),
    seconds: 30 * 86_400 + 1,
    // 72,000,000 + 100,000/3600 = 72,000,027.78 → 72,000,028.
    proratedKes: 72_000_028,
    amountKes: 72_000_028,
    parts: [[nairobi("2026-11-01 00:00"), nairobi("2026-12-01 00:00:01"), 100_000, 72_000_028]],
  },
  {
    name: "two neighbouring windows at different rates",
    tariff: tariff(100, 1, "HALF_UP", [window("06:00", "09:00", 50), window("09:00", "12:00", 80)]),
    from: nairobi("2026-11-28 08:00"),
    to: nairobi("2026-11-28 12:30"),
    seconds: 16_200,
    proratedKes: 340,
    amountKes: 340,
    parts: [
      [nairobi("2026-11-28 08:00"), nairobi("2026-11-28 09:00"), 50, 50],
      [nairobi("2026-11-28 09:00"), nairobi("2026-11-28 12:00"), 80, 240],
      [nairobi("2026-11-28 12:00"), nairobi("2026-11-28 12:30"), 100, 50],
    ],
  },
  {
    name: "London, clocks forward at 01:00: 00:30–02:30 on the clock is one real hour",
    tariff: tariff(100, 1, "HALF_UP", [window("00:30", "02:30", 50)]),
    zone: LONDON,
    from: utc("2026-03-29 00:00"),
    to: utc("2026-03-29 02:00"),
    seconds: 7200,
    proratedKes: 150,
    amountKes: 150,
    parts: [
      [utc("2026-03-29 00:00"), utc("2026-03-29 00:30"), 100, 50],
      [utc("2026-03-29 00:30"), utc("2026-03-29 01:30"), 50, 50],
      [utc("2026-03-29 01:30"), utc("2026-03-29 02:00"), 100, 50],
    ],
  },
  {
    name: "London, a window starting at 01:30, a time the clocks skip: it starts at the jump",
    tariff: tariff(100, 1, "HALF_UP", [window("01:30", "03:00", 50)]),
    zone: LONDON,
    from: utc("2026-03-29 00:00"),
    to: utc("2026-03-29 02:30"),
    seconds: 9000,
    proratedKes: 200,
    amountKes: 200,
    parts: [
      [utc("2026-03-29 00:00"), utc("2026-03-29 01:00"), 100, 100],
      [utc("2026-03-29 01:00"), utc("2026-03-29 02:00"), 50, 50],
      [utc("2026-03-29 02:00"), utc("2026-03-29 02:30"), 100, 50],
    ],
  },
  {
    name: "London, clocks back at 02:00: 01:00–02:00 on the clock is two real hours",
    tariff: tariff(100, 1, "HALF_UP", [window("01:00", "02:00", 50)]),
    zone: LONDON,
    from: utc("2026-10-24 23:00"),
    to: utc("2026-10-25 03:00"),
    seconds: 14_400,
    proratedKes: 300,
    amountKes: 300,
    parts: [
      [utc("2026-10-24 23:00"), utc("2026-10-25 00:00"), 100, 100],
      [utc("2026-10-25 00:00"), utc("2026-10-25 02:00"), 50, 100],
      [utc("2026-10-25 02:00"), utc("2026-10-25 03:00"), 100, 100],
    ],
  },
];

describe("billSession", () => {
  it.each(rows)("$name", (row) => {
    const bill = billSession(row.from, row.to, row.tariff, row.zone ?? NAIROBI);
    expect({ seconds: bill.seconds, proratedKes: bill.proratedKes, amountKes: bill.amountKes }).toEqual({
      seconds: row.seconds,
      proratedKes: row.proratedKes,
      amountKes: row.amountKes,
    });
    expect(bill.parts.map((part) => [part.startedAt.toISOString(), part.endedAt.toISOString(), part.ratePerHourKes, part.amountKes])).toEqual(
      row.parts.map(([from, to, rate, kes]) => [from.toISOString(), to.toISOString(), rate, kes]),
    );
    expect(bill.parts.reduce((sum, part) => sum + part.seconds, 0)).toBe(bill.seconds);
    expect(bill.parts.reduce((sum, part) => sum + part.amountKes, 0)).toBe(bill.proratedKes);
    for (const value of [bill.seconds, bill.proratedKes, bill.amountKes, ...bill.parts.map((part) => part.amountKes)])
      expect(Number.isInteger(value)).toBe(true);
  });
});

describe("windows typed by a manager", () => {
  it.each([
    ["06:00-09:00 50", [window("06:00", "09:00", 50)]],
    ["6:00 – 9:00 KES 50", [window("06:00", "09:00", 50)]],
    ["22:00-06:00 60\n06:00-09:00 50", [window("06:00", "09:00", 50), window("22:00", "06:00", 60)]],
    ["18:00 to 24:00 80/h; 06:00-09:00 50", [window("06:00", "09:00", 50), window("18:00", "00:00", 80)]],
    ["none", []],
    ["hakuna", []],
    ["18:00 hadi 22:00 60", [window("18:00", "22:00", 60)]],
  ])("%j", (input, windows) => {
    expect(parseWindowsInput(input)).toEqual({ ok: true, windows });
  });

  it.each([
    ["6-9 50", { problem: "unreadable", line: "6-9 50" }],
    ["06:00-09:00", { problem: "unreadable", line: "06:00-09:00" }],
    ["06:00-25:00 50", { problem: "time" }],
    ["06:61-09:00 50", { problem: "time" }],
    ["06:00-06:00 50", { problem: "empty" }],
    ["06:00-09:00 0", { problem: "rate" }],
    ["06:00-09:00 100001", { problem: "rate" }],
    ["06:00-09:00 50\n08:00-10:00 70", { problem: "overlap" }],
    ["22:00-06:00 60\n05:00-07:00 50", { problem: "overlap" }],
    ["22:00-06:00 60\n23:00-01:00 50", { problem: "overlap" }],
    [
      Array.from({ length: 7 }, (_, i) => `${String(i * 2).padStart(2, "0")}:00-${String(i * 2 + 1).padStart(2, "0")}:00 50`).join("\n"),
      { problem: "too_many" },
    ],
  ])("refuses %j", (input, problem) => {
    expect(parseWindowsInput(input)).toEqual({ ok: false, ...problem });
  });

  it.each([
    ["a valid tariff", morning, []],
    ["everything wrong", tariff(0, 0, "UP", [window("06:00", "09:00", 50), window("08:00", "10:00", 50)]), ["rate", "minimum", "windows"]],
    ["a rate over the limit", tariff(100_001, 1, "UP"), ["rate"]],
    ["a fraction of a shilling", tariff(100, 1.5, "UP"), ["minimum"]],
    ["a window of no length", tariff(100, 1, "UP", [window("06:00", "06:00", 50)]), ["windows"]],
  ] as const)("checks a whole tariff: %s", (_name, checked, problems) => {
    expect(tariffProblems(checked)).toEqual(problems);
  });
});

describe("billableSeconds", () => {
  it.each([
    ["2026-11-28 09:00", "2026-11-28 10:12", 4320],
    ["2026-11-28 09:00:00.000", "2026-11-28 09:00:00.999", 0],
    ["2026-11-28 09:00:00.000", "2026-11-28 09:00:01.500", 1],
    ["2026-11-28 09:00", "2026-11-28 08:59", 0],
  ])("%s to %s: %i s", (from, to, seconds) => {
    expect(billableSeconds(nairobi(from), nairobi(to))).toBe(seconds);
  });
});

describe("chargeKes", () => {
  it.each([
    [4320, tariff(100, 1, "HALF_UP"), 120],
    [90, tariff(100, 1, "HALF_UP"), 3],
    [90, tariff(100, 1, "UP"), 3],
    [90, tariff(100, 1, "DOWN"), 2],
    [54, tariff(100, 1, "HALF_UP"), 2],
    [54, tariff(100, 1, "DOWN"), 1],
    [1, tariff(100, 1, "UP"), 1],
    [1, tariff(100, 1, "DOWN"), 1],
    [600, tariff(100, 20, "HALF_UP"), 20],
    [0, tariff(100, 10, "HALF_UP"), 10],
    [3600, tariff(150, 10, "DOWN"), 150],
  ] as const)("%i s at %j: KES %i", (seconds, charged, kes) => {
    expect(chargeKes(seconds, charged)).toBe(kes);
  });
});
