// The payment notifications (to the operator who asked and to the managers), carried by the outbox
// (messages `notice-*` in locales/*.ftl, section `## notices`).
import { kes, phone } from "./format.js";
import { NONE, orNone, t } from "./i18n.js";

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

/** An optional part of a sentence, for a Fluent selector: its `[none]` variant leaves it out. */

/** Whether the bill is a session's, for the selector that says so. */
const bill = (sessionId: number | null): string => (sessionId ? "session" : "other");

/** The variables every notice about an M-Pesa payment shares. */
const subject = (s: NoticeSubject) => ({ amount: kes(s.amountKes), customer: s.customerName });

/** The lines of a summary, in this order, each shown only when it counts something. */
const SUMMARY_LINES: { kind: SummaryFact["kind"]; line: (count: number, total: string) => string }[] = [
  { kind: "mpesa_paid", line: (count, total) => t("notice-summary-mpesa-paid", { count, total }) },
  { kind: "cash_paid", line: (count, total) => t("notice-summary-cash-paid", { count, total }) },
  { kind: "mpesa_failed", line: (count, total) => t("notice-summary-mpesa-failed", { count, total }) },
  { kind: "mpesa_unknown", line: (count, total) => t("notice-summary-mpesa-unknown", { count, total }) },
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
    ...(allSimulated ? [t("notice-summary-simulated")] : []),
    t("notice-summary-heading", { minutes, count: facts.length }),
    ...lines,
    t("notice-summary-footer"),
  ].join("\n");
}

export const noticeTexts = {
  notice: {
    /** For managers: what to change when Daraja refuses every prompt. */
    setupFix: {
      get not_configured() {
        return t("notice-setup-fix-not-configured");
      },
      get wrong_credentials() {
        return t("notice-setup-fix-wrong-credentials");
      },
      get wrong_shortcode() {
        return t("notice-setup-fix-wrong-shortcode");
      },
      get token_rejected() {
        return t("notice-setup-fix-token-rejected");
      },
      get invalid_callback_url() {
        return t("notice-setup-fix-invalid-callback-url");
      },
    },
    operator: {
      paid: (s: NoticeSubject, receipt: string | null) => t("notice-operator-paid", { ...subject(s), receipt: orNone(receipt) }),
      paidAfterAll: (s: NoticeSubject, receipt: string | null) => t("notice-operator-paid-after-all", { ...subject(s), receipt: orNone(receipt) }),
      failed: (s: NoticeSubject, reason: string) => t("notice-operator-failed", { ...subject(s), reason }),
      unknown: (s: NoticeSubject) => t("notice-operator-unknown", { ...subject(s), phone: phone(s.phone) }),
      amountMismatch: (s: NoticeSubject, paidKes: number) => t("notice-operator-amount-mismatch", { ...subject(s), paid: kes(paidKes) }),
      paidTwice: (s: NoticeSubject, receipt: string | null) => t("notice-operator-paid-twice", { ...subject(s), receipt: orNone(receipt) }),
    },
    manager: {
      summary,
      paid: (s: NoticeSubject, receipt: string | null) =>
        t("notice-manager-paid", { ...subject(s), bill: bill(s.sessionId), receipt: orNone(receipt), by: s.requestedBy }),
      voided: (v: { customerName: string; computerName: string | null; startedAt: string; voidedAt: string; voidedBy: string; reason: string }) =>
        t("notice-manager-voided", {
          customer: v.customerName,
          computer: orNone(v.computerName),
          startedAt: v.startedAt,
          voidedAt: v.voidedAt,
          by: v.voidedBy,
          reason: v.reason,
        }),
      cash: (c: CashSubject) => t("notice-manager-cash", { amount: kes(c.amountKes), customer: c.customerName, bill: bill(c.sessionId), by: c.takenBy }),
      paidAfterAll: (s: NoticeSubject, receipt: string | null) =>
        t("notice-manager-paid-after-all", { ...subject(s), bill: bill(s.sessionId), receipt: orNone(receipt), by: s.requestedBy }),
      failed: (s: NoticeSubject, reason: string) => t("notice-manager-failed", { ...subject(s), by: s.requestedBy, reason }),
      unknown: (s: NoticeSubject) => t("notice-manager-unknown", { ...subject(s), phone: phone(s.phone), by: s.requestedBy }),
      amountMismatch: (s: NoticeSubject, paidKes: number, receipt: string | null) =>
        t("notice-manager-amount-mismatch", { ...subject(s), paid: kes(paidKes), receipt: orNone(receipt) }),
      setupProblem: (s: NoticeSubject, fix: string) => t("notice-manager-setup-problem", { ...subject(s), by: s.requestedBy, fix }),
      unmatched: (p: { amountKes: number; receipt: string; phone: string | undefined; at: string | null }) =>
        t("notice-manager-unmatched", { amount: kes(p.amountKes), phone: p.phone ? phone(p.phone) : NONE, at: orNone(p.at), receipt: p.receipt }),
      paidTwice: (s: NoticeSubject, receipt: string | null, earlier: "MPESA" | "CASH" | null) =>
        t("notice-manager-paid-twice", { ...subject(s), receipt: orNone(receipt), earlier: orNone(earlier) }),
    },
  },
};
