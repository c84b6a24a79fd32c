import { randomBytes } from "node:crypto";
import type { Staff, StaffRole } from "../generated/prisma/client.js";
import type { ServiceContext } from "./context.js";

export type { Staff, StaffRole };

export const INVITE_VALIDITY_MS = 24 * 60 * 60 * 1000;

/** Makes sure every id in ADMIN_TELEGRAM_IDS is a manager; existing staff rows are left as they are. */
export async function bootstrapManagers({ db }: ServiceContext, telegramIds: readonly number[]): Promise<void> {
  for (const telegramId of telegramIds) {
    await db.staff.upsert({
      where: { telegramId: BigInt(telegramId) },
      create: { telegramId: BigInt(telegramId), name: `Manager ${telegramId}`, role: "MANAGER" },
      update: {},
    });
  }
}

/**
 * With no active manager (a fresh install with ADMIN_TELEGRAM_IDS empty), a one-time manager invite
 * for whoever runs the service: its code is printed in the log. Returns the code of the valid one,
 * made once and reused until it expires or is used; null when there is a manager.
 */
export async function firstManagerInvite({ db, now }: ServiceContext): Promise<string | null> {
  if ((await db.staff.count({ where: { role: "MANAGER", active: true } })) > 0) return null;
  const open = await db.invite.findFirst({ where: { createdById: null, role: "MANAGER", usedAt: null, expiresAt: { gt: now() } } });
  if (open) return open.code;
  const code = randomBytes(16).toString("base64url");
  await db.invite.create({ data: { code, role: "MANAGER", expiresAt: new Date(now().getTime() + INVITE_VALIDITY_MS), createdAt: now() } });
  return code;
}

/** The active staff member with this Telegram id, with their name kept up to date; null for anyone else. */
export async function activeStaff({ db }: ServiceContext, telegramId: number, currentName: string): Promise<Staff | null> {
  const staff = await db.staff.findUnique({ where: { telegramId: BigInt(telegramId) } });
  if (!staff?.active) return null;
  if (currentName && staff.name !== currentName) {
    return db.staff.update({ where: { id: staff.id }, data: { name: currentName } });
  }
  return staff;
}

export async function createInvite({ db, now }: ServiceContext, createdById: number, role: StaffRole): Promise<{ code: string; expiresAt: Date }> {
  const code = randomBytes(16).toString("base64url");
  const expiresAt = new Date(now().getTime() + INVITE_VALIDITY_MS);
  await db.invite.create({ data: { code, role, createdById, expiresAt, createdAt: now() } });
  return { code, expiresAt };
}

export type RedeemResult =
  | { ok: true; role: StaffRole; staff: Staff }
  | { ok: false; reason: "unknown" | "expired" | "used" | "already_staff" };

/** Joins the staff with a one-time invite code; the code is spent atomically, so it works once. */
export async function redeemInvite({ db, now }: ServiceContext, code: string, telegramId: number, name: string): Promise<RedeemResult> {
  const existing = await db.staff.findUnique({ where: { telegramId: BigInt(telegramId) } });
  if (existing?.active) return { ok: false, reason: "already_staff" };
  const invite = await db.invite.findUnique({ where: { code } });
  if (!invite) return { ok: false, reason: "unknown" };
  if (invite.usedAt) return { ok: false, reason: "used" };
  if (invite.expiresAt <= now()) return { ok: false, reason: "expired" };
  return db.$transaction(async (tx) => {
    const claimed = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: now() } });
    if (claimed.count === 0) return { ok: false, reason: "used" } as const;
    const staff = await tx.staff.upsert({
      where: { telegramId: BigInt(telegramId) },
      create: { telegramId: BigInt(telegramId), name, role: invite.role },
      update: { name, role: invite.role, active: true },
    });
    await tx.invite.update({ where: { id: invite.id }, data: { usedById: staff.id } });
    return { ok: true, role: invite.role, staff } as const;
  });
}

/** One staff member by id, active or not; null when there is no such person. */
export async function getStaff({ db }: ServiceContext, staffId: number): Promise<Staff | null> {
  return db.staff.findUnique({ where: { id: staffId } });
}

export async function listStaff({ db }: ServiceContext): Promise<Staff[]> {
  return db.staff.findMany({ orderBy: [{ active: "desc" }, { role: "desc" }, { name: "asc" }] });
}

export type DeactivateResult = { ok: true; staff: Staff } | { ok: false; reason: "not_found" | "self" | "already_inactive" };

/** Takes someone off the staff; they are refused from their next update on. */
export async function deactivateStaff({ db }: ServiceContext, managerId: number, staffId: number): Promise<DeactivateResult> {
  if (managerId === staffId) return { ok: false, reason: "self" };
  const staff = await db.staff.findUnique({ where: { id: staffId } });
  if (!staff) return { ok: false, reason: "not_found" };
  const changed = await db.staff.updateMany({ where: { id: staffId, active: true }, data: { active: false } });
  if (changed.count === 0) return { ok: false, reason: "already_inactive" };
  return { ok: true, staff: { ...staff, active: false } };
}

/** Active managers' Telegram ids: who hears about payments. */
export async function managerChatIds({ db }: ServiceContext): Promise<number[]> {
  const managers = await db.staff.findMany({ where: { role: "MANAGER", active: true }, select: { telegramId: true } });
  return managers.map((manager) => Number(manager.telegramId));
}
