// Checking the receipt a customer shows: the question, and every answer the operator can get, short
// enough for a phone. English; part of the catalogue in en.ts (section `receipts`).
import type { MpesaErrorReason } from "../mpesa/errors.js";
import { kes } from "./format.js";
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

const billName = (bill: Bill) => `bill ${bill.reference} (${bill.customerName}, ${kes(bill.amountKes)})`;

const NOT_CREDITED = "Nothing was credited.";
/** What to do with money of another amount than the bill's. */
const SHORT_PAYMENT =
  "If the customer paid less, ✂️ Lower the amount of the bill to what was paid and take the rest another way, then put the money on it from /unplaced; otherwise a manager can set it aside there.";

function refused(outcome: Extract<Outcome, { kind: "refused" }>): string {
  const { receipt, bill } = outcome;
  const money = `Receipt ${receipt} (${kes(outcome.amountKes)})`;
  switch (outcome.reason) {
    case "amount_differs":
      return `⚠️ ${money} does not match ${bill ? billName(bill) : "the bill"}. ${NOT_CREDITED} ${SHORT_PAYMENT}`;
    case "bill_paid":
      return `⚠️ ${bill ? billName(bill) : "The bill"} was paid meanwhile. ${money} was not credited: place it from /unplaced.`;
    case "approval_pending":
      return `⏳ ${bill ? billName(bill) : "The bill"} waits for a manager to answer a lower amount. ${money} was not credited yet: place it from /unplaced once they answer.`;
    case "bill_not_found":
      return `⚠️ That bill is gone. ${money} was not credited: place it from /unplaced.`;
    case "menu_payment_set_aside":
      return `⚠️ ${money} was set aside by a manager (given back, or not for a bill here). ${NOT_CREDITED} Ask a manager.`;
  }
}

export const receiptTexts = {
  button: "🧾 Check a receipt",
  ask: "🧾 Type the receipt code the customer shows (e.g. QK12ABC345), or forward their M-Pesa SMS. /cancel to stop.",
  noReceipt: "No M-Pesa receipt code in that (10 letters and digits, e.g. QK12ABC345). Send it again, or /cancel.",
  /** What a check looks like while it runs. */
  checking: (receipt: string) => `🔎 Checking receipt ${receipt}…`,
  /** A receipt sent outside any question, known or not: which owed bill is it for? */
  whichBill: (receipt: string, amountKes: number | null) => `🧾 Receipt ${receipt}${amountKes !== null ? ` (${kes(amountKes)})` : ""}: which bill is it for?`,
  billButton: (bill: Bill) => `${bill.reference} · ${bill.customerName} · ${kes(bill.amountKes)}`,
  noBillOwed: (receipt: string) => `🧾 Receipt ${receipt}: no bill is owed now, so there is nothing to check it for.`,
  outcome: (outcome: Outcome): string => {
    const { receipt } = outcome;
    switch (outcome.kind) {
      case "settled":
        return `✅ Receipt ${receipt}${outcome.confirmed ? ", confirmed by M-Pesa," : ""} paid ${billName(outcome.bill)}.`;
      case "used":
        return `🧾 Receipt ${receipt} paid ${billName(outcome.bill)}: it cannot pay another bill.`;
      case "refused":
        return refused(outcome);
      case "asking":
        return `🔎 Asking M-Pesa about receipt ${receipt}${outcome.bill ? ` for ${billName(outcome.bill)}` : ""}… This message will show the answer.`;
      case "already_asking":
        return `🔎 M-Pesa is already being asked about receipt ${receipt}${outcome.bill ? ` for ${billName(outcome.bill)}` : ""}: wait for that answer.`;
      case "not_received":
        return [
          `❔ Receipt ${receipt} has not reached the service: no confirmation from M-Pesa yet. ${NOT_CREDITED}`,
          "Without Transaction Status credentials (MPESA_INITIATOR_NAME, MPESA_SECURITY_CREDENTIAL) the bot can only look at what M-Pesa sent: try again in a minute, or take the payment another way.",
        ].join("\n");
      case "not_found":
        return `❌ M-Pesa does not know receipt ${receipt}. ${NOT_CREDITED} Check the code on the customer's SMS.`;
      case "not_ours":
        return outcome.transactionStatus.toLowerCase() === "completed"
          ? `❌ Receipt ${receipt} is money paid to another business, not to this café. ${NOT_CREDITED}`
          : `❌ Receipt ${receipt} is not a completed payment. ${NOT_CREDITED}`;
      case "failed":
        return outcome.cause === "no_answer"
          ? `⌛ M-Pesa did not answer about receipt ${receipt}: try again in a minute.`
          : `❌ Could not ask M-Pesa about receipt ${receipt}: ${mpesaTexts.error[outcome.cause]}`;
    }
  },
};
