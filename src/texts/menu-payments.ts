// Money paid from the M-Pesa menu (the café's paybill or till): what the counter and the managers are
// told when it settles a bill or fits none, the "to place" list (/unplaced), and how a customer pays
// from the menu. English; part of the catalogue in en.ts (section `menu`).
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
  return parts.length > 0 ? ` by ${parts.join(", ")}` : "";
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

/** The money in one line: amount, payer, receipt, time, account typed. */
function moneyLine(money: Money, timeZone: string): string {
  return `${kes(money.amountKes)}${payer(money)}, receipt ${money.receipt}, at ${dateTime(money.paidAt, timeZone)}${money.accountNumber ? `, account “${money.accountNumber}”` : ""}`;
}

/** Why a staff member could not put the money on the bill they tapped. */
type Refusal = "menu_payment_placed" | "menu_payment_set_aside" | "bill_not_found" | "bill_paid" | "amount_differs" | "approval_pending";

/** What the customer does to pay a bill from the M-Pesa menu. */
interface PayFromMenu {
  kind: "paybill" | "till";
  shortCode: string;
  reference: string;
  amountKes: number;
  customerName: string;
}

function payFromMenuSteps(how: PayFromMenu): string {
  return how.kind === "paybill"
    ? [
        `📲 ${how.customerName} pays ${kes(how.amountKes)} from the M-Pesa menu:`,
        "Lipa na M-Pesa → Pay Bill",
        `Business number: ${how.shortCode}`,
        `Account number: ${how.reference}`,
        `Amount: ${how.amountKes}`,
        "The bill settles itself when the money arrives; this message then says so.",
      ].join("\n")
    : [
        `📲 ${how.customerName} pays ${kes(how.amountKes)} from the M-Pesa menu:`,
        "Lipa na M-Pesa → Buy Goods and Services",
        `Till number: ${how.shortCode}`,
        `Amount: ${how.amountKes}`,
        "A till has no account number: the bill settles itself when exactly this amount arrives from the customer's phone and no other open bill of that amount fits it; otherwise it waits in /unplaced. This message says so when it is paid.",
      ].join("\n");
}

export const menuPaymentTexts = {
  placed: (placed: { money: Money; bill: Bill; placement: Placement }, timeZone: string) =>
    `✅ Paid from the M-Pesa menu: ${kes(placed.money.amountKes)} for ${placed.bill.customerName} (bill ${placed.bill.reference}), paid${payer(placed.money)}, receipt ${placed.money.receipt}, at ${dateTime(placed.money.paidAt, timeZone)} (${HOW[placed.placement]}).`,
  unplaced: (unplaced: { money: Money; reason: UnplacedReason; bill: Bill | null }, timeZone: string) =>
    [
      `💰 ${kes(unplaced.money.amountKes)} paid from the M-Pesa menu${payer(unplaced.money)}, receipt ${unplaced.money.receipt}, at ${dateTime(unplaced.money.paidAt, timeZone)}${unplaced.money.accountNumber ? `, account “${unplaced.money.accountNumber}”` : ""}.`,
      WHY[unplaced.reason](unplaced.bill),
      "Put it on a bill with the button below, or later from /unplaced.",
    ].join("\n"),
  /** Under the unplaced notice and in /unplaced: opens the placing screen. */
  placeButton: "📌 Put it on a bill",
  list: {
    empty: "✅ Nothing to place: every payment from the M-Pesa menu is on a bill (or set aside).",
    header: "💰 Paid from the M-Pesa menu, on no bill yet (newest first):",
    item: (item: { money: Money; reason: UnplacedReason | null }, timeZone: string) =>
      `• ${moneyLine(item.money, timeZone)}${item.reason ? `\n  ${WHY[item.reason](null)}` : ""}`,
    hint: "Tap one to put it on a bill.",
    button: (money: Money) => `${kes(money.amountKes)} · ${money.receipt}`,
  },
  place: {
    screen: (money: Money, reason: UnplacedReason | null, timeZone: string) =>
      [`💰 ${moneyLine(money, timeZone)}.`, ...(reason ? [WHY[reason](null)] : [])].join("\n"),
    pickBill: (amountKes: number) => `Tap the bill of ${kes(amountKes)} it pays:`,
    noBillOfAmount: (amountKes: number) => `No owed bill is of ${kes(amountKes)}. A bill is settled only by its exact amount: see all owed bills below.`,
    pickAnyBill: "All owed bills (only one of the same amount can take it):",
    noBill: "Nothing is owed.",
    billButton: (bill: Bill) => `${bill.reference} · ${bill.customerName} · ${kes(bill.amountKes)}`,
    allBillsButton: "📋 All owed bills",
    sameAmountButton: "🔙 Bills of that amount",
    setAsideButton: "🗄 Set aside",
    placed: (money: Money, bill: Bill) => `✅ ${kes(money.amountKes)} (receipt ${money.receipt}) put on bill ${bill.reference} of ${bill.customerName}: paid.`,
    refused: (reason: Refusal, money: Money, bill: Bill | null) => {
      switch (reason) {
        case "menu_payment_placed":
          return bill ? `It is on bill ${bill.reference} of ${bill.customerName} already.` : "It is on a bill already.";
        case "menu_payment_set_aside":
          return "A manager set it aside (given back, or not for a bill here): it pays no bill.";
        case "bill_not_found":
          return "That bill is gone.";
        case "bill_paid":
          return bill ? `Bill ${bill.reference} of ${bill.customerName} is paid already: pick another.` : "That bill is paid already.";
        case "amount_differs":
          return bill
            ? `❌ Bill ${bill.reference} is ${kes(bill.amountKes)}, the payment ${kes(money.amountKes)}: a bill takes only its exact amount. Paid less? ✂️ Lower the bill first. Not for a bill? A manager sets it aside.`
            : "❌ Not placed: the amounts differ.";
        case "approval_pending":
          return bill
            ? `Bill ${bill.reference} waits for a manager to answer a lower amount: place it once that is decided.`
            : "That bill waits for a manager.";
      }
    },
    alreadyPlaced: (money: Money, bill: Bill) => `✅ ${kes(money.amountKes)} (receipt ${money.receipt}) is on bill ${bill.reference} of ${bill.customerName}.`,
    alreadySetAside: (money: Money, by: string | null) => `🗄 ${kes(money.amountKes)} (receipt ${money.receipt}) was set aside${by ? ` by ${by}` : ""}.`,
    notFound: "That payment is not recorded here.",
    askNote: (money: Money) => `Why set aside ${kes(money.amountKes)} (receipt ${money.receipt})? A few words (a refund, another business…).`,
    setAside: (money: Money) => `🗄 ${kes(money.amountKes)} (receipt ${money.receipt}) set aside: it left /unplaced.`,
  },
  /** Under a prompt that failed: how the customer pays from the M-Pesa menu instead. */
  payFromMenuButton: "📲 Pay from the M-Pesa menu",
  payFromMenu: (how: PayFromMenu) =>
    [
      payFromMenuSteps(how),
      "If the customer's M-Pesa already shows this money sent (the prompt may have gone through), do not pay again: tap 🧾 Check a receipt.",
    ].join("\n"),
};
