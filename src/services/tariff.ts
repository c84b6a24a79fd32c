import type { Tariff } from "../domain/tariff.js";
import { tariffProblems } from "../domain/tariff.js";
import type { ServiceContext } from "./context.js";

export interface CurrentTariff extends Tariff {
  /** null while the tariff is still the configured default (no manager changed it yet). */
  id: number | null;
  changedAt: Date | null;
  changedBy: string | null;
}

export async function currentTariff({ db, config }: ServiceContext): Promise<CurrentTariff> {
  const row = await db.tariff.findFirst({ orderBy: { id: "desc" }, include: { createdBy: true } });
  if (!row) return { id: null, changedAt: null, changedBy: null, ...config.billing };
  return {
    id: row.id,
    ratePerHourKes: row.ratePerHourKes,
    minimumChargeKes: row.minimumChargeKes,
    rounding: row.rounding,
    changedAt: row.createdAt,
    changedBy: row.createdBy?.name ?? null,
  };
}

/** Records a new tariff; it applies to sessions ended from now on. */
export async function changeTariff(
  { db, now }: ServiceContext,
  staffId: number,
  tariff: Tariff,
): Promise<{ ok: true; id: number } | { ok: false; problems: ("rate" | "minimum")[] }> {
  const problems = tariffProblems(tariff);
  if (problems.length > 0) return { ok: false, problems };
  const row = await db.tariff.create({ data: { ...tariff, createdById: staffId, createdAt: now() } });
  return { ok: true, id: row.id };
}

export type ChangeTariffIfCurrentResult =
  | { ok: true; id: number }
  | { ok: false; reason: "invalid"; problems: ("rate" | "minimum")[] }
  | { ok: false; reason: "changed_meanwhile"; changedBy: string | null };

function sameTariff(a: Tariff, b: Tariff): boolean {
  return a.ratePerHourKes === b.ratePerHourKes && a.minimumChargeKes === b.minimumChargeKes && a.rounding === b.rounding;
}

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
  const wanted: Tariff = { ratePerHourKes: tariff.ratePerHourKes, minimumChargeKes: tariff.minimumChargeKes, rounding: tariff.rounding };
  return db.$transaction(async (tx): Promise<ChangeTariffIfCurrentResult> => {
    const newest = await tx.tariff.findFirst({ orderBy: { id: "desc" }, include: { createdBy: true } });
    if ((newest?.id ?? null) !== basedOnId) {
      if (newest && newest.createdById === staffId && sameTariff(newest, wanted)) return { ok: true, id: newest.id };
      return { ok: false, reason: "changed_meanwhile", changedBy: newest?.createdBy?.name ?? null };
    }
    const row = await tx.tariff.create({ data: { ...wanted, createdById: staffId, createdAt: now() } });
    return { ok: true, id: row.id };
  });
}
