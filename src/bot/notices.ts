// The words and buttons of payment notifications, for the outbox.
import { prepay } from "./features/prepaid.js";
import { decideAdjustment } from "./features/settle/lower-amount.js";
import { endSession } from "./features/sessions/buttons.js";
import { placeMenuPayment } from "./features/unplaced.js";
import type { InlineKeyboard } from "grammy";
import { retryKeyboard, settleKeyboard } from "./features/settle/views.js";
import type { LocalizedPayload, OutboxButton, OutboxPayload, OutboxSummaryFact } from "../services/outbox.js";
import type { MpesaEnvironment } from "../config/index.js";
import type { Notices, NoticeSubject, PaymentNotice } from "../services/notices.js";
import { businessTime } from "../domain/dates.js";
import { localeOf, type Locale } from "../domain/locale.js";
import { inLocale } from "../texts/i18n.js";
import { texts } from "../texts/index.js";

/** What one tap on "Extend" adds. */
const EXTEND_MINUTES = 30;

/** An inline keyboard's callback buttons, as the outbox stores them. */
function outboxButtons(keyboard: InlineKeyboard): OutboxButton[][] {
  return keyboard.inline_keyboard.map((row) => row.flatMap((button) => ("callback_data" in button ? [{ text: button.text, data: button.callback_data }] : [])));
}

/** Send again / Another number / Cash / Later, replacing a "waiting for PIN" message. */
function settleButtons(subject: NoticeSubject): OutboxButton[][] {
  return outboxButtons(retryKeyboard(subject.paymentId));
}

/** What a summary counts a manager's payment notice as; none for those to act on one by one. */
const SUMMARY_KINDS: Partial<Record<PaymentNotice["kind"], OutboxSummaryFact["kind"]>> = {
  paid: "mpesa_paid",
  paid_after_all: "mpesa_paid",
  failed: "mpesa_failed",
  unknown: "mpesa_unknown",
};

function payment(...[notice, subject, audience]: Parameters<Notices["payment"]>): OutboxPayload {
  const payload = paymentPayload(notice, subject, audience);
  const kind = audience === "manager" ? SUMMARY_KINDS[notice.kind] : undefined;
  const summary: OutboxSummaryFact | undefined = kind ? { kind, amountKes: subject.amountKes, ...(subject.simulated ? { simulated: true } : {}) } : undefined;
  return {
    ...payload,
    ...(subject.simulated ? { text: texts.simulated(payload.text) } : {}),
    ...(summary ? { summary } : {}),
  };
}

function paymentPayload(...[notice, subject, audience]: Parameters<Notices["payment"]>): OutboxPayload {
  const words = texts.notice[audience];
  switch (notice.kind) {
    case "paid":
      return { text: words.paid(subject, notice.receipt) };
    case "paid_after_all":
      return { text: words.paidAfterAll(subject, notice.receipt) };
    case "failed": {
      const text = words.failed(subject, texts.mpesa.failure[notice.reason]);
      return audience === "operator" ? { text, buttons: settleButtons(subject) } : { text };
    }
    case "unknown":
      return audience === "operator" ? { text: words.unknown(subject), buttons: settleButtons(subject) } : { text: words.unknown(subject) };
    case "amount_mismatch":
      return audience === "operator"
        ? { text: texts.notice.operator.amountMismatch(subject, notice.paidKes) }
        : { text: texts.notice.manager.amountMismatch(subject, notice.paidKes, notice.receipt) };
    case "paid_twice":
      return audience === "operator"
        ? { text: texts.notice.operator.paidTwice(subject, notice.receipt) }
        : { text: texts.notice.manager.paidTwice(subject, notice.receipt, notice.earlierMethod) };
    case "refused": {
      const text = texts.settle.refused(texts.mpesa.error[notice.reason]);
      return audience === "operator" ? { text, buttons: settleButtons(subject) } : { text };
    }
    case "setup_problem":
      return { text: texts.notice.manager.setupProblem(subject, texts.notice.setupFix[notice.reason]) };
  }
}

/**
 * The notices of a service running on `environment`. Money reported for a prompt nobody knows of has
 * no prompt to say whether it was simulated: a service running the simulator calls it simulated.
 */
export function createNotices(timeZone: string, environment: MpesaEnvironment, defaultLocale: Locale): Notices {
  /** Written once per recipient, in their language (`language`: the one they chose, null when none). */
  const localized =
    (write: () => OutboxPayload): LocalizedPayload =>
    (language) =>
      inLocale(localeOf(language, defaultLocale), write);
  return {
    payment: (...args) => localized(() => payment(...args)),
    // Cash is real money, whatever was prompted before: never marked as simulated.
    cashTaken: (cash) => localized(() => ({ text: texts.notice.manager.cash(cash), summary: { kind: "cash_paid", amountKes: cash.amountKes } })),
    sessionVoided: (session) =>
      localized(() => ({
        text: texts.notice.manager.voided({
          ...session,
          startedAt: businessTime(session.startedAt, timeZone),
          voidedAt: businessTime(session.voidedAt, timeZone),
        }),
      })),
    menuPaymentPlaced: (placed) =>
      localized(() => {
        const text = texts.menu.placed(placed, timeZone);
        return { text: placed.money.simulated ? texts.simulated(text) : text };
      }),
    menuPaymentUnplaced: (unplaced) =>
      localized(() => {
        const text = texts.menu.unplaced(unplaced, timeZone);
        return {
          text: unplaced.money.simulated ? texts.simulated(text) : text,
          buttons: [[{ text: texts.menu.placeButton, data: placeMenuPayment.pack({ menuPaymentId: unplaced.menuPaymentId, bills: "same" }) }]],
        };
      }),
    receiptChecked: (outcome) => localized(() => ({ text: texts.receipts.outcome(outcome) })),
    roleChanged: (change) => localized(() => ({ text: texts.manager.staff.yourNewRole(change.role, change.by) })),
    prepaidRefunded: (refund) => localized(() => ({ text: texts.prepaid.refundedNotice(refund) })),
    shiftClosed: (shift) => localized(() => ({ text: texts.shifts.closed(shift, shift.running, timeZone) })),
    longSession: (session) =>
      localized(() => ({
        text: texts.shifts.longSession(session, timeZone),
        buttons: [[{ text: texts.session.endButton(session.customerName, session.computerName), data: endSession.pack({ sessionId: session.sessionId }) }]],
      })),
    adjustmentAsked: (adjustment) =>
      localized(() => ({
        text: texts.adjust.asked(adjustment),
        buttons: [
          [
            { text: texts.adjust.approveButton, data: decideAdjustment.pack({ decision: "approve", adjustmentId: adjustment.adjustmentId }) },
            { text: texts.adjust.refuseButton, data: decideAdjustment.pack({ decision: "refuse", adjustmentId: adjustment.adjustmentId }) },
          ],
        ],
      })),
    adjustmentAnswered: (answer) =>
      localized(() => {
        const edit = answer.editMessageId !== undefined ? { editMessageId: answer.editMessageId } : {};
        if (answer.approved && !answer.applied) return { text: texts.adjust.paidMeanwhile(answer.decidedBy, answer.toKes), ...edit };
        const outcome = answer.approved
          ? texts.adjust.approved(answer.decidedBy, answer.fromKes, answer.toKes)
          : texts.adjust.refused(answer.decidedBy, answer.fromKes);
        const question = texts.settle.question({ amountKes: answer.amountKes, customerName: answer.customerName, phone: answer.customerPhone });
        const buttons = outboxButtons(settleKeyboard(answer.paymentId, answer.customerPhone !== null));
        return { text: `${outcome}\n${question}`, buttons, ...edit };
      }),
    unmatchedPayment: (unmatched) =>
      localized(() => {
        const text = texts.notice.manager.unmatched({
          ...unmatched,
          at: unmatched.at ? texts.format.dateTime(unmatched.at, timeZone) : null,
        });
        return { text: environment === "simulator" ? texts.simulated(text) : text };
      }),
    dailySummary: ({ report, closingMinute, shiftsLeftOpen }) => [
      localized(() => ({
        text: [
          texts.reports.dailySummaryHeading,
          texts.reports.report(report, timeZone),
          ...(shiftsLeftOpen.length > 0 ? [texts.reports.shiftsLeftOpen(shiftsLeftOpen, closingMinute, timeZone)] : []),
        ].join("\n\n"),
      })),
      // Nothing came in: no empty chart.
      ...(report.takings.count > 0
        ? [localized(() => ({ text: texts.reports.chart.caption(report.days), chart: { days: report.days, ...report.takings.series } }))]
        : []),
    ],
    prepaidTime: (notice) =>
      localized(() => ({
        text: texts.prepaid[notice.kind === "up" ? "timeUp" : "fiveMinutesLeft"](notice.customerName, notice.computerName),
        buttons: [[{ text: texts.prepaid.extendButton(EXTEND_MINUTES), data: prepay.pack({ sessionId: notice.sessionId, minutes: EXTEND_MINUTES }) }]],
      })),
  };
}
