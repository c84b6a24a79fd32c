import { Prisma } from "../generated/prisma/client.js";
import type { Config } from "../config/index.js";
import { sortWindows, tariffProblems, type Tariff, type TariffProblem, type TariffWindow } from "../domain/tariff.js";
import { recordAudit } from "./audit.js";
import type { ServiceContext } from "./context.js";

export interface CurrentTariff extends Tariff {
  /** null while the tariff is still the configured default (no manager changed it yet). */
  id: number | null;
  changedAt: Date | null;
  changedBy: string | null;
}

const withWindows = { windows: { orderBy: { startMinute: "asc" } } } as const;

/** The newest tariff a manager saved for the café: the one in force on computers of no group with a tariff. */
const savedByManager = { where: { fromSettings: false, groupId: null }, orderBy: { id: "desc" } } as const;

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

const withAuthor = { createdBy: true, ...withWindows } as const;

/** A tariff a manager saved. */
export type SavedTariff = CurrentTariff & { id: number; changedAt: Date };

function currentOfRow(row: Prisma.TariffGetPayload<{ include: typeof withAuthor }>): SavedTariff {
  return { id: row.id, ...tariffOfRow(row), changedAt: row.createdAt, changedBy: row.createdBy?.name ?? null };
}

/** The café's tariff in force. */
export async function currentTariff({ db, config }: ServiceContext): Promise<CurrentTariff> {
  const row = await db.tariff.findFirst({ ...savedByManager, include: withAuthor });
  if (!row) return { id: null, changedAt: null, changedBy: null, ...settingsTariff(config) };
  return currentOfRow(row);
}

export interface GroupTariff {
  groupId: number;
  name: string;
  /** null: its computers are charged with the café's tariff. */
  tariff: SavedTariff | null;
}

/** The groups that have a computer in use, by name, each with its own tariff if it has one. */
export async function groupTariffs({ db }: ServiceContext): Promise<GroupTariff[]> {
  const rows = await db.computerGroup.findMany({
    where: { computers: { some: { retiredAt: null } } },
    orderBy: { key: "asc" },
    include: { tariff: { include: withAuthor } },
  });
  return rows.map((row) => ({ groupId: row.id, name: row.name, tariff: row.tariff ? currentOfRow(row.tariff) : null }));
}

/** One group's tariff, or null when there is no such group. */
export async function groupTariff({ db }: ServiceContext, groupId: number): Promise<GroupTariff | null> {
  const row = await db.computerGroup.findUnique({ where: { id: groupId }, include: { tariff: { include: withAuthor } } });
  return row ? { groupId: row.id, name: row.name, tariff: row.tariff ? currentOfRow(row.tariff) : null } : null;
}

export type ClearGroupTariffResult =
  { ok: true; name: string } | { ok: false; reason: "not_found" } | { ok: false; reason: "changed_meanwhile"; name: string; changedBy: string | null };

/**
 * The group's computers go back to the café's tariff, only if its own tariff is still `seenTariffId`
 * (the one the manager looked at): a tariff another manager saved meanwhile is not cleared unseen.
 * Sessions running keep the tariff they started with.
 */
export async function clearGroupTariff(context: ServiceContext, groupId: number, seenTariffId: number, staffId: number): Promise<ClearGroupTariffResult> {
  const cleared = await context.db.$transaction(async (tx) => {
    const [group] = await tx.computerGroup.updateManyAndReturn({
      where: { id: groupId, tariffId: seenTariffId },
      data: { tariffId: null },
      select: { name: true },
    });
    if (group) await recordAudit(tx, context.now(), { action: "tariff_changed", staffId, details: { group: group.name, cleared: true } });
    return group !== undefined;
  });
  const group = await groupTariff(context, groupId);
  if (!group) return { ok: false, reason: "not_found" };
  // Cleared meanwhile by another manager: what this one wanted.
  if (cleared || group.tariff === null) return { ok: true, name: group.name };
  return { ok: false, reason: "changed_meanwhile", name: group.name, changedBy: group.tariff.changedBy };
}

function sameWindows(a: readonly TariffWindow[], b: readonly TariffWindow[]): boolean {
  return (
    a.length === b.length &&
    a.every((window, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        window.startMinute === other.startMinute &&
        window.endMinute === other.endMinute &&
        window.ratePerHourKes === other.ratePerHourKes
      );
    })
  );
}

function sameTariff(a: Tariff, b: Tariff): boolean {
  return a.ratePerHourKes === b.ratePerHourKes && a.minimumChargeKes === b.minimumChargeKes && a.rounding === b.rounding && sameWindows(a.windows, b.windows);
}

/**
 * The id of the tariff a session starting now on `computerId` is charged with: its group's own tariff
 * if it has one, else the café's in force, or while no manager saved one, a row copying the settings
 * (the newest such copy when the settings are still the same).
 */
export async function tariffIdForNewSession({ db, config, now }: Pick<ServiceContext, "db" | "config" | "now">, computerId: number | null): Promise<number> {
  const computer = computerId === null ? null : await db.computer.findUnique({ where: { id: computerId }, select: { group: { select: { tariffId: true } } } });
  if (computer?.group?.tariffId) return computer.group.tariffId;
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

export type ChangeTariffIfCurrentResult =
  { ok: true; id: number } | { ok: false; reason: "invalid"; problems: TariffProblem[] } | { ok: false; reason: "changed_meanwhile"; changedBy: string | null };

/** Another manager's change committed between this change's read and its write. */
class ChangedMeanwhile extends Error {}

/**
 * Records a new tariff for the café (`groupId` null) or a group only if the tariff in force there is
 * still `basedOnId` (the one the manager looked at; null for the configured default, or a group with
 * none of its own), so two managers changing it at once do not overwrite each other unseen. Repeating
 * the same change (a replayed conversation) returns the row the first call wrote instead of writing another.
 */
export async function changeTariffIfCurrent(
  { db, now }: ServiceContext,
  staffId: number,
  basedOnId: number | null,
  tariff: Tariff,
  groupId: number | null = null,
): Promise<ChangeTariffIfCurrentResult> {
  const problems = tariffProblems(tariff);
  if (problems.length > 0) return { ok: false, reason: "invalid", problems };
  const wanted: Tariff = { ...tariff, windows: sortWindows(tariff.windows) };
  const change = () =>
    db.$transaction(async (tx): Promise<ChangeTariffIfCurrentResult> => {
      const group =
        groupId === null ? null : await tx.computerGroup.findUniqueOrThrow({ where: { id: groupId }, include: { tariff: { include: withAuthor } } });
      const inForce = group === null ? await tx.tariff.findFirst({ ...savedByManager, include: withAuthor }) : group.tariff;
      if ((inForce?.id ?? null) !== basedOnId) {
        if (inForce && inForce.createdById === staffId && sameTariff(tariffOfRow(inForce), wanted)) return { ok: true, id: inForce.id };
        return { ok: false, reason: "changed_meanwhile", changedBy: inForce?.createdBy?.name ?? null };
      }
      // The read above does not lock (PostgreSQL's READ COMMITTED): what decides is the unique
      // `replaces` for the café, and the conditional move of the group's pointer.
      const replaces = groupId === null ? (basedOnId ?? 0) : null;
      const row = await tx.tariff.create({ data: { ...storedFields(wanted), groupId, replaces, createdById: staffId, createdAt: now() } });
      if (groupId !== null) {
        const moved = await tx.computerGroup.updateMany({ where: { id: groupId, tariffId: basedOnId }, data: { tariffId: row.id } });
        if (moved.count === 0) throw new ChangedMeanwhile();
      }
      await recordAudit(tx, row.createdAt, {
        action: "tariff_changed",
        staffId,
        details: {
          group: group?.name ?? null,
          ratePerHourKes: wanted.ratePerHourKes,
          minimumChargeKes: wanted.minimumChargeKes,
          rounding: wanted.rounding,
          windows: wanted.windows.length,
        },
      });
      return { ok: true, id: row.id };
    });
  try {
    return await change();
  } catch (error) {
    const replaced = error instanceof ChangedMeanwhile || (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002");
    if (!replaced) throw error;
    // The other change is committed now: read again, to name who made it.
    return change();
  }
}
