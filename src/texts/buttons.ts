// Buttons both the bot and the notifications show under a payment still owed.
import { callbackData } from "./callback-data.js";
import { texts } from "./index.js";

export type ButtonRows = { text: string; data: string }[][];

/** Send prompt (when the customer has a number) / Another number / Cash / Later / Lower the amount. */
export function settleButtons(paymentId: number, hasPhone: boolean): ButtonRows {
  return [
    [
      ...(hasPhone ? [{ text: texts.settle.sendButton, data: callbackData.settle("send", paymentId) }] : []),
      { text: texts.settle.otherNumberButton, data: callbackData.settle("other", paymentId) },
    ],
    [
      { text: texts.settle.cashButton, data: callbackData.settle("cash", paymentId) },
      { text: texts.settle.laterButton, data: callbackData.settle("later", paymentId) },
    ],
    [{ text: texts.settle.lowerButton, data: callbackData.settle("lower", paymentId) }],
  ];
}

/** Retry / Another number / Cash / Later, after a prompt that failed or whose outcome is unknown. */
export function retryButtons(paymentId: number): ButtonRows {
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
