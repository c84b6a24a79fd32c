// Money paid from the M-Pesa menu (the café's paybill or till): what the counter and the managers are
// told when it settles a bill or fits none. English; part of the catalogue in en.ts (section `menu`).
import { dateTime, kes } from "./format.js";

/** A bill as these texts name it. */
interface Bill {
  reference: string;
  amountKes: number;
  customerName: string;
}

/** The money, as M-Pesa reported it. */
interface Money {
  receipt: string;
  amountKes: number;
  payerPhone: string | null;
  payerName: string | null;
  accountNumber: string | null;
  paidAt: Date;
}

type Placement = "REFERENCE" | "AMOUNT_AND_PHONE" | "STAFF" | "RECEIPT_CHECK";
type UnplacedReason = "no_bill" | "several_bills" | "reference_unknown" | "amount_differs" | "bill_paid" | "approval_pending";

/** Who paid, as far as Safaricom says: a name and a (masked) number; a hashed number says nothing to people. */
function payer(money: Money): string {
  const shownPhone = money.payerPhone && !/^[0-9a-f]{40,}$/i.test(money.payerPhone) ? money.payerPhone : null;
  const parts = [money.payerName, shownPhone].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? ` from ${parts.join(", ")}` : "";
}

const HOW: Record<Placement, string> = {
  REFERENCE: "the account number was its bill number",
  AMOUNT_AND_PHONE: "the only open bill of that amount for that phone",
  STAFF: "placed by hand",
  RECEIPT_CHECK: "the receipt was checked with M-Pesa",
};

const WHY: Record<UnplacedReason, (bill: Bill | null) => string> = {
  no_bill: () => "No open bill of that amount fits the payer's phone.",
  several_bills: () => "More than one open bill has that amount: pick the right one.",
  reference_unknown: () => "The account number typed is no bill's number.",
  amount_differs: (bill) =>
    bill
      ? `The account number is bill ${bill.reference} (${bill.customerName}), but that bill is ${kes(bill.amountKes)}.`
      : "The amount differs from the bill's.",
  bill_paid: (bill) =>
    bill ? `The account number is bill ${bill.reference} (${bill.customerName}), which was already paid: paid twice?` : "Its bill was already paid.",
  approval_pending: (bill) =>
    bill ? `The account number is bill ${bill.reference} (${bill.customerName}), whose lower amount waits for a manager.` : "Its bill waits for a manager.",
};

export const menuPaymentTexts = {
  placed: (placed: { money: Money; bill: Bill; placement: Placement }, timeZone: string) =>
    `✅ Paid from the M-Pesa menu: ${kes(placed.money.amountKes)} for ${placed.bill.customerName}, bill ${placed.bill.reference}${payer(placed.money)}, receipt ${placed.money.receipt}, at ${dateTime(placed.money.paidAt, timeZone)} (${HOW[placed.placement]}).`,
  unplaced: (unplaced: { money: Money; reason: UnplacedReason; bill: Bill | null }, timeZone: string) =>
    [
      `💰 ${kes(unplaced.money.amountKes)} paid from the M-Pesa menu${payer(unplaced.money)}, receipt ${unplaced.money.receipt}, at ${dateTime(unplaced.money.paidAt, timeZone)}${unplaced.money.accountNumber ? `, account “${unplaced.money.accountNumber}”` : ""}.`,
      WHY[unplaced.reason](unplaced.bill),
      "Open /unplaced to put it on a bill.",
    ].join("\n"),
};
