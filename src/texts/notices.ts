// The payment notifications (to the operator who asked and to the managers), carried by the outbox.
// English; part of the catalogue in en.ts (section `notice`).
import { kes, phone } from "./format.js";

/** What a notice about an M-Pesa payment names. */
interface NoticeSubject {
  amountKes: number;
  customerName: string;
  phone: string;
  sessionId: number | null;
  requestedBy: string;
}

/** What the managers' notice of cash taken names. */
interface CashSubject {
  amountKes: number;
  customerName: string;
  sessionId: number | null;
  takenBy: string;
}

/** A manager's routine notice, as a summary counts it. */
interface SummaryFact {
  kind: "mpesa_paid" | "cash_paid" | "mpesa_failed" | "mpesa_unknown";
  amountKes: number;
  simulated?: boolean;
}

/** The lines of a summary, in this order, each shown only when it counts something. */
const SUMMARY_LINES: { kind: SummaryFact["kind"]; line: (count: number, kes: string) => string }[] = [
  { kind: "mpesa_paid", line: (count, total) => `✅ ${count} M-Pesa ${count === 1 ? "payment" : "payments"}, ${total}` },
  { kind: "cash_paid", line: (count, total) => `💵 ${count} cash ${count === 1 ? "payment" : "payments"}, ${total}` },
  { kind: "mpesa_failed", line: (count, total) => `❌ ${count} failed M-Pesa ${count === 1 ? "payment" : "payments"}, ${total}` },
  { kind: "mpesa_unknown", line: (count, total) => `❓ ${count} with no final answer from M-Pesa, ${total}` },
];

/**
 * For managers: many notices at once, in one message instead of one each (too many to send one by one
 * within Telegram's limits). `minutes`: how far back the oldest goes.
 */
function summary(minutes: number, facts: readonly SummaryFact[]): string {
  const lines = SUMMARY_LINES.flatMap(({ kind, line }) => {
    const counted = facts.filter((fact) => fact.kind === kind);
    return counted.length === 0 ? [] : [line(counted.length, kes(counted.reduce((sum, fact) => sum + fact.amountKes, 0)))];
  });
  const allSimulated = facts.length > 0 && facts.every((fact) => fact.simulated);
  return [
    ...(allSimulated ? ["🧪 Simulated M-Pesa: no real money moved."] : []),
    `${minutes === 1 ? "In the last minute" : `In the last ${minutes} minutes`} (one message for ${facts.length}):`,
    ...lines,
    "/payments lists each one.",
  ].join("\n");
}

export const noticeTexts = {
  notice: {
    /** For managers: what to change when Daraja refuses every prompt. */
    setupFix: {
      not_configured: "The M-Pesa settings are missing: set MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET, MPESA_PASSKEY and the shortcode.",
      wrong_credentials:
        "Safaricom refuses the café's keys: check MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET and MPESA_PASSKEY (and that they are for this environment).",
      wrong_shortcode: "Safaricom does not recognise the shortcode with these keys: check MPESA_SHORTCODE, MPESA_EXPRESS_SHORTCODE and MPESA_SHORTCODE_TYPE.",
      token_rejected:
        "Safaricom refuses the café's access: check that the Daraja app has the M-Pesa Express product and that the keys are for this environment.",
      invalid_callback_url: "Safaricom refuses the callback address: check PUBLIC_URL or MPESA_CALLBACK_URL (public HTTPS, ending in /mpesa/callback/).",
    },
    operator: {
      paid: (s: NoticeSubject, receipt: string | null) =>
        `✅ Paid: ${kes(s.amountKes)} from ${s.customerName} by M-Pesa${receipt ? `, receipt ${receipt}` : " (confirmed by Safaricom; the receipt will be on the statement)"}.`,
      paidAfterAll: (s: NoticeSubject, receipt: string | null) =>
        `✅ Paid after all: M-Pesa now confirms ${kes(s.amountKes)} from ${s.customerName}${receipt ? `, receipt ${receipt}` : ""}, although it first reported no payment. Do not ask for it again.`,
      failed: (s: NoticeSubject, reason: string) => `❌ The M-Pesa payment of ${kes(s.amountKes)} for ${s.customerName} failed: ${reason}`,
      unknown: (s: NoticeSubject) =>
        `❓ No final answer from M-Pesa for ${kes(s.amountKes)} (${s.customerName}, ${phone(s.phone)}). Check the customer's M-Pesa messages or the statement before asking again.`,
      amountMismatch: (s: NoticeSubject, paidKes: number) =>
        `⚠️ M-Pesa reported ${kes(paidKes)} instead of ${kes(s.amountKes)} for ${s.customerName}. It was not counted as paid; the managers have been told.`,
      paidTwice: (s: NoticeSubject, receipt: string | null) =>
        `⚠️ ${s.customerName} also paid ${kes(s.amountKes)} by M-Pesa${receipt ? ` (receipt ${receipt})` : ""}, but this was already paid. The managers have been told.`,
    },
    manager: {
      summary,
      paid: (s: NoticeSubject, receipt: string | null) =>
        `✅ ${kes(s.amountKes)} paid by M-Pesa: ${s.customerName}${s.sessionId ? " (session)" : ""}${receipt ? `, receipt ${receipt}` : ""}. Asked by ${s.requestedBy}.`,
      voided: (v: { customerName: string; computerName: string | null; startedAt: string; voidedAt: string; voidedBy: string; reason: string }) =>
        `🗑 Session voided by ${v.voidedBy} at ${v.voidedAt}: ${v.customerName}${v.computerName ? ` on ${v.computerName}` : ""}, started ${v.startedAt}. Nothing charged. Reason: ${v.reason}`,
      cash: (c: CashSubject) => `💵 ${kes(c.amountKes)} paid in cash: ${c.customerName}${c.sessionId ? " (session)" : ""}. Taken by ${c.takenBy}.`,
      paidAfterAll: (s: NoticeSubject, receipt: string | null) =>
        `✅ Paid after all: ${kes(s.amountKes)} by M-Pesa from ${s.customerName}${s.sessionId ? " (session)" : ""}${receipt ? `, receipt ${receipt}` : ""}, after M-Pesa first reported it failed or unanswered. Asked by ${s.requestedBy}.`,
      failed: (s: NoticeSubject, reason: string) => `❌ M-Pesa payment failed: ${kes(s.amountKes)} for ${s.customerName}, asked by ${s.requestedBy}. ${reason}`,
      unknown: (s: NoticeSubject) =>
        `❓ No final answer from M-Pesa for ${kes(s.amountKes)} (${s.customerName}, ${phone(s.phone)}), asked by ${s.requestedBy}. Check the M-Pesa statement.`,
      amountMismatch: (s: NoticeSubject, paidKes: number, receipt: string | null) =>
        `⚠️ Amount mismatch: M-Pesa reported ${kes(paidKes)}${receipt ? ` (receipt ${receipt})` : ""} for a request of ${kes(s.amountKes)} from ${s.customerName}. Not counted as paid: check the statement and settle it by hand.`,
      setupProblem: (s: NoticeSubject, fix: string) =>
        `⚠️ M-Pesa prompts are being refused (the last: ${kes(s.amountKes)} for ${s.customerName}, asked by ${s.requestedBy}). ${fix} Until then, take cash.`,
      unmatched: (p: { amountKes: number; receipt: string; phone: string | undefined; at: string | null }) =>
        `⚠️ M-Pesa reports ${kes(p.amountKes)} received${p.phone ? ` from ${phone(p.phone)}` : ""}${p.at ? ` at ${p.at}` : ""}, receipt ${p.receipt}, for a prompt this desk has no record of. Find the customer and settle it by hand.`,
      paidTwice: (s: NoticeSubject, receipt: string | null, earlier: "MPESA" | "CASH" | null) =>
        `⚠️ Paid twice: ${s.customerName} paid ${kes(s.amountKes)} by M-Pesa${receipt ? ` (receipt ${receipt})` : ""} for something already paid${earlier === "CASH" ? " in cash" : ""}. One of them should be refunded.`,
    },
  },
};
