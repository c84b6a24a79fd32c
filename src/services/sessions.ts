import { fullName } from "../domain/names.js";
import { Prisma } from "../generated/prisma/client.js";
import { compareComputerNames } from "../domain/computers.js";
import { businessDate } from "../domain/dates.js";
import { billSession, type Bill, type BillPart } from "../domain/tariff.js";
import { recordAudit } from "./audit.js";
import type { ServiceContext } from "./context.js";
import { enqueueMessages } from "./outbox.js";
import { managerChatIds } from "./recipients.js";
import { sessionTariff, settingsTariff, tariffIdForNewSession, tariffOfRow, type TariffRow } from "./tariff.js";

export interface ActiveSession {
  id: number;
  customerId: number;
  customerName: string;
  /** null when the session runs on no listed computer. */
  computer: { id: number; name: string; group: string | null } | null;
  startedAt: Date;
  seconds: number;
  /** What it would cost if ended now. */
  amountSoFarKes: number;
  /** The time paid for in advance, if any: until when, and what it cost. */
  prepaid: { until: Date; kes: number } | null;
}

export type StartSessionResult =
  | { ok: true; sessionId: number; computerName: string | null; startedAt: Date }
  | { ok: false; reason: "already_active"; sessionId: number; computerName: string | null; startedAt: Date }
  | { ok: false; reason: "computer_busy"; computerName: string; customerName: string; startedAt: Date }
  | { ok: false; reason: "computer_unavailable"; computerName: string | null; outOfOrder: boolean }
  | { ok: false; reason: "no_customer" };

/**
 * Starts a session, on a computer or none (a café that lists no computers), charged with the tariff
 * in force now (its computer's group's own, else the café's) whatever changes later. A customer with an active session cannot get a second one, nor
 * a computer with one a second customer: both are unique indexes. Repeating the call with the same
 * idempotency key returns the session the first call started.
 */
export async function startSession(
  context: ServiceContext,
  input: { customerId: number; computerId: number | null; staffId: number; idempotencyKey?: string },
): Promise<StartSessionResult> {
  const { db, now } = context;
  if (input.idempotencyKey) {
    const earlier = await db.usageSession.findUnique({ where: { idempotencyKey: input.idempotencyKey }, include: { computer: true } });
    if (earlier) return { ok: true, sessionId: earlier.id, computerName: earlier.computer?.name ?? null, startedAt: earlier.startedAt };
  }
  const customer = await db.customer.findUnique({ where: { id: input.customerId }, select: { id: true } });
  if (!customer) return { ok: false, reason: "no_customer" };
  const { computerId } = input;
  const tariffId = await tariffIdForNewSession(context, computerId);
  try {
    return await db.$transaction(async (tx): Promise<StartSessionResult> => {
      // Takes the computer's row until the commit, if it is still available: retiring it waits for
      // this session to be in (and then finds it busy), or this finds it retired.
      if (computerId !== null) await tx.computer.updateMany({ where: { id: computerId, retiredAt: null, outOfOrder: false }, data: { updatedAt: now() } });
      const computer = computerId === null ? null : await tx.computer.findUnique({ where: { id: computerId } });
      if (computerId !== null && (!computer || computer.retiredAt !== null || computer.outOfOrder)) {
        return { ok: false, reason: "computer_unavailable", computerName: computer?.name ?? null, outOfOrder: computer?.outOfOrder ?? false };
      }
      const session = await tx.usageSession.create({
        data: {
          customerId: input.customerId,
          activeCustomerId: input.customerId,
          computerId,
          activeComputerId: computerId,
          startedAt: now(),
          startedById: input.staffId,
          tariffId,
          idempotencyKey: input.idempotencyKey ?? null,
        },
      });
      await recordAudit(tx, session.startedAt, {
        action: "session_started",
        staffId: input.staffId,
        customerId: input.customerId,
        sessionId: session.id,
        details: { computer: computer?.name ?? null },
      });
      return { ok: true, sessionId: session.id, computerName: computer?.name ?? null, startedAt: session.startedAt };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const open = await db.usageSession.findUnique({ where: { activeCustomerId: input.customerId }, include: { computer: true } });
      if (open) return { ok: false, reason: "already_active", sessionId: open.id, computerName: open.computer?.name ?? null, startedAt: open.startedAt };
      const holder =
        computerId === null ? null : await db.usageSession.findUnique({ where: { activeComputerId: computerId }, include: { computer: true, customer: true } });
      if (holder?.computer) {
        const customerName = fullName(holder.customer);
        return { ok: false, reason: "computer_busy", computerName: holder.computer.name, customerName, startedAt: holder.startedAt };
      }
    }
    throw error;
  }
}

/** What a session from `startedAt` costs at `endedAt`, with the tariff it started with. */
export function billOf({ config }: ServiceContext, session: { startedAt: Date; tariff: TariffRow | null }, endedAt: Date): Bill {
  const tariff = session.tariff ? tariffOfRow(session.tariff) : settingsTariff(config);
  return billSession(session.startedAt, endedAt, tariff, config.service.timezone);
}

/** The sessions running: on computers first (PC-2 before PC-10), then the others by start. */
export async function activeSessions(context: ServiceContext): Promise<ActiveSession[]> {
  const { db, now } = context;
  const sessions = await db.usageSession.findMany({
    where: { endedAt: null },
    include: { customer: true, computer: { include: { group: true } }, ...sessionTariff },
    orderBy: { startedAt: "asc" },
  });
  const at = now();
  const active = sessions.map((session): ActiveSession => {
    const bill = billOf(context, session, at);
    const { computer } = session;
    return {
      id: session.id,
      customerId: session.customerId,
      customerName: fullName(session.customer),
      computer: computer ? { id: computer.id, name: computer.name, group: computer.group?.name ?? null } : null,
      startedAt: session.startedAt,
      seconds: bill.seconds,
      amountSoFarKes: bill.amountKes,
      prepaid: session.prepaidUntil ? { until: session.prepaidUntil, kes: session.prepaidKes } : null,
    };
  });
  // A stable sort: the sessions on no computer keep their order by start.
  return active.sort((a, b) => (a.computer && b.computer ? compareComputerNames(a.computer.name, b.computer.name) : Number(!a.computer) - Number(!b.computer)));
}

export interface EndedSession {
  sessionId: number;
  /** The payment owed for the time beyond the prepaid time; null when nothing more is owed. */
  paymentId: number | null;
  customerId: number;
  customerName: string;
  customerPhone: string | null;
  seconds: number;
  amountKes: number;
  /** The stretches at each rate, their shares adding up to `proratedKes`; none when a window's rate applied to none of it. */
  parts: BillPart[];
  /** Before the minimum charge: less than `amountKes` when the minimum applied. */
  proratedKes: number;
  /** The time paid for in advance and what it cost; `amountKes` is then only what is owed beyond it. */
  prepaid: { seconds: number; amountKes: number } | null;
}

export type EndSessionResult =
  | { ok: true; ended: EndedSession }
  | { ok: false; reason: "already_ended"; endedBy: string | null; endedAt: Date | null; paymentId: number | null; voided: boolean }
  | { ok: false; reason: "not_found" };

/** Attempts at ending a session whose prepaid time keeps changing while it is being ended. */
const END_ATTEMPTS = 3;

/**
 * Ends a session exactly once: of two operators tapping End at the same moment, one wins and the
 * other is told who ended it. The charge is fixed by the tariff the session started with, and becomes
 * a payment owed by the customer.
 */
export async function endSession(context: ServiceContext, sessionId: number, staffId: number): Promise<EndSessionResult> {
  const { db } = context;
  for (let attempt = 1; ; attempt++) {
    const session = await db.usageSession.findUnique({ where: { id: sessionId }, include: { customer: true, endedBy: true, payment: true, ...sessionTariff } });
    if (!session) return { ok: false, reason: "not_found" };
    if (session.endedAt !== null) {
      return {
        ok: false,
        reason: "already_ended",
        endedBy: session.endedBy?.name ?? null,
        endedAt: session.endedAt,
        paymentId: session.payment?.id ?? null,
        voided: session.voidedAt !== null,
      };
    }
    const ended = await endAsRead(context, session, staffId);
    if (ended) return { ok: true, ended };
    // Ended meanwhile (the next read says by whom), or prepaid time was bought: read it again.
    if (attempt === END_ATTEMPTS) throw new Error(`session ${sessionId} kept changing while it was being ended`);
  }
}

/** Ends the session billed as read; null when it changed since (ended, or more time prepaid). */
async function endAsRead(
  context: ServiceContext,
  session: Prisma.UsageSessionGetPayload<{ include: { customer: true } & typeof sessionTariff }>,
  staffId: number,
): Promise<EndedSession | null> {
  const { db, now, config } = context;
  const endedAt = now();
  const bill = billOf(context, session, endedAt);
  const prepaid = session.prepaidSeconds > 0 ? { seconds: session.prepaidSeconds, amountKes: session.prepaidKes } : null;
  // Within the prepaid time nothing more is owed (unused time is not refunded here); beyond it, the
  // bill for the whole session less what was prepaid.
  const owedKes = !prepaid ? bill.amountKes : bill.seconds <= prepaid.seconds ? 0 : Math.max(0, bill.amountKes - prepaid.amountKes);
  const amountKes = prepaid ? prepaid.amountKes + owedKes : bill.amountKes;

  const paymentId = await db.$transaction(async (tx) => {
    // Conditional on the prepaid time the bill was computed from: time bought meanwhile is its own
    // payment, and must not be charged again here.
    const won = await tx.usageSession.updateMany({
      where: { id: session.id, endedAt: null, prepaidSeconds: session.prepaidSeconds },
      data: { endedAt, activeCustomerId: null, activeComputerId: null, endedById: staffId, amountKes },
    });
    if (won.count === 0) return null;
    const ended = { action: "session_ended", staffId, customerId: session.customerId, sessionId: session.id, amountKes: owedKes } as const;
    if (owedKes === 0) {
      await recordAudit(tx, endedAt, { ...ended, paymentId: null });
      return "nothing_owed" as const;
    }
    const payment = await tx.payment.create({
      data: {
        customerId: session.customerId,
        amountKes: owedKes,
        date: businessDate(endedAt, config.service.timezone),
        sessionId: session.id,
        recordedById: staffId,
        // No phone: Payment.phone is the number a prompt was sent to. Until then the customer's
        // current number applies (PaymentSummary.customerPhone).
        createdAt: endedAt,
      },
    });
    await recordAudit(tx, endedAt, { ...ended, paymentId: payment.id });
    return payment.id;
  });
  if (paymentId === null) return null;
  return {
    sessionId: session.id,
    paymentId: paymentId === "nothing_owed" ? null : paymentId,
    customerId: session.customerId,
    customerName: fullName(session.customer),
    customerPhone: session.customer.phone,
    seconds: bill.seconds,
    amountKes: owedKes,
    parts: bill.windowed && !prepaid ? bill.parts : [],
    proratedKes: bill.proratedKes,
    prepaid,
  };
}

/** How long the operator who started a session may void it; after that only a manager may. */
export const OPERATOR_VOID_WINDOW_MS = 5 * 60 * 1000;

export interface VoidedSession {
  customerName: string;
  computerName: string | null;
}

export type VoidRefusal =
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "already_ended"; endedBy: string | null; endedAt: Date | null; voided: boolean }
  /** An operator other than the one who started it, or after OPERATOR_VOID_WINDOW_MS: a manager may. */
  | { ok: false; reason: "managers_only" };

/** Whether `staffId` may void the session now: whose session it is when they may. */
export async function checkVoid({ db, now }: ServiceContext, sessionId: number, staffId: number): Promise<{ ok: true; session: VoidedSession } | VoidRefusal> {
  const [session, staff] = await Promise.all([
    db.usageSession.findUnique({ where: { id: sessionId }, include: { endedBy: true, customer: true, computer: true } }),
    db.staff.findUniqueOrThrow({ where: { id: staffId }, select: { role: true } }),
  ]);
  if (!session) return { ok: false, reason: "not_found" };
  if (session.endedAt)
    return { ok: false, reason: "already_ended", endedBy: session.endedBy?.name ?? null, endedAt: session.endedAt, voided: session.voidedAt !== null };
  const mine = session.startedById === staffId && now().getTime() - session.startedAt.getTime() <= OPERATOR_VOID_WINDOW_MS;
  if (staff.role !== "MANAGER" && !mine) return { ok: false, reason: "managers_only" };
  return { ok: true, session: { customerName: fullName(session.customer), computerName: session.computer?.name ?? null } };
}

/**
 * Voids a session started by mistake (wrong customer or computer): it ends, charging nothing (no
 * payment), frees its customer and computer, and keeps who voided it, when and why. The managers are
 * told in the same transaction (but not the one who voided it). The rules of `checkVoid` apply at the
 * moment of the void.
 */
export async function voidSession(
  context: ServiceContext,
  sessionId: number,
  staffId: number,
  reason: string,
): Promise<{ ok: true; voided: VoidedSession } | VoidRefusal> {
  const { db, now } = context;
  const check = await checkVoid(context, sessionId, staffId);
  if (!check.ok) return check;
  const at = now();
  const voided = await db.$transaction(async (tx) => {
    const won = await tx.usageSession.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: at, endedById: staffId, voidedAt: at, voidedById: staffId, voidReason: reason, activeCustomerId: null, activeComputerId: null },
    });
    if (won.count === 0) return null;
    const session = await tx.usageSession.findUniqueOrThrow({ where: { id: sessionId } });
    await recordAudit(tx, at, {
      action: "session_voided",
      staffId,
      customerId: session.customerId,
      sessionId,
      details: { computer: check.session.computerName, reason },
    });
    const subject = check.session;
    const voider = await tx.staff.findUniqueOrThrow({ where: { id: staffId } });
    const payload = context.notices.sessionVoided({ ...subject, startedAt: session.startedAt, voidedAt: at, voidedBy: voider.name, reason });
    const managers = (await managerChatIds({ db: tx })).filter((chatId) => chatId !== Number(voider.telegramId));
    await enqueueMessages(
      tx,
      managers.map((chatId) => ({ dedupeKey: `void:${sessionId}:chat:${chatId}`, chatId, payload })),
      at,
    );
    return subject;
  });
  if (voided) context.messagesQueued();
  if (!voided) {
    // Ended or voided by someone else in between.
    const after = await checkVoid(context, sessionId, staffId);
    return after.ok ? { ok: false, reason: "not_found" } : after;
  }
  return { ok: true, voided };
}
