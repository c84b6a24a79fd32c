// Money paid from the M-Pesa menu (C2B: the café's paybill or till), recorded once per M-Pesa receipt
// however many times it is reported, and placed on at most one bill. A bill is settled by a menu payment
// only when nothing else paid it and the amounts are equal; money that fits no bill waits on the "to
// place" list (/unplaced) with the reason. Everyone concerned is told in the transaction that decides.
import type { Tx } from "../db/client.js";
import { billReference, type BillReference } from "../domain/bill-reference.js";
import { fullName } from "../domain/names.js";
import type { MenuPayment, MenuPaymentPlacement } from "../generated/prisma/client.js";
import { recordAudit } from "./audit.js";
import type { ServiceContext } from "./context.js";
import type { BillOfNotice, MenuMoney, UnplacedReason } from "./notices.js";
import { editing, enqueueMessages, type OutboxEntry } from "./outbox.js";
import { promptsSimulated } from "./prompts.js";

/** A menu payment as M-Pesa reported it (a confirmation, or a Transaction Status result). */
export interface MenuPaymentFields {
  receipt: string;
  amountKes: number;
  transactionType: string;
  shortCode: string;
  accountNumber: string | null;
  payerPhone: string | null;
  payerName: string | null;
  paidAt: Date;
}

/**
 * Records a menu payment once per receipt, in the caller's transaction: `created` is false when the
 * receipt was recorded already (a repeated confirmation), and the row is then the first one.
 */
export async function recordMenuPayment(context: ServiceContext, tx: Tx, fields: MenuPaymentFields): Promise<{ menuPayment: MenuPayment; created: boolean }> {
  // One statement, so that two deliveries of one receipt racing on two instances insert one row.
  const inserted = await tx.$queryRaw<{ id: number | bigint }[]>`
    INSERT INTO "MenuPayment" ("receipt", "amountKes", "transactionType", "shortCode", "accountNumber", "payerPhone", "payerName", "paidAt", "simulated", "createdAt")
    VALUES (${fields.receipt}, ${fields.amountKes}, ${fields.transactionType}, ${fields.shortCode}, ${fields.accountNumber}, ${fields.payerPhone}, ${fields.payerName}, ${fields.paidAt}, ${promptsSimulated(context)}, ${context.now()})
    ON CONFLICT ("receipt") DO NOTHING RETURNING "id"`;
  const menuPayment = await tx.menuPayment.findUniqueOrThrow({ where: { receipt: fields.receipt } });
  return { menuPayment, created: inserted.length > 0 };
}

/** Where a bill's reference points: a session's charge, or a payment by its own id. */
export function billNamed(reference: BillReference): { sessionId: number } | { id: number } {
  return reference.kind === "session" ? { sessionId: reference.sessionId } : { id: reference.paymentId };
}

/** A bill as the notices name it; null when there is none. */
export async function billOfPayment(tx: Tx, paymentId: number): Promise<BillOfNotice | null> {
  const bill = await readBill(tx, paymentId);
  return bill ? billOfNotice(bill) : null;
}

/** How a menu payment is being placed: on its own (by its account number, or amount and phone), or by a staff member. */
export type Placement =
  | { placement: Extract<MenuPaymentPlacement, "REFERENCE" | "AMOUNT_AND_PHONE">; staffId: null }
  | { placement: Extract<MenuPaymentPlacement, "STAFF" | "RECEIPT_CHECK">; staffId: number };

type PlaceRefusal =
  /** The menu payment is on a bill already (this one, or another); or its receipt is the money a prompt brought for that bill. */
  | { ok: false; reason: "menu_payment_placed"; bill: BillOfNotice }
  /** A manager set it aside (refunded, not for a bill here): it pays no bill. */
  | { ok: false; reason: "menu_payment_set_aside" }
  | { ok: false; reason: "bill_not_found" }
  | { ok: false; reason: "bill_paid"; bill: BillOfNotice }
  | { ok: false; reason: "amount_differs"; bill: BillOfNotice }
  /** A lower amount waits for a manager: which amount is owed is not decided. */
  | { ok: false; reason: "approval_pending"; bill: BillOfNotice };

export type PlaceResult = { ok: true; bill: BillOfNotice } | PlaceRefusal;

const BILL_SELECT = {
  id: true,
  sessionId: true,
  amountKes: true,
  state: true,
  pendingAdjustmentId: true,
  recordedById: true,
  currentStkRequestId: true,
  customerId: true,
  customer: { select: { firstName: true, lastName: true } },
} as const;

async function readBill(tx: Tx, paymentId: number) {
  return tx.payment.findUnique({ where: { id: paymentId }, select: BILL_SELECT });
}
type Bill = NonNullable<Awaited<ReturnType<typeof readBill>>>;

function billOfNotice(bill: Bill): BillOfNotice {
  return { paymentId: bill.id, reference: billReference(bill), amountKes: bill.amountKes, customerName: fullName(bill.customer), sessionId: bill.sessionId };
}

export function menuMoney(menuPayment: MenuPayment): MenuMoney {
  return {
    receipt: menuPayment.receipt,
    amountKes: menuPayment.amountKes,
    payerPhone: menuPayment.payerPhone,
    payerName: menuPayment.payerName,
    accountNumber: menuPayment.accountNumber,
    paidAt: menuPayment.paidAt,
    simulated: menuPayment.simulated,
  };
}

/**
 * Places a menu payment on a bill, in the caller's transaction: the bill becomes PAID by M-Pesa with
 * the menu payment's receipt, and the menu payment names it. Refused, changing nothing, when the menu
 * payment is on a bill already, or the bill is paid, of another amount, or waiting for a manager.
 *
 * The menu payment's row is taken first, then the bill's (a conditional update each, so that under
 * PostgreSQL's READ COMMITTED two placements of one menu payment, or of two on one bill, wait for each
 * other and the second sees the first's result). No path takes them in the other order.
 */
export async function placeMenuPayment(context: ServiceContext, tx: Tx, menuPaymentId: number, paymentId: number, how: Placement): Promise<PlaceResult> {
  const now = context.now();
  const unplaced = await tx.menuPayment.updateMany({ where: { id: menuPaymentId, paymentId: null, setAsideAt: null }, data: { paymentId: null } });
  const menuPayment = await tx.menuPayment.findUniqueOrThrow({ where: { id: menuPaymentId } });
  if (unplaced.count === 0) {
    const placedOn = menuPayment.paymentId === null ? null : await readBill(tx, menuPayment.paymentId);
    if (placedOn) return { ok: false, reason: "menu_payment_placed", bill: billOfNotice(placedOn) };
    if (menuPayment.setAsideAt !== null) return { ok: false, reason: "menu_payment_set_aside" };
  }
  const promptBill = await linkPromptMoney(context, tx, menuPayment);
  if (promptBill) return { ok: false, reason: "menu_payment_placed", bill: promptBill };
  const bill = await readBill(tx, paymentId);
  if (!bill) return { ok: false, reason: "bill_not_found" };
  // M-Pesa's money paid the bill: counted for whoever is to account for it (the staff member who placed
  // it, else the sender of the bill's prompt, else who recorded the bill), as a paid prompt is.
  const currentPrompt =
    bill.currentStkRequestId === null
      ? null
      : await tx.stkRequest.findUnique({
          where: { id: bill.currentStkRequestId },
          select: { id: true, requestedById: true, state: true, chatId: true, messageId: true },
        });
  const settledById = how.staffId ?? currentPrompt?.requestedById ?? bill.recordedById;
  const credited = await tx.payment.updateMany({
    where: { id: paymentId, state: { not: "PAID" }, amountKes: menuPayment.amountKes, pendingAdjustmentId: null },
    data: { state: "PAID", method: "MPESA", receipt: menuPayment.receipt, paidAt: menuPayment.paidAt, settledById },
  });
  if (credited.count === 0) {
    const current = await readBill(tx, paymentId);
    if (!current) return { ok: false, reason: "bill_not_found" };
    const reason = current.state === "PAID" ? "bill_paid" : current.pendingAdjustmentId !== null ? "approval_pending" : "amount_differs";
    return { ok: false, reason, bill: billOfNotice(current) };
  }
  await tx.menuPayment.update({
    where: { id: menuPaymentId },
    data: { paymentId, placement: how.placement, placedById: how.staffId, placedAt: now, unplacedReason: null },
  });
  await recordAudit(tx, now, {
    action: "menu_payment_placed",
    staffId: how.staffId,
    customerId: bill.customerId,
    sessionId: bill.sessionId,
    paymentId,
    amountKes: menuPayment.amountKes,
    details: { receipt: menuPayment.receipt, placement: how.placement, reference: billReference(bill) },
  });

  // Told: whoever waits on the bill's prompt (its message is edited: its buttons would ask again), else
  // who recorded the bill; and the managers. Not the staff member who placed it: the bot answers them.
  // The other messages showing the prompt (people who followed it, or were shown how to pay from the
  // menu) are edited too, whoever's they are (active staff only); their owners get no second message.
  const staff = await tx.staff.findMany({
    where: { active: true, OR: [{ role: "MANAGER" }, { id: currentPrompt?.requestedById ?? bill.recordedById }] },
    select: { id: true, telegramId: true, role: true },
  });
  const money = menuMoney(menuPayment);
  const billNotice = billOfNotice(bill);
  const entries: OutboxEntry[] = [];
  const operatorId = currentPrompt?.requestedById ?? bill.recordedById;
  const promptShown = currentPrompt !== null && currentPrompt.state !== "PAID" && currentPrompt.chatId !== null && currentPrompt.messageId !== null;
  const activeChats = promptShown
    ? (await tx.staff.findMany({ where: { active: true }, select: { telegramId: true } })).map((person) => person.telegramId)
    : [];
  const followed = promptShown
    ? await tx.promptMessage.findMany({
        where: { stkRequestId: currentPrompt.id, chatId: { in: activeChats } },
        select: { chatId: true, messageId: true },
        orderBy: { id: "asc" },
      })
    : [];
  const operatorPayload = context.notices.menuPaymentPlaced({ money, bill: billNotice, placement: how.placement }, "operator");
  for (const message of followed) {
    const chatId = Number(message.chatId);
    entries.push({
      dedupeKey: `menu:${menuPaymentId}:placed:chat:${chatId}:message:${message.messageId}`,
      chatId,
      payload: editing(operatorPayload, message.messageId),
    });
  }
  const edited = new Set(followed.map((message) => message.chatId));
  for (const person of staff) {
    if (person.id === how.staffId) continue;
    const chatId = Number(person.telegramId);
    const audience = person.id === operatorId ? "operator" : "manager";
    const editsPrompt = audience === "operator" && promptShown && currentPrompt.chatId === person.telegramId;
    if (!editsPrompt && edited.has(person.telegramId)) continue;
    const payload = context.notices.menuPaymentPlaced({ money, bill: billNotice, placement: how.placement }, audience);
    entries.push({
      dedupeKey: `menu:${menuPaymentId}:placed:chat:${chatId}`,
      chatId,
      payload: editsPrompt ? editing(payload, currentPrompt.messageId) : payload,
    });
  }
  await enqueueMessages(tx, entries, now);
  return { ok: true, bill: billNotice };
}

/**
 * Money a prompt already brought in, reported again as a confirmation (Safaricom also confirms a
 * paybill prompt's payment to the C2B URL, under the same receipt): the menu payment is linked to the
 * bill the prompt paid, quietly, and never counted or listed a second time. Returns that bill; null
 * when no prompt has this receipt. A prompt's money that credited no bill (another amount, or paid
 * twice) was told to the managers by the prompt's path: the menu payment is set aside for it.
 */
export async function linkPromptMoney(context: ServiceContext, tx: Tx, menuPayment: MenuPayment): Promise<BillOfNotice | null> {
  const prompt = await tx.stkRequest.findFirst({ where: { receipt: menuPayment.receipt }, select: { paymentId: true } });
  if (!prompt) return null;
  const bill = await readBill(tx, prompt.paymentId);
  if (!bill) return null;
  const paidByIt = await tx.payment.count({ where: { id: prompt.paymentId, receipt: menuPayment.receipt } });
  if (paidByIt > 0) {
    await tx.menuPayment.updateMany({
      where: { id: menuPayment.id, paymentId: null },
      data: { paymentId: prompt.paymentId, placedAt: context.now(), unplacedReason: null },
    });
  } else {
    await tx.menuPayment.updateMany({ where: { id: menuPayment.id, paymentId: null, setAsideAt: null }, data: { setAsideAt: context.now() } });
  }
  return billOfNotice(bill);
}

/** Why a menu payment was not placed on arrival. */
export const UNPLACED_REASONS = [
  "no_bill",
  "several_bills",
  "reference_unknown",
  "amount_differs",
  "bill_paid",
  "approval_pending",
] as const satisfies readonly UnplacedReason[];

/**
 * Puts a menu payment on the "to place" list with its reason, and tells every active staff member
 * (the counter may be waiting for it), once.
 */
export async function leaveUnplaced(
  context: ServiceContext,
  tx: Tx,
  menuPayment: MenuPayment,
  reason: UnplacedReason,
  bill: BillOfNotice | null,
): Promise<void> {
  const now = context.now();
  const marked = await tx.menuPayment.updateMany({ where: { id: menuPayment.id, paymentId: null, unplacedReason: null }, data: { unplacedReason: reason } });
  if (marked.count === 0) return;
  await recordAudit(tx, now, {
    action: "menu_payment_unplaced",
    staffId: null,
    paymentId: bill?.paymentId ?? null,
    amountKes: menuPayment.amountKes,
    details: { receipt: menuPayment.receipt, reason, account: menuPayment.accountNumber, phone: menuPayment.payerPhone },
  });
  const staff = await tx.staff.findMany({ where: { active: true }, select: { telegramId: true } });
  const payload = context.notices.menuPaymentUnplaced({ menuPaymentId: menuPayment.id, money: menuMoney(menuPayment), reason, bill });
  await enqueueMessages(
    tx,
    staff.map((person) => ({ dedupeKey: `menu:${menuPayment.id}:unplaced:chat:${person.telegramId}`, chatId: Number(person.telegramId), payload })),
    now,
  );
}
