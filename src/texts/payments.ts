// What staff read about taking a payment (the buttons under it, prompts, cash, lowering the amount),
// recording one with /pay, and the lists /payments and /unpaid: messages `payment-…` in the section
// `payments` of locales/*.ftl, rendered in the language of the moment (sections `settle`, `adjust`,
// `pay`, `payments`, `stateName`, `stateIcon` of the catalogue).
import type { PaymentMethod, PaymentState } from "../generated/prisma/enums.js";
import { date, duration, kes, paymentMethod, phone } from "./format.js";
import { NONE, orNone, t } from "./i18n.js";

/** A payment as its line in /payments reads it. */
interface PaymentLine {
  id: number;
  customerName: string;
  amountKes: number;
  state: PaymentState;
  method: PaymentMethod | null;
  simulated: boolean;
  date: string;
  sessionId: number | null;
}

const yesNo = (value: unknown): "yes" | "no" => (value ? "yes" : "no");

export const stateName: Record<PaymentState, string> = {
  get NOT_REQUESTED() {
    return t("payment-state-not-requested");
  },
  get PENDING() {
    return t("payment-state-pending");
  },
  get PAID() {
    return t("payment-state-paid");
  },
  get FAILED() {
    return t("payment-state-failed");
  },
  get UNKNOWN() {
    return t("payment-state-unknown");
  },
};
export const stateIcon: Record<PaymentState, string> = { NOT_REQUESTED: "⚪", PENDING: "⏳", PAID: "✅", FAILED: "❌", UNKNOWN: "❓" };

export const paymentTexts = {
  settle: {
    /**
     * After End (with the session's time, and its parts when a time-of-day rate applied: their
     * times are already in the business time zone, and `minimumKes` is set when the minimum charge
     * raised their sum) or from /unpaid.
     */
    question: (p: {
      amountKes: number;
      customerName: string;
      phone: string | null;
      seconds?: number;
      parts?: { from: string; to: string; ratePerHourKes: number; amountKes: number }[];
      minimumKes?: number;
      /** At End of a session with prepaid time: only the time beyond it is charged (`amountKes`). */
      prepaid?: { seconds: number; amountKes: number };
    }) =>
      t("payment-settle-charge", {
        amount: kes(p.amountKes),
        customer: p.customerName,
        duration: p.seconds !== undefined ? duration(p.seconds) : NONE,
      }) +
      (p.prepaid
        ? " " + t("payment-settle-prepaid", { duration: duration(p.prepaid.seconds), prepaid: kes(p.prepaid.amountKes), amount: kes(p.amountKes) })
        : "") +
      (p.parts && p.parts.length > 0
        ? ` (${[
            ...p.parts.map((part) => t("payment-settle-part", { from: part.from, to: part.to, rate: part.ratePerHourKes, amount: kes(part.amountKes) })),
            ...(p.minimumKes !== undefined ? [t("payment-settle-minimum", { amount: kes(p.minimumKes) })] : []),
          ].join("; ")})`
        : "") +
      ". " +
      (p.phone ? t("payment-settle-ask-send", { phone: phone(p.phone) }) : t("payment-settle-ask-no-phone")),
    get noPhone() {
      return t("payment-settle-no-phone");
    },
    get sendButton() {
      return t("payment-settle-send-button");
    },
    get otherNumberButton() {
      return t("payment-settle-other-number-button");
    },
    get cashButton() {
      return t("payment-settle-cash-button");
    },
    get laterButton() {
      return t("payment-settle-later-button");
    },
    get lowerButton() {
      return t("payment-settle-lower-button");
    },
    /** A toast for a tap on a payment whose lower amount waits for a manager. */
    get approvalPending() {
      return t("payment-settle-approval-pending");
    },
    get retryButton() {
      return t("payment-settle-retry-button");
    },
    get askNumber() {
      return t("payment-settle-ask-number");
    },
    confirmNumber: (msisdn: string, amountKes: number) => t("payment-settle-confirm-number", { amount: kes(amountKes), phone: phone(msisdn) }),
    get confirmButton() {
      return t("payment-settle-confirm-button");
    },
    get changeButton() {
      return t("payment-settle-change-button");
    },
    waiting: (msisdn: string, amountKes: number, name: string) => t("payment-settle-waiting", { amount: kes(amountKes), phone: phone(msisdn), customer: name }),
    refused: (reason: string) => t("payment-settle-refused", { reason }),
    outcomeUnknown: (reason: string) => `❓ ${reason}`,
    cash: (amountKes: number, name: string, by: string) => t("payment-settle-cash", { amount: kes(amountKes), customer: name, by }),
    later: (amountKes: number, name: string) => t("payment-settle-later", { amount: kes(amountKes), customer: name }),
    alreadyPaid: (p: { method: "MPESA" | "CASH" | null; simulated: boolean; receipt: string | null; settledBy: string | null }) =>
      t("payment-settle-already-paid", {
        method: p.method ?? NONE,
        methodName: paymentMethod(p.method, p.simulated),
        receipt: orNone(p.receipt),
        by: orNone(p.settledBy),
      }),
    /** A toast for a second tap on the message that shows the prompt waiting. */
    get promptPending() {
      return t("payment-settle-prompt-pending");
    },
    /** On a message whose button found the prompt already sent (by someone else, or an earlier tap). */
    promptOut: (p: { phone: string | null; amountKes: number; customerName: string }) =>
      t("payment-settle-prompt-out", { amount: kes(p.amountKes), phone: p.phone ? phone(p.phone) : NONE, customer: p.customerName }),
    get notFound() {
      return t("payment-settle-not-found");
    },
  },
  /** ✂️ Lower the amount, under a payment still owed. */
  adjust: {
    askAmount: (name: string, amountKes: number) => t("payment-adjust-ask-amount", { customer: name, amount: kes(amountKes) }),
    invalidAmount: (amountKes: number) => t("payment-adjust-invalid-amount", { amount: kes(amountKes), example: String(Math.max(1, amountKes - 10)) }),
    get askReason() {
      return t("payment-adjust-ask-reason");
    },
    get working() {
      return t("payment-adjust-working");
    },
    /** Above the shillings an operator may take off alone. */
    waiting: (p: { customerName: string; fromKes: number; toKes: number; reason: string }) =>
      t("payment-adjust-waiting", { customer: p.customerName, from: kes(p.fromKes), to: kes(p.toKes), reason: p.reason }),
    /** The line above the question once the amount was lowered. */
    lowered: (fromKes: number, reason: string) => t("payment-adjust-lowered", { from: kes(fromKes), reason }),
    approved: (by: string, fromKes: number, toKes: number) => t("payment-adjust-approved", { by, from: kes(fromKes), to: kes(toKes) }),
    refused: (by: string, fromKes: number) => t("payment-adjust-refused", { by, from: kes(fromKes) }),
    paidMeanwhile: (by: string, toKes: number) => t("payment-adjust-paid-meanwhile", { by, to: kes(toKes) }),
    /** For the managers, with Approve / Refuse. */
    asked: (a: { customerName: string; fromKes: number; toKes: number; reason: string; askedBy: string }) =>
      t("payment-adjust-asked", {
        askedBy: a.askedBy,
        customer: a.customerName,
        from: kes(a.fromKes),
        to: kes(a.toKes),
        off: kes(a.fromKes - a.toKes),
        reason: a.reason,
      }),
    get approveButton() {
      return t("payment-adjust-approve-button");
    },
    get refuseButton() {
      return t("payment-adjust-refuse-button");
    },
    /** The manager's message once they answered. */
    youApproved: (name: string, fromKes: number, toKes: number) => t("payment-adjust-you-approved", { customer: name, from: kes(fromKes), to: kes(toKes) }),
    youRefused: (name: string, fromKes: number) => t("payment-adjust-you-refused", { customer: name, from: kes(fromKes) }),
    alreadyDecided: (approved: boolean, by: string | null) =>
      t("payment-adjust-already-decided", { decision: approved ? "approved" : "refused", by: orNone(by) }),
    get notFound() {
      return t("payment-adjust-not-found");
    },
  },
  pay: {
    askAmount: (name: string) => t("payment-pay-ask-amount", { customer: name }),
    get invalidAmount() {
      return t("payment-pay-invalid-amount");
    },
    askBalance: (name: string, amountKes: number) => t("payment-pay-ask-balance", { customer: name, amount: kes(amountKes), bill: kes(amountKes + 200) }),
    get invalidBalance() {
      return t("payment-pay-invalid-balance");
    },
    get askDate() {
      return t("payment-pay-ask-date");
    },
    get invalidDate() {
      return t("payment-pay-invalid-date");
    },
    get futureDate() {
      return t("payment-pay-future-date");
    },
    summary: (p: { name: string; amountKes: number; balanceKes: number; date: string; phone: string | null }) =>
      t("payment-pay-summary", { amount: kes(p.amountKes), customer: p.name, date: p.date, balance: p.balanceKes > 0 ? kes(p.balanceKes) : NONE }) +
      (p.phone ? " " + t("payment-pay-summary-prompt", { phone: phone(p.phone) }) : "\n" + t("payment-pay-no-phone")),
  },
  payments: {
    get empty() {
      return t("payment-list-empty");
    },
    header: (page: number) => t("payment-list-header", { page: page + 1 }),
    item: (p: PaymentLine) =>
      t("payment-list-item", {
        icon: stateIcon[p.state],
        id: String(p.id),
        customer: p.customerName,
        amount: kes(p.amountKes),
        session: yesNo(p.sessionId),
        date: date(p.date),
        how: p.method ? paymentMethod(p.method, p.simulated) : stateName[p.state],
      }),
    detailsButton: (p: { id: number; customerName: string; amountKes: number; state: PaymentState }) =>
      `${stateIcon[p.state]} #${p.id} ${p.customerName} · ${kes(p.amountKes)}`,
    get detailsHint() {
      return t("payment-list-details-hint");
    },
    details: (
      p: PaymentLine & {
        customerPhone: string | null;
        balanceKes: number;
        phone: string | null;
        receipt: string | null;
        lowered: { fromKes: number; reason: string; by: string | null; approvedBy: string | null } | null;
        /** For a payment for prepaid time: its unused time given back, already formatted. */
        refunded?: { amountKes: number; by: string; at: string } | null;
        recordedBy: string;
        recordedAt: string;
        settledBy: string | null;
        settledAt: string | null;
      },
    ) =>
      [
        t("payment-details-title", { icon: stateIcon[p.state], id: String(p.id), amount: kes(p.amountKes), session: yesNo(p.sessionId) }) +
          (p.lowered
            ? " " +
              t("payment-details-lowered", {
                from: kes(p.lowered.fromKes),
                by: orNone(p.lowered.by),
                approvedBy: orNone(p.lowered.approvedBy),
                reason: p.lowered.reason,
              })
            : ""),
        t("payment-details-customer", { customer: p.customerName, phone: phone(p.customerPhone) }),
        t("payment-details-date", { date: date(p.date) }),
        t("payment-details-method", {
          method: p.method ? paymentMethod(p.method, p.simulated) : NONE,
          prompt: p.method === "MPESA" && p.phone ? phone(p.phone) : NONE,
        }),
        t("payment-details-state", { state: stateName[p.state] }),
        ...(p.receipt ? [t("payment-details-receipt", { receipt: p.receipt })] : []),
        ...(p.balanceKes > 0 ? [t("payment-details-still-owed", { amount: kes(p.balanceKes) })] : []),
        t("payment-details-recorded", { by: p.recordedBy, at: p.recordedAt }),
        ...(p.settledBy ? [t("payment-details-settled", { by: p.settledBy, at: orNone(p.settledAt) })] : []),
        ...(p.refunded ? [t("payment-details-refunded", { amount: kes(p.refunded.amountKes), by: p.refunded.by, at: p.refunded.at })] : []),
      ].join("\n"),
    get unpaidEmpty() {
      return t("payment-unpaid-empty");
    },
    unpaidHeader: (page: number) => t("payment-unpaid-header", { page: page + 1 }),
    unpaidItem: (p: { id: number; customerName: string; amountKes: number; state: PaymentState; date: string; sessionId: number | null; simulated: boolean }) =>
      t("payment-unpaid-item", {
        icon: stateIcon[p.state],
        id: String(p.id),
        customer: p.customerName,
        amount: kes(p.amountKes),
        session: yesNo(p.sessionId),
        date: date(p.date),
        state: stateName[p.state],
        simulated: p.simulated ? paymentMethod("MPESA", true) : NONE,
      }),
    owedButton: (p: { id: number; customerName: string; amountKes: number }) => `#${p.id} ${p.customerName} · ${kes(p.amountKes)}`,
    get unpaidHint() {
      return t("payment-unpaid-hint");
    },
    get nextPage() {
      return t("payment-list-next-page");
    },
    get previousPage() {
      return t("payment-list-previous-page");
    },
  },
};
