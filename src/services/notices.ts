// What people are told, as the services describe it; the notify layer words it (texts live outside
// the services).
import type { PaymentMethod } from "../generated/prisma/client.js";
import type { StkFailureReason } from "../mpesa/callback.js";
import type { MpesaErrorReason } from "../mpesa/errors.js";
import type { DaySummary } from "./daily-summary.js";
import type { LocalizedPayload } from "./outbox.js";
import type { ReceiptCheckOutcome } from "./receipt-checks.js";
import type { ClosedShift, RunningSession } from "./shifts.js";

/** Something people must hear about a payment. */
export type PaymentNotice =
  | { kind: "paid"; receipt: string | null }
  /** Paid, after people were told the prompt failed or had no answer. */
  | { kind: "paid_after_all"; receipt: string | null }
  | { kind: "failed"; reason: StkFailureReason }
  /** No final answer: an undocumented result code, or no answer in time. */
  | { kind: "unknown"; cause: "unrecognised_answer" | "no_answer" | "push_lost" }
  /** Paid, but not the amount asked: held for a manager. */
  | { kind: "amount_mismatch"; receipt: string | null; paidKes: number }
  /** An M-Pesa payment arrived for something already paid (e.g. in cash). */
  | { kind: "paid_twice"; receipt: string | null; earlierMethod: PaymentMethod | null }
  /** Daraja refused the prompt for a reason only a manager can fix (keys, shortcode, callback address). */
  | { kind: "setup_problem"; reason: SetupProblem }
  /** Daraja refused the prompt: for those following it (whoever sent it is told at once). */
  | { kind: "refused"; reason: MpesaErrorReason };

/** Refusals that no retry at the counter fixes: the M-Pesa settings need a manager. */
const SETUP_PROBLEMS = ["not_configured", "wrong_credentials", "wrong_shortcode", "token_rejected", "invalid_callback_url"] as const;
export type SetupProblem = (typeof SETUP_PROBLEMS)[number];

export function isSetupProblem(reason: MpesaErrorReason): reason is SetupProblem {
  return SETUP_PROBLEMS.some((problem) => problem === reason);
}

export interface NoticeSubject {
  paymentId: number;
  amountKes: number;
  customerName: string;
  phone: string;
  sessionId: number | null;
  requestedBy: string;
  /** The prompt went to the built-in simulator: no real money moved. */
  simulated: boolean;
}

/** M-Pesa reports money received for a prompt nobody here knows of. */
interface UnmatchedPayment {
  amountKes: number;
  receipt: string;
  phone: string | undefined;
  at: Date | undefined;
}

/** Cash taken for a payment, for the managers. */
interface CashSubject {
  amountKes: number;
  customerName: string;
  sessionId: number | null;
  takenBy: string;
}

/** A session voided, for the managers. */
interface VoidSubject {
  customerName: string;
  computerName: string | null;
  startedAt: Date;
  voidedAt: Date;
  voidedBy: string;
  reason: string;
}

/** A lower amount that needs a manager's approval, for the managers. */
interface AdjustmentAsked {
  adjustmentId: number;
  customerName: string;
  fromKes: number;
  toKes: number;
  reason: string;
  askedBy: string;
}

/** A manager's answer to a lower amount, for the operator who asked. */
interface AdjustmentAnswered {
  paymentId: number;
  customerName: string;
  customerPhone: string | null;
  fromKes: number;
  toKes: number;
  reason: string;
  approved: boolean;
  /** False when approved but the payment was paid meanwhile: nothing was lowered. */
  applied: boolean;
  /** What the payment asks now. */
  amountKes: number;
  decidedBy: string;
  editMessageId?: number;
}

/** A bill as a notice about money paid from the M-Pesa menu names it. */
export interface BillOfNotice {
  paymentId: number;
  /** What the customer types as the account number: S1234, P567 (src/domain/bill-reference.ts). */
  reference: string;
  amountKes: number;
  customerName: string;
  sessionId: number | null;
}

/** Money paid from the M-Pesa menu, as M-Pesa reported it. */
export interface MenuMoney {
  receipt: string;
  amountKes: number;
  /** As Safaricom sent it: often masked ("2547 ***** 149") or hashed. */
  payerPhone: string | null;
  payerName: string | null;
  accountNumber: string | null;
  paidAt: Date;
  /** Reported by the built-in simulator: no real money moved. */
  simulated: boolean;
}

/** Why money paid from the menu is waiting to be placed on a bill. */
export type UnplacedReason =
  /** No open bill of that amount fits the payer's phone (or the payer's phone was not sent). */
  | "no_bill"
  /** More than one open bill fits: never guessed. */
  | "several_bills"
  /** An account number that is no bill's reference. */
  | "reference_unknown"
  /** The account number's bill asks another amount. */
  | "amount_differs"
  /** The account number's bill was paid already. */
  | "bill_paid"
  /** The account number's bill waits for a manager's answer to a lower amount. */
  | "approval_pending";

/** The words of notifications, provided by the notify layer (texts live outside the services). */
export interface Notices {
  /** The message for the operator who asked, or for a manager. */
  payment(notice: PaymentNotice, subject: NoticeSubject, audience: "operator" | "manager"): LocalizedPayload;
  /** For the managers. */
  cashTaken(cash: CashSubject): LocalizedPayload;
  /** For the managers. */
  unmatchedPayment(payment: UnmatchedPayment): LocalizedPayload;
  /** For the operator who started a prepaid session: 5 minutes left, or the time is up. */
  prepaidTime(notice: PrepaidTimeNotice): LocalizedPayload;
  /** For the managers. */
  sessionVoided(session: VoidSubject): LocalizedPayload;
  /** For the operator who started the session and the managers. */
  prepaidRefunded(refund: PrepaidRefunded): LocalizedPayload;
  /** For the managers: a shift's cash-up. */
  shiftClosed(shift: ClosedShiftNotice): LocalizedPayload;
  /** For the operator who started the session and the managers. */
  longSession(session: LongSessionNotice): LocalizedPayload;
  /** For the managers: Approve / Refuse. */
  adjustmentAsked(adjustment: AdjustmentAsked): LocalizedPayload;
  /** For the operator who asked, replacing their message. */
  adjustmentAnswered(answer: AdjustmentAnswered): LocalizedPayload;
  /** Money from the M-Pesa menu settled a bill: for the operator waiting on it, or a manager. */
  menuPaymentPlaced(
    placed: { money: MenuMoney; bill: BillOfNotice; placement: "REFERENCE" | "AMOUNT_AND_PHONE" | "STAFF" | "RECEIPT_CHECK" },
    audience: "operator" | "manager",
  ): LocalizedPayload;
  /** Money from the M-Pesa menu fits no bill: for every active staff member, with a way to place it. */
  menuPaymentUnplaced(unplaced: { menuPaymentId: number; money: MenuMoney; reason: UnplacedReason; bill: BillOfNotice | null }): LocalizedPayload;
  /** A receipt check answered by M-Pesa (or given up): for the operator who asked, editing their message. */
  receiptChecked(outcome: ReceiptCheckOutcome): LocalizedPayload;
  /** For the staff member whose role a manager changed. */
  roleChanged(change: { role: "OPERATOR" | "MANAGER"; by: string }): LocalizedPayload;
  /** For each manager at closing time, in this order: the day's report, then its takings chart when money came in. */
  dailySummary(summary: DaySummary): LocalizedPayload[];
}

interface PrepaidRefunded {
  customerName: string;
  computerName: string | null;
  amountKes: number;
  refundedBy: string;
  /** Whose open shift's drawer the cash came from; null when no shift was open (no drawer charged). */
  drawer: string | null;
}

interface PrepaidTimeNotice {
  kind: "five_minutes" | "up";
  sessionId: number;
  customerName: string;
  computerName: string | null;
}

/** A shift closed, as its cash-up reads. */
interface ClosedShiftNotice extends ClosedShift {
  running: RunningSession[];
}

/** A session running longer than LONG_SESSION_ALERT_HOURS. */
interface LongSessionNotice {
  sessionId: number;
  customerName: string;
  computerName: string | null;
  startedAt: Date;
  startedBy: string;
  seconds: number;
  /** What it would cost if ended now (prepaid time included). */
  amountSoFarKes: number;
  prepaidKes: number;
}
