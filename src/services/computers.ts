// The café's computers: listed, added, renamed, grouped, put out of order, retired. A retired
// computer keeps its row (its sessions name it) and its name: adding the name again brings it back.
import { fullName } from "../domain/names.js";
import { Prisma } from "../generated/prisma/client.js";
import { compareComputerNames, normaliseComputerName, normaliseGroupName, type ComputerNameProblem } from "../domain/computers.js";
import type { ServiceContext } from "./context.js";

export interface Group {
  id: number;
  name: string;
}

export interface Computer {
  id: number;
  name: string;
  group: Group | null;
  outOfOrder: boolean;
  retired: boolean;
  /** The session running on it, if any. */
  session: { id: number; customerName: string; startedAt: Date } | null;
}

const withSession = {
  group: true,
  sessions: { where: { activeComputerId: { not: null } }, include: { customer: true } },
} as const;

type ComputerRow = Prisma.ComputerGetPayload<{ include: typeof withSession }>;

function toComputer(row: ComputerRow): Computer {
  const session = row.sessions[0];
  return {
    id: row.id,
    name: row.name,
    group: row.group ? { id: row.group.id, name: row.group.name } : null,
    outOfOrder: row.outOfOrder,
    retired: row.retiredAt !== null,
    session: session ? { id: session.id, customerName: fullName(session.customer), startedAt: session.startedAt } : null,
  };
}

const byName = (a: { name: string }, b: { name: string }) => compareComputerNames(a.name, b.name);

/** The computers in use at the café (not retired), PC-2 before PC-10. */
export async function listComputers({ db }: ServiceContext): Promise<Computer[]> {
  const rows = await db.computer.findMany({ where: { retiredAt: null }, include: withSession });
  return rows.map(toComputer).sort(byName);
}

export async function retiredComputerNames({ db }: ServiceContext): Promise<string[]> {
  const rows = await db.computer.findMany({ where: { retiredAt: { not: null } }, select: { name: true } });
  return rows.map((row) => row.name).sort(compareComputerNames);
}

export async function getComputer({ db }: ServiceContext, computerId: number): Promise<Computer | null> {
  const row = await db.computer.findUnique({ where: { id: computerId }, include: withSession });
  return row ? toComputer(row) : null;
}

/** The names of the computers in use: what a bare number typed at the counter is read against. */
export async function computerNames({ db }: ServiceContext): Promise<string[]> {
  const rows = await db.computer.findMany({ where: { retiredAt: null }, select: { name: true } });
  return rows.map((row) => row.name);
}

export type FindComputerResult =
  | { ok: false; problem: ComputerNameProblem }
  /** `computer` null: no computer in use has that name (it may be a retired one). */
  | { ok: true; name: string; computer: Computer | null };

/** The computer a typed name means ("pc 15", "15" and "PC-15" are one). */
export async function findComputer(context: ServiceContext, text: string): Promise<FindComputerResult> {
  const normalised = normaliseComputerName(text, await computerNames(context));
  if (!normalised.ok) return normalised;
  const row = await context.db.computer.findUnique({ where: { name: normalised.name }, include: withSession });
  return { ok: true, name: normalised.name, computer: row && row.retiredAt === null ? toComputer(row) : null };
}

/** Groups that have a computer in use, by name. */
export async function listGroups({ db }: ServiceContext): Promise<Group[]> {
  const rows = await db.computerGroup.findMany({ where: { computers: { some: { retiredAt: null } } }, orderBy: { key: "asc" } });
  return rows.map(({ id, name }) => ({ id, name }));
}

export type GroupResult = { ok: true; group: Group } | { ok: false; problem: ComputerNameProblem };

/** The group of that name ("gaming" is "Gaming"), made if there is none yet. */
export async function groupNamed({ db }: ServiceContext, text: string): Promise<GroupResult> {
  const normalised = normaliseGroupName(text);
  if (!normalised.ok) return normalised;
  const where = { key: normalised.key };
  try {
    const row = await db.computerGroup.upsert({ where, create: { name: normalised.name, key: normalised.key }, update: {} });
    return { ok: true, group: { id: row.id, name: row.name } };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another manager made it between the upsert's read and its insert.
    const row = await db.computerGroup.findUniqueOrThrow({ where });
    return { ok: true, group: { id: row.id, name: row.name } };
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export interface AddedComputers {
  added: string[];
  /** Retired computers brought back. */
  restored: string[];
  /** Already in use: left as they were. */
  already: string[];
}

/**
 * Adds computers by name (already normalised, see parseComputerNames) to a group or none. Names of
 * computers in use are left as they are, so repeating the same call changes nothing.
 */
export async function addComputers(context: ServiceContext, names: readonly string[], groupId: number | null): Promise<AddedComputers> {
  try {
    return await addAsRead(context, names, groupId);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another manager added one of these names between this one's read and its insert; committed now,
    // the next read finds it in use.
    return addAsRead(context, names, groupId);
  }
}

async function addAsRead({ db, now }: ServiceContext, names: readonly string[], groupId: number | null): Promise<AddedComputers> {
  return db.$transaction(async (tx) => {
    const result: AddedComputers = { added: [], restored: [], already: [] };
    for (const name of names) {
      const existing = await tx.computer.findUnique({ where: { name } });
      if (existing && existing.retiredAt === null) {
        result.already.push(name);
      } else if (existing) {
        await tx.computer.update({ where: { id: existing.id }, data: { retiredAt: null, outOfOrder: false, groupId } });
        result.restored.push(name);
      } else {
        await tx.computer.create({ data: { name, groupId, createdAt: now() } });
        result.added.push(name);
      }
    }
    return result;
  });
}

export type RenameResult =
  | { ok: true; from: string; to: string }
  | { ok: false; reason: "invalid"; problem: ComputerNameProblem }
  | { ok: false; reason: "taken"; name: string; retired: boolean }
  | { ok: false; reason: "not_found" };

export async function renameComputer(context: ServiceContext, computerId: number, text: string): Promise<RenameResult> {
  const { db } = context;
  const computer = await db.computer.findUnique({ where: { id: computerId } });
  if (!computer || computer.retiredAt !== null) return { ok: false, reason: "not_found" };
  const normalised = normaliseComputerName(text, await computerNames(context));
  if (!normalised.ok) return { ok: false, reason: "invalid", problem: normalised.problem };
  if (normalised.name === computer.name) return { ok: true, from: computer.name, to: computer.name };
  try {
    await db.computer.update({ where: { id: computerId }, data: { name: normalised.name } });
    return { ok: true, from: computer.name, to: normalised.name };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const holder = await db.computer.findUnique({ where: { name: normalised.name } });
      return { ok: false, reason: "taken", name: normalised.name, retired: holder?.retiredAt != null };
    }
    throw error;
  }
}

export async function moveToGroup({ db }: ServiceContext, computerId: number, groupId: number | null): Promise<boolean> {
  const moved = await db.computer.updateMany({ where: { id: computerId, retiredAt: null }, data: { groupId } });
  return moved.count === 1;
}

/** Out of order: not offered for new sessions; a session running on it goes on until ended. */
export async function setOutOfOrder({ db }: ServiceContext, computerId: number, outOfOrder: boolean): Promise<boolean> {
  const changed = await db.computer.updateMany({ where: { id: computerId, retiredAt: null }, data: { outOfOrder } });
  return changed.count === 1;
}

export type RetireResult = { ok: true; name: string } | { ok: false; reason: "busy"; name: string; customerName: string } | { ok: false; reason: "not_found" };

/** A session runs on the computer being retired. */
class Busy extends Error {}

/** Retires a computer nobody is using; one with a session running stays until that session ends. */
export async function retireComputer(context: ServiceContext, computerId: number): Promise<RetireResult> {
  const { db, now } = context;
  let retired = false;
  try {
    retired = await db.$transaction(async (tx) => {
      // Taking the computer's row first: a session starting on it meanwhile (startSession takes the row
      // too) is either committed before this goes on, and the next statement sees it, or finds the
      // computer retired. One statement checking both would not see a session committed while it
      // waited for the row (PostgreSQL's READ COMMITTED re-checks only the row it waited for).
      const taken = await tx.computer.updateMany({ where: { id: computerId, retiredAt: null }, data: { retiredAt: now() } });
      if (taken.count === 0) return false;
      if (await tx.usageSession.findUnique({ where: { activeComputerId: computerId }, select: { id: true } })) throw new Busy();
      return true;
    });
  } catch (error) {
    if (!(error instanceof Busy)) throw error;
  }
  const computer = await getComputer(context, computerId);
  if (!computer) return { ok: false, reason: "not_found" };
  if (retired) return { ok: true, name: computer.name };
  if (computer.session) return { ok: false, reason: "busy", name: computer.name, customerName: computer.session.customerName };
  return { ok: false, reason: "not_found" };
}
