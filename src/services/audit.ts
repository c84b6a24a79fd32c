// The audit trail: what staff (and M-Pesa) did that a manager may need to account for. Each entry is
// written by recordAudit inside the transaction of the change it records, so it exists exactly when the
// change does. Append-only: nothing here (or anywhere in the service) updates or deletes an entry.
import type { Tx } from "../db/client.js";
import { AUDIT_ACTIONS, type AuditAction, type AuditDetails, type AuditLine } from "../domain/audit.js";
import { fullName } from "../domain/names.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { ServiceContext } from "./context.js";
import { searchCustomers } from "./customers.js";

export interface AuditRecord {
  action: AuditAction;
  /** Who did it; null for M-Pesa's or the service's own doing. */
  staffId: number | null;
  subjectStaffId?: number | null;
  customerId?: number | null;
  sessionId?: number | null;
  paymentId?: number | null;
  amountKes?: number | null;
  details?: AuditDetails | null;
}

/**
 * Adds one entry inside the caller's transaction: one INSERT, no read. Every column is given (null when
 * absent), so each call is the same query shape and Prisma's plan for it is compiled once.
 */
export async function recordAudit(tx: Tx, at: Date, entry: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      at,
      action: entry.action,
      staffId: entry.staffId,
      subjectStaffId: entry.subjectStaffId ?? null,
      customerId: entry.customerId ?? null,
      sessionId: entry.sessionId ?? null,
      paymentId: entry.paymentId ?? null,
      amountKes: entry.amountKes ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    },
    select: { id: true },
  });
}

const withNames = {
  staff: { select: { name: true } },
  subjectStaff: { select: { name: true } },
  customer: { select: { firstName: true, lastName: true } },
} as const;

type EntryWithNames = Prisma.AuditEntryGetPayload<{ include: typeof withNames }>;

function isAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

function lineOf(entry: EntryWithNames): AuditLine {
  if (!isAction(entry.action)) throw new Error(`audit entry ${entry.id} has an unknown action "${entry.action}"`);
  return {
    id: entry.id,
    at: entry.at,
    action: entry.action,
    by: entry.staff?.name ?? null,
    subjectStaff: entry.subjectStaff?.name ?? null,
    customer: entry.customer ? fullName(entry.customer) : null,
    sessionId: entry.sessionId,
    paymentId: entry.paymentId,
    amountKes: entry.amountKes,
    details: entry.details ? (JSON.parse(entry.details) as AuditDetails) : {},
  };
}

/** Whose entries to show: everyone's, a staff member's (done by them or concerning them), or a customer's. */
export type AuditFilter = { kind: "all" } | { kind: "staff"; staffId: number } | { kind: "customer"; customerId: number };

/** Where a page starts: the newest entries, those older than an id, or those newer than an id. */
export type AuditCursor = { from: "latest" } | { from: "before"; id: number } | { from: "after"; id: number };

const AUDIT_PAGE_SIZE = 10;

function whereOf(filter: AuditFilter): Prisma.AuditEntryWhereInput {
  switch (filter.kind) {
    case "all":
      return {};
    case "staff":
      return { OR: [{ staffId: filter.staffId }, { subjectStaffId: filter.staffId }] };
    case "customer":
      return { customerId: filter.customerId };
  }
}

/** A page of entries, newest first, and whether there are older and newer ones beyond it. */
export async function auditPage(
  { db }: ServiceContext,
  filter: AuditFilter,
  cursor: AuditCursor,
): Promise<{ entries: AuditLine[]; hasOlder: boolean; hasNewer: boolean }> {
  const where = whereOf(filter);
  const take = AUDIT_PAGE_SIZE + 1;
  let rows: EntryWithNames[];
  if (cursor.from === "after") {
    // The page just newer than `id`: read upwards, then shown newest first.
    rows = (await db.auditEntry.findMany({ where: { ...where, id: { gt: cursor.id } }, orderBy: { id: "asc" }, take, include: withNames })).reverse();
    const hasNewer = rows.length > AUDIT_PAGE_SIZE;
    const entries = rows.slice(-AUDIT_PAGE_SIZE);
    const oldest = entries.at(-1);
    const hasOlder = oldest !== undefined && (await db.auditEntry.count({ where: { ...where, id: { lt: oldest.id } }, take: 1 })) > 0;
    return { entries: entries.map(lineOf), hasOlder, hasNewer };
  }
  const below = cursor.from === "before" ? { id: { lt: cursor.id } } : {};
  rows = await db.auditEntry.findMany({ where: { ...where, ...below }, orderBy: { id: "desc" }, take, include: withNames });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  const newest = entries[0];
  const hasNewer = cursor.from === "before" && newest !== undefined && (await db.auditEntry.count({ where: { ...where, id: { gt: newest.id } }, take: 1 })) > 0;
  return { entries: entries.map(lineOf), hasOlder: rows.length > AUDIT_PAGE_SIZE, hasNewer };
}

/**
 * Entries recorded in [from, to), in id order, `take` at a time after `afterId`: an export reads the
 * whole range page by page without holding it in memory.
 */
export async function auditEntriesInRange({ db }: Pick<ServiceContext, "db">, range: { from: Date; to: Date }, afterId = 0, take = 500): Promise<AuditLine[]> {
  const rows = await db.auditEntry.findMany({
    where: { at: { gte: range.from, lt: range.to }, id: { gt: afterId } },
    orderBy: { id: "asc" },
    take,
    include: withNames,
  });
  return rows.map(lineOf);
}

/** Whose trail `/audit <words>` may mean: staff whose name contains the words, and customers found by name or phone. */
export async function findAuditSubjects(
  context: ServiceContext,
  query: string,
): Promise<{ staff: { id: number; name: string; active: boolean }[]; customers: { id: number; name: string; phone: string | null }[] }> {
  const words = query.replace(/^@/, "").trim().toLowerCase();
  if (words === "") return { staff: [], customers: [] };
  const everyone = await context.db.staff.findMany({ select: { id: true, name: true, active: true }, orderBy: { name: "asc" } });
  const staff = everyone.filter((person) => person.name.toLowerCase().includes(words));
  const customers = await searchCustomers(context, words);
  return { staff, customers: customers.map((customer) => ({ id: customer.id, name: fullName(customer), phone: customer.phone })) };
}

/** The name a filtered trail is shown under; null for everyone's (or someone no longer found). */
export async function auditSubjectName({ db }: ServiceContext, filter: AuditFilter): Promise<string | null> {
  switch (filter.kind) {
    case "all":
      return null;
    case "staff":
      return (await db.staff.findUnique({ where: { id: filter.staffId }, select: { name: true } }))?.name ?? null;
    case "customer": {
      const customer = await db.customer.findUnique({ where: { id: filter.customerId }, select: { firstName: true, lastName: true } });
      return customer ? fullName(customer) : null;
    }
  }
}
