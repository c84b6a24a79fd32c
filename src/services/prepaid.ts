// Prepaid time: a session paid first for a chosen time (or what an amount buys), counted from its
// start. Each purchase or extension is a payment of its own (Payment.prepaidSessionId), taken like any
// other; the session keeps the total time and what it cost, and End charges only the time beyond it.
// The operator who started the session is told when 5 minutes are left and when the time is up.
// Ended within it, a manager may give back the unused part in cash, once (refundPrepaid).
import type { Tx } from "../db/client.js";
import type { PaymentState } from "../generated/prisma/client.js";
import { fullName } from "../domain/names.js";
import { businessDate } from "../domain/dates.js";
import { recordAudit } from "./audit.js";
import type { ServiceContext } from "./context.js";
import { enqueueMessages } from "./outbox.js";
import { billOf } from "./sessions.js";
import { managerChatIds } from "./recipients.js";
import { sessionTariff, type TariffRow } from "./tariff.js";

/** The notice "5 minutes left" comes this long before the prepaid time is up. */
export const PREPAID_WARNING_MS = 5 * 60 * 1000;
/** What one purchase can buy at most: a day. */
const MAX_MINUTES = 24 * 60;

interface Priced {
  startedAt: Date;
  tariff: TariffRow | null;
  prepaidSeconds: number;
  prepaidKes: number;
}

/** What the first `seconds` of the session cost at its tariff (nothing for none). */
function costOfFirst(context: ServiceContext, session: Priced, seconds: number): number {
  return seconds === 0 ? 0 : billOf(context, session, new Date(session.startedAt.getTime() + seconds * 1000)).amountKes;
}

/** What `minutes` more prepaid time costs: the bill for all of it less what was prepaid already. */
function priceOfMore(context: ServiceContext, session: Priced, minutes: number): number {
  return costOfFirst(context, session, session.prepaidSeconds + minutes * 60) - session.prepaidKes;
}

/** The most whole minutes `amountKes` buys (0 when not even one minute). */
function minutesFor(context: ServiceContext, session: Priced, amountKes: number): number {
  let low = 0;
  let high = MAX_MINUTES;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (priceOfMore(context, session, middle) <= amountKes) low = middle;
    else high = middle - 1;
  }
  return low;
}

function people(session: { customer: { firstName: string; lastName: string; phone: string | null }; computer: { name: string } | null }) {
  return { customerName: fullName(session.customer), computerName: session.computer?.name ?? null, customerPhone: session.customer.phone };
}

export type PrepayResult =
  | { ok: true; paymentId: number; amountKes: number; prepaidUntil: Date; customerName: string; computerName: string | null; customerPhone: string | null }
  | { ok: false; reason: "not_found" | "ended" | "too_little" };

/**
 * Adds prepaid time to a running session: `minutes`, or the whole minutes `amountKes` buys at the
 * session's tariff. Records the payment for it (taken by prompt or cash like any other). Repeating the
 * call with the same idempotency key returns the first call's purchase.
 */
export async function prepay(
  context: ServiceContext,
  input: { sessionId: number; staffId: number; idempotencyKey: string } & ({ minutes: number } | { amountKes: number }),
): Promise<PrepayResult> {
  const { db, now, config } = context;
  const include = { customer: true, computer: true, ...sessionTariff } as const;
  return db.$transaction(async (tx): Promise<PrepayResult> => {
    // Holds the running session's row first (on PostgreSQL, its lock until commit): a purchase made at
    // the same moment, on this instance or another, waits here, then reads the time this one bought and
    // adds to it, and the same purchase delivered twice finds the first one.
    const held = await tx.usageSession.updateMany({ where: { id: input.sessionId, endedAt: null }, data: { updatedAt: now() } });
    const earlier = await tx.payment.findUnique({ where: { idempotencyKey: input.idempotencyKey }, include: { prepaidFor: { include } } });
    if (earlier?.prepaidFor?.prepaidUntil) {
      return { ok: true, paymentId: earlier.id, amountKes: earlier.amountKes, prepaidUntil: earlier.prepaidFor.prepaidUntil, ...people(earlier.prepaidFor) };
    }
    const session = await tx.usageSession.findUnique({ where: { id: input.sessionId }, include });
    if (!session) return { ok: false, reason: "not_found" };
    if (held.count === 0) return { ok: false, reason: "ended" };
    const minutes = "minutes" in input ? input.minutes : minutesFor(context, session, input.amountKes);
    if (minutes === 0) return { ok: false, reason: "too_little" };
    const amountKes = priceOfMore(context, session, minutes);
    const prepaidSeconds = session.prepaidSeconds + minutes * 60;
    const prepaidUntil = new Date(session.startedAt.getTime() + prepaidSeconds * 1000);
    await tx.usageSession.update({
      where: { id: session.id },
      data: { prepaidSeconds, prepaidKes: session.prepaidKes + amountKes, prepaidUntil },
    });
    const at = now();
    const payment = await tx.payment.create({
      data: {
        customerId: session.customerId,
        amountKes,
        date: businessDate(at, config.service.timezone),
        prepaidSessionId: session.id,
        recordedById: input.staffId,
        idempotencyKey: input.idempotencyKey,
        createdAt: at,
        // More time within what the minimum charge already paid for costs nothing more.
        ...(amountKes === 0 ? { state: "PAID" as const, paidAt: at } : {}),
      },
    });
    await recordAudit(tx, at, {
      action: "payment_recorded",
      staffId: input.staffId,
      customerId: session.customerId,
      sessionId: session.id,
      paymentId: payment.id,
      amountKes,
      details: { prepaidMinutes: minutes },
    });
    return { ok: true, paymentId: payment.id, amountKes, prepaidUntil, ...people(session) };
  });
}

/** Prices shown on the buttons: what each choice of minutes costs for this session now. */
export async function prepaidPrices(context: ServiceContext, sessionId: number, choices: readonly number[]): Promise<number[] | null> {
  const session = await context.db.usageSession.findUnique({ where: { id: sessionId }, include: sessionTariff });
  if (!session || session.endedAt !== null) return null;
  return choices.map((minutes) => priceOfMore(context, session, minutes));
}

/**
 * Tells the operator who started each running prepaid session when 5 minutes are left and when the
 * time is up, once each for each prepaid end (an extension gets notices of its own); returns how many
 * were written. A session found past its end gets only "time is up".
 */
export async function prepaidNotices(context: ServiceContext): Promise<number> {
  const { db, now } = context;
  const at = now();
  const due = await db.usageSession.findMany({
    where: { endedAt: null, prepaidUntil: { lte: new Date(at.getTime() + PREPAID_WARNING_MS) } },
    include: { customer: true, computer: true, startedBy: true },
  });
  let written = 0;
  for (const session of due) {
    const until = session.prepaidUntil;
    if (until === null) continue;
    const kind = until.getTime() <= at.getTime() ? "up" : "five_minutes";
    const payload = context.notices.prepaidTime({
      kind,
      sessionId: session.id,
      customerName: fullName(session.customer),
      computerName: session.computer?.name ?? null,
    });
    // Once per session, prepaid end and kind, whichever instance's pass comes first: the key decides.
    const dedupeKey = `prepaid:${session.id}:${until.getTime()}:${kind}`;
    written += await enqueueMessages(db, [{ dedupeKey, chatId: Number(session.startedBy.telegramId), payload }], at);
  }
  if (written > 0) context.messagesQueued();
  return written;
}

interface Refundable extends Priced {
  endedAt: Date | null;
  voidedAt: Date | null;
  prepaid: { amountKes: number; state: PaymentState }[];
}

/**
 * What of the prepaid money the session did not use: what was paid for its prepaid time (never more
 * than its price) less the bill for the time used, at the session's tariff. Nothing while it runs,
 * once voided, or when it ran beyond the prepaid time.
 */
function unusedKes(context: ServiceContext, session: Refundable): number {
  if (!session.endedAt || session.voidedAt || session.prepaidSeconds === 0) return 0;
  const used = billOf(context, session, session.endedAt);
  if (used.seconds >= session.prepaidSeconds) return 0;
  const paidKes = session.prepaid.filter((payment) => payment.state === "PAID").reduce((sum, payment) => sum + payment.amountKes, 0);
  return Math.max(0, Math.min(paidKes, session.prepaidKes) - used.amountKes);
}

const refundInclude = { ...sessionTariff, prepaid: true, refundedBy: true } as const;

export interface PrepaidRefund {
  sessionId: number;
  /** What a manager may give back now; 0 when nothing (or once given back). */
  refundableKes: number;
  refunded: { amountKes: number; by: string; at: Date } | null;
}

/** The refund of the session a payment for prepaid time belongs to; null for any other payment. */
export async function prepaidRefund(context: ServiceContext, paymentId: number): Promise<PrepaidRefund | null> {
  const payment = await context.db.payment.findUnique({ where: { id: paymentId }, include: { prepaidFor: { include: refundInclude } } });
  const session = payment?.prepaidFor;
  if (!session) return null;
  const refunded = refundOf(session);
  return { sessionId: session.id, refundableKes: refunded ? 0 : unusedKes(context, session), refunded };
}

export type RefundResult =
  | { ok: true; amountKes: number; customerName: string; drawer: string | null }
  | { ok: false; reason: "not_found" | "nothing_unused" }
  | { ok: false; reason: "already_refunded"; amountKes: number; by: string; at: Date };

/**
 * The open shift whose drawer a refund's cash comes from: the first of `staffIds` with a shift open.
 * Each is taken by a conditional update of the still-open shift (on PostgreSQL, its row lock until
 * commit): a close at the same moment either came first, and this refund goes on to the next drawer,
 * or waits for this refund's commit and then counts it (see closeShift).
 */
async function refundDrawer(tx: Tx, staffIds: readonly number[]): Promise<{ shiftId: number; staffName: string } | null> {
  for (const staffId of staffIds) {
    const held = await tx.shift.updateMany({ where: { openStaffId: staffId }, data: { openStaffId: staffId } });
    if (held.count === 0) continue;
    const shift = await tx.shift.findUniqueOrThrow({ where: { openStaffId: staffId }, include: { staff: true } });
    return { shiftId: shift.id, staffName: shift.staff.name };
  }
  return null;
}

/**
 * A manager gives back the unused prepaid time of an ended session in cash (no M-Pesa reversal):
 * recorded once, with who, when and how much, and from which shift's drawer: the manager's own open
 * shift, else the open shift of whoever started the session (the manager may refund from home while
 * the operator at the counter hands the cash over), else none. The operator who started the session
 * and the other managers are told. A second tap, by anyone, is told who refunded it.
 */
export async function refundPrepaid(context: ServiceContext, sessionId: number, managerId: number): Promise<RefundResult> {
  const { db, now } = context;
  const at = now();
  const result = await db.$transaction(async (tx): Promise<RefundResult | null> => {
    const session = await tx.usageSession.findUnique({
      where: { id: sessionId },
      include: { ...refundInclude, customer: true, computer: true, startedBy: true },
    });
    if (!session) return { ok: false, reason: "not_found" };
    if (session.refundedAt) return null;
    const amountKes = unusedKes(context, session);
    if (amountKes === 0) return { ok: false, reason: "nothing_unused" };
    const drawer = await refundDrawer(tx, [...new Set([managerId, session.startedById])]);
    const won = await tx.usageSession.updateMany({
      where: { id: sessionId, refundedAt: null },
      data: { refundedAt: at, refundedById: managerId, refundKes: amountKes, refundShiftId: drawer?.shiftId ?? null },
    });
    if (won.count === 0) return null;
    await recordAudit(tx, at, {
      action: "prepaid_refunded",
      staffId: managerId,
      customerId: session.customerId,
      sessionId,
      amountKes,
      details: { shiftId: drawer?.shiftId ?? null },
    });
    const manager = await tx.staff.findUniqueOrThrow({ where: { id: managerId } });
    const customerName = fullName(session.customer);
    const payload = context.notices.prepaidRefunded({
      customerName,
      computerName: session.computer?.name ?? null,
      amountKes,
      refundedBy: manager.name,
      drawer: drawer?.staffName ?? null,
    });
    const managers = await managerChatIds({ db: tx });
    // Whoever refunded reads it in the answer to their tap.
    const chats = [...new Set([Number(session.startedBy.telegramId), ...managers])].filter((chatId) => chatId !== Number(manager.telegramId));
    await enqueueMessages(
      tx,
      chats.map((chatId) => ({ dedupeKey: `refund:${sessionId}:chat:${chatId}`, chatId, payload })),
      at,
    );
    return { ok: true, amountKes, customerName, drawer: drawer?.staffName ?? null };
  });
  if (result?.ok) context.messagesQueued();
  if (result) return result;
  const session = await db.usageSession.findUniqueOrThrow({ where: { id: sessionId }, include: { refundedBy: true } });
  const refund = refundOf(session);
  return refund ? { ok: false, reason: "already_refunded", ...refund } : { ok: false, reason: "nothing_unused" };
}

/** The refund recorded on a session (the three are written together); null when none was made. */
function refundOf({ refundedAt, refundKes, refundedBy }: { refundedAt: Date | null; refundKes: number | null; refundedBy: { name: string } | null }) {
  return refundedAt && refundKes !== null && refundedBy ? { amountKes: refundKes, by: refundedBy.name, at: refundedAt } : null;
}
