// The café's tariff: a rate per hour prorated by the second, other rates at times of day (windows,
// in the business time zone), a rounding rule and a minimum charge. Integer arithmetic only: each part
// of a session costs rate × seconds "shilling-seconds per hour"; the parts are added up exactly,
// divided by 3600 and rounded once by the rule, and the result is raised to the minimum (and to 1).

import { addDays, businessDate, instantAt } from "./dates.js";

export type Rounding = "HALF_UP" | "UP" | "DOWN";

/**
 * Another rate between two times of day, in minutes after midnight (0–1439) in the business time
 * zone. A window whose start is after its end crosses midnight (22:00–06:00).
 */
export interface TariffWindow {
  startMinute: number;
  endMinute: number;
  ratePerHourKes: number;
}

export interface Tariff {
  /** Outside the windows. */
  ratePerHourKes: number;
  minimumChargeKes: number;
  rounding: Rounding;
  /** Never overlapping; in order of their start. */
  windows: readonly TariffWindow[];
}

/** A stretch of a session charged at one rate. */
export interface BillPart {
  startedAt: Date;
  endedAt: Date;
  seconds: number;
  ratePerHourKes: number;
  /** This part's share of the rounded total: the parts add up to `proratedKes`. */
  amountKes: number;
}

export interface Bill {
  seconds: number;
  /** The parts added up exactly and rounded once, before the minimum. */
  proratedKes: number;
  /** What the session costs: `proratedKes`, raised to the minimum charge and to at least 1. */
  amountKes: number;
  /** In time order, neighbours at the same rate joined; none for a session of 0 seconds. */
  parts: BillPart[];
  /** Some of it was charged at a window's own rate: the parts tell how the amount came about. */
  windowed: boolean;
}

const SECONDS_PER_HOUR = 3600;
const MINUTES_PER_DAY = 24 * 60;

/** Whole seconds billed for a session (partial seconds are not billed). */
export function billableSeconds(startedAt: Date, endedAt: Date): number {
  return Math.max(0, Math.floor((endedAt.getTime() - startedAt.getTime()) / 1000));
}

/** Σ rate × seconds, divided by 3600 and rounded to whole shillings by the rule. */
function roundedKes(shillingSeconds: number, rounding: Rounding): number {
  switch (rounding) {
    case "DOWN":
      return Math.floor(shillingSeconds / SECONDS_PER_HOUR);
    case "UP":
      return Math.ceil(shillingSeconds / SECONDS_PER_HOUR);
    case "HALF_UP":
      return Math.floor((2 * shillingSeconds + SECONDS_PER_HOUR) / (2 * SECONDS_PER_HOUR));
  }
}

function withMinimum(proratedKes: number, tariff: Tariff): number {
  return Math.max(proratedKes, tariff.minimumChargeKes, 1);
}

/** What `seconds` outside every window cost: prorated, rounded, at least the minimum and at least 1. */
export function chargeKes(seconds: number, tariff: Tariff): number {
  return withMinimum(roundedKes(tariff.ratePerHourKes * seconds, tariff.rounding), tariff);
}

/** A window as one or two stretches of the day, [from, to) in minutes: one crossing midnight is split there. */
function stretchesOfDay(window: TariffWindow): [number, number][] {
  if (window.startMinute < window.endMinute) return [[window.startMinute, window.endMinute]];
  const stretches: [number, number][] = [
    [0, window.endMinute],
    [window.startMinute, MINUTES_PER_DAY],
  ];
  return stretches.filter(([from, to]) => from < to);
}

/**
 * The seconds (counted from the session's start) at which a window begins or ends, with the rate from
 * there on, for a session of `seconds` from `startedAt`; in time order.
 */
function rateChanges(startedAt: Date, seconds: number, tariff: Tariff, timeZone: string): { at: number; ratePerHourKes: number }[] {
  const changes: { at: number; begins: boolean; ratePerHourKes: number }[] = [];
  const startMs = startedAt.getTime();
  // A boundary counts from the first whole second of the session at or after it.
  const offset = (instant: Date) => Math.min(seconds, Math.max(0, Math.ceil((instant.getTime() - startMs) / 1000)));
  const lastDay = businessDate(new Date(startMs + seconds * 1000), timeZone);
  for (let day = businessDate(startedAt, timeZone); tariff.windows.length > 0 && day <= lastDay; day = addDays(day, 1)) {
    for (const window of tariff.windows) {
      for (const [from, to] of stretchesOfDay(window)) {
        const begin = offset(instantAt(day, from, timeZone));
        const end = offset(instantAt(day, to, timeZone));
        if (begin < end) {
          changes.push({ at: begin, begins: true, ratePerHourKes: window.ratePerHourKes }, { at: end, begins: false, ratePerHourKes: tariff.ratePerHourKes });
        }
      }
    }
  }
  // Where one window ends as another begins (or as itself begins again past midnight), the beginning wins.
  return changes.sort((a, b) => a.at - b.at || Number(a.begins) - Number(b.begins));
}

interface Stretch {
  from: number;
  to: number;
  ratePerHourKes: number;
}

const shillingSecondsOf = (stretch: Stretch) => stretch.ratePerHourKes * (stretch.to - stretch.from);

/** Whole shillings for each stretch, by largest remainder, so that they add up to the rounded total. */
function shares(stretches: Stretch[], totalKes: number): (Stretch & { amountKes: number })[] {
  const parts = stretches.map((stretch, index) => ({
    ...stretch,
    index,
    amountKes: Math.floor(shillingSecondsOf(stretch) / SECONDS_PER_HOUR),
    remainder: shillingSecondsOf(stretch) % SECONDS_PER_HOUR,
  }));
  let left = totalKes - parts.reduce((sum, part) => sum + part.amountKes, 0);
  for (const part of [...parts].sort((a, b) => b.remainder - a.remainder || a.index - b.index)) {
    if (left === 0 || part.remainder === 0) break;
    part.amountKes += 1;
    left -= 1;
  }
  return parts;
}

/** The bill for a session from `startedAt` to `endedAt` with `tariff`, windows read in `timeZone`. */
export function billSession(startedAt: Date, endedAt: Date, tariff: Tariff, timeZone: string): Bill {
  const seconds = billableSeconds(startedAt, endedAt);
  const stretches: Stretch[] = [];
  let from = 0;
  let rate = tariff.ratePerHourKes;
  for (const change of [...rateChanges(startedAt, seconds, tariff, timeZone), { at: seconds, ratePerHourKes: tariff.ratePerHourKes }]) {
    if (change.at > from) {
      const previous = stretches.at(-1);
      if (previous && previous.ratePerHourKes === rate) previous.to = change.at;
      else stretches.push({ from, to: change.at, ratePerHourKes: rate });
      from = change.at;
    }
    rate = change.ratePerHourKes;
  }
  const proratedKes = roundedKes(
    stretches.reduce((sum, stretch) => sum + shillingSecondsOf(stretch), 0),
    tariff.rounding,
  );
  const at = (second: number) => new Date(startedAt.getTime() + second * 1000);
  return {
    seconds,
    proratedKes,
    amountKes: withMinimum(proratedKes, tariff),
    windowed: stretches.some((stretch) => stretch.ratePerHourKes !== tariff.ratePerHourKes),
    parts: shares(stretches, proratedKes).map((part) => ({
      startedAt: at(part.from),
      endedAt: at(part.to),
      seconds: part.to - part.from,
      ratePerHourKes: part.ratePerHourKes,
      amountKes: part.amountKes,
    })),
  };
}

export const TARIFF_LIMITS = { maxRatePerHourKes: 100_000, maxMinimumChargeKes: 100_000, maxWindows: 6 } as const;

export type TariffProblem = "rate" | "minimum" | "windows";

const validRate = (rate: number) => Number.isInteger(rate) && rate >= 1 && rate <= TARIFF_LIMITS.maxRatePerHourKes;
const validMinute = (minute: number) => Number.isInteger(minute) && minute >= 0 && minute < MINUTES_PER_DAY;

/** Problems with a set of windows: a bad time or rate, a window of no length, too many, or two that overlap. */
function windowsProblem(windows: readonly TariffWindow[]): "time" | "rate" | "empty" | "too_many" | "overlap" | null {
  if (windows.length > TARIFF_LIMITS.maxWindows) return "too_many";
  for (const window of windows) {
    if (!validMinute(window.startMinute) || !validMinute(window.endMinute)) return "time";
    if (window.startMinute === window.endMinute) return "empty";
    if (!validRate(window.ratePerHourKes)) return "rate";
  }
  const stretches = windows.flatMap(stretchesOfDay).sort((a, b) => a[0] - b[0]);
  let previousEnd = 0;
  for (const [from, to] of stretches) {
    if (from < previousEnd) return "overlap";
    previousEnd = to;
  }
  return null;
}

/** Problems with a proposed tariff, as codes for the texts module; empty when it is valid. */
export function tariffProblems(tariff: Tariff): TariffProblem[] {
  const problems: TariffProblem[] = [];
  if (!validRate(tariff.ratePerHourKes)) problems.push("rate");
  if (!Number.isInteger(tariff.minimumChargeKes) || tariff.minimumChargeKes < 1 || tariff.minimumChargeKes > TARIFF_LIMITS.maxMinimumChargeKes) {
    problems.push("minimum");
  }
  if (windowsProblem(tariff.windows) !== null) problems.push("windows");
  return problems;
}

/** Windows in the order the tariff keeps them: by their start. */
export function sortWindows(windows: readonly TariffWindow[]): TariffWindow[] {
  return [...windows].sort((a, b) => a.startMinute - b.startMinute);
}

export type WindowsInputProblem = { problem: "unreadable"; line: string } | { problem: "time" | "rate" | "empty" | "too_many" | "overlap" };

/**
 * Reads the windows a manager types, one per line (or separated by ";" or ","): "06:00-09:00 50",
 * "6:00 – 9:00 KES 50", "22:00-06:00 60" (crosses midnight), "18:00-24:00 80". "none" (or "hakuna") is no windows.
 */
export function parseWindowsInput(input: string): { ok: true; windows: TariffWindow[] } | ({ ok: false } & WindowsInputProblem) {
  const text = input.trim();
  if (/^(none|no|hakuna|-)$/i.test(text)) return { ok: true, windows: [] };
  const windows: TariffWindow[] = [];
  for (const line of text
    .split(/[\n;,]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "")) {
    const match =
      /^(\d{1,2})[:.h](\d{2})\s*(?:-|–|—|to|hadi)\s*(\d{1,2})[:.h](\d{2})\s*(?:at\s*)?(?:kes|ksh|kshs)?\.?\s*(\d{1,6})\s*(?:\/\s*h(?:our)?|per\s+hour)?$/i.exec(
        line,
      );
    if (!match) return { ok: false, problem: "unreadable", line };
    const [startHour, startMinute, endHour, endMinute, rate] = match.slice(1).map(Number) as [number, number, number, number, number];
    const minute = (hour: number, minutes: number) =>
      hour <= 24 && minutes < 60 && (hour < 24 || minutes === 0) ? (hour * 60 + minutes) % MINUTES_PER_DAY : -1;
    windows.push({ startMinute: minute(startHour, startMinute), endMinute: minute(endHour, endMinute), ratePerHourKes: rate });
  }
  const problem = windowsProblem(windows);
  if (problem !== null) return { ok: false, problem };
  return { ok: true, windows: sortWindows(windows) };
}
