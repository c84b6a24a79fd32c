// The café's tariff: a rate per hour prorated by the second, rounded to whole shillings by a rule,
// never below the minimum charge and never 0. Integer arithmetic only.

export type Rounding = "HALF_UP" | "UP" | "DOWN";

export interface Tariff {
  ratePerHourKes: number;
  minimumChargeKes: number;
  rounding: Rounding;
}

const SECONDS_PER_HOUR = 3600;

/** Whole seconds billed for a session (partial seconds are not billed). */
export function billableSeconds(startedAt: Date, endedAt: Date): number {
  return Math.max(0, Math.floor((endedAt.getTime() - startedAt.getTime()) / 1000));
}

/** rate × seconds / 3600, rounded to whole shillings by the rule. */
export function proratedKes(seconds: number, ratePerHourKes: number, rounding: Rounding): number {
  const numerator = ratePerHourKes * seconds;
  switch (rounding) {
    case "DOWN":
      return Math.floor(numerator / SECONDS_PER_HOUR);
    case "UP":
      return Math.ceil(numerator / SECONDS_PER_HOUR);
    case "HALF_UP":
      return Math.floor((2 * numerator + SECONDS_PER_HOUR) / (2 * SECONDS_PER_HOUR));
  }
}

/** What a session of `seconds` costs: prorated, rounded, at least the minimum and at least 1. */
export function chargeKes(seconds: number, tariff: Tariff): number {
  return Math.max(proratedKes(seconds, tariff.ratePerHourKes, tariff.rounding), tariff.minimumChargeKes, 1);
}

export const TARIFF_LIMITS = { maxRatePerHourKes: 100_000, maxMinimumChargeKes: 100_000 } as const;

/** Problems with a proposed tariff, as codes for the texts module; empty when it is valid. */
export function tariffProblems(tariff: Tariff): ("rate" | "minimum")[] {
  const problems: ("rate" | "minimum")[] = [];
  if (!Number.isInteger(tariff.ratePerHourKes) || tariff.ratePerHourKes < 1 || tariff.ratePerHourKes > TARIFF_LIMITS.maxRatePerHourKes) {
    problems.push("rate");
  }
  if (!Number.isInteger(tariff.minimumChargeKes) || tariff.minimumChargeKes < 1 || tariff.minimumChargeKes > TARIFF_LIMITS.maxMinimumChargeKes) {
    problems.push("minimum");
  }
  return problems;
}
