// Applying M-Pesa's answer to a prompt, whether it came by callback or by STK query: one code path,
// one transaction, idempotent on the prompt's state, with the notifications written in the same
// transaction. A second delivery of the same answer changes nothing and notifies nobody.
//
// Which prompt speaks for a payment: Payment.currentStkRequestId, set when a prompt claims the payment.
// Every payment change caused by a prompt's answer is a conditional update on it (race-free under
// PostgreSQL's READ COMMITTED, unlike reading "the latest prompt" first), so a late answer to an earlier
// prompt cannot fail, or hold, a payment a newer prompt is working on. The one exception is a full
// "paid": money received is credited from whichever prompt it came, and that prompt becomes current.
import type { Tx } from "../db/client.js";
import { fullName } from "../domain/names.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { StkFailureReason, StkPayment } from "../mpesa/callback.js";
import type { AuditAction } from "../domain/audit.js";
import { recordAudit } from "./audit.js";
import type { ServiceContext } from "./context.js";
import type { NoticeSubject, PaymentNotice, SetupProblem } from "./notices.js";
import { editing, enqueueMessages, type OutboxEntry } from "./outbox.js";

/** What M-Pesa said about a prompt, from a callback or a query. */
export type StkAnswer =
  | { status: "paid"; resultCode: string; resultDesc: string; payment: StkPayment | null }
  | { status: "failed"; resultCode: string; resultDesc: string; reason: StkFailureReason }
  | { status: "unknown"; resultCode: string; resultDesc: string };

export type ApplyOutcome = "applied" | "duplicate" | "unmatched";

const OPEN_STATES = ["SENDING", "PENDING", "UNKNOWN"] as const;

// A prompt's state only moves forward: SENDING → PENDING → FAILED or UNKNOWN (UNKNOWN → FAILED) → PAID. A
// state read in the transaction may be older than the row's (not under SQLite, whose transactions take the
// write lock at BEGIN; under PostgreSQL's READ COMMITTED), never newer: so a conditional update for a state
// before the one read can be skipped, and the conditional updates still decide.

/** The prompt alone: what else its news needs is read only when there is news to tell (loadSubject). */
async function loadRequest(tx: Tx, where: Prisma.StkRequestWhereUniqueInput) {
  return tx.stkRequest.findUnique({ where });
}
type LoadedRequest = NonNullable<Awaited<ReturnType<typeof loadRequest>>>;

/** Whether a prompt read in this state may still be waiting for its answer (SENDING or PENDING). */
const mayBeWaiting = (stk: LoadedRequest) => stk.state === "SENDING" || stk.state === "PENDING";

/** What a notice needs of the prompt's payment (a write that returns it saves reading it again). */
interface PaymentOfNotice {
  sessionId: number | null;
  customerId: number;
}
const PAYMENT_OF_NOTICE = { sessionId: true, customerId: true } as const;

/**
 * What a notice about `stk` needs, in three queries at most (payment unless known, customer, staff): its
 * subject, and who may hear it: the prompt's sender (named in the news even when taken off the staff
 * since), the active managers, and which of `chats` belong to active staff.
 */
async function audienceAndSubject(tx: Tx, stk: LoadedRequest, chats: readonly bigint[], known?: PaymentOfNotice) {
  const payment = known ?? (await tx.payment.findUniqueOrThrow({ where: { id: stk.paymentId }, select: PAYMENT_OF_NOTICE }));
  const customer = await tx.customer.findUniqueOrThrow({ where: { id: payment.customerId }, select: { firstName: true, lastName: true } });
  const staff = await tx.staff.findMany({
    where: { OR: [{ id: stk.requestedById }, { active: true, OR: [{ role: "MANAGER" }, { telegramId: { in: [...chats] } }] }] },
    select: { id: true, telegramId: true, name: true, role: true, active: true, language: true },
    orderBy: { id: "asc" },
  });
  const sender = staff.find((person) => person.id === stk.requestedById);
  if (!sender) throw new Error(`staff ${stk.requestedById} of prompt ${stk.id} not found`);
  const subject: NoticeSubject = {
    paymentId: stk.paymentId,
    amountKes: stk.amountKes,
    customerName: fullName(customer),
    phone: stk.phone,
    sessionId: payment.sessionId,
    requestedBy: sender.name,
    simulated: stk.simulated,
  };
  return {
    subject,
    senderActive: sender.active,
    managerChats: staff.filter((person) => person.active && person.role === "MANAGER").map((person) => Number(person.telegramId)),
    activeChats: new Set(staff.filter((person) => person.active).map((person) => person.telegramId)),
    languages: new Map(staff.map((person) => [Number(person.telegramId), person.language])),
  };
}

/** A message showing a prompt as waiting, to be edited with its news. */
interface WaitingMessage {
  chatId: bigint;
  messageId: number;
}

/**
 * The messages that show `stk` as waiting besides its sender's: those of people whose tap found it
 * already out, and, when its money credited the payment, those of the payment's other prompts that
 * still look live: the ones waiting (their answers no longer move it), and the newest one when it came
 * after `stk` and failed or got no answer (its message offers to ask again, or to take cash).
 * Active staff's are kept by the caller.
 */
async function otherWaitingMessages(tx: Tx, stk: LoadedRequest, notice: PaymentNotice): Promise<WaitingMessage[]> {
  const credited = notice.kind === "paid" || notice.kind === "paid_after_all";
  const others = credited
    ? (
        await tx.stkRequest.findMany({
          where: { paymentId: stk.paymentId, id: { not: stk.id }, state: { in: ["SENDING", "PENDING", "FAILED", "UNKNOWN"] } },
          select: { id: true, state: true, chatId: true, messageId: true },
          orderBy: { id: "asc" },
        })
      ).filter((other, index, all) => other.state === "SENDING" || other.state === "PENDING" || (index === all.length - 1 && other.id > stk.id))
    : [];
  const followed = await tx.promptMessage.findMany({
    where: { stkRequestId: { in: [stk.id, ...others.map((other) => other.id)] } },
    select: { chatId: true, messageId: true },
    orderBy: { id: "asc" },
  });
  const unique = new Map<string, WaitingMessage>();
  for (const message of [
    ...others.flatMap((other) => (other.chatId !== null && other.messageId !== null ? [{ chatId: other.chatId, messageId: other.messageId }] : [])),
    ...followed,
  ]) {
    const isSenders = message.chatId === stk.chatId && message.messageId === stk.messageId;
    if (!isSenders) unique.set(`${message.chatId}:${message.messageId}`, message);
  }
  return [...unique.values()];
}

/**
 * Writes the notice to whoever the prompt's news is for: the message of the operator who sent it, the
 * other messages showing it as waiting, and every manager (a manager whose message was edited gets no
 * second one). `managers`: to the managers alone; `followers`: to the other messages alone (the sender
 * was told at once). `payment`: the prompt's payment, when the caller has it.
 */
async function notify(
  context: ServiceContext,
  tx: Tx,
  stk: LoadedRequest,
  notice: PaymentNotice,
  now: Date,
  audience: "everyone" | "managers" | "followers" = "everyone",
  payment?: PaymentOfNotice,
): Promise<void> {
  const waiting = audience === "managers" ? [] : await otherWaitingMessages(tx, stk, notice);
  const { subject, senderActive, managerChats, activeChats, languages } = await audienceAndSubject(
    tx,
    stk,
    waiting.map((message) => message.chatId),
    payment,
  );
  const entries: OutboxEntry[] = [];
  const operatorPayload = context.notices.payment(notice, subject, "operator");
  // An operator taken off the staff since sending the prompt hears no more about it (managers do).
  const operatorChat = stk.chatId === null || audience !== "everyone" || !senderActive ? null : Number(stk.chatId);
  if (operatorChat !== null) {
    entries.push({
      dedupeKey: `stk:${stk.id}:${notice.kind}:chat:${operatorChat}`,
      chatId: operatorChat,
      payload: editing(operatorPayload, stk.messageId),
    });
  }
  // Staff taken off the staff hear nothing.
  const followers = waiting.filter((message) => activeChats.has(message.chatId));
  for (const { chatId, messageId } of followers) {
    entries.push({
      dedupeKey: `stk:${stk.id}:${notice.kind}:chat:${chatId}:message:${messageId}`,
      chatId: Number(chatId),
      payload: editing(operatorPayload, messageId),
    });
  }
  const told = new Set([operatorChat, ...followers.map((message) => Number(message.chatId))]);
  if (audience !== "followers") {
    for (const chatId of managerChats) {
      if (told.has(chatId)) continue;
      entries.push({ dedupeKey: `stk:${stk.id}:${notice.kind}:chat:${chatId}`, chatId, payload: context.notices.payment(notice, subject, "manager") });
    }
  }
  await enqueueMessages(
    tx,
    entries.map((entry) => (languages.has(entry.chatId) ? { ...entry, language: languages.get(entry.chatId) ?? null } : entry)),
    now,
  );
}

/**
 * Money M-Pesa reported that a manager must look at (another amount, paid after a failure, paid twice)
 * goes to the audit trail with its notice: one insert, from what the caller has read already.
 */
async function auditMoney(
  tx: Tx,
  stk: LoadedRequest,
  action: Extract<AuditAction, "amount_mismatch" | "paid_after_failure" | "paid_twice">,
  payment: PaymentOfNotice,
  paid: StkPayment | null,
  now: Date,
): Promise<void> {
  await recordAudit(tx, now, {
    action,
    staffId: null,
    customerId: payment.customerId,
    sessionId: payment.sessionId,
    paymentId: stk.paymentId,
    amountKes: paid?.amount ?? stk.amountKes,
    details: { askedKes: stk.amountKes, receipt: paid?.receiptNumber ?? null, phone: stk.phone },
  });
}

async function applyInTransaction(context: ServiceContext, tx: Tx, stk: LoadedRequest, answer: StkAnswer): Promise<ApplyOutcome> {
  const now = context.now();
  const base = { resultCode: answer.resultCode, resultDesc: answer.resultDesc, resolvedAt: now, nextQueryAt: null };
  const openOnly = { id: stk.id, state: { in: [...OPEN_STATES] } };

  if (answer.status === "failed" || answer.status === "unknown") {
    const state = answer.status === "failed" ? "FAILED" : "UNKNOWN";
    if (!OPEN_STATES.some((open) => open === stk.state) || (state === "UNKNOWN" && stk.state === "UNKNOWN")) return "duplicate";
    const won = await tx.stkRequest.updateMany({ where: openOnly, data: { ...base, state } });
    if (won.count === 0) return "duplicate";
    // Only the payment's current prompt speaks for it: a late failure of an earlier prompt must not
    // fail a newer one still waiting, nor a payment already taken in cash.
    const moved = await tx.payment.updateMany({
      where: { id: stk.paymentId, currentStkRequestId: stk.id, state: { in: ["PENDING", "UNKNOWN"] } },
      data: { state },
    });
    if (moved.count === 0) return "applied";
    await notify(
      context,
      tx,
      stk,
      answer.status === "failed" ? { kind: "failed", reason: answer.reason } : { kind: "unknown", cause: "unrecognised_answer" },
      now,
    );
    return "applied";
  }

  const paid = answer.payment;
  const receipt = paid?.receiptNumber ?? null;
  const mismatch = paid !== null && paid.amount !== stk.amountKes;
  const paidData = {
    ...base,
    state: "PAID" as const,
    receipt,
    paidAmountKes: paid?.amount ?? null,
    paidPhone: paid?.phoneNumber ?? null,
    transactionAt: paid?.transactionDate ?? null,
    amountMismatch: mismatch,
  };
  // Money reported for a prompt people were already told had failed or had no answer is money all the
  // same: it is credited (or flagged as paid twice) like any other, and the news says "after all".
  // Which of the two it is, is decided by the conditional update that wins, not by the state read above
  // (which only rules out the updates for the states it has moved past).
  let afterAll = false;
  let won = mayBeWaiting(stk) ? await tx.stkRequest.updateMany({ where: { id: stk.id, state: { in: ["SENDING", "PENDING"] } }, data: paidData }) : { count: 0 };
  if (won.count === 0 && stk.state !== "PAID") {
    won = await tx.stkRequest.updateMany({ where: { id: stk.id, state: { in: ["FAILED", "UNKNOWN"] } }, data: paidData });
    afterAll = won.count > 0;
  }
  if (won.count === 0) {
    // Paid with its receipt is final: nothing left for this answer to add.
    const complete = stk.state === "PAID" && stk.receipt !== null;
    return paid === null || complete ? "duplicate" : addLateReceipt(context, tx, stk, paid, now);
  }

  if (mismatch) {
    // Not credited: the payment is held for a manager, if this prompt is the one working on it.
    await tx.payment.updateMany({
      where: { id: stk.paymentId, currentStkRequestId: stk.id, state: { in: ["PENDING", "UNKNOWN", "FAILED"] } },
      data: { state: "UNKNOWN" },
    });
    // Read here rather than by notify: the audit entry needs it too.
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: stk.paymentId }, select: PAYMENT_OF_NOTICE });
    await auditMoney(tx, stk, "amount_mismatch", payment, paid, now);
    await notify(context, tx, stk, { kind: "amount_mismatch", receipt, paidKes: paid.amount }, now, "everyone", payment);
    return "applied";
  }
  // Money received is money received: credited from any prompt, if not paid yet.
  const [credited] = await tx.payment.updateManyAndReturn({
    where: { id: stk.paymentId, state: { not: "PAID" } },
    data: {
      state: "PAID",
      method: "MPESA",
      receipt,
      paidAt: paid?.transactionDate ?? now,
      settledById: stk.requestedById,
      phone: stk.phone,
      currentStkRequestId: stk.id,
    },
    select: PAYMENT_OF_NOTICE,
  });
  if (credited === undefined) {
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: stk.paymentId }, select: { ...PAYMENT_OF_NOTICE, method: true, receipt: true } });
    // The same money, confirmed to the C2B URL before this callback came: it paid the bill once.
    if (receipt !== null && payment.receipt === receipt) return "applied";
    await auditMoney(tx, stk, "paid_twice", payment, paid, now);
    await notify(context, tx, stk, { kind: "paid_twice", receipt, earlierMethod: payment.method }, now, "everyone", payment);
    return "applied";
  }
  if (afterAll) await auditMoney(tx, stk, "paid_after_failure", credited, paid, now);
  await notify(context, tx, stk, afterAll ? { kind: "paid_after_all", receipt } : { kind: "paid", receipt }, now, "everyone", credited);
  return "applied";
}

/**
 * A paid callback for a prompt the STK query already settled as paid: the query carries no receipt,
 * amount or payer, so the callback fills them in (once: only while the receipt is still empty). No
 * second "paid" notice. The amount is checked as for any paid answer.
 */
async function addLateReceipt(context: ServiceContext, tx: Tx, stk: LoadedRequest, paid: StkPayment, now: Date): Promise<ApplyOutcome> {
  // Decided by the conditional update alone (not by the state read earlier in this transaction).
  const mismatch = paid.amount !== stk.amountKes;
  const filled = await tx.stkRequest.updateMany({
    where: { id: stk.id, state: "PAID", receipt: null },
    data: {
      receipt: paid.receiptNumber,
      paidAmountKes: paid.amount,
      paidPhone: paid.phoneNumber ?? null,
      transactionAt: paid.transactionDate ?? null,
      amountMismatch: mismatch,
    },
  });
  if (filled.count === 0) return "duplicate";
  // The payment this prompt credited (it is then the current prompt, and M-Pesa's): not a cash payment
  // or another prompt's.
  const creditedByThis = { id: stk.paymentId, state: "PAID" as const, method: "MPESA" as const, currentStkRequestId: stk.id, receipt: null };
  if (!mismatch) {
    await tx.payment.updateMany({ where: creditedByThis, data: { receipt: paid.receiptNumber } });
    return "applied";
  }
  // The amount paid is not the amount asked. Had the callback come first, the payment would not have
  // been credited; so, as then, a credit this prompt made is taken back (the payment becomes UNKNOWN,
  // to be settled by hand) and never silently: the managers get the amount-mismatch notice, and the
  // operator too, whose message still says "paid". A payment credited some other way (cash, another
  // prompt) keeps its state: the managers are told about this money all the same.
  const undone = await tx.payment.updateMany({ where: creditedByThis, data: { state: "UNKNOWN", paidAt: null } });
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: stk.paymentId }, select: PAYMENT_OF_NOTICE });
  await auditMoney(tx, stk, "amount_mismatch", payment, paid, now);
  await notify(
    context,
    tx,
    stk,
    { kind: "amount_mismatch", receipt: paid.receiptNumber, paidKes: paid.amount },
    now,
    undone.count > 0 ? "everyone" : "managers",
    payment,
  );
  return "applied";
}

/** Applies M-Pesa's answer for the prompt with this CheckoutRequestID. */
export async function applyStkAnswer(context: ServiceContext, checkoutRequestId: string, answer: StkAnswer): Promise<ApplyOutcome> {
  const outcome = await context.db.$transaction((tx) => applyStkAnswerIn(context, tx, checkoutRequestId, answer));
  context.messagesQueued();
  return outcome;
}

/** The same, inside the caller's transaction (stored callbacks are applied many to a transaction). */
export async function applyStkAnswerIn(context: ServiceContext, tx: Tx, checkoutRequestId: string, answer: StkAnswer): Promise<ApplyOutcome> {
  const stk = await loadRequest(tx, { checkoutRequestId });
  if (!stk) return "unmatched";
  return applyInTransaction(context, tx, stk, answer);
}

/**
 * Gives up on a prompt with no final answer: it becomes "unknown: check the M-Pesa statement", and
 * the operator and the managers are told. A later callback can still settle it.
 */
export async function markStkUnknown(context: ServiceContext, stkRequestId: number, cause: "no_answer" | "push_lost"): Promise<boolean> {
  return context.db.$transaction(async (tx) => {
    const stk = await loadRequest(tx, { id: stkRequestId });
    if (!stk) return false;
    const now = context.now();
    const won = await tx.stkRequest.updateMany({
      where: { id: stk.id, state: { in: ["SENDING", "PENDING"] } },
      data: { state: "UNKNOWN", resolvedAt: now, nextQueryAt: null },
    });
    if (won.count === 0) return false;
    const moved = await tx.payment.updateMany({ where: { id: stk.paymentId, currentStkRequestId: stk.id, state: "PENDING" }, data: { state: "UNKNOWN" } });
    if (moved.count > 0) await notify(context, tx, stk, { kind: "unknown", cause }, now);
    return true;
  });
}

/**
 * Tells those following a prompt (other than its sender, told at once) that Daraja refused it, or that
 * its push was lost; inside the transaction that records it.
 */
export async function tellFollowers(context: ServiceContext, tx: Tx, stkRequestId: number, notice: PaymentNotice): Promise<void> {
  const stk = await loadRequest(tx, { id: stkRequestId });
  if (stk) await notify(context, tx, stk, notice, context.now(), "followers");
}

/** How often the managers hear about the same setup problem at most. */
const SETUP_PROBLEM_NOTICE_EVERY_MS = 60 * 60 * 1000;

/**
 * Tells the managers that prompts are refused for a setup reason (the operator already sees it): at
 * most once an hour per reason, however many prompts the operators retry.
 */
export async function reportSetupProblem(context: ServiceContext, stkRequestId: number, reason: SetupProblem): Promise<void> {
  await context.db.$transaction(async (tx) => {
    const stk = await loadRequest(tx, { id: stkRequestId });
    if (!stk) return;
    const now = context.now();
    const hour = Math.floor(now.getTime() / SETUP_PROBLEM_NOTICE_EVERY_MS);
    const { subject, managerChats } = await audienceAndSubject(tx, stk, []);
    const payload = context.notices.payment({ kind: "setup_problem", reason }, subject, "manager");
    await enqueueMessages(
      tx,
      managerChats.map((chatId) => ({ dedupeKey: `setup:${reason}:${hour}:chat:${chatId}`, chatId, payload })),
      now,
    );
  });
}
