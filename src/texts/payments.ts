// What staff read about taking a payment (the buttons under it, prompts, cash, lowering the amount),
// recording one with /pay, and the lists /payments and /unpaid. English; part of the catalogue in
// en.ts (sections `settle`, `adjust`, `pay`, `payments`, `stateName`, `stateIcon`).
import type { PaymentMethod, PaymentState } from "../generated/prisma/enums.js";
import { date, duration, kes, paymentMethod, phone } from "./format.js";

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

export const stateName: Record<PaymentState, string> = {
  NOT_REQUESTED: "not requested",
  PENDING: "waiting for PIN",
  PAID: "paid",
  FAILED: "failed",
  UNKNOWN: "unknown: check M-Pesa",
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
      `${kes(p.amountKes)} for ${p.customerName}${p.seconds !== undefined ? `, ${duration(p.seconds)}` : ""}` +
      (p.prepaid ? ` (${duration(p.prepaid.seconds)} prepaid for ${kes(p.prepaid.amountKes)}; ${kes(p.amountKes)} for the time beyond it)` : "") +
      (p.parts && p.parts.length > 0
        ? ` (${[
            ...p.parts.map((part) => `${part.from}–${part.to} at ${part.ratePerHourKes.toLocaleString("en-KE")}/h: ${kes(part.amountKes)}`),
            ...(p.minimumKes !== undefined ? [`minimum charge ${kes(p.minimumKes)}`] : []),
          ].join("; ")})`
        : "") +
      ". " +
      (p.phone
        ? `Send the M-Pesa prompt to ${phone(p.phone)}?`
        : "No phone number is saved for this customer: send the prompt to another number, or take cash."),
    noPhone: "No phone number is saved for this customer. Use Another number, or take cash.",
    sendButton: "📲 Send prompt",
    otherNumberButton: "✏️ Another number",
    cashButton: "💵 Cash",
    laterButton: "🕓 Later",
    lowerButton: "✂️ Lower the amount",
    /** A toast for a tap on a payment whose lower amount waits for a manager. */
    approvalPending: "A lower amount for this is waiting for a manager's approval. Wait for the answer before asking for the money.",
    retryButton: "🔁 Send again",
    askNumber: "Type the M-Pesa number to prompt (e.g. 0712 345 678):",
    confirmNumber: (msisdn: string, amountKes: number) => `Send the prompt for ${kes(amountKes)} to ${phone(msisdn)}?`,
    confirmButton: "✅ Yes, send",
    changeButton: "✏️ Change number",
    waiting: (msisdn: string, amountKes: number, name: string) =>
      `📲 M-Pesa prompt for ${kes(amountKes)} to ${phone(msisdn)} (${name}): waiting for the customer's PIN…`,
    refused: (reason: string) => `❌ The prompt was not sent. ${reason}`,
    outcomeUnknown: (reason: string) => `❓ ${reason}`,
    cash: (amountKes: number, name: string, by: string) => `💵 ${kes(amountKes)} cash from ${name}, taken by ${by}.`,
    later: (amountKes: number, name: string) => `🕓 ${kes(amountKes)} for ${name} left unpaid. It is listed in /unpaid.`,
    alreadyPaid: (p: { method: "MPESA" | "CASH" | null; simulated: boolean; receipt: string | null; settledBy: string | null }) =>
      `This was already paid${p.method === "CASH" ? " in cash" : p.method === "MPESA" ? ` by ${paymentMethod(p.method, p.simulated)}${p.receipt ? `, receipt ${p.receipt}` : ""}` : ""}${p.settledBy ? ` (${p.settledBy})` : ""}.`,
    /** A toast for a second tap on the message that shows the prompt waiting. */
    promptPending: "An M-Pesa prompt for this is waiting for the customer's PIN. Wait for the answer (about a minute) before taking cash or sending another.",
    /** On a message whose button found the prompt already sent (by someone else, or an earlier tap). */
    promptOut: (p: { phone: string | null; amountKes: number; customerName: string }) =>
      `📲 The M-Pesa prompt for ${kes(p.amountKes)}${p.phone ? ` to ${phone(p.phone)}` : ""} (${p.customerName}) was already sent: waiting for the customer's PIN… The answer will show here.`,
    notFound: "That payment no longer exists.",
  },
  /** ✂️ Lower the amount, under a payment still owed. */
  adjust: {
    askAmount: (name: string, amountKes: number) => `${name} owes ${kes(amountKes)}. Type the new, lower amount in KES (or /cancel):`,
    invalidAmount: (amountKes: number) => `Type a whole number of shillings lower than ${kes(amountKes)}, e.g. ${Math.max(1, amountKes - 10)}.`,
    askReason: "Why? Type the reason (e.g. discount, fault on the computer):",
    working: "✂️ Lowering the amount…",
    /** Above the shillings an operator may take off alone. */
    waiting: (p: { customerName: string; fromKes: number; toKes: number; reason: string }) =>
      `✂️ ${kes(p.toKes)} instead of ${kes(p.fromKes)} for ${p.customerName} (${p.reason}): waiting for a manager's approval. The answer will show here.`,
    /** The line above the question once the amount was lowered. */
    lowered: (fromKes: number, reason: string) => `✂️ Lowered from ${kes(fromKes)}: ${reason}.`,
    approved: (by: string, fromKes: number, toKes: number) => `✅ ${by} approved ${kes(toKes)} instead of ${kes(fromKes)}.`,
    refused: (by: string, fromKes: number) => `❌ ${by} refused to lower the amount: it stays ${kes(fromKes)}.`,
    paidMeanwhile: (by: string, toKes: number) => `✅ ${by} approved ${kes(toKes)}, but the payment was paid in the meantime: nothing was lowered.`,
    /** For the managers, with Approve / Refuse. */
    asked: (a: { customerName: string; fromKes: number; toKes: number; reason: string; askedBy: string }) =>
      `✂️ ${a.askedBy} asks to lower ${a.customerName}'s ${kes(a.fromKes)} to ${kes(a.toKes)} (${kes(a.fromKes - a.toKes)} off). Reason: ${a.reason}`,
    approveButton: "✅ Approve",
    refuseButton: "❌ Refuse",
    /** The manager's message once they answered. */
    youApproved: (name: string, fromKes: number, toKes: number) => `✅ Approved: ${name} pays ${kes(toKes)} instead of ${kes(fromKes)}. The operator is told.`,
    youRefused: (name: string, fromKes: number) => `❌ Refused: ${name} still owes ${kes(fromKes)}. The operator is told.`,
    alreadyDecided: (approved: boolean, by: string | null) => `This was already ${approved ? "approved" : "refused"}${by ? ` by ${by}` : ""}.`,
    notFound: "That request no longer exists.",
  },
  pay: {
    askAmount: (name: string) => `Payment from ${name}. Amount in KES?`,
    invalidAmount: "Type a whole number of shillings from 1 to 250,000, e.g. 150.",
    askBalance: (name: string, amountKes: number) =>
      `Will ${name} still owe anything after paying ${kes(amountKes)}? Type what is left to pay, in KES: for example 200 if the bill was ${kes(amountKes + 200)}. Type 0 (or /skip) if nothing is left.`,
    invalidBalance: "Type a whole number of shillings (0 if nothing is owed).",
    askDate: "Date of the payment? today, yesterday, or a date like 28/11/2026. (/skip for today)",
    invalidDate: "I could not read that date. Type today, yesterday, or a date like 28/11/2026.",
    futureDate: "That date is in the future. Type today, yesterday, or a past date.",
    summary: (p: { name: string; amountKes: number; balanceKes: number; date: string; phone: string | null }) =>
      `${kes(p.amountKes)} from ${p.name} on ${p.date}${p.balanceKes > 0 ? `, ${kes(p.balanceKes)} still owed after it` : ""}. How is it paid?` +
      (p.phone ? ` (📲 sends the prompt to ${phone(p.phone)})` : `\nNo phone number is saved for this customer: use another number, or take cash.`),
  },
  payments: {
    empty: "No payments yet.",
    header: (page: number) => `Recent payments${page > 0 ? ` (page ${page + 1})` : ""}:`,
    item: (p: PaymentLine) =>
      `${stateIcon[p.state]} #${p.id} ${p.customerName} · ${kes(p.amountKes)}${p.sessionId ? " (session)" : ""} · ${date(p.date)} · ` +
      (p.method ? paymentMethod(p.method, p.simulated) : stateName[p.state]),
    detailsButton: (p: { id: number; customerName: string; amountKes: number; state: PaymentState }) =>
      `${stateIcon[p.state]} #${p.id} ${p.customerName} · ${kes(p.amountKes)}`,
    detailsHint: "Tap one for its details.",
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
        `${stateIcon[p.state]} Payment #${p.id}: ${kes(p.amountKes)}${p.sessionId ? " for a session" : ""}` +
          (p.lowered
            ? ` (lowered from ${kes(p.lowered.fromKes)}${p.lowered.by ? ` by ${p.lowered.by}` : ""}${p.lowered.approvedBy ? `, approved by ${p.lowered.approvedBy}` : ""}: ${p.lowered.reason})`
            : ""),
        `Customer: ${p.customerName} · ${phone(p.customerPhone)}`,
        `Date: ${date(p.date)}`,
        `Method: ${p.method ? paymentMethod(p.method, p.simulated) : "not chosen yet"}${p.method === "MPESA" && p.phone ? `, prompt to ${phone(p.phone)}` : ""}`,
        `State: ${stateName[p.state]}`,
        ...(p.receipt ? [`Receipt: ${p.receipt}`] : []),
        ...(p.balanceKes > 0 ? [`Still owed after it: ${kes(p.balanceKes)}`] : []),
        `Recorded by ${p.recordedBy} on ${p.recordedAt}`,
        ...(p.settledBy ? [`Settled by ${p.settledBy}${p.settledAt ? ` on ${p.settledAt}` : ""}`] : []),
        ...(p.refunded ? [`↩️ Unused prepaid time refunded: ${kes(p.refunded.amountKes)} in cash by ${p.refunded.by} on ${p.refunded.at}`] : []),
      ].join("\n"),
    unpaidEmpty: "Nothing is owed. 🎉",
    unpaidHeader: (page: number) => `Still owed${page > 0 ? ` (page ${page + 1})` : ""}:`,
    unpaidItem: (p: { id: number; customerName: string; amountKes: number; state: PaymentState; date: string; sessionId: number | null; simulated: boolean }) =>
      `${stateIcon[p.state]} #${p.id} ${p.customerName}: ${kes(p.amountKes)}${p.sessionId ? " (session)" : ""}, ${date(p.date)}, ${stateName[p.state]}` +
      (p.simulated ? `, ${paymentMethod("MPESA", true)}` : ""),
    owedButton: (p: { id: number; customerName: string; amountKes: number }) => `#${p.id} ${p.customerName} · ${kes(p.amountKes)}`,
    unpaidHint: "Tap one to send the M-Pesa prompt or take cash.",
    nextPage: "Next ▶️",
    previousPage: "◀️ Back",
  },
};
