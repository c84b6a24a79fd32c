// Checking the receipt a customer shows: the question, and every answer the operator can get, short
// enough for a phone. Renders the `## receipt-checks` messages of locales/*.ftl; section `receipts` of
// the catalogue (catalogue.ts).
import type { MpesaErrorReason } from "../mpesa/errors.js";
import { kes } from "./format.js";
import { t } from "./i18n.js";
import { mpesaTexts } from "./mpesa.js";

/** A bill as these texts name it. */
interface Bill {
  reference: string;
  amountKes: number;
  customerName: string;
}

/** Every outcome of a check (src/services/receipt-checks.ts ReceiptCheckOutcome). */
type Outcome =
  | { kind: "settled"; receipt: string; bill: Bill; confirmed: boolean }
  | { kind: "used"; receipt: string; bill: Bill }
  | {
      kind: "refused";
      receipt: string;
      reason: "amount_differs" | "bill_paid" | "approval_pending" | "bill_not_found" | "menu_payment_set_aside";
      amountKes: number;
      bill: Bill | null;
    }
  | { kind: "asking"; receipt: string; bill: Bill | null }
  | { kind: "already_asking"; receipt: string; bill: Bill | null }
  | { kind: "not_received"; receipt: string }
  | { kind: "not_found"; receipt: string }
  | { kind: "not_ours"; receipt: string; transactionStatus: string; shortCode: string | null }
  | { kind: "failed"; receipt: string; cause: MpesaErrorReason | "no_answer" };

/** The receipt and, when there is one, the bill it is checked for. */
const withBill = (receipt: string, bill: Bill) => ({ receipt, reference: bill.reference, customer: bill.customerName, billAmount: kes(bill.amountKes) });

function refused(outcome: Extract<Outcome, { kind: "refused" }>): string {
  const { receipt, bill } = outcome;
  const amount = kes(outcome.amountKes);
  switch (outcome.reason) {
    case "amount_differs":
      return bill ? t("receipt-checks-amount-differs-bill", { ...withBill(receipt, bill), amount }) : t("receipt-checks-amount-differs", { receipt, amount });
    case "bill_paid":
      return bill ? t("receipt-checks-bill-paid-bill", { ...withBill(receipt, bill), amount }) : t("receipt-checks-bill-paid", { receipt, amount });
    case "approval_pending":
      return bill
        ? t("receipt-checks-approval-pending-bill", { ...withBill(receipt, bill), amount })
        : t("receipt-checks-approval-pending", { receipt, amount });
    case "bill_not_found":
      return t("receipt-checks-bill-not-found", { receipt, amount });
    case "menu_payment_set_aside":
      return t("receipt-checks-set-aside", { receipt, amount });
  }
}

export const receiptTexts = {
  get button() {
    return t("receipt-checks-button");
  },
  get ask() {
    return t("receipt-checks-ask");
  },
  get noReceipt() {
    return t("receipt-checks-no-receipt");
  },
  /** What a check looks like while it runs. */
  checking: (receipt: string) => t("receipt-checks-checking", { receipt }),
  /** A receipt sent outside any question, known or not: which owed bill is it for? */
  whichBill: (receipt: string, amountKes: number | null) =>
    amountKes !== null ? t("receipt-checks-which-bill-amount", { receipt, amount: kes(amountKes) }) : t("receipt-checks-which-bill", { receipt }),
  billButton: (bill: Bill) => `${bill.reference} · ${bill.customerName} · ${kes(bill.amountKes)}`,
  noBillOwed: (receipt: string) => t("receipt-checks-no-bill-owed", { receipt }),
  outcome: (outcome: Outcome): string => {
    const { receipt } = outcome;
    switch (outcome.kind) {
      case "settled":
        return outcome.confirmed
          ? t("receipt-checks-settled-confirmed", withBill(receipt, outcome.bill))
          : t("receipt-checks-settled", withBill(receipt, outcome.bill));
      case "used":
        return t("receipt-checks-used", withBill(receipt, outcome.bill));
      case "refused":
        return refused(outcome);
      case "asking":
        return outcome.bill ? t("receipt-checks-asking-bill", withBill(receipt, outcome.bill)) : t("receipt-checks-asking", { receipt });
      case "already_asking":
        return outcome.bill ? t("receipt-checks-already-asking-bill", withBill(receipt, outcome.bill)) : t("receipt-checks-already-asking", { receipt });
      case "not_received":
        return t("receipt-checks-not-received", { receipt });
      case "not_found":
        return t("receipt-checks-not-found", { receipt });
      case "not_ours":
        return outcome.transactionStatus.toLowerCase() === "completed"
          ? t("receipt-checks-paid-to-another-business", { receipt })
          : t("receipt-checks-not-completed", { receipt });
      case "failed":
        return outcome.cause === "no_answer"
          ? t("receipt-checks-no-answer", { receipt })
          : t("receipt-checks-could-not-ask", { receipt, error: mpesaTexts.error[outcome.cause] });
    }
  },
};
