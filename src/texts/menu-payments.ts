// Money paid from the M-Pesa menu (the café's paybill or till): what the counter and the managers are
// told when it settles a bill or fits none, the "to place" list (/unplaced), and how a customer pays
// from the menu. Renders the `## menu-payments` messages of locales/*.ftl; section `menu` of the
// catalogue (catalogue.ts).
import { dateTime, kes } from "./format.js";
import { t } from "./i18n.js";

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

/**
 * What the messages say about the money: its amount, receipt and time, and the optional parts already
 * rendered (empty when unknown). The account is whatever the customer typed, so no placeholder value
 * could stand for "none" in a selector: the optional parts are messages of their own.
 */
function moneyArgs(money: Money, timeZone: string) {
  return {
    amount: kes(money.amountKes),
    paidBy: paidBy(money),
    receipt: money.receipt,
    time: dateTime(money.paidAt, timeZone),
    account: money.accountNumber ? t("menu-payments-account-typed", { account: money.accountNumber }) : "",
  };
}

/** Who paid, as far as Safaricom says: a name and a (masked) number; a hashed number says nothing to people. */
function paidBy(money: Money): string {
  const shownPhone = money.payerPhone && !/^[0-9a-f]{40,}$/i.test(money.payerPhone) ? money.payerPhone : null;
  const parts = [money.payerName, shownPhone].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? t("menu-payments-paid-by", { payer: parts.join(", ") }) : "";
}

const billArgs = (bill: Bill) => ({ reference: bill.reference, customer: bill.customerName, billAmount: kes(bill.amountKes) });

const WHY: Record<UnplacedReason, (bill: Bill | null) => string> = {
  no_bill: () => t("menu-payments-why-no-bill"),
  several_bills: () => t("menu-payments-why-several-bills"),
  reference_unknown: () => t("menu-payments-why-reference-unknown"),
  amount_differs: (bill) => (bill ? t("menu-payments-why-amount-differs-bill", billArgs(bill)) : t("menu-payments-why-amount-differs")),
  bill_paid: (bill) => (bill ? t("menu-payments-why-bill-paid-bill", billArgs(bill)) : t("menu-payments-why-bill-paid")),
  approval_pending: (bill) => (bill ? t("menu-payments-why-approval-pending-bill", billArgs(bill)) : t("menu-payments-why-approval-pending")),
};

/** The money in one line: amount, payer, receipt, time, account typed. */
const moneyLine = (money: Money, timeZone: string): string => t("menu-payments-money-line", moneyArgs(money, timeZone));

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

export const menuPaymentTexts = {
  placed: (placed: { money: Money; bill: Bill; placement: Placement }, timeZone: string) =>
    t("menu-payments-placed", { ...moneyArgs(placed.money, timeZone), ...billArgs(placed.bill), placement: placed.placement }),
  unplaced: (unplaced: { money: Money; reason: UnplacedReason; bill: Bill | null }, timeZone: string) =>
    t("menu-payments-unplaced", { ...moneyArgs(unplaced.money, timeZone), why: WHY[unplaced.reason](unplaced.bill) }),
  /** Under the unplaced notice and in /unplaced: opens the placing screen. */
  get placeButton() {
    return t("menu-payments-place-button");
  },
  list: {
    get empty() {
      return t("menu-payments-list-empty");
    },
    get header() {
      return t("menu-payments-list-header");
    },
    item: (item: { money: Money; reason: UnplacedReason | null }, timeZone: string) =>
      `• ${moneyLine(item.money, timeZone)}${item.reason ? `\n  ${WHY[item.reason](null)}` : ""}`,
    get hint() {
      return t("menu-payments-list-hint");
    },
    button: (money: Money) => `${kes(money.amountKes)} · ${money.receipt}`,
  },
  place: {
    screen: (money: Money, reason: UnplacedReason | null, timeZone: string) =>
      [`💰 ${moneyLine(money, timeZone)}.`, ...(reason ? [WHY[reason](null)] : [])].join("\n"),
    pickBill: (amountKes: number) => t("menu-payments-pick-bill", { amount: kes(amountKes) }),
    noBillOfAmount: (amountKes: number) => t("menu-payments-no-bill-of-amount", { amount: kes(amountKes) }),
    get pickAnyBill() {
      return t("menu-payments-pick-any-bill");
    },
    get noBill() {
      return t("menu-payments-no-bill");
    },
    billButton: (bill: Bill) => `${bill.reference} · ${bill.customerName} · ${kes(bill.amountKes)}`,
    get allBillsButton() {
      return t("menu-payments-all-bills-button");
    },
    get sameAmountButton() {
      return t("menu-payments-same-amount-button");
    },
    get setAsideButton() {
      return t("menu-payments-set-aside-button");
    },
    placed: (money: Money, bill: Bill) => t("menu-payments-put-on-bill", { amount: kes(money.amountKes), receipt: money.receipt, ...billArgs(bill) }),
    refused: (reason: Refusal, money: Money, bill: Bill | null) => {
      switch (reason) {
        case "menu_payment_placed":
          return bill ? t("menu-payments-refused-placed-bill", billArgs(bill)) : t("menu-payments-refused-placed");
        case "menu_payment_set_aside":
          return t("menu-payments-refused-set-aside");
        case "bill_not_found":
          return t("menu-payments-refused-bill-not-found");
        case "bill_paid":
          return bill ? t("menu-payments-refused-bill-paid-bill", billArgs(bill)) : t("menu-payments-refused-bill-paid");
        case "amount_differs":
          return bill
            ? t("menu-payments-refused-amount-differs-bill", { ...billArgs(bill), amount: kes(money.amountKes) })
            : t("menu-payments-refused-amount-differs");
        case "approval_pending":
          return bill ? t("menu-payments-refused-approval-pending-bill", billArgs(bill)) : t("menu-payments-refused-approval-pending");
      }
    },
    alreadyPlaced: (money: Money, bill: Bill) => t("menu-payments-already-placed", { amount: kes(money.amountKes), receipt: money.receipt, ...billArgs(bill) }),
    alreadySetAside: (money: Money, by: string | null) =>
      by
        ? t("menu-payments-already-set-aside-by", { amount: kes(money.amountKes), receipt: money.receipt, by })
        : t("menu-payments-already-set-aside", { amount: kes(money.amountKes), receipt: money.receipt }),
    get notFound() {
      return t("menu-payments-not-found");
    },
    askNote: (money: Money) => t("menu-payments-ask-note", { amount: kes(money.amountKes), receipt: money.receipt }),
    setAside: (money: Money) => t("menu-payments-set-aside", { amount: kes(money.amountKes), receipt: money.receipt }),
  },
  /** Under a prompt that failed: how the customer pays from the M-Pesa menu instead. */
  get payFromMenuButton() {
    return t("menu-payments-pay-from-menu-button");
  },
  payFromMenu: (how: PayFromMenu) => {
    // What the customer types into the menu: digits only, never grouped.
    const args = { customer: how.customerName, amount: kes(how.amountKes), shortCode: how.shortCode, amountToType: String(how.amountKes) };
    return [
      how.kind === "paybill" ? t("menu-payments-pay-from-menu-paybill", { ...args, reference: how.reference }) : t("menu-payments-pay-from-menu-till", args),
      t("menu-payments-pay-from-menu-already-sent"),
    ].join("\n");
  },
};
