// Shifts and the cash-up. A staff member opens a shift with the float counted into the drawer and
// closes it by counting the drawer: expected is the float plus the cash taken in the shift, less the
// cash given back from the drawer in it (refunds of unused prepaid time charged to this shift).
//
// Cash taken in a shift: the payments PAID in cash (`method` CASH) whose cash that staff member took
// (`settledById`), with the money in (`paidAt`, the moment the cash was recorded) after the shift's
// opening instant, up to and including its closing instant: a staff member's consecutive shifts share
// no instant, so no payment counts in two of them. The M-Pesa of a shift is the same with
// `method` MPESA: the prompts that staff member sent, by when the money arrived. These are /report's
// takings by operator (src/services/reports.ts: PAID, by `paidAt`, by `settledById`) over the shift's
// instants instead of business days, so a day's shifts add up to the report's takings for those people
// (but for an M-Pesa confirmation applied after a shift's close: the figures stored at the close lack it).
// Cash given back in a shift: the prepaid refunds recorded with the shift as the drawer they came from
// (`UsageSession.refundShiftId`, set by src/services/prepaid.ts refundPrepaid), whoever pressed Refund.
import type { Tx } from "../db/client.js";
import { fullName } from "../domain/names.js";
import { Prisma } from "../generated/prisma/client.js";
import { recordAudit } from "./audit.js";
import type { ServiceContext } from "./context.js";
import { enqueueMessages } from "./outbox.js";
import { billOf } from "./sessions.js";
import { managerChatIds } from "./recipients.js";
import { sessionTariff } from "./tariff.js";

/** The most a drawer count may be (six digits, as typed). */
export const MAX_DRAWER_KES = 999_999;

/** The drawer's sum: what should be in it, and how far the count is from it (negative: short; positive: over). */
export function cashUp(drawer: { floatKes: number; cashKes: number; refundedKes: number }, countedKes: number): { expectedKes: number; differenceKes: number } {
  const expectedKes = drawer.floatKes + drawer.cashKes - drawer.refundedKes;
  return { expectedKes, differenceKes: countedKes - expectedKes };
}

/** A shift's figures: as they stand now while it is open, as they stood at its close once closed. */
export interface ShiftFigures {
  id: number;
  staffName: string;
  openedAt: Date;
  floatKes: number;
  cashKes: number;
  mpesaKes: number;
  refundedKes: number;
  expectedKes: number;
}

export interface ClosedShift extends ShiftFigures {
  closedAt: Date;
  /** Null: closed without a count, when its staff member was taken off the staff. */
  countedKes: number | null;
  differenceKes: number | null;
  /** Who closed it when not its staff member (a manager taking them off the staff). */
  closedBy: string | null;
}

/** A session the shift's staff member started that is still running. */
export interface RunningSession {
  customerName: string;
  computerName: string | null;
  startedAt: Date;
  amountSoFarKes: number;
}

interface Takings {
  cashKes: number;
  mpesaKes: number;
  refundedKes: number;
}

/**
 * The cash and M-Pesa the shift's staff member took after its opening, up to and including `to`, and
 * the cash given back from its drawer.
 */
async function takings(db: Tx, shift: { id: number; staffId: number; openedAt: Date }, to: Date): Promise<Takings> {
  const groups = await db.payment.groupBy({
    by: ["method"],
    where: { state: "PAID", settledById: shift.staffId, paidAt: { gt: shift.openedAt, lte: to } },
    _sum: { amountKes: true },
  });
  const refunds = await db.usageSession.aggregate({ where: { refundShiftId: shift.id }, _sum: { refundKes: true } });
  const of = (method: "CASH" | "MPESA") => groups.find((group) => group.method === method)?._sum.amountKes ?? 0;
  return { cashKes: of("CASH"), mpesaKes: of("MPESA"), refundedKes: refunds._sum.refundKes ?? 0 };
}

/** The sessions `staffId` started that are running at `at`, oldest first, with their charge so far. */
async function runningSessions(context: ServiceContext, db: Tx, staffId: number, at: Date): Promise<RunningSession[]> {
  const sessions = await db.usageSession.findMany({
    where: { startedById: staffId, endedAt: null },
    include: { customer: true, computer: true, ...sessionTariff },
    orderBy: { startedAt: "asc" },
  });
  return sessions.map((session) => ({
    customerName: fullName(session.customer),
    computerName: session.computer?.name ?? null,
    startedAt: session.startedAt,
    amountSoFarKes: billOf(context, session, at).amountKes,
  }));
}

type ShiftRow = Prisma.ShiftGetPayload<{ include: { staff: true } }>;

function figures(row: ShiftRow, taken: Takings): ShiftFigures {
  return {
    id: row.id,
    staffName: row.staff.name,
    openedAt: row.openedAt,
    floatKes: row.floatKes,
    ...taken,
    expectedKes: cashUp({ floatKes: row.floatKes, ...taken }, 0).expectedKes,
  };
}

/** A closed shift as recorded at its close (the close writes these columns together). */
function closedFigures(row: ShiftRow, closedAt: Date, taken: Takings, closedBy: string | null): ClosedShift {
  const shift = figures(row, taken);
  const { countedKes } = row;
  const differenceKes = countedKes === null ? null : cashUp({ floatKes: row.floatKes, ...taken }, countedKes).differenceKes;
  return { ...shift, closedAt, countedKes, differenceKes, closedBy };
}

/** A closed shift as its row recorded it at the close. */
function recordedClose(row: ShiftRow, closedAt: Date): ClosedShift {
  const taken = { cashKes: row.cashKes ?? 0, mpesaKes: row.mpesaKes ?? 0, refundedKes: row.refundedKes ?? 0 };
  return closedFigures(row, closedAt, taken, null);
}

async function openFigures(db: Tx, row: ShiftRow, at: Date): Promise<ShiftFigures> {
  return figures(row, await takings(db, row, at));
}

/** The staff member's open shift so far, with the sessions they started still running; null when none is open. */
export async function currentShift(context: ServiceContext, staffId: number): Promise<{ shift: ShiftFigures; running: RunningSession[] } | null> {
  const { db, now } = context;
  const at = now();
  const row = await db.shift.findUnique({ where: { openStaffId: staffId }, include: { staff: true } });
  if (!row) return null;
  return { shift: await openFigures(db, row, at), running: await runningSessions(context, db, staffId, at) };
}

export type OpenShiftResult = { ok: true; shift: ShiftFigures } | { ok: false; reason: "already_open"; shift: ShiftFigures };

/**
 * Opens a shift for the staff member with the float counted into the drawer. One open shift per staff
 * member is a unique index (`openStaffId`): of two opening at once (two taps, two instances), the
 * second insert fails and is told the first one's shift. Repeating the call with the same idempotency
 * key returns the shift the first call opened.
 */
export async function openShift(context: ServiceContext, staffId: number, floatKes: number, idempotencyKey?: string): Promise<OpenShiftResult> {
  const { db, now } = context;
  const at = now();
  const earlier = async () => {
    if (!idempotencyKey) return null;
    const row = await db.shift.findUnique({ where: { idempotencyKey }, include: { staff: true } });
    return row && { ok: true as const, shift: row.closedAt ? recordedClose(row, row.closedAt) : await openFigures(db, row, at) };
  };
  const repeated = await earlier();
  if (repeated) return repeated;
  try {
    const row = await db.$transaction(async (tx) => {
      const opened = await tx.shift.create({
        data: { staffId, openStaffId: staffId, floatKes, openedAt: at, idempotencyKey: idempotencyKey ?? null },
        include: { staff: true },
      });
      await recordAudit(tx, at, { action: "shift_opened", staffId, amountKes: floatKes, details: { shiftId: opened.id } });
      return opened;
    });
    return { ok: true, shift: figures(row, { cashKes: 0, mpesaKes: 0, refundedKes: 0 }) };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const sameRequest = await earlier();
    if (sameRequest) return sameRequest;
    const open = await db.shift.findUnique({ where: { openStaffId: staffId }, include: { staff: true } });
    if (!open) throw error;
    return { ok: false, reason: "already_open", shift: await openFigures(db, open, at) };
  }
}

export type CloseShiftResult =
  | { ok: true; shift: ClosedShift; running: RunningSession[] }
  | { ok: false; reason: "already_closed"; shift: ClosedShift }
  | { ok: false; reason: "not_found" };

/**
 * Closes the staff member's shift with the cash counted, recording the figures as they stand now, and
 * tells the managers (not whoever closed it: they read it in the answer). Once: the close is a
 * conditional update of the open shift, in the same transaction as the managers' messages. The close
 * comes before the figures are read: a refund charging this drawer at the same moment holds the open
 * shift's row until it commits (src/services/prepaid.ts refundDrawer), so it is either read here or,
 * finding the shift closed, not charged to it.
 */
export async function closeShift(context: ServiceContext, shiftId: number, staffId: number, countedKes: number): Promise<CloseShiftResult> {
  const { db, now } = context;
  const at = now();
  const closed = await db.$transaction(async (tx) => {
    const row = await tx.shift.findFirst({ where: { id: shiftId, staffId, closedAt: null }, include: { staff: true } });
    return row && closeInTransaction(context, tx, row, at, { countedKes, closer: row.staff });
  });
  if (closed) {
    context.messagesQueued();
    return { ok: true, ...closed };
  }
  const row = await db.shift.findFirst({ where: { id: shiftId, staffId }, include: { staff: true } });
  return row?.closedAt ? { ok: false, reason: "already_closed", shift: recordedClose(row, row.closedAt) } : { ok: false, reason: "not_found" };
}

/**
 * Closes an open shift (a conditional update: null when another close came first), records its figures
 * as they stand at `at`, and tells the managers, except whoever closed it (they read it in their answer).
 */
async function closeInTransaction(
  context: ServiceContext,
  tx: Tx,
  row: ShiftRow,
  at: Date,
  { countedKes, closer }: { countedKes: number | null; closer: { id: number; name: string; telegramId: bigint } },
): Promise<{ shift: ClosedShift; running: RunningSession[] } | null> {
  const won = await tx.shift.updateMany({ where: { id: row.id, closedAt: null }, data: { closedAt: at, openStaffId: null, countedKes } });
  if (won.count === 0) return null;
  const taken = await takings(tx, row, at);
  await tx.shift.update({ where: { id: row.id }, data: taken });
  const shift = closedFigures({ ...row, countedKes }, at, taken, closer.id === row.staffId ? null : closer.name);
  await recordAudit(tx, at, {
    action: "shift_closed",
    staffId: closer.id,
    subjectStaffId: closer.id === row.staffId ? null : row.staffId,
    amountKes: countedKes,
    details: { shiftId: row.id, expectedKes: shift.expectedKes, differenceKes: shift.differenceKes },
  });
  const running = await runningSessions(context, tx, row.staffId, at);
  const payload = context.notices.shiftClosed({ ...shift, running });
  const managers = (await managerChatIds({ db: tx })).filter((chatId) => chatId !== Number(closer.telegramId));
  await enqueueMessages(
    tx,
    managers.map((chatId) => ({ dedupeKey: `shift:${row.id}:closed:chat:${chatId}`, chatId, payload })),
    at,
  );
  return { shift, running };
}

/**
 * Closes the open shift of a staff member being taken off the staff, without a count (nobody will count
 * their drawer with /shift any more): in the caller's transaction, by the manager taking them off. The
 * managers are told what the drawer should hold. Null when they had no shift open.
 */
export async function closeShiftOfDeactivated(
  context: ServiceContext,
  tx: Tx,
  staffId: number,
  manager: { id: number; name: string; telegramId: bigint },
  at: Date,
): Promise<ClosedShift | null> {
  const row = await tx.shift.findUnique({ where: { openStaffId: staffId }, include: { staff: true } });
  if (!row) return null;
  const closed = await closeInTransaction(context, tx, row, at, { countedKes: null, closer: manager });
  return closed?.shift ?? null;
}

/** A shift open at a given instant. */
export interface OpenShiftAt {
  shiftId: number;
  staffId: number;
  staffName: string;
  openedAt: Date;
  floatKes: number;
  /** When it was closed later, if it was (after the instant asked about); null while still open. */
  closedAt: Date | null;
}

/**
 * The shifts open at `at` (opened at or before it, not closed by then), oldest first: for the daily
 * summary, which flags the shifts left open past closing time.
 */
export async function shiftsOpenAt({ db }: ServiceContext, at: Date): Promise<OpenShiftAt[]> {
  const rows = await db.shift.findMany({
    where: { openedAt: { lte: at }, OR: [{ closedAt: null }, { closedAt: { gt: at } }] },
    include: { staff: true },
    orderBy: [{ openedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    shiftId: row.id,
    staffId: row.staffId,
    staffName: row.staff.name,
    openedAt: row.openedAt,
    floatKes: row.floatKes,
    closedAt: row.closedAt,
  }));
}
