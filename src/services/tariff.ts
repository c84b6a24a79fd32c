import type { Prisma } from "../generated/prisma/client.js";
import type { Config } from "../config/index.js";
import { sortWindows, tariffProblems, type Tariff, type TariffProblem, type TariffWindow } from "../domain/tariff.js";
import type { ServiceContext } from "./context.js";

export interface CurrentTariff extends Tariff {
  /** null while the tariff is still the configured default (no manager changed it yet). */
  id: number | null;
  changedAt: Date | null;
  changedBy: string | null;
}

const withWindows = { windows: { orderBy: { startMinute: "asc" } } } as const;

/** The newest tariff a manager saved: the one in force. */
const savedByManager = { where: { fromSettings: false }, orderBy: { id: "desc" } } as const;

export type TariffRow = Prisma.TariffGetPayload<{ include: typeof withWindows }>;

/** A stored tariff as the domain prices with it. */
export function tariffOfRow(row: TariffRow): Tariff {
  return {
    ratePerHourKes: row.ratePerHourKes,
    minimumChargeKes: row.minimumChargeKes,
    rounding: row.rounding,
    windows: row.windows.map(({ startMinute, endMinute, ratePerHourKes }) => ({ startMinute, endMinute, ratePerHourKes })),
  };
}

/** The BILLING_* settings as a tariff: no windows. */
export function settingsTariff(config: Config): Tariff {
  return { ...config.billing, windows: [] };
}

/** How a session finds its tariff: with its windows, to price it with `tariffOfRow`. */
export const sessionTariff = { tariff: { include: withWindows } } as const;

export async function currentTariff({ db, config }: ServiceContext): Promise<CurrentTariff> {
  const row = await db.tariff.findFirst({ ...savedByManager, include: { createdBy: true, ...withWindows } });
  if (!row) return { id: null, changedAt: null, changedBy: null, ...settingsTariff(config) };
  return { id: row.id, ...tariffOfRow(row), changedAt: row.createdAt, changedBy: row.createdBy?.name ?? null };
}

function sameWindows(a: readonly TariffWindow[], b: readonly TariffWindow[]): boolean {
  return (
    a.length === b.length &&
    a.every((window, index) => window.startMinute === b[index]!.startMinute && window.endMinute === b[index]!.endMinute && window.ratePerHourKes === b[index]!.ratePerHourKes)
  );
}

function sameTariff(a: Tariff, b: Tariff): boolean {
  return a.ratePerHourKes === b.ratePerHourKes && a.minimumChargeKes === b.minimumChargeKes && a.rounding === b.rounding && sameWindows(a.windows, b.windows);
}

/**
 * The id of the tariff a session starting now is charged with: the one in force, or while no manager
 * saved one, a row copying the settings (the newest such copy when the settings are still the same).
 */
export async function tariffIdForNewSession({ db, config, now }: ServiceContext): Promise<number> {
  const saved = await db.tariff.findFirst({ ...savedByManager, select: { id: true } });
  if (saved) return saved.id;
  const settings = settingsTariff(config);
  const copy = await db.tariff.findFirst({ where: { fromSettings: true }, orderBy: { id: "desc" }, include: withWindows });
  if (copy && sameTariff(tariffOfRow(copy), settings)) return copy.id;
  const row = await db.tariff.create({ data: { ...storedFields(settings), fromSettings: true, createdAt: now() } });
  return row.id;
}

function storedFields(tariff: Tariff) {
  return {
    ratePerHourKes: tariff.ratePerHourKes,
    minimumChargeKes: tariff.minimumChargeKes,
    rounding: tariff.rounding,
    windows: { create: sortWindows(tariff.windows).map(({ startMinute, endMinute, ratePerHourKes }) => ({ startMinute, endMinute, ratePerHourKes })) },
  };
}

/** Records a new tariff; it applies to sessions started from now on. */
export async function changeTariff(
  { db, now }: ServiceContext,
  staffId: number,
  tariff: Tariff,
): Promise<{ ok: true; id: number } | { ok: false; problems: TariffProblem[] }> {
  const problems = tariffProblems(tariff);
  if (problems.length > 0) return { ok: false, problems };
  const row = await db.tariff.create({ data: { ...storedFields(tariff), createdById: staffId, createdAt: now() } });
  return { ok: true, id: row.id };
}

export type ChangeTariffIfCurrentResult =
  | { ok: true; id: number }
  | { ok: false; reason: "invalid"; problems: TariffProblem[] }
  | { ok: false; reason: "changed_meanwhile"; changedBy: string | null };

/**
 * Records a new tariff only if the tariff in force is still `basedOnId` (the one the manager looked
 * at; null for the configured default), so two managers changing it at once do not overwrite each
 * other unseen. Repeating the same change (a replayed conversation) returns the row the first call
 * wrote instead of writing another.
 */
export async function changeTariffIfCurrent(
  { db, now }: ServiceContext,
  staffId: number,
  basedOnId: number | null,
  tariff: Tariff,
): Promise<ChangeTariffIfCurrentResult> {
  const problems = tariffProblems(tariff);
  if (problems.length > 0) return { ok: false, reason: "invalid", problems };
  const wanted: Tariff = { ...tariff, windows: sortWindows(tariff.windows) };
  return db.$transaction(async (tx): Promise<ChangeTariffIfCurrentResult> => {
    const newest = await tx.tariff.findFirst({ ...savedByManager, include: { createdBy: true, ...withWindows } });
    if ((newest?.id ?? null) !== basedOnId) {
      if (newest && newest.createdById === staffId && sameTariff(tariffOfRow(newest), wanted)) return { ok: true, id: newest.id };
      return { ok: false, reason: "changed_meanwhile", changedBy: newest?.createdBy?.name ?? null };
    }
    const row = await tx.tariff.create({ data: { ...storedFields(wanted), createdById: staffId, createdAt: now() } });
    return { ok: true, id: row.id };
  });
}
