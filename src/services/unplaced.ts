// The "to place" list (/unplaced): money paid from the M-Pesa menu that is on no bill and was not set
// aside, the owed bills a staff member may put it on, and the two ways off the list: placed on a bill
// by a staff member (placeMenuPayment, which settles the bill only for its exact amount), or set aside
// by a manager with a note (a refund, money for another business).
import { billReference, parseBillReference } from "../domain/bill-reference.js";
import { fullName } from "../domain/names.js";
import type { MenuPayment } from "../generated/prisma/client.js";
import { recordAudit } from "./audit.js";
import type { ServiceContext } from "./context.js";
import { billNamed, menuMoney, placeMenuPayment, UNPLACED_REASONS, type PlaceResult } from "./menu-payments.js";
import type { BillOfNotice, MenuMoney, UnplacedReason } from "./notices.js";

/** How many the list and the bill choices show at most (newest first): a counter has a handful. */
const SHOWN = 20;

export interface UnplacedMenuPayment {
  id: number;
  money: MenuMoney;
  /** Why it was not placed on arrival; null when it came another way (a receipt check) and was not. */
  reason: UnplacedReason | null;
}

/** Where a menu payment stands, for its placing screen. */
export type MenuPaymentStanding =
  | { state: "not_found" }
  | { state: "placed"; money: MenuMoney; bill: BillOfNotice }
  | { state: "set_aside"; money: MenuMoney; by: string | null }
  | { state: "to_place"; payment: UnplacedMenuPayment };

function unplacedOf(row: MenuPayment): UnplacedMenuPayment {
  const reason = UNPLACED_REASONS.find((known) => known === row.unplacedReason) ?? null;
  return { id: row.id, money: menuMoney(row), reason };
}

/** The menu payments on no bill and not set aside, newest first. */
export async function unplacedMenuPayments(context: ServiceContext): Promise<UnplacedMenuPayment[]> {
  const rows = await context.db.menuPayment.findMany({ where: { paymentId: null, setAsideAt: null }, orderBy: { id: "desc" }, take: SHOWN });
  return rows.map(unplacedOf);
}

/** A menu payment as its placing screen shows it. */
export async function menuPaymentStanding(context: ServiceContext, menuPaymentId: number): Promise<MenuPaymentStanding> {
  const row = await context.db.menuPayment.findUnique({
    where: { id: menuPaymentId },
    include: { payment: { include: { customer: { select: { firstName: true, lastName: true } } } }, setAsideBy: { select: { name: true } } },
  });
  if (!row) return { state: "not_found" };
  const money = menuMoney(row);
  if (row.payment) return { state: "placed", money, bill: billOf(row.payment) };
  if (row.setAsideAt) return { state: "set_aside", money, by: row.setAsideBy?.name ?? null };
  return { state: "to_place", payment: unplacedOf(row) };
}

function billOf(bill: { id: number; sessionId: number | null; amountKes: number; customer: { firstName: string; lastName: string } }): BillOfNotice {
  return { paymentId: bill.id, reference: billReference(bill), amountKes: bill.amountKes, customerName: fullName(bill.customer), sessionId: bill.sessionId };
}

/** The owed bill a typed account number names (S12, P5); null when it names none, or one not owed. */
export async function owedBillNamed({ db }: ServiceContext, typed: string): Promise<BillOfNotice | null> {
  const reference = parseBillReference(typed);
  if (!reference) return null;
  const bill = await db.payment.findFirst({
    where: { ...billNamed(reference), state: { not: "PAID" }, pendingAdjustmentId: null },
    include: { customer: { select: { firstName: true, lastName: true } } },
  });
  return bill ? billOf(bill) : null;
}

/** Owed bills (not paid, no lower amount waiting for a manager), newest first: of `amountKes` only, or all. */
export async function owedBills({ db }: ServiceContext, amountKes: number | null): Promise<BillOfNotice[]> {
  const bills = await db.payment.findMany({
    where: { state: { not: "PAID" }, pendingAdjustmentId: null, ...(amountKes === null ? {} : { amountKes }) },
    orderBy: { id: "desc" },
    take: SHOWN,
    include: { customer: { select: { firstName: true, lastName: true } } },
  });
  return bills.map(billOf);
}

/** A staff member puts a menu payment on a bill (refused, changing nothing, as placeMenuPayment says). */
export async function placeByStaff(context: ServiceContext, menuPaymentId: number, paymentId: number, staffId: number): Promise<PlaceResult> {
  const result = await context.db.$transaction((tx) => placeMenuPayment(context, tx, menuPaymentId, paymentId, { placement: "STAFF", staffId }));
  if (result.ok) context.messagesQueued();
  return result;
}

/** A manager takes a menu payment off the list, with a note; false when it is on a bill or set aside already. */
export async function setAsideMenuPayment(context: ServiceContext, menuPaymentId: number, staffId: number, note: string): Promise<boolean> {
  const now = context.now();
  return context.db.$transaction(async (tx) => {
    const marked = await tx.menuPayment.updateMany({
      where: { id: menuPaymentId, paymentId: null, setAsideAt: null },
      data: { setAsideAt: now, setAsideById: staffId },
    });
    if (marked.count === 0) return false;
    const row = await tx.menuPayment.findUniqueOrThrow({ where: { id: menuPaymentId } });
    await recordAudit(tx, now, { action: "menu_payment_set_aside", staffId, amountKes: row.amountKes, details: { receipt: row.receipt, note } });
    return true;
  });
}
