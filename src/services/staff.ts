import { randomBytes } from "node:crypto";
import type { Invite, Staff, StaffRole } from "../generated/prisma/client.js";
import type { Tx } from "../db/client.js";
import { telegramLocale, type Locale } from "../domain/locale.js";
import { IMPORT_STAFF_TELEGRAM_ID } from "../domain/staff.js";
import { recordAudit } from "./audit.js";
import { closeShiftOfDeactivated, type ClosedShift } from "./shifts.js";
import { enqueueMessages } from "./outbox.js";
import type { ServiceContext } from "./context.js";
import { takeLease } from "./leases.js";

export type { Staff, StaffRole };

export const INVITE_VALIDITY_MS = 24 * 60 * 60 * 1000;
/** Held by the instance making the first manager's invite: long enough for the others starting with it to find it. */
const FIRST_INVITE_LEASE_MS = 60_000;

/**
 * Makes sure every id in ADMIN_TELEGRAM_IDS is a manager; existing staff rows are left as they are. One
 * insert that does nothing when the id exists, so that instances starting together all start: Prisma's
 * upsert reads, then inserts, and on PostgreSQL the second of two such inserts fails on the unique id.
 */
export async function bootstrapManagers({ db, now }: ServiceContext, telegramIds: readonly number[]): Promise<void> {
  for (const telegramId of telegramIds) {
    const at = now();
    await db.$executeRaw`INSERT INTO "Staff" ("telegramId", "name", "role", "createdAt", "updatedAt")
      VALUES (${BigInt(telegramId)}, ${`Manager ${telegramId}`}, 'MANAGER', ${at}, ${at}) ON CONFLICT ("telegramId") DO NOTHING`;
  }
}

/**
 * With no active manager (a fresh install with ADMIN_TELEGRAM_IDS empty), a one-time manager invite
 * for whoever runs the service: its code is printed in the log. Returns the code of the valid one,
 * made once and reused until it expires or is used; null when there is a manager.
 */
export async function firstManagerInvite({ db, now, instanceId }: ServiceContext): Promise<string | null> {
  if ((await db.staff.count({ where: { role: "MANAGER", active: true } })) > 0) return null;
  const open = async () => (await db.invite.findFirst({ where: { createdById: null, role: "MANAGER", usedAt: null, expiresAt: { gt: now() } } }))?.code ?? null;
  const found = await open();
  if (found !== null) return found;
  // Instances starting together: the one that takes the lease, in the transaction that makes the
  // invite, makes it; the others' lease attempt waits for that transaction, then they find its invite.
  const code = randomBytes(16).toString("base64url");
  const made = await db.$transaction(async (tx) => {
    if (!(await takeLease(tx, "first-manager-invite", instanceId, new Date(now().getTime() + FIRST_INVITE_LEASE_MS), now()))) return false;
    await tx.invite.create({ data: { code, role: "MANAGER", expiresAt: new Date(now().getTime() + INVITE_VALIDITY_MS), createdAt: now() } });
    return true;
  });
  return made ? code : open();
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

/** The language a staff member reads the bot in, from now on. */
export async function chooseLanguage({ db }: ServiceContext, staffId: number, language: Locale): Promise<Staff> {
  return db.staff.update({ where: { id: staffId }, data: { language } });
}

/** A one-time join link's code; `createdById` null for one made on the server (`npm run invite`). */
export async function createInvite(
  { db, now }: Pick<ServiceContext, "db" | "now">,
  createdById: number | null,
  role: StaffRole,
): Promise<{ code: string; expiresAt: Date }> {
  const code = randomBytes(16).toString("base64url");
  const at = now();
  const expiresAt = new Date(at.getTime() + INVITE_VALIDITY_MS);
  await db.$transaction(async (tx) => {
    await tx.invite.create({ data: { code, role, createdById, expiresAt, createdAt: at } });
    await recordAudit(tx, at, { action: "staff_invited", staffId: createdById, details: { role } });
  });
  return { code, expiresAt };
}

export type RedeemResult =
  { ok: true; role: StaffRole; staff: Staff } | { ok: false; reason: "unknown" | "expired" | "used" | "already_staff" | "deactivated" };

/**
 * Joins the staff with a one-time invite code; the code is spent atomically, so it works once. Only
 * for people new to the staff: someone deactivated comes back only when a manager reactivates them,
 * and an invite whose maker has been deactivated no longer works.
 */
export async function redeemInvite({ db, now }: ServiceContext, code: string, telegramId: number, name: string, languageCode?: string): Promise<RedeemResult> {
  return db.$transaction(async (tx) => {
    const existing = await tx.staff.findUnique({ where: { telegramId: BigInt(telegramId) } });
    if (existing) return { ok: false, reason: existing.active ? "already_staff" : "deactivated" } as const;
    const invite = await tx.invite.findUnique({ where: { code }, include: { createdBy: true } });
    if (!invite || invite.createdBy?.active === false) return { ok: false, reason: "unknown" } as const;
    if (invite.usedAt) return { ok: false, reason: "used" } as const;
    if (invite.expiresAt <= now()) return { ok: false, reason: "expired" } as const;
    const claimed = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: now() } });
    if (claimed.count === 0) return { ok: false, reason: "used" } as const;
    const staff = await tx.staff.create({ data: { telegramId: BigInt(telegramId), name, role: invite.role, language: telegramLocale(languageCode) } });
    await tx.invite.update({ where: { id: invite.id }, data: { usedById: staff.id } });
    await recordAudit(tx, now(), { action: "staff_joined", staffId: staff.id, subjectStaffId: invite.createdById, details: { role: invite.role } });
    return { ok: true, role: invite.role, staff } as const;
  });
}

export type OpenInvite = Invite & { createdBy: Staff | null };

/** Invites that still work (not used, not expired, their maker still active), the soonest to expire first. */
export async function listOpenInvites({ db, now }: ServiceContext): Promise<OpenInvite[]> {
  return db.invite.findMany({
    where: { usedAt: null, expiresAt: { gt: now() }, OR: [{ createdById: null }, { createdBy: { active: true } }] },
    include: { createdBy: true },
    orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
  });
}

/** Withdraws an invite nobody has used: its link stops working. False when it was used or withdrawn already. */
export async function revokeInvite({ db }: ServiceContext, inviteId: number): Promise<boolean> {
  const removed = await db.invite.deleteMany({ where: { id: inviteId, usedAt: null } });
  return removed.count > 0;
}

/** One staff member by id, active or not; null when there is no such person. */
export async function getStaff({ db }: ServiceContext, staffId: number): Promise<Staff | null> {
  return db.staff.findUnique({ where: { id: staffId } });
}

/** The staff, the import's row (not a person) aside. */
export async function listStaff({ db }: ServiceContext): Promise<Staff[]> {
  return db.staff.findMany({ where: { telegramId: { not: IMPORT_STAFF_TELEGRAM_ID } }, orderBy: [{ active: "desc" }, { role: "desc" }, { name: "asc" }] });
}

/**
 * Whether an active manager other than `staffId` remains. Takes the active managers' rows first, so
 * that under PostgreSQL's READ COMMITTED two such checks at once (two managers demoting each other)
 * run one after the other: the second waits for the first's commit, then counts what it left.
 */
async function anotherManagerRemains(tx: Tx, staffId: number): Promise<boolean> {
  await tx.$executeRaw`UPDATE "Staff" SET "role" = "role" WHERE "role" = 'MANAGER' AND "active" = true`;
  return (await tx.staff.count({ where: { role: "MANAGER", active: true, id: { not: staffId } } })) > 0;
}

export type DeactivateResult =
  | { ok: true; staff: Staff; revokedInvites: number; closedShift: ClosedShift | null }
  | { ok: false; reason: "not_found" | "self" | "already_inactive" | "last_manager" };

/**
 * Takes someone off the staff, withdraws the invites they made that nobody used, and closes their open
 * shift without a count (the managers are told what its drawer should hold); they are refused from
 * their next update on. Never the café's last active manager (another manager may have been made an
 * operator meanwhile).
 */
export async function deactivateStaff(context: ServiceContext, managerId: number, staffId: number): Promise<DeactivateResult> {
  const { db, now } = context;
  if (managerId === staffId) return { ok: false, reason: "self" };
  const at = now();
  const result = await db.$transaction(async (tx) => {
    const staff = await tx.staff.findUnique({ where: { id: staffId } });
    if (!staff) return { ok: false, reason: "not_found" } as const;
    if (staff.role === "MANAGER" && !(await anotherManagerRemains(tx, staffId))) return { ok: false, reason: "last_manager" } as const;
    const changed = await tx.staff.updateMany({ where: { id: staffId, active: true }, data: { active: false } });
    if (changed.count === 0) return { ok: false, reason: "already_inactive" } as const;
    const revoked = await tx.invite.deleteMany({ where: { createdById: staffId, usedAt: null } });
    await recordAudit(tx, at, { action: "staff_deactivated", staffId: managerId, subjectStaffId: staffId, details: { role: staff.role } });
    const manager = await tx.staff.findUniqueOrThrow({ where: { id: managerId } });
    const closedShift = await closeShiftOfDeactivated(context, tx, staffId, manager, at);
    return { ok: true, staff: { ...staff, active: false }, revokedInvites: revoked.count, closedShift } as const;
  });
  if (result.ok && result.closedShift) context.messagesQueued();
  return result;
}

export type ReactivateResult = { ok: true; staff: Staff } | { ok: false; reason: "not_found" | "already_active" };

/** Brings a deactivated person back, with the role they had: the only way back onto the staff. */
export async function reactivateStaff({ db, now }: ServiceContext, managerId: number, staffId: number): Promise<ReactivateResult> {
  return db.$transaction(async (tx) => {
    const staff = await tx.staff.findUnique({ where: { id: staffId } });
    if (!staff || staff.telegramId === IMPORT_STAFF_TELEGRAM_ID) return { ok: false, reason: "not_found" } as const;
    const changed = await tx.staff.updateMany({ where: { id: staffId, active: false }, data: { active: true } });
    if (changed.count === 0) return { ok: false, reason: "already_active" } as const;
    await recordAudit(tx, now(), { action: "staff_reactivated", staffId: managerId, subjectStaffId: staffId, details: { role: staff.role } });
    return { ok: true, staff: { ...staff, active: true } } as const;
  });
}

export type ChangeRoleResult =
  | { ok: true; staff: Staff }
  | { ok: false; reason: "not_found" | "last_manager" }
  /** The person is deactivated, or no longer has the role `from`: nothing changed. */
  | { ok: false; reason: "stale"; staff: Staff };

/**
 * Makes an active staff member whose role is still `from` (what the manager saw) a manager, or an
 * operator, and tells them; never the café's last active manager an operator. Their next update is
 * handled with the new role.
 */
export async function changeRole(context: ServiceContext, managerId: number, staffId: number, from: StaffRole): Promise<ChangeRoleResult> {
  const { db, now, notices } = context;
  const to: StaffRole = from === "MANAGER" ? "OPERATOR" : "MANAGER";
  const at = now();
  const result = await db.$transaction(async (tx): Promise<ChangeRoleResult> => {
    if (from === "MANAGER" && !(await anotherManagerRemains(tx, staffId))) return { ok: false, reason: "last_manager" };
    const changed = await tx.staff.updateMany({ where: { id: staffId, role: from, active: true }, data: { role: to } });
    const staff = await tx.staff.findUnique({ where: { id: staffId } });
    if (!staff) return { ok: false, reason: "not_found" };
    if (changed.count === 0) return { ok: false, reason: "stale", staff };
    await recordAudit(tx, at, { action: "staff_role_changed", staffId: managerId, subjectStaffId: staffId, details: { role: to } });
    if (staffId !== managerId) {
      const by = await tx.staff.findUniqueOrThrow({ where: { id: managerId } });
      const chatId = Number(staff.telegramId);
      await enqueueMessages(
        tx,
        [{ dedupeKey: `role:${staffId}:${to}:${at.toISOString()}:chat:${chatId}`, chatId, payload: notices.roleChanged({ role: to, by: by.name }) }],
        at,
      );
    }
    return { ok: true, staff };
  });
  if (result.ok && staffId !== managerId) context.messagesQueued();
  return result;
}
