// The words and buttons of payment notifications, for the outbox.
import { callbackData } from "../bot/callback-data.js";
import type { OutboxButton, OutboxPayload } from "../services/outbox.js";
import type { NoticeRenderer, NoticeSubject } from "../services/payment-results.js";
import { texts } from "../texts/index.js";

/** Send again / Another number / Cash / Later, replacing the operator's "waiting for PIN" message. */
function settleButtons(subject: NoticeSubject): OutboxButton[][] {
  const { paymentId } = subject;
  return [
    [
      { text: texts.settle.retryButton, data: callbackData.settle("send", paymentId) },
      { text: texts.settle.otherNumberButton, data: callbackData.settle("other", paymentId) },
    ],
    [
      { text: texts.settle.cashButton, data: callbackData.settle("cash", paymentId) },
      { text: texts.settle.laterButton, data: callbackData.settle("later", paymentId) },
    ],
  ];
}

export const renderNotice: NoticeRenderer = (notice, subject, audience) => {
  const words = texts.notice[audience];
  switch (notice.kind) {
    case "paid":
      return { text: words.paid(subject, notice.receipt) };
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
  }
};

export type { OutboxPayload };
